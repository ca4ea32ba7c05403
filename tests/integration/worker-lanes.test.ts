/**
 * A whole-table read (a search's index walk, entity counts) is not queued behind a listing
 * snapshot build: builds have a worker thread of their own. With one worker a read asked for
 * after a build always answered after it (the thread takes messages in order); with two, the
 * one-row read answers while the build (thousands of rows) is still running.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDb, TEST_STORE, type TempDb } from "../helpers/temp-db";
import { openSqlite, type Sqlite } from "@/lib/data/sqlite";
import { extractFile } from "@/lib/ingest/extract-file";
import { fillBenchDb } from "@/lib/bench/fill-bench-db";
import { buildSnapshotOffThread, buildsOffThread, readRowsOffThread } from "@/lib/data/listing-index/off-thread-build";

let t: TempDb;
let conn: Sqlite;

describe.skipIf(TEST_STORE === "postgres")("worker threads by kind of work", () => {
  beforeAll(async () => {
    t = await createTempDb("worker-lanes-");
    conn = openSqlite(t.url);
    const paragraphs = fs.readdirSync("seeds").flatMap((f) => extractFile(fs.readFileSync(path.join("seeds", f)), f).article.paragraphs).filter((p) => p.length > 20);
    fillBenchDb(conn, { count: 3000, paragraphs, seed: 9 });
  });

  afterAll(async () => {
    conn.close();
    await t?.cleanup();
  });

  it("a one-row read asked for after a snapshot build answers before the build ends", async () => {
    // Both workers started and their connections open, so what follows compares work, not start-up.
    await Promise.all([buildSnapshotOffThread(t.url), readRowsOffThread(t.url, `SELECT 1 AS one`)]);
    const order: string[] = [];
    const build = buildSnapshotOffThread(t.url).then((s) => (order.push("build"), s));
    const read = readRowsOffThread<{ n: number }>(t.url, `SELECT count(*) AS n FROM "Company"`).then((r) => (order.push("read"), r));
    const [snapshot, rows] = await Promise.all([build, read]);
    expect(snapshot.size).toBe(3000);
    expect(rows[0]!.n).toBeGreaterThan(0);
    expect(buildsOffThread()).toBe(true);
    expect(order).toEqual(["read", "build"]);
  });
});
