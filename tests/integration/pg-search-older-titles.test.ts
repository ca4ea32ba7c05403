/**
 * PostgreSQL search (issue 18): a page of title matches older than the newest 500 index rows
 * settles a common query's window when at most 500 of its candidates are as new as the page's
 * oldest row (search.ts, olderTitles), under a source: filter (checked on the row's source
 * vector beside the title's) and under a company: filter (the links' rows counted); and a window
 * walked newest first checks the title before the doc (dialect.ts, matchTitleFirst). The page
 * must be the window's: the newest 500 matches, title matches first, each part newest first,
 * read here straight from the index as the oracle. A corpus where half the articles come from
 * one source and half the titles lead with 大模型 puts fewer title matches among the newest 500
 * rows than pages 3–4 of 50 need, and more than 300 in all.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pgPool } from "@/lib/data/pg-pool";
import { searchEverything } from "@/lib/data/search/search";
import { ID_SPACE } from "@/lib/search/recency-key";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { createTempPg, PG_ENABLED, type TempPg } from "../helpers/temp-pg";
import { fillAndCopy, withStatementsSent } from "../helpers/pg-search-corpus";

const COUNT = 2400;
const PAGE_SIZE = 50;
/** The window's select list: a statement reading the window's rows (with their title checks). */
const WINDOW_STATEMENT = /\) AS t FROM/;
const OLDER_COUNT = /SELECT count\(\*\) AS n FROM \(SELECT 1 FROM "ArticleSearch"\s+WHERE .* >= \$\d+ LIMIT \$\d+\) AS sub/s;

let lite: TempDb;
let post: TempPg;

/** The window, from the index alone: the newest 500 rows matching `match` (and `extra`), title matches of `title` first. */
async function windowPage(match: string, title: string, extra: string, page: number): Promise<number[]> {
  const rows = (await pgPool(post.url).query<{ id: string; t: boolean }>(
    `SELECT "key" % ${ID_SPACE} AS id, "title" @@ $2::tsquery AS t FROM "ArticleSearch" WHERE "doc" @@ $1::tsquery${extra} ORDER BY "key" DESC LIMIT 500`,
    [match, title],
  )).rows;
  const ordered = [...rows.filter((r) => r.t), ...rows.filter((r) => !r.t)].map((r) => Number(r.id));
  return ordered.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
}

async function searchSent(q: string, page: number) {
  const { result: r, sent } = await withStatementsSent(post.url, () => searchEverything({ q, sort: "relevance", page, pageSize: PAGE_SIZE }, { db: post.db, url: post.url }));
  return { r, sent };
}

describe.runIf(PG_ENABLED)("title pages older than the newest 500 rows (PostgreSQL)", () => {
  beforeAll(async () => {
    [lite, post] = await Promise.all([createTempDb("search-older-titles-"), createTempPg("search_older_titles_")]);
    await fillAndCopy(lite, post, {
      count: COUNT,
      seed: 11,
      reshape: (conn) => {
        // PostgreSQL's index is built from these columns by the copy (SQLite's FTS table is not searched here).
        conn.prepare(`UPDATE "Article" SET "source" = '雷锋网' WHERE "id" % 2 = 0`).run();
        conn.prepare(`UPDATE "Article" SET "title" = '大模型' || "title", "titleSimplified" = '大模型' || "titleSimplified" WHERE "id" % 4 IN (0, 1)`).run();
      },
    });
  }, 300_000);

  afterAll(async () => {
    await lite?.cleanup();
    await post?.cleanup();
  });

  it("source: and a word: the window's page from titles and sources alone", async () => {
    const match = `'大模' <-> '模型' & '雷锋':B <-> '锋网':B`;
    for (const page of [1, 4]) {
      const { r, sent } = await searchSent("source:雷锋网 大模型", page);
      expect(r.articles.items.map((h) => h.id)).toEqual(await windowPage(match, `'大模':A <-> '模型':A`, "", page));
      expect(r.articles.ranking).toBe("title-then-recent");
      expect(r.articles.totalCapped).toBe(true);
      expect(sent.filter((t) => WINDOW_STATEMENT.test(t))).toEqual([]);
      // Page 4 (rows 151–201) reaches below the newest 500 rows' title matches.
      if (page === 4) expect(sent.some((t) => OLDER_COUNT.test(t))).toBe(true);
    }
  }, 60_000);

  it("company: and a word: the window's page from titles and links alone", async () => {
    const company = (await pgPool(post.url).query<{ id: number }>(`SELECT "id" FROM "Company" WHERE "name" = '百度'`)).rows[0]!.id;
    const { r, sent } = await searchSent("company:百度 大模型", 3);
    expect(r.articles.items.map((h) => h.id)).toEqual(await windowPage(`'大模' <-> '模型'`, `'大模':A <-> '模型':A`, ` AND "links" @@ 'c${company}'::tsquery`, 3));
    expect(r.articles.ranking).toBe("title-then-recent");
    expect(sent.filter((t) => WINDOW_STATEMENT.test(t))).toEqual([]);
    expect(sent.some((t) => OLDER_COUNT.test(t))).toBe(true);
  }, 60_000);

  it("a window walked newest first checks the title vector before the doc, same rows", async () => {
    // A company linked to few articles and a word in most: its linked rows are walked with the word checked on each.
    const rare = (await pgPool(post.url).query<{ id: number; name: string }>(
      `SELECT c."id", c."name" FROM "Company" c JOIN "CompanyMention" m ON m."companyId" = c."id" GROUP BY c."id" HAVING count(*) BETWEEN 5 AND 60 ORDER BY count(*) LIMIT 1`,
    )).rows[0]!;
    const { r, sent } = await searchSent(`company:${rare.name} 模型`, 1);
    expect(sent.some((t) => /WHERE \("ArticleSearch"\."title" @@ \$\d+::tsquery OR "search_doc"\("ArticleSearch"\."doc"\) @@ \$\d+::tsquery\)/.test(t))).toBe(true);
    expect(r.articles.items.map((h) => h.id)).toEqual(await windowPage(`'模型'`, `'模型':A`, ` AND "links" @@ 'c${rare.id}'::tsquery`, 1));
  }, 60_000);
});
