/**
 * A word with after:/before: on SQLite: the date range's key bounds reach FTS5 as integers, so
 * it seeks to the range instead of yielding every match outside it for SQLite to drop (a bound
 * JS number is a REAL, which FTS5 ignores as a rowid bound). Each full-text statement the search
 * runs is run again with a counting function beside its MATCH: the rows FTS5 yields are at most
 * the range's matches. The answers are those of brute force over the Article table. The
 * readOffLoop spy calls through: the real statements run.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTempDb, TEST_STORE, type TempDb } from "../helpers/temp-db";
import { openSqlite, type Sqlite } from "@/lib/data/sqlite";
import { extractFile } from "@/lib/ingest/extract-file";
import { fillBenchDb } from "@/lib/bench/fill-bench-db";
import { readOffLoop } from "@/lib/data/listing-index/off-thread-build";
import { searchEverything } from "@/lib/data/search/search";
import { keyFloor } from "@/lib/search/recency-key";

vi.mock("@/lib/data/listing-index/off-thread-build", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/data/listing-index/off-thread-build")>();
  return { ...real, readOffLoop: vi.fn(real.readOffLoop) };
});

let t: TempDb;
let conn: Sqlite;

describe.skipIf(TEST_STORE === "postgres")("a word within a date range", () => {
  beforeAll(async () => {
    t = await createTempDb("search-key-bounds-");
    conn = openSqlite(t.url);
    const paragraphs = fs.readdirSync("seeds").flatMap((f) => extractFile(fs.readFileSync(path.join("seeds", f)), f).article.paragraphs).filter((p) => p.length > 20);
    fillBenchDb(conn, { count: 1200, paragraphs, seed: 17 });
  }, 240_000);

  afterAll(async () => {
    conn?.close();
    await t?.cleanup();
  });

  it("asks FTS5 for the range's matches only, and answers as brute force", async () => {
    const [from, to] = ["2024-01-01", "2024-06-30"];
    const lo = keyFloor(new Date(`${from}T00:00:00+08:00`));
    const hi = keyFloor(new Date(`${to}T00:00:00+08:00`));
    vi.mocked(readOffLoop).mockClear();
    const r = await searchEverything({ q: `after:${from} before:${to} 的`, sort: "recent", pageSize: 20 }, { db: t.db, url: t.url });

    // Brute force: the range's articles holding the word, newest first (the key orders by publication time).
    const rows = conn.prepare(`SELECT a.id FROM "Article" a JOIN "SearchIndexState" s ON s."articleId" = a.id
      WHERE (a.title || ' ' || a.body) LIKE '%的%' AND s."ftsRowid" >= ? AND s."ftsRowid" < ? ORDER BY s."ftsRowid" DESC`).all(lo, hi) as { id: number }[];
    expect(r.articles.items.map((h) => h.id)).toEqual(rows.slice(0, 20).map((x) => x.id));
    expect(r.articles.total).toBe(Math.min(rows.length, 200));
    const all = (conn.prepare(`SELECT count(*) AS n FROM "ArticleSearch" WHERE "ArticleSearch" MATCH '"的"'`).get() as { n: number }).n;
    const inRange = rows.length;
    // The corpus has matches on both sides of the range, more than a page inside it.
    expect(inRange).toBeGreaterThan(20);
    expect(inRange).toBeLessThan(all / 2);

    let yielded = 0;
    conn.function("yielded", { deterministic: false }, (_rowid: unknown) => (yielded++, 1));
    const statements = vi.mocked(readOffLoop).mock.calls.map(([, q]) => q).filter((q) => q.sql.includes(`"ArticleSearch" MATCH ?`));
    expect(statements.length).toBeGreaterThan(0);
    for (const q of statements) {
      yielded = 0;
      conn.prepare(q.sql.replace(`"ArticleSearch" MATCH ?`, `"ArticleSearch" MATCH ? AND yielded("ArticleSearch".rowid)`)).all(...q.values);
      expect(yielded, q.sql).toBeLessThanOrEqual(inRange);
    }
  }, 120_000);
});
