/**
 * Issue 16, items 11 and 12, through the real importer on a real SQLite file: UTF-16 text
 * without a byte-order mark is imported (it was refused as binary) while real binary stays
 * refused, and bidirectional overrides and control characters never reach titles or sources
 * (stripped at import, counted in the cleaning record, dropped again when rendered).
 */
import fs from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runImport } from "@/lib/data/import/run-import";
import { defaultImportDeps } from "@/lib/data/import/after-save";
import { html } from "@/lib/markup/html";
import { createTempDb, type TempDb } from "../helpers/temp-db";

let t: TempDb;
let dir: string;
const importAll = () => runImport({ dir, trigger: "test" }, { db: t.db, url: t.url, ...defaultImportDeps });

const NEWS = (title: string, source: string) =>
  `${title}\n来源：${source}   发布日期：2024-03-12 09:30:00\n\n` +
  [
    "国内一家人工智能公司今天在北京发布了新一代大模型，参数规模达到千亿级别，面向企业客户开放调用。",
    "公司负责人在发布会上介绍，新模型在数学推理和代码生成两项评测中的成绩比上一代明显提高。",
    "业内人士认为，随着各家厂商持续降价，大模型在金融、医疗和教育行业的应用落地速度有望加快。",
    "该公司表示，未来三个月内将向企业客户开放私有化部署，并同步推出面向手机等端侧设备的版本。",
  ].join("\n\n");

beforeEach(async () => {
  t = await createTempDb("import-hostile-text-");
  dir = path.join(t.dir, "pages");
  fs.mkdirSync(dir);
});
afterEach(async () => {
  await t.cleanup();
});

describe("UTF-16 without a byte-order mark (item 11)", () => {
  it("is imported as UTF-16LE or UTF-16BE; binary with NULs on both parities stays refused", async () => {
    fs.writeFileSync(path.join(dir, "le.txt"), iconv.encode(NEWS("小端序编码的新闻标题在这里", "科技日报"), "utf-16le"));
    fs.writeFileSync(path.join(dir, "be.txt"), iconv.encode(NEWS("大端序编码的新闻标题在这里", "经济日报"), "utf-16be"));
    const binary = Buffer.alloc(4096);
    for (let i = 0; i < binary.length; i++) binary[i] = i % 7 === 0 ? 0 : (i * 37) % 251;
    fs.writeFileSync(path.join(dir, "blob.txt"), binary);
    const run = await importAll();
    // The two texts share a body, so the second is imported as a near-duplicate of the first.
    expect(run.added + run.duplicates).toBe(2);
    expect(run.failed).toBe(1);
    expect(run.failures[0]).toMatchObject({ path: "blob.txt", error: expect.stringMatching(/binary/) });
    const le = await t.db.article.findFirstOrThrow({ where: { path: "le.txt" } });
    expect(le).toMatchObject({ encoding: "utf-16le", title: "小端序编码的新闻标题在这里" });
    expect(le.encodingReason).toMatch(/NUL bytes on odd offsets/);
    expect(await t.db.article.findFirstOrThrow({ where: { path: "be.txt" } })).toMatchObject({ encoding: "utf-16be", title: "大端序编码的新闻标题在这里" });
  });
});

describe("bidirectional overrides and control characters (item 12)", () => {
  it("are stripped from titles and sources at import and counted in the cleaning record", async () => {
    fs.writeFileSync(path.join(dir, "bidi.txt"), NEWS("大模型\u202Eexe.txt\u202C价格战\u0007再度升级\u2066", "\u202E报日技科\u0001"));
    fs.writeFileSync(path.join(dir, "bidi.html"), `<html><head><title>网页\u202E标题\u0008测试</title></head><body><h1>网页\u202E标题\u0008测试</h1>${NEWS("", "\u2067新华社").split("\n\n").map((p) => `<p>${p}</p>`).join("")}</body></html>`);
    const run = await importAll();
    expect(run.added + run.duplicates).toBe(2);
    expect(run.failed).toBe(0);
    for (const a of await t.db.article.findMany()) {
      for (const field of [a.title, a.source ?? "", a.body, a.summary ?? "", a.titleSimplified]) {
        expect(field).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202A-\u202E\u2066-\u2069]/);
      }
      const cleaning = JSON.parse(a.cleaning) as { stripped?: Record<string, number> };
      expect(cleaning.stripped?.title).toBeGreaterThan(0);
    }
    expect((await t.db.article.findFirstOrThrow({ where: { path: "bidi.txt" } })).title).toBe("大模型exe.txt价格战再度升级");
  });

  it("are dropped when text stored before the importer stripped them is rendered", () => {
    expect(html`<h2>${"旧标题\u202Etxt.exe\u0007"}</h2>`.html).toBe("<h2>旧标题txt.exe</h2>");
  });
});
