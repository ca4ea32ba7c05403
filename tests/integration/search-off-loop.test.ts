/**
 * Issue 17's "no event-loop stalls": a search's walk of the full-text index (a common word at
 * 100,000 articles held the loop 0.2–1 s per query) runs in the worker thread on SQLite, never
 * through this thread's connection. The request thread's reader is wrapped in a spy that still
 * calls through, so any index read made here is seen.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTempDb, TEST_STORE, type TempDb } from "../helpers/temp-db";
import { openSqlite, type Sqlite } from "@/lib/data/sqlite";
import { extractFile } from "@/lib/ingest/extract-file";
import { fillBenchDb } from "@/lib/bench/fill-bench-db";
import { reader } from "@/lib/data/dialect";
import { buildsOffThread } from "@/lib/data/listing-index/off-thread-build";
import { searchEverything } from "@/lib/data/search/search";

let t: TempDb;
let conn: Sqlite;

describe.skipIf(TEST_STORE === "postgres")("search reads off the request thread", () => {
  beforeAll(async () => {
    t = await createTempDb("search-off-loop-");
    conn = openSqlite(t.url);
    const paragraphs = fs.readdirSync("seeds").flatMap((f) => extractFile(fs.readFileSync(path.join("seeds", f)), f).article.paragraphs).filter((p) => p.length > 20);
    fillBenchDb(conn, { count: 300, paragraphs, seed: 5 });
  });

  afterAll(async () => {
    conn.close();
    await t?.cleanup();
  });

  it("finds articles without reading the full-text index on this thread", async () => {
    const rows = vi.spyOn(reader(t.db), "rows");
    const word = "模型";
    const byRelevance = await searchEverything({ q: word }, { db: t.db, url: t.url });
    const byDate = await searchEverything({ q: `${word} after:2000-01-01`, sort: "recent" }, { db: t.db, url: t.url });
    const expected = (conn.prepare(`SELECT count(*) AS n FROM "Article" WHERE "title" LIKE ? OR "body" LIKE ?`).get(`%${word}%`, `%${word}%`) as { n: number }).n;
    expect(expected).toBeGreaterThan(0);
    expect(byRelevance.articles.items.length).toBeGreaterThan(0);
    expect(byDate.articles.items.length).toBeGreaterThan(0);
    const indexReadsHere = rows.mock.calls.filter(([q]) => q.sql.includes(`"ArticleSearch"`));
    expect(indexReadsHere).toEqual([]);
    expect(buildsOffThread()).toBe(true);
    rows.mockRestore();
  });
});
