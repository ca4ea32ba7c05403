/**
 * The admin import trigger, upload and entity review through the real route handlers, on a
 * real SQLite file and the real importer: 202 with a run id, 409 while running, progress and
 * summary by polling, single-file re-run, uploads saved under seeds/uploads and imported,
 * refused uploads writing nothing, and review decisions that stick.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copySeeds, createTempDb, TEST_STORE, type TempDb } from "../helpers/temp-db";
import { tryAdvisoryLock } from "@/lib/data/import/pg-advisory-lock";
import { POST as login } from "@/app/api/admin/login/route";
import { GET as status, POST as start } from "@/app/api/admin/import/route";
import { POST as upload } from "@/app/api/admin/upload/route";
import { POST as decide } from "@/app/api/admin/entities/[kind]/[id]/route";
import { settleWebImport } from "@/lib/data/admin/web-import";
import { getRun } from "@/lib/data/admin/runs";
import { buildZip } from "../unit/upload-zip-builder";
import { saveUploads } from "@/lib/data/admin/save-uploads";
import os from "node:os";
import { readApiError } from "../helpers/api-error-contract";

const ORIGIN = "http://admin.test";

/** A plausible, non-repetitive news text (repeated lines would rightly be cleaned away as boilerplate). */
function newsText(company: string, product: string, seed: number): string {
  const lines = [
    `${company}于${(seed % 12) + 1}月${(seed % 27) + 1}日在北京举行发布会，正式推出新一代大模型${product}，参数规模达到${seed * 7 + 30}0亿。`,
    `${company}首席技术官在会上介绍，${product}在数学推理和代码生成两项评测中的得分比上一代分别提升了${seed + 11}%和${seed + 4}%。`,
    `据介绍，${product}的训练数据覆盖中文、英文等${seed % 5 + 8}种语言，上下文窗口扩展到${seed % 4 + 1}28K。`,
    `价格方面，开发者通过开放平台调用${product}的费用为每百万tokens ${seed % 9 + 2}元，较此前下降约一半。`,
    `业内人士认为，随着${company}等厂商持续降价，大模型应用在金融、医疗和教育行业的落地速度有望加快。`,
    `${company}表示，${product}将在未来${seed % 3 + 2}个月内向企业客户开放私有化部署，并同步发布面向端侧设备的轻量版本。`,
  ];
  return lines.join("\n\n");
}
const TOKEN = "integration-admin-token-0123456789";
let t: TempDb;
let seeds: string;
let cookie: string;

const headers = (extra: Record<string, string> = {}) => ({ host: "admin.test", origin: ORIGIN, cookie, ...extra });

function postJson(p: string, body: unknown): Request {
  return new Request(`${ORIGIN}${p}`, { method: "POST", headers: headers({ "content-type": "application/json" }), body: JSON.stringify(body) });
}
function postFiles(files: { name: string; data: Buffer | string }[]): Request {
  const form = new FormData();
  for (const f of files) form.append("files", new File([typeof f.data === "string" ? f.data : new Uint8Array(f.data)], f.name));
  return new Request(`${ORIGIN}/api/admin/upload`, { method: "POST", headers: headers(), body: form });
}
async function poll(): Promise<{ job: { status: string; done: number; total: number; summary: { added: number; failed: number; failures: { path: string; error: string }[] } | null; errors: { path: string; error: string }[] } | null; running: unknown }> {
  const res = await status(new Request(`${ORIGIN}/api/admin/import`, { headers: headers() }));
  expect(res.status).toBe(200);
  return res.json();
}

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
}

beforeAll(async () => {
  t = await createTempDb("admin-import-");
  seeds = copySeeds(t.dir);
  process.env.DATABASE_URL = t.url;
  process.env.SEEDS_DIR = seeds;
  process.env.ADMIN_TOKEN = TOKEN;
  const res = await login(postJson("/api/admin/login", { token: TOKEN }));
  expect(res.status).toBe(200);
  cookie = res.headers.get("set-cookie")!.split(";")[0]!;
  // A file the importer must refuse, so the run has a failure with a reason.
  fs.writeFileSync(path.join(seeds, "empty.txt"), "");
});
afterAll(async () => {
  await settleWebImport();
  await t.cleanup();
});

describe("import from the admin API", () => {
  it("starts in the background (202 + run id), refuses a second start (409), then reports the summary", async () => {
    const first = await start(postJson("/api/admin/import", {}));
    expect(first.status).toBe(202);
    const { runId } = (await first.json()) as { runId: number };
    expect(runId).toBeGreaterThan(0);

    const second = await start(postJson("/api/admin/import", {}));
    expect(second.status).toBe(409);
    const busy = await readApiError(second);
    expect(busy.error.code).toBe("import_running");
    expect(busy.error.message).toMatch(new RegExp(`^已有导入正在运行（运行 #${runId}，开始于 .+，由 admin \\(.+\\) 发起）；请等它结束后再试$`));
    expect(busy).toMatchObject({ runId, running: { id: runId, triggeredBy: expect.stringMatching(/^admin \(/) } });

    await settleWebImport();
    const s = await poll();
    expect(s.running).toBeNull();
    expect(s.job?.status).toBe("finished");
    expect(s.job?.done).toBe(6);
    expect(s.job?.summary?.added).toBe(5);
    expect(s.job?.summary?.failed).toBe(1);
    expect(s.job?.errors).toEqual([{ path: "empty.txt", error: "file is empty" }]);

    const run = await getRun(t.db, runId);
    expect(run?.run.status).toBe("failed");
    expect(run?.run.trigger).toBe("web");
    expect(run?.items.find((i) => i.path === "empty.txt")?.error).toBe("file is empty");
    expect(run?.items.filter((i) => i.article).length).toBe(5);
  });

  it("re-runs a single file, and refuses unsafe or malformed paths", async () => {
    fs.writeFileSync(path.join(seeds, "empty.txt"), `深度求索发布新模型\n\n${newsText("深度求索", "星河-3", 3)}`);
    const res = await start(postJson("/api/admin/import", { only: ["empty.txt"] }));
    expect(res.status).toBe(202);
    await settleWebImport();
    const s = await poll();
    expect(s.job?.total).toBe(1);
    expect(s.job?.summary?.failures).toEqual([]);
    const unsafe = await start(postJson("/api/admin/import", { only: ["../etc/passwd"] }));
    expect(unsafe.status).toBe(400);
    expect((await readApiError(unsafe)).error).toMatchObject({ code: "invalid_body", issues: [{ param: "only.0", message: "不是种子文件夹内的安全路径" }] });
    const unknown = await start(postJson("/api/admin/import", { other: 1 }));
    expect(unknown.status).toBe(400);
    expect((await readApiError(unknown)).error).toMatchObject({ code: "invalid_body", issues: [{ param: "(body)", message: "未知参数：other" }] });
  });
});

describe("while another process (the CLI) holds the import lock", () => {
  it("refuses to start (409, naming who started it) and refuses uploads before saving anything", async () => {
    // A live process other than this one owns the running row, as a CLI import would; on
    // PostgreSQL it holds the advisory lock too, from a session of its own (another machine's CLI).
    const session = TEST_STORE === "postgres" ? await tryAdvisoryLock(t.url) : null;
    if (TEST_STORE === "postgres") expect(session).not.toBeNull();
    const cli = await t.db.importRun.create({ data: { trigger: "cli", triggeredBy: "someone-at-the-terminal", dir: seeds, status: "running", pid: process.ppid } });
    try {
      const res = await start(postJson("/api/admin/import", {}));
      expect(res.status).toBe(409);
      const busy = await readApiError(res);
      expect(busy.error.code).toBe("import_running");
      expect(busy.error.message).toMatch(new RegExp(`^已有导入正在运行（运行 #${cli.id}，开始于 .+，由 someone-at-the-terminal 发起）`));
      expect(busy).toMatchObject({ runId: cli.id, running: { id: cli.id, startedAt: cli.startedAt.toISOString(), triggeredBy: "someone-at-the-terminal" } });
      const s = await poll();
      expect(s.running).toMatchObject({ id: cli.id, trigger: "cli", triggeredBy: "someone-at-the-terminal" });

      const before = listFiles(seeds);
      const up = await upload(postFiles([{ name: "later.txt", data: "稍后导入的新闻" }]));
      expect(up.status).toBe(409);
      const refused = await readApiError(up);
      expect(refused.error.code).toBe("import_running");
      expect(refused.error.message).toMatch(/^已有导入正在运行.*请等它结束后再上传，这次没有保存任何文件$/);
      expect(refused.saved).toBeUndefined();
      expect(listFiles(seeds)).toEqual(before);
    } finally {
      await session?.end();
      await t.db.importRun.update({ where: { id: cli.id }, data: { status: "interrupted" } });
    }
  });
});

describe("upload", () => {
  const article = (title: string, seed: number) =>
    `<html><head><title>${title}</title></head><body><h1>${title}</h1>${newsText(`云帆科技${seed}号`, `天工-${seed}`, seed).split("\n\n").map((p) => `<p>${p}</p>`).join("")}</body></html>`;

  it("saves pages and zip contents under seeds/uploads and imports only them", async () => {
    const zip = buildZip([{ name: "批次/第一篇.html", data: article("第一篇上传新闻", 17) }, { name: "second.txt", data: `第二篇上传新闻\n\n${newsText("北辰智能", "远航", 29)}` }]);
    const res = await upload(postFiles([{ name: "单篇.txt", data: `单篇上传的新闻标题\n\n${newsText("云帆科技", "天工", 41)}` }, { name: "batch.zip", data: zip }]));
    expect(res.status).toBe(202);
    const body = (await res.json()) as { runId: number; saved: string[] };
    expect(body.saved).toEqual(["uploads/单篇.txt", "uploads/batch/批次/第一篇.html", "uploads/batch/second.txt"]);
    await settleWebImport();
    const s = await poll();
    expect(s.job?.total).toBe(3);
    expect(s.job?.summary?.failures).toEqual([]);
    expect(s.job?.summary?.added).toBe(3);
    expect((await t.db.article.findFirst({ where: { path: "uploads/单篇.txt" } }))?.title).toBe("单篇上传的新闻标题");
    expect((await t.db.article.findFirst({ where: { path: "uploads/batch/second.txt" } }))?.title).toBe("第二篇上传新闻");
    expect(await t.db.article.findFirst({ where: { path: "uploads/batch/批次/第一篇.html" } })).not.toBeNull();
    expect(fs.readFileSync(path.join(seeds, "uploads/batch/批次/第一篇.html"), "utf8")).toContain("第一篇上传新闻");
  });

  it.each([
    ["a traversal name", [{ name: "../../evil.txt", data: "x" }], /parent_segment/],
    ["an absolute name", [{ name: "/tmp/evil.txt", data: "x" }], /absolute_path/],
    ["a wrong type", [{ name: "payload.exe", data: "MZ" }], /payload\.exe unsupported_type/],
    ["an oversize file", [{ name: "big.txt", data: Buffer.alloc(5 * 1024 * 1024 + 1, 65) }], /big\.txt file_too_large/],
    ["a zip with a traversal entry", [{ name: "z.zip", data: buildZip([{ name: "ok.txt", data: "好" }, { name: "../../../evil.txt", data: "x" }]) }], /evil\.txt parent_segment/],
  ])("refuses %s with 422 and writes nothing", async (_label, files, reason) => {
    const before = listFiles(path.dirname(seeds));
    const runs = await t.db.importRun.count();
    const res = await upload(postFiles(files));
    expect(res.status).toBe(422);
    const body = await readApiError(res);
    expect(body.error).toEqual({ code: "upload_refused", message: "上传被拒绝，没有保存任何文件", issues: [] });
    const problems = body.problems as { code: string; file: string | null; message: string }[];
    expect(problems.map((p) => `${p.file ?? ""} ${p.code}`).join("\n")).toMatch(reason);
    // The server words each problem in Chinese, file name first.
    for (const p of problems) expect(p.message).toMatch(/\p{Script=Han}/u);
    expect(listFiles(path.dirname(seeds))).toEqual(before);
    expect(await t.db.importRun.count()).toBe(runs);
  });

  it("refuses a body over the request limit (413), declared or not", async () => {
    const declared = new Request(`${ORIGIN}/api/admin/upload`, { method: "POST", headers: headers({ "content-length": String(65 * 1024 * 1024), "content-type": "multipart/form-data; boundary=x" }), body: "--x--" });
    const early = await upload(declared);
    expect(early.status).toBe(413);
    expect((await readApiError(early)).error).toMatchObject({ code: "body_too_large", message: expect.stringMatching(/^上传的内容太大（上限 \d+ MiB）/) });
    const big = await upload(postFiles([{ name: "huge.txt", data: Buffer.alloc(65 * 1024 * 1024, 65) }]));
    expect(big.status).toBe(413);
    expect((await readApiError(big)).error.code).toBe("body_too_large");
  });
});

describe("saveUploads (defence in depth below the name checks)", () => {
  it("refuses to write through a symlink that leaves the seeds folder", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "save-uploads-"));
    try {
      const box = path.join(root, "seeds");
      const outside = path.join(root, "outside");
      fs.mkdirSync(box);
      fs.mkdirSync(outside);
      fs.symlinkSync(outside, path.join(box, "uploads"));
      await expect(saveUploads(box, [{ path: "a.txt", bytes: Buffer.from("x"), from: "a.txt" }])).rejects.toThrow(/leaves the seeds folder/);
      expect(fs.readdirSync(outside)).toEqual([]);
      // Paths that would escape are refused even if a caller skipped validation.
      fs.unlinkSync(path.join(box, "uploads"));
      await expect(saveUploads(box, [{ path: "../../x.txt", bytes: Buffer.from("x"), from: "x" }])).rejects.toThrow(/outside the seeds folder/);
      expect(fs.existsSync(path.join(root, "x.txt"))).toBe(false);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("discovered-entity review", () => {
  async function call(kind: string, id: number, body: unknown): Promise<Response> {
    return decide(postJson(`/api/admin/entities/${kind}/${id}`, body), { params: Promise.resolve({ kind, id: String(id) }) });
  }

  it("confirms, rejects (dropping mentions) and merges (moving mentions, adding the alias)", async () => {
    const art = await t.db.article.findFirstOrThrow();
    const target = await t.db.company.create({ data: { slug: "target-co", name: "目标公司", kind: "company", status: "gazetteer", aliases: JSON.stringify(["TargetCo"]) } });
    const [a, b, c] = await Promise.all(
      ["甲发现公司", "乙发现公司", "丙发现公司"].map((name, i) => t.db.company.create({ data: { slug: `found-${i}`, name, kind: "company", status: "discovered", confidence: 0.6 } })),
    );
    await t.db.companyMention.create({ data: { articleId: art.id, companyId: b!.id, count: 2, salience: 0.5, about: false, snippet: "乙发现公司" } });
    await t.db.companyMention.create({ data: { articleId: art.id, companyId: c!.id, count: 3, salience: 0.4, about: false, snippet: "丙发现公司" } });
    await t.db.companyMention.create({ data: { articleId: art.id, companyId: target.id, count: 1, salience: 0.7, about: true, snippet: "目标公司" } });

    expect((await call("company", a!.id, { action: "confirm" })).status).toBe(200);
    expect((await t.db.company.findUniqueOrThrow({ where: { id: a!.id } })).status).toBe("confirmed");
    // Decided already: not reviewable again.
    const again = await call("company", a!.id, { action: "reject" });
    expect(again.status).toBe(409);
    expect((await readApiError(again)).error).toEqual({ code: "not_awaiting_review", message: "公司“甲发现公司”已确认，不在待审核列表中", issues: [] });

    expect((await call("company", b!.id, { action: "reject" })).status).toBe(200);
    expect((await t.db.company.findUniqueOrThrow({ where: { id: b!.id } })).status).toBe("rejected");
    expect(await t.db.companyMention.count({ where: { companyId: b!.id } })).toBe(0);

    const nobody = await call("company", c!.id, { action: "merge", into: "nobody" });
    expect(nobody.status).toBe(422);
    expect((await readApiError(nobody)).error).toMatchObject({ code: "invalid_merge_target", message: "没有名为“nobody”的已确认或词表中的公司" });
    expect((await call("company", c!.id, { action: "merge", into: "target-co" })).status).toBe(200);
    expect(await t.db.company.findUnique({ where: { id: c!.id } })).toBeNull();
    const merged = await t.db.company.findUniqueOrThrow({ where: { id: target.id } });
    expect(JSON.parse(merged.aliases)).toEqual(["TargetCo", "丙发现公司"]);
    const mention = await t.db.companyMention.findUniqueOrThrow({ where: { articleId_companyId: { articleId: art.id, companyId: target.id } } });
    expect(mention.count).toBe(4);
    expect(mention.about).toBe(true);

    const missing = await call("company", 999999, { action: "confirm" });
    expect(missing.status).toBe(404);
    expect((await readApiError(missing)).error).toMatchObject({ code: "not_found", message: "没有编号为 999999 的公司" });
    const robot = await call("robot", 1, { action: "confirm" });
    expect(robot.status).toBe(404);
    expect((await readApiError(robot)).error.code).toBe("not_found");
    const bad = await call("company", target.id, { action: "delete" });
    expect(bad.status).toBe(400);
    expect((await readApiError(bad)).error).toMatchObject({ code: "invalid_body", issues: [{ param: "action" }] });
  });

  it("merges people, moving their roles", async () => {
    const art = await t.db.article.findFirstOrThrow();
    const known = await t.db.person.create({ data: { slug: "known-person", name: "王某某", status: "confirmed" } });
    const found = await t.db.person.create({ data: { slug: "found-person", name: "王某", status: "discovered" } });
    await t.db.role.create({ data: { personId: found.id, organisation: "某公司", title: "CEO", sentence: "某公司CEO王某", articleId: art.id } });
    expect((await call("person", found.id, { action: "merge", into: "王某某" })).status).toBe(200);
    expect(await t.db.role.count({ where: { personId: known.id } })).toBe(1);
    expect(JSON.parse((await t.db.person.findUniqueOrThrow({ where: { id: known.id } })).aliases)).toEqual(["王某"]);
  });
});
