/**
 * Issue 16, item 5, on a real SQLite file with the real importer: an article's identity includes
 * the folder it came from. Importing another folder neither hides the first folder's articles
 * nor overwrites them when file names repeat, and a changed file keeps its previous text.
 */
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runImport } from "@/lib/data/import/run-import";
import { defaultImportDeps } from "@/lib/data/import/after-save";
import { copySeeds, createTempDb, type TempDb } from "../helpers/temp-db";

let t: TempDb;
let seeds: string;
const importDir = (dir: string) => runImport({ dir, trigger: "test" }, { db: t.db, url: t.url, ...defaultImportDeps });

const STORY = (title: string, sentence: string) =>
  `${title}\n来源：测试日报  2024-05-0${title.length % 9 + 1} 10:00\n\n${Array.from({ length: 6 }, (_, i) => `${sentence}这是第${i + 1}段，记录了这件事情的来龙去脉和各方的看法，内容足够长以便被识别为正文段落。`).join("\n\n")}\n`;

beforeEach(async () => {
  t = await createTempDb("import-folders-");
  seeds = copySeeds(t.dir);
});
afterEach(async () => {
  await t.cleanup();
});

describe("a second folder", () => {
  it("leaves the first folder's articles visible (not marked missing)", async () => {
    await importDir(seeds);
    const other = path.join(t.dir, "other");
    fs.mkdirSync(other);
    fs.writeFileSync(path.join(other, "only-here.txt"), STORY("另一个文件夹里的新闻标题", "另一家公司发布了新产品。"));
    const run = await importDir(other);
    expect(run).toMatchObject({ added: 1, missing: 0 });
    expect(await t.db.article.count({ where: { missingSince: null } })).toBe(6);
  });

  it("with a file name the first folder also has, adds a new article and leaves the first one's text alone", async () => {
    await importDir(seeds);
    const name = fs.readdirSync(seeds).sort()[0]!;
    const original = await t.db.article.findFirstOrThrow({ where: { path: name } });
    const other = path.join(t.dir, "other");
    fs.mkdirSync(other);
    fs.writeFileSync(path.join(other, name), STORY("毫不相干的另一篇新闻标题", "某地举办了一场马拉松比赛。"));
    const run = await importDir(other);
    expect(run).toMatchObject({ added: 1, updated: 0, missing: 0 });
    const again = await t.db.article.findUniqueOrThrow({ where: { id: original.id } });
    expect(again.title).toBe(original.title);
    expect(again.rawText).toBe(original.rawText);
    expect(await t.db.article.count({ where: { path: name } })).toBe(2);
    // And re-importing the first folder finds its own article unchanged, nothing missing.
    expect(await importDir(seeds)).toMatchObject({ added: 0, updated: 0, unchanged: 5, missing: 0 });
  });
});

describe("a changed file in the same folder", () => {
  it("updates its article and keeps the text it replaced as a version", async () => {
    fs.writeFileSync(path.join(seeds, "story.txt"), STORY("第一版的新闻标题写在这里", "第一版的内容。"));
    await importDir(seeds);
    const first = await t.db.article.findFirstOrThrow({ where: { path: "story.txt" } });
    fs.writeFileSync(path.join(seeds, "story.txt"), STORY("第二版的新闻标题完全不同", "第二版的内容。"));
    expect(await importDir(seeds)).toMatchObject({ updated: 1 });
    const versions = await t.db.articleVersion.findMany({ where: { articleId: first.id } });
    expect(versions).toHaveLength(1);
    expect(versions[0]!.rawText).toBe(first.rawText);
    expect(versions[0]!.title).toBe(first.title);
  });
});
