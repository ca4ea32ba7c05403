/**
 * PostgreSQL search (issue 18): a word under one source: whose window of matches holds more than
 * rankedMatchesMax rows is known to be common from that window alone (search.ts,
 * windowShowsCommon): every match holds both the source's phrase and the word's, so no count of
 * the word's matches is sent. A corpus where one source wrote every article makes the window
 * full at a few hundred articles (PostgreSQL's index is built from the articles by the copy).
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
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { createTempPg, PG_ENABLED, type TempPg } from "../helpers/temp-pg";

const COUNT = 900;
const Q = "source:雷锋网 大模型";
const COUNT_STATEMENT = /SELECT count\(\*\) AS n FROM \(SELECT 1 FROM "ArticleSearch" WHERE/;

let lite: TempDb;
let post: TempPg;

describe.runIf(PG_ENABLED)("a full window under one source: (PostgreSQL)", () => {
  beforeAll(async () => {
    [lite, post] = await Promise.all([createTempDb("search-window-common-"), createTempPg("search_window_common_")]);
    const paragraphs = fs.readdirSync("seeds").flatMap((f) => extractFile(fs.readFileSync(path.join("seeds", f)), f).article.paragraphs).filter((p) => p.length > 20);
    const conn = openSqlite(lite.url);
    try {
      fillBenchDb(conn, { count: COUNT, paragraphs, seed: 7 });
      conn.prepare(`UPDATE "Article" SET "source" = '雷锋网'`).run();
    } finally {
      conn.close();
    }
    const copied = await copySqliteToPostgres({ from: lite.url, to: post.url, batch: 500 });
    expect(copied.indexed).toBe(COUNT);
    await pgPool(post.url).query(`ANALYZE`);
  }, 240_000);

  afterAll(async () => {
    await lite?.cleanup();
    await post?.cleanup();
  });

  it("sends no count of the word's matches", async () => {
    const pool = pgPool(post.url);
    const sent: string[] = [];
    const query = pool.query.bind(pool) as (c: unknown, v?: unknown) => Promise<unknown>;
    (pool as unknown as { query: typeof query }).query = (c, v) => {
      if (typeof c === "string") sent.push(c);
      else if (typeof c === "object" && c !== null && "text" in c) sent.push(String((c as { text: unknown }).text));
      return query(c, v);
    };
    let onPg;
    try {
      onPg = await searchEverything({ q: Q, sort: "relevance", page: 1, pageSize: 20 }, { db: post.db, url: post.url });
    } finally {
      (pool as unknown as { query: typeof query }).query = query;
    }
    // The window really held more than rankedMatchesMax (300) matches.
    expect(onPg.articles.ranking).toBe("title-then-recent");
    expect(onPg.articles.items.length).toBe(20);
    expect(sent.some((t) => /"ArticleSearch"/.test(t))).toBe(true);
    expect(sent.filter((t) => COUNT_STATEMENT.test(t))).toEqual([]);
  }, 60_000);
});
