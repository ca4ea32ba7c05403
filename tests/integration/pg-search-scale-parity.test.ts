/**
 * Search answers the same on both stores at a few thousand articles (issue 18): the benchmark's
 * synthetic corpus in a SQLite file, copied into PostgreSQL and analysed, so PostgreSQL plans as
 * it does on a real database: phrases in more than rankedMatchesMax articles take the window
 * (one walk of the newest 500 matches with their title checks), entities linked to many
 * articles are checked per row and rare ones as sets, filter-only searches walk the index rows
 * title matches first. Same totals and rankings, and the same ids in the same order wherever
 * the order is decided by recency and title matches (bm25 and ts_rank may order ties apart).
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copySqliteToPostgres } from "@/lib/data/copy/sqlite-to-postgres";
import { fillBenchDb } from "@/lib/bench/fill-bench-db";
import { openSqlite } from "@/lib/data/sqlite";
import { pgPool } from "@/lib/data/pg-pool";
import { searchEverything } from "@/lib/data/search/search";
import { extractFile } from "@/lib/ingest/extract-file";
import type { Db } from "@/lib/db";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { createTempPg, PG_ENABLED, type TempPg } from "../helpers/temp-pg";

const COUNT = 3000;
const PAGE = 20;

/** The benchmark's kinds (scripts/bench-search-stores.ts) and the plans' other turns. */
const QUERIES = [
  "百度", "大模型", "华", "likaifu", "\"发布了新模型\"", "模型 -百度", "company:百度 发布", "after:2024-01-01 before:2024-06-30 模型", "智谱 OR 月之暗面",
  // Rarely linked entities (sets, not row checks), with and without words.
  "澜舟科技", "company:澜舟科技 模型", "孟子 OR 言犀",
  // Filter only: a dense company, a person, an exclusion, a date bound.
  "company:百度", "person:李彦宏", "百度 -发布", "company:阿里巴巴 -company:百度", "before:2024-01-01 腾讯",
  // Selective words (ranked by relevance on both stores below PostgreSQL's bound).
  "星火 盘古", "source:雷锋网 大模型",
  // An entity and a word, few together among the newest rows: the first window sized by the statistics.
  "person:李开复 融资", "person:李开复 融资 发布",
];

let lite: TempDb;
let post: TempPg;

const search = (db: Db, url: string, q: string, sort: "relevance" | "recent", page: number) =>
  searchEverything({ q, sort, page, pageSize: PAGE }, { db, url });

describe.runIf(PG_ENABLED)("search parity at scale (SQLite FTS5 vs PostgreSQL tsvector)", () => {
  beforeAll(async () => {
    [lite, post] = await Promise.all([createTempDb("search-scale-parity-"), createTempPg("search_scale_parity_")]);
    const paragraphs = fs.readdirSync("seeds").flatMap((f) => extractFile(fs.readFileSync(path.join("seeds", f)), f).article.paragraphs).filter((p) => p.length > 20);
    const conn = openSqlite(lite.url);
    try {
      fillBenchDb(conn, { count: COUNT, paragraphs, seed: 42 });
    } finally {
      conn.close();
    }
    const copied = await copySqliteToPostgres({ from: lite.url, to: post.url, batch: 500 });
    expect(copied.indexed).toBe(COUNT);
    // The planner's statistics and the row estimate the dense/sparse choice reads.
    await pgPool(post.url).query(`ANALYZE`);
  }, 240_000);

  afterAll(async () => {
    await lite?.cleanup();
    await post?.cleanup();
  });

  it("the corpus reaches the plans under test", async () => {
    const common = await search(post.db, post.url, "大模型", "relevance", 1);
    expect(common.articles.ranking).toBe("title-then-recent");
    expect(common.articles.totalCapped).toBe(true);
    const dense = await pgPool(post.url).query<{ n: number }>(`SELECT count(*)::int AS n FROM "CompanyMention" cm JOIN "Company" c ON c."id" = cm."companyId" WHERE c."name" = '百度'`);
    expect(dense.rows[0]!.n).toBeGreaterThan(0.05 * COUNT);
    const sparse = await pgPool(post.url).query<{ n: number }>(`SELECT count(*)::int AS n FROM "CompanyMention" cm JOIN "Company" c ON c."id" = cm."companyId" WHERE c."name" = '澜舟科技'`);
    expect(sparse.rows[0]!.n).toBeLessThan(0.05 * COUNT);
  });

  it.each(QUERIES)("%s: same totals, rankings and ids on pages 1 and 2", async (q) => {
    for (const sort of ["relevance", "recent"] as const) {
      for (const page of [1, 2]) {
        const [a, b] = await Promise.all([search(lite.db, lite.url, q, sort, page), search(post.db, post.url, q, sort, page)]);
        const at = `${q} (${sort}, page ${page})`;
        expect(b.articles.total, at).toBe(a.articles.total);
        expect(b.articles.totalCapped, at).toBe(a.articles.totalCapped);
        expect(b.articles.hasMore, at).toBe(a.articles.hasMore);
        expect(b.warnings, at).toEqual(a.warnings);
        const ids = (r: typeof a) => r.articles.items.map((h) => h.id);
        // SQLite ranks by bm25 up to 2,000 matches of each phrase, PostgreSQL by ts_rank up to
        // 300 (dialect.ts rankedMatchesMax): between the two the rankings differ by design.
        if (b.articles.ranking !== a.articles.ranking) {
          expect([a.articles.ranking, b.articles.ranking], at).toEqual(["relevance", "title-then-recent"]);
          continue;
        }
        if (a.articles.ranking === "relevance") {
          if (!a.articles.hasMore && page === 1) expect([...ids(b)].sort((x, y) => x - y), at).toEqual([...ids(a)].sort((x, y) => x - y));
        } else {
          expect(ids(b), at).toEqual(ids(a));
        }
      }
    }
  }, 60_000);
});
