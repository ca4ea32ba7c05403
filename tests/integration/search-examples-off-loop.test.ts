/**
 * The search box's examples (most common source, years covered) come from reads that visit every
 * article: they run in the worker thread, never on this thread's connection, and give what the
 * same SQL gives here.
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
import { searchExamples } from "@/lib/data/search/examples";

let t: TempDb;
let conn: Sqlite;

describe.skipIf(TEST_STORE === "postgres")("search examples off the request thread", () => {
  beforeAll(async () => {
    t = await createTempDb("search-examples-");
    conn = openSqlite(t.url);
    const paragraphs = fs.readdirSync("seeds").flatMap((f) => extractFile(fs.readFileSync(path.join("seeds", f)), f).article.paragraphs).filter((p) => p.length > 20);
    fillBenchDb(conn, { count: 300, paragraphs, seed: 6 });
  });

  afterAll(async () => {
    conn.close();
    await t?.cleanup();
  });

  it("names the most common source and the years covered, read in the worker", async () => {
    const r = reader(t.db);
    const get = vi.spyOn(r, "get");
    const all = vi.spyOn(r, "all");
    const examples = await searchExamples(t.db);
    const top = conn
      .prepare(`SELECT "source", count(*) AS n FROM "Article" WHERE "missingSince" IS NULL AND "source" <> '' GROUP BY "source" ORDER BY n DESC, "source" LIMIT 1`)
      .get() as { source: string };
    const years = conn.prepare(`SELECT min("publishedLocal") AS f, max("publishedLocal") AS l FROM "Article" WHERE "missingSince" IS NULL`).get() as { f: string; l: string };
    expect(examples.source).toBe(top.source);
    expect(examples.firstYear).toBe(Number(years.f.slice(0, 4)));
    expect(examples.lastYear).toBe(Number(years.l.slice(0, 4)));
    const wholeTableHere = [...get.mock.calls, ...all.mock.calls].filter(([sql]) => sql.includes(`FROM "Article" WHERE "missingSince" IS NULL`));
    expect(wholeTableHere).toEqual([]);
    expect(buildsOffThread()).toBe(true);
    get.mockRestore();
    all.mockRestore();
  });
});
