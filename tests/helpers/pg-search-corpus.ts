/**
 * Shared set-up of the PostgreSQL search tests that need a corpus shaped for one rule: synthetic
 * articles from the seeds' paragraphs in SQLite, reshaped by the test, copied into PostgreSQL
 * (which builds its index from them) and analysed; and a record of the statements a search sends.
 */
import fs from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { copySqliteToPostgres } from "@/lib/data/copy/sqlite-to-postgres";
import { fillBenchDb } from "@/lib/bench/fill-bench-db";
import { openSqlite, type Sqlite } from "@/lib/data/sqlite";
import { pgPool } from "@/lib/data/pg-pool";
import { extractFile } from "@/lib/ingest/extract-file";
import type { TempDb } from "./temp-db";
import type { TempPg } from "./temp-pg";

/** `count` synthetic articles in `lite`, changed by `reshape`, then copied into `post` and analysed. */
export async function fillAndCopy(lite: TempDb, post: TempPg, opts: { count: number; seed: number; reshape: (conn: Sqlite) => void }): Promise<void> {
  const paragraphs = fs.readdirSync("seeds").flatMap((f) => extractFile(fs.readFileSync(path.join("seeds", f)), f).article.paragraphs).filter((p) => p.length > 20);
  const conn = openSqlite(lite.url);
  try {
    fillBenchDb(conn, { count: opts.count, paragraphs, seed: opts.seed });
    opts.reshape(conn);
  } finally {
    conn.close();
  }
  const copied = await copySqliteToPostgres({ from: lite.url, to: post.url, batch: 500 });
  expect(copied.indexed).toBe(opts.count);
  await pgPool(post.url).query(`ANALYZE`);
}

/** What `run` returns, and the text of every statement it sent through the pool of `url`. */
export async function withStatementsSent<T>(url: string, run: () => Promise<T>): Promise<{ result: T; sent: string[] }> {
  const pool = pgPool(url);
  const sent: string[] = [];
  const query = pool.query.bind(pool) as (c: unknown, v?: unknown) => Promise<unknown>;
  (pool as unknown as { query: typeof query }).query = (c, v) => {
    if (typeof c === "string") sent.push(c);
    else if (typeof c === "object" && c !== null && "text" in c) sent.push(String((c as { text: unknown }).text));
    return query(c, v);
  };
  try {
    return { result: await run(), sent };
  } finally {
    (pool as unknown as { query: typeof query }).query = query;
  }
}
