/**
 * Issue 17's "no event-loop stalls": the search's entity lists get their pinyin keys in the
 * worker thread (pinyin-pro builds its tables on its first call, ~0.3 s of the loop at each
 * process's first search). pinyin-pro is wrapped in a spy that still calls through, so any
 * pinyin made on this thread is seen; the pinyin search still finds its person.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTempDb, TEST_STORE, type TempDb } from "../helpers/temp-db";
import { openSqlite, type Sqlite } from "@/lib/data/sqlite";
import { extractFile } from "@/lib/ingest/extract-file";
import { fillBenchDb } from "@/lib/bench/fill-bench-db";
import { buildsOffThread } from "@/lib/data/listing-index/off-thread-build";
import { forgetEntityIndex } from "@/lib/data/search/entities";
import { searchEverything } from "@/lib/data/search/search";

const calls = vi.hoisted(() => ({ n: 0 }));
vi.mock("pinyin-pro", async (actual) => {
  const real = await actual<typeof import("pinyin-pro")>();
  return { ...real, pinyin: (...args: Parameters<typeof real.pinyin>) => (calls.n++, real.pinyin(...args)) };
});

let t: TempDb;
let conn: Sqlite;

describe.skipIf(TEST_STORE === "postgres")("search entity lists prepared off the request thread", () => {
  beforeAll(async () => {
    t = await createTempDb("search-entities-off-loop-");
    conn = openSqlite(t.url);
    const paragraphs = fs.readdirSync("seeds").flatMap((f) => extractFile(fs.readFileSync(path.join("seeds", f)), f).article.paragraphs).filter((p) => p.length > 20);
    fillBenchDb(conn, { count: 200, paragraphs, seed: 7 });
  });

  afterAll(async () => {
    conn.close();
    await t?.cleanup();
  });

  it("finds a person by pinyin without computing pinyin on this thread", async () => {
    forgetEntityIndex(t.db);
    calls.n = 0;
    const result = await searchEverything({ q: "likaifu" }, { db: t.db, url: t.url });
    expect(result.people.map((p) => p.name)).toContain("李开复");
    expect(result.people.find((p) => p.name === "李开复")?.matchedBy).toBe("pinyin");
    expect(calls.n).toBe(0);
    expect(buildsOffThread()).toBe(true);
  });
});
