/**
 * PostgreSQL search (issue 18): a window walked newest first (a negation: each row's doc read to
 * check it) stops at rankedMatchesMax + 1 matches when those settle the page (search.ts,
 * walkedWindow): they show the query common and hold the page's title matches. A deeper page
 * walks on to the whole window. The page is the one the whole window gives (its newest 500
 * matches, title matches first, newest first), which the test reads itself with the search's own
 * condition. (Not compared with SQLite here: between 300 and 2,000 matches SQLite ranks by bm25,
 * PostgreSQL by this window, as dialect.ts's rankedMatchesMax says.)
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pgPool } from "@/lib/data/pg-pool";
import { searchEverything } from "@/lib/data/search/search";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { createTempPg, PG_ENABLED, type TempPg } from "../helpers/temp-pg";
import { fillAndCopy } from "../helpers/pg-search-corpus";

const COUNT = 900;
const Q = "模型 -百度";
/** The walk: the negated text checked on each row, newest first. */
const WALK = /FROM "ArticleSearch"\s+WHERE "search_doc"\("ArticleSearch"\."doc"\) @@ .* ORDER BY "ArticleSearch"\."key" DESC LIMIT \$\d+$/s;

let lite: TempDb;
let post: TempPg;

/** Each walk a search sends, and its LIMIT (its last bound value). */
async function walkLimits<T>(run: () => Promise<T>): Promise<{ result: T; limits: number[]; walks: { text: string; values: unknown[] }[] }> {
  const pool = pgPool(post.url);
  const limits: number[] = [];
  const walks: { text: string; values: unknown[] }[] = [];
  const query = pool.query.bind(pool) as (c: unknown, v?: unknown) => Promise<unknown>;
  (pool as unknown as { query: typeof query }).query = (c, v) => {
    if (typeof c === "object" && c !== null && "text" in c) {
      const { text, values } = c as { text: string; values?: unknown[] };
      if (WALK.test(text.trim())) {
        limits.push(Number(values?.at(-1)));
        walks.push({ text, values: values ?? [] });
      }
    }
    return query(c, v);
  };
  try {
    return { result: await run(), limits, walks };
  } finally {
    (pool as unknown as { query: typeof query }).query = query;
  }
}

/** Page `n`'s ids from the whole window: the first walk's condition, its newest 500 matches, title matches first. */
async function fromWholeWindow(walk: { text: string; values: unknown[] }, n: number): Promise<number[]> {
  const rows = (await pgPool(post.url).query<{ id: number; t: boolean }>({ text: walk.text, values: [...walk.values.slice(0, -1), 500] })).rows;
  // Past page 16 (the 900 articles hold ~490 matches: the window is all of them).
  expect(rows.length).toBeGreaterThan(16 * 20);
  const ordered = [...rows].sort((a, b) => Number(b.t) - Number(a.t));
  return ordered.slice((n - 1) * 20, n * 20).map((r) => Number(r.id));
}

const page = async (db: TempDb["db"], url: string, n: number) => {
  const r = await searchEverything({ q: Q, sort: "relevance", page: n, pageSize: 20 }, { db, url });
  return { ids: r.articles.items.map((h) => h.id), total: r.articles.total, capped: r.articles.totalCapped, more: r.articles.hasMore, ranking: r.articles.ranking };
};

describe.runIf(PG_ENABLED)("a walked window that stops at the page (PostgreSQL)", () => {
  beforeAll(async () => {
    [lite, post] = await Promise.all([createTempDb("search-walked-"), createTempPg("search_walked_")]);
    await fillAndCopy(lite, post, { count: COUNT, seed: 11, reshape: () => {} });
  }, 240_000);

  afterAll(async () => {
    await lite?.cleanup();
    await post?.cleanup();
  });

  it("walks rankedMatchesMax + 1 matches for the first page, the whole window's page", async () => {
    const { result, limits, walks } = await walkLimits(() => page(post.db, post.url, 1));
    expect(result.ranking).toBe("title-then-recent");
    expect(result.capped).toBe(true);
    expect(result.more).toBe(true);
    expect(limits).toEqual([301]);
    expect(result.ids).toEqual(await fromWholeWindow(walks[0]!, 1));
  }, 60_000);

  it("walks the whole window for a page past those matches, the whole window's page", async () => {
    const { result, limits, walks } = await walkLimits(() => page(post.db, post.url, 16));
    expect(limits).toEqual([301, 199]);
    expect(result.ids).toHaveLength(20);
    expect(result.ids).toEqual(await fromWholeWindow(walks[0]!, 16));
  }, 60_000);
});
