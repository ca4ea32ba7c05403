/**
 * PostgreSQL search (issue 18): a word with another excluded (模型 -百度, plain terms) is read
 * among the newest index rows from the doc's GIN index, which holds the key beside the terms
 * (migration 0011_pgsearch_doc_key), instead of a walk newest first that read each row's doc for
 * the excluded word (dialect.ts indexDecides, search.ts rankedInRows' recent range). The pages
 * must be the window's: the newest 500 rows with 模型, without 百度 in the text and not linked to
 * the company 百度, title matches first, each part newest first, read here straight from the
 * index as the oracle.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pgPool } from "@/lib/data/pg-pool";
import { searchEverything } from "@/lib/data/search/search";
import { ID_SPACE } from "@/lib/search/recency-key";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { createTempPg, PG_ENABLED, type TempPg } from "../helpers/temp-pg";
import { fillAndCopy, withStatementsSent } from "../helpers/pg-search-corpus";

const COUNT = 1500;
const PAGE_SIZE = 50;
const Q = "模型 -百度";
/** The recent range's read: the index's candidates among the newest rows, ordered by `key + 0`. */
const RANGE_STATEMENT = /"ArticleSearch"\."key" >= \$\d+ ORDER BY "ArticleSearch"\."key" \+ 0 DESC/;

let lite: TempDb;
let post: TempPg;

/** The window from the index alone: the newest 500 rows with 模型, without 百度 or a link to it, title matches first. */
async function windowPage(page: number): Promise<{ ids: number[]; matches: number }> {
  const pool = pgPool(post.url);
  const baidu = (await pool.query<{ id: number }>(`SELECT "id" FROM "Company" WHERE "name" = '百度'`)).rows.map((r) => `'c${r.id}'`);
  expect(baidu.length).toBe(1);
  const rows = (await pool.query<{ id: string; t: boolean }>(
    `SELECT "key" % ${ID_SPACE} AS id, "title" @@ '模型'::tsquery AS t FROM "ArticleSearch"
     WHERE "doc" @@ '模型 & !百度'::tsquery AND NOT "links" @@ $1::tsquery ORDER BY "key" DESC LIMIT 500`,
    [baidu.join(" | ")],
  )).rows;
  const ordered = [...rows.filter((r) => r.t), ...rows.filter((r) => !r.t)].map((r) => Number(r.id));
  return { ids: ordered.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), matches: rows.length };
}

describe.runIf(PG_ENABLED)("a word minus a word, from the doc index's key range (PostgreSQL)", () => {
  beforeAll(async () => {
    [lite, post] = await Promise.all([createTempDb("search-negation-range-"), createTempPg("search_negation_range_")]);
    await fillAndCopy(lite, post, { count: COUNT, seed: 13, reshape: () => {} });
  }, 300_000);

  afterAll(async () => {
    await lite?.cleanup();
    await post?.cleanup();
  });

  it("the doc's GIN index holds the key", async () => {
    const def = (await pgPool(post.url).query<{ indexdef: string }>(`SELECT indexdef FROM pg_indexes WHERE indexname = 'ArticleSearch_doc_idx'`)).rows;
    expect(def.map((r) => r.indexdef)).toEqual([expect.stringMatching(/USING gin \(search_doc\(doc\), key\)$/)]);
  });

  it("reads the newest rows' matches from the index and pages the window", async () => {
    for (const page of [1, 2, 3]) {
      const { result: r, sent } = await withStatementsSent(post.url, () =>
        searchEverything({ q: Q, sort: "relevance", page, pageSize: PAGE_SIZE }, { db: post.db, url: post.url }),
      );
      const oracle = await windowPage(page);
      // The corpus makes the query common: its answer is the window, title matches first.
      expect(oracle.matches).toBeGreaterThan(300);
      expect(r.articles.ranking).toBe("title-then-recent");
      expect(r.articles.items.map((h) => h.id), `page ${page}`).toEqual(oracle.ids);
      expect(r.articles.totalCapped).toBe(true);
      expect(sent.filter((t) => RANGE_STATEMENT.test(t)).length, `page ${page}`).toBe(1);
    }
  }, 60_000);
});
