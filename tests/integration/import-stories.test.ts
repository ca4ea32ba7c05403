/**
 * The importer assigns stories (issue 19, one story one row): the seeds plus a repost, a
 * traditional-script copy and another story about the same company (tests/fixtures/stories),
 * imported for real into a real SQLite file; then a database whose story rows are gone (as one
 * migrated from before stories existed) gets them back from the stored bodies on the next run.
 */
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runImport } from "@/lib/data/import/run-import";
import { defaultImportDeps } from "@/lib/data/import/after-save";
import { listArticles } from "@/lib/data/articles/list-articles";
import { ArticleFiltersSchema } from "@/lib/validation/article-filters";
import { copySeeds, createTempDb, type TempDb } from "../helpers/temp-db";
import { withWriter } from "../helpers/store-sql";

let t: TempDb;
let seeds: string;
const importOnce = () => runImport({ dir: seeds, trigger: "test" }, { db: t.db, url: t.url, ...defaultImportDeps });

beforeEach(async () => {
  t = await createTempDb("import-stories-");
  seeds = copySeeds(t.dir);
  fs.mkdirSync(path.join(seeds, "stories"));
  for (const f of fs.readdirSync("tests/fixtures/stories")) fs.copyFileSync(path.join("tests/fixtures/stories", f), path.join(seeds, "stories", f));
});
afterEach(async () => {
  await t.cleanup();
});

async function stories(): Promise<Map<string, number>> {
  const rows = await withWriter(t, (w) => w.all<{ path: string; storyId: number }>(`SELECT a."path", s."storyId" FROM "Article" a JOIN "ArticleStory" s ON s."articleId" = a."id"`));
  return new Map(rows.map((r) => [r.path, r.storyId]));
}

describe("stories at import", () => {
  it("puts the repost and the traditional copy in the original's story, and nothing else", async () => {
    await importOnce();
    const s = await stories();
    expect(s.size).toBe(9);
    const story = s.get("stories/a-original.txt")!;
    expect(s.get("stories/a-repost.txt")).toBe(story);
    expect(s.get("stories/a-traditional.txt")).toBe(story);
    const others = [...s].filter(([p]) => !p.startsWith("stories/a-")).map(([, v]) => v);
    expect(new Set(others).size).toBe(others.length);
    expect(others).not.toContain(story);

    // The list shows the story once, led by the earliest report, with three outlets.
    const all = await listArticles(ArticleFiltersSchema.parse({ limit: 20 }), t.db);
    expect(all.total).toBe(9);
    expect(all.rows).toBe(7);
    const row = all.items.find((a) => a.story)!;
    expect(row.title).toBe("月之暗面发布长文本大模型新版本，上下文窗口扩展至两百万字");
    expect(row.source).toBe("第一财经");
    expect(row.story!.outlets).toBe(3);
    expect(row.story!.others.map((o) => o.source)).toEqual(["新浪科技", "科技新報"]);
    const off = await listArticles(ArticleFiltersSchema.parse({ limit: 20, group: "off" }), t.db);
    expect(off.items.length).toBe(9);
    expect(off.items.some((a) => a.story)).toBe(false);
  });

  it("gives articles stored before stories existed their story on the next run", async () => {
    await importOnce();
    const before = await stories();
    await withWriter(t, (w) => w.run(`DELETE FROM "ArticleStory"`));
    expect((await stories()).size).toBe(0);
    const run = await importOnce();
    expect(run.unchanged).toBe(9);
    expect(await stories()).toEqual(before);
  });
});
