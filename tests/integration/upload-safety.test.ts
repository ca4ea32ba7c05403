/**
 * Issue 16, items 6 and 8, through the real upload route on a real SQLite file: an upload with
 * an earlier upload's name keeps both files and both articles and says so; on a full disk (a
 * real 1 MB tmpfs, where the machine lets the test mount one) an upload saves nothing, leaves no
 * temporary file and says "disk full".
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TempDb } from "../helpers/temp-db";
import { adminEnv } from "../helpers/admin-env";
import { POST as login } from "@/app/api/admin/login/route";
import { POST as upload } from "@/app/api/admin/upload/route";
import { settleWebImport } from "@/lib/data/admin/web-import";

const ORIGIN = "http://admin.test";
const TOKEN = "integration-admin-token-0123456789";
let t: TempDb;
let seeds: string;
let cookie: string;

const story = (title: string, who: string, n: number) =>
  `${title}\n\n` +
  [
    `${who}于${n}月在上海发布了新一代大模型，参数规模达到${n * 13}0亿，主要面向金融和医疗行业的企业客户。`,
    `${who}的技术负责人表示，新模型在推理评测中的得分比上一代提高了${n + 7}%，训练成本下降了三成。`,
    `分析人士认为，${who}此次发布将加剧国内大模型厂商之间的价格竞争，应用落地速度有望加快。`,
  ].join("\n\n");

function postFiles(files: { name: string; data: string }[]): Request {
  const form = new FormData();
  for (const f of files) form.append("files", new File([f.data], f.name));
  return new Request(`${ORIGIN}/api/admin/upload`, { method: "POST", headers: { host: "admin.test", origin: ORIGIN, cookie }, body: form });
}

beforeAll(async () => {
  ({ t, seeds } = await adminEnv("upload-safety-", TOKEN));
  const res = await login(new Request(`${ORIGIN}/api/admin/login`, { method: "POST", headers: { host: "admin.test", origin: ORIGIN, "content-type": "application/json" }, body: JSON.stringify({ token: TOKEN }) }));
  cookie = res.headers.get("set-cookie")!.split(";")[0]!;
});
afterAll(async () => {
  await settleWebImport();
  process.env.SEEDS_DIR = seeds;
  await t.cleanup();
});

describe("an upload with an earlier upload's name (item 6)", () => {
  it("keeps both files and both articles, and says which was renamed", async () => {
    const first = await upload(postFiles([{ name: "news.txt", data: story("第一次上传的新闻标题", "星河智能", 3) }]));
    expect(first.status).toBe(202);
    await settleWebImport();
    const second = await upload(postFiles([{ name: "news.txt", data: story("第二次上传的另一篇新闻", "远山科技", 8) }]));
    expect(second.status).toBe(202);
    const body = (await second.json()) as { saved: string[]; renamed: { requested: string; savedAs: string }[]; note: string };
    expect(body.saved).toEqual(["uploads/news (2).txt"]);
    expect(body.renamed).toEqual([{ requested: "uploads/news.txt", savedAs: "uploads/news (2).txt" }]);
    expect(body.note).toMatch(/先前的文件保留/);
    await settleWebImport();
    expect(fs.readFileSync(path.join(seeds, "uploads/news.txt"), "utf8")).toContain("第一次上传的新闻标题");
    const titles = (await t.db.article.findMany({ where: { path: { startsWith: "uploads/news" } }, select: { title: true } })).map((a) => a.title).sort();
    expect(titles).toEqual(["第一次上传的新闻标题", "第二次上传的另一篇新闻"].sort());
  });

  it("leaves the same bytes under the same name as they are", async () => {
    const again = await upload(postFiles([{ name: "news.txt", data: story("第一次上传的新闻标题", "星河智能", 3) }]));
    expect(again.status).toBe(202);
    expect(((await again.json()) as { saved: string[]; renamed?: unknown }).renamed).toBeUndefined();
    await settleWebImport();
    expect(fs.readdirSync(path.join(seeds, "uploads")).sort()).toEqual(["news (2).txt", "news.txt"]);
  });
});

/** A real, tiny file system, when this machine lets the test mount one (root, or CAP_SYS_ADMIN). */
function mountTinyDisk(dir: string): boolean {
  fs.mkdirSync(dir, { recursive: true });
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", dir], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

describe("an upload on a full disk (item 8)", () => {
  it("saves nothing, leaves no temporary file and says disk full", async (ctx) => {
    const disk = path.join(t.dir, "tiny");
    if (!mountTinyDisk(disk)) return ctx.skip("cannot mount a tmpfs here");
    try {
      const full = path.join(disk, "seeds");
      fs.mkdirSync(full);
      process.env.SEEDS_DIR = full;
      // Three pages of ~400 KB each: the first two fit in 1 MB, the third does not.
      const big = (n: number) => story(`磁盘写满测试第${n}篇`, "满盘科技", n) + "\n\n" + `第${n}篇的附加段落，内容用于占满磁盘空间。`.repeat(14_000);
      const res = await upload(postFiles([1, 2, 3].map((n) => ({ name: `full-${n}.txt`, data: big(n) }))));
      expect(res.status).toBe(507);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("disk_full");
      expect(body.error.message).toMatch(/磁盘已满/);
      const left = fs.readdirSync(full, { recursive: true, encoding: "utf8" }).filter((f) => !fs.statSync(path.join(full, f)).isDirectory());
      expect(left).toEqual([]);
    } finally {
      process.env.SEEDS_DIR = seeds;
      execFileSync("umount", [disk]);
    }
  });
});
