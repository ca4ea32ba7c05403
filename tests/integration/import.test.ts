/** The importer against a real SQLite file and real files: idempotence, updates, bad input, duplicates. */
import fs from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runImport, type AfterSave } from "@/lib/data/import/run-import";
import { defaultImportDeps } from "@/lib/data/import/after-save";
import { toTraditional } from "@/lib/text/script";
import { copySeeds, createTempDb, type TempDb } from "../helpers/temp-db";
import { emptySearchIndex, titleMatches, withWriter } from "../helpers/store-sql";

let t: TempDb;
let seeds: string;
const importOnce = (extra: Partial<Parameters<typeof runImport>[0]> = {}, maxFileBytes?: number) =>
  runImport({ dir: seeds, trigger: "test", ...extra }, { db: t.db, url: t.url, ...defaultImportDeps, maxFileBytes });

beforeEach(async () => {
  t = await createTempDb();
  seeds = copySeeds(t.dir);
});
afterEach(async () => {
  await t.cleanup();
});

describe("import", () => {
  it("imports the five seeds, then re-imports with nothing changed", async () => {
    const first = await importOnce();
    expect(first).toMatchObject({ status: "succeeded", total: 5, added: 5, failed: 0 });
    const ids = await t.db.article.findMany({ select: { id: true, path: true, updatedAt: true }, orderBy: { path: "asc" } });
    const second = await importOnce();
    expect(second).toMatchObject({ added: 0, updated: 0, unchanged: 5, failed: 0 });
    expect(await t.db.article.findMany({ select: { id: true, path: true, updatedAt: true }, orderBy: { path: "asc" } })).toEqual(ids);
    const runs = await t.db.importRun.findMany({ orderBy: { id: "asc" } });
    expect(runs.map((r) => r.status)).toEqual(["succeeded", "succeeded"]);
    expect(runs[1]!.unchanged).toBe(5);
    expect(await t.db.importItem.count({ where: { runId: runs[1]!.id, status: "unchanged" } })).toBe(5);
  });

  it("re-indexes unchanged articles for search when a migration emptied the index (a new tokenisation)", async () => {
    const importAll = () => runImport({ dir: seeds, trigger: "test" }, { db: t.db, url: t.url, ...defaultImportDeps });
    await importAll();
    const count = async (sql: string) => (await withWriter(t, (w) => w.get<{ n: number }>(sql)))!.n;
    const matches = async () => (await titleMatches(t, "大模型")).length;
    const before = await matches();
    expect(before).toBeGreaterThan(0);
    // What migration 0016 does to an existing database.
    await emptySearchIndex(t);
    expect(await matches()).toBe(0);
    const again = await importAll();
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 5, failed: 0 });
    expect(await count(`SELECT count(*) AS n FROM "SearchIndexState"`)).toBe(await count(`SELECT count(*) AS n FROM "Article" WHERE "missingSince" IS NULL`));
    expect(await matches()).toBe(before);
  });

  it("updates a changed file in place and reports a disappeared one without deleting it", async () => {
    await importOnce();
    const file = fs.readdirSync(seeds).find((f) => f.startsWith("003"))!;
    const before = await t.db.article.findFirstOrThrow({ where: { path: file } });
    fs.writeFileSync(path.join(seeds, file), fs.readFileSync(path.join(seeds, file), "utf8").replace("大模型现状:一边速成,一边参数内卷", "大模型现状:一边速成,一边参数内卷(更新)"));
    const gone = fs.readdirSync(seeds).find((f) => f.startsWith("001"))!;
    fs.rmSync(path.join(seeds, gone));
    const s = await importOnce();
    expect(s).toMatchObject({ updated: 1, unchanged: 3, missing: 1 });
    expect(s.missingPaths).toEqual([gone]);
    const after = await t.db.article.findFirstOrThrow({ where: { path: file } });
    expect(after.id).toBe(before.id);
    expect(after.title).toBe("大模型现状:一边速成,一边参数内卷(更新)");
    expect((await t.db.article.findFirstOrThrow({ where: { path: gone } })).missingSince).not.toBeNull();
  });

  it("leaves the search index matching the articles after a re-import that changes one file and loses another", async () => {
    await importOnce();
    const file = fs.readdirSync(seeds).find((f) => f.startsWith("003"))!;
    const gone = fs.readdirSync(seeds).find((f) => f.startsWith("001"))!;
    const goneId = (await t.db.article.findFirstOrThrow({ where: { path: gone } })).id;
    // Straight from the index table, so only the importer can have put the rows there.
    const found = (text: string) => titleMatches(t, text);
    const id = (await t.db.article.findFirstOrThrow({ where: { path: file } })).id;
    const goneTitle = (await t.db.article.findUniqueOrThrow({ where: { id: goneId } })).title;
    expect(await found("参数内卷")).toContain(id);
    expect(await found(goneTitle)).toContain(goneId);
    fs.writeFileSync(path.join(seeds, file), fs.readFileSync(path.join(seeds, file), "utf8").replace("大模型现状:一边速成,一边参数内卷", "大模型现状:一边速成,一边蒸馏竞赛"));
    fs.rmSync(path.join(seeds, gone));
    expect(await importOnce()).toMatchObject({ updated: 1, missing: 1 });
    expect(await found("蒸馏竞赛")).toEqual([id]);
    expect(await found("参数内卷")).not.toContain(id);
    expect(await found(goneTitle)).not.toContain(goneId);
  });

  it("reports bad files with reasons, imports the rest, and leaves no partial rows", async () => {
    fs.writeFileSync(path.join(seeds, "empty.txt"), "");
    fs.writeFileSync(path.join(seeds, "binary.txt"), Buffer.from([0, 1, 2, 3, 255, 0, 7, 8, 0, 0, 1, 2, 3, 4, 5, 6]));
    fs.writeFileSync(path.join(seeds, "huge.txt"), Buffer.alloc(3 * 1024 * 1024, 0x41));
    fs.writeFileSync(path.join(seeds, "chrome-only.txt"), "首页 新闻 财经 科技 体育 娱乐\n关于我们 | 联系我们\nCopyright © 2024");
    const s = await importOnce({}, 2 * 1024 * 1024);
    expect(s.status).toBe("failed");
    expect(s.added).toBe(5);
    expect(s.failed).toBe(4);
    const reasons = Object.fromEntries(s.failures.map((f) => [f.path, f.error]));
    expect(reasons["empty.txt"]).toMatch(/empty/);
    expect(reasons["huge.txt"]).toMatch(/too large/);
    expect(reasons["binary.txt"]).toMatch(/binary|no article text/);
    expect(reasons["chrome-only.txt"]).toMatch(/no article text/);
    expect(await t.db.article.count()).toBe(5);
    expect(await t.db.importItem.count({ where: { status: "failed" } })).toBe(4);
  });

  it("rolls a file back whole when a write in its transaction fails: no article, story, mentions or item of it", async () => {
    const victim = fs.readdirSync(seeds).find((f) => f.startsWith("002"))!;
    // A hook that fails after the article, its story and its entities are written, as a full disk or a lost connection would.
    const failing: AfterSave = async (tx, articleId) => {
      if ((await tx.get<{ path: string }>(`SELECT "path" FROM "Article" WHERE "id" = ?`, [articleId]))?.path === victim) {
        throw new Error("write failed mid-file");
      }
    };
    const s = await runImport({ dir: seeds, trigger: "test" }, { db: t.db, url: t.url, ...defaultImportDeps, afterSave: [...defaultImportDeps.afterSave, failing] });
    expect(s).toMatchObject({ added: 4, failed: 1 });
    expect(s.failures).toEqual([{ path: victim, error: "write failed mid-file" }]);
    expect(await t.db.article.count({ where: { path: victim } })).toBe(0);
    expect(await t.db.article.count()).toBe(4);
    const ids = (await t.db.article.findMany({ select: { id: true } })).map((a) => a.id);
    const counts = await withWriter(t, (w) =>
      w.get<{ stories: number; companies: number; people: number; roles: number }>(
        `SELECT (SELECT count(*) FROM "ArticleStory") AS "stories", (SELECT count(*) FROM "CompanyMention" WHERE "articleId" NOT IN (${ids.join(",")})) AS "companies",
                (SELECT count(*) FROM "PersonMention" WHERE "articleId" NOT IN (${ids.join(",")})) AS "people", (SELECT count(*) FROM "Role" WHERE "articleId" NOT IN (${ids.join(",")})) AS "roles"`,
      ),
    );
    expect(counts).toEqual({ stories: 4, companies: 0, people: 0, roles: 0 });
    // The failed file's item is the failure, not an "added" row left from the rolled-back transaction.
    expect((await t.db.importItem.findMany({ where: { path: victim } })).map((i) => i.status)).toEqual(["failed"]);
    // The next run imports it.
    expect(await importOnce()).toMatchObject({ added: 1, unchanged: 4, failed: 0 });
  });

  it("links the same story from another site, even in the other script and encoding", async () => {
    const original = fs.readdirSync(seeds).find((f) => f.startsWith("001"))!;
    const text = fs.readFileSync(path.join(seeds, original), "utf8");
    const body = text.slice(text.indexOf("15日一早"), text.indexOf("版权声明"));
    const page = `某科技网 首页 新闻 财经\n\n給GPT焦慮降降溫,中美AI之間有差距但可開創“中國派”\n來源:某網 2023-04-07 10:00\n\n${toTraditional(body)}\n關於我們 | 聯繫我們`;
    fs.mkdirSync(path.join(seeds, "other-site"));
    fs.writeFileSync(path.join(seeds, "other-site", "copy.txt"), iconv.encode(page, "gb18030"));
    const s = await importOnce();
    expect(s.duplicates).toBe(1);
    const copy = await t.db.article.findFirstOrThrow({ where: { path: "other-site/copy.txt" } });
    const first = await t.db.article.findFirstOrThrow({ where: { path: original } });
    expect(copy.duplicateOfId).toBe(first.id);
    expect(copy.script).toBe("traditional");
    expect(copy.encoding).toBe("gb18030");
  });
});
