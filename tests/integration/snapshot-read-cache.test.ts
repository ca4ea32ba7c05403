/**
 * snapshotRead keeps a result as long as the snapshot it was computed from is the one served:
 * while an import runs (the generation moves with every article) the held snapshot is served and
 * its results are not computed again; once nothing is importing, a write brings a new snapshot
 * and a fresh computation.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDb, TEST_STORE, type TempDb } from "../helpers/temp-db";
import { openSqlite, type Sqlite } from "@/lib/data/sqlite";
import { extractFile } from "@/lib/ingest/extract-file";
import { fillBenchDb } from "@/lib/bench/fill-bench-db";
import { listingSnapshot, snapshotRead } from "@/lib/data/listing-index/listing-index";
import { IMPORT_VIEW_MS } from "@/lib/data/cache/view-generation";
import { vi } from "vitest";

let t: TempDb;
let conn: Sqlite;

describe.skipIf(TEST_STORE === "postgres")("snapshotRead's cache", () => {
  beforeAll(async () => {
    t = await createTempDb("snapshot-read-cache-");
    conn = openSqlite(t.url);
    const paragraphs = fs.readdirSync("seeds").flatMap((f) => extractFile(fs.readFileSync(path.join("seeds", f)), f).article.paragraphs).filter((p) => p.length > 20);
    fillBenchDb(conn, { count: 100, paragraphs, seed: 4 });
  });

  afterAll(async () => {
    conn.close();
    await t?.cleanup();
  });

  it("computes once per served snapshot, through an import's writes, and again after a write with no import", async () => {
    let computed = 0;
    const read = () => snapshotRead(t.db, "test:size", (s) => (computed++, s.size));
    expect(await read()).toBe(100);
    expect(await read()).toBe(100);
    expect(computed).toBe(1);

    // An import runs and writes: the held snapshot is served (a rebuild runs behind it), and
    // what was computed from it is not computed again.
    conn.prepare(`INSERT INTO "ImportRun" ("trigger", "dir", "status") VALUES ('test', '/x', 'running')`).run();
    conn.prepare(`UPDATE "Article" SET "missingSince" = '2020-01-01T00:00:00.000Z' WHERE "id" = (SELECT min("id") FROM "Article")`).run();
    conn.prepare(`UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1`).run();
    expect(await read()).toBe(100);
    expect(computed).toBe(1);

    // The import ends: the next read waits for the snapshot of the current data and computes on it.
    conn.prepare(`UPDATE "ImportRun" SET "status" = 'done' WHERE "status" = 'running'`).run();
    conn.prepare(`UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1`).run();
    expect(await read()).toBe(99);
    expect(computed).toBe(2);
  });

  it("while an import runs, answers a new snapshot's first read with the previous snapshot's result and computes the new one behind it; never once the import ended", async () => {
    let computed = 0;
    const read = () => snapshotRead(t.db, "test:size-2", (s) => (computed++, s.size));
    const size = await read();
    expect(computed).toBe(1);
    vi.useFakeTimers({ now: Date.now(), toFake: ["Date"] });
    try {
      conn.prepare(`INSERT INTO "ImportRun" ("trigger", "dir", "status") VALUES ('test', '/x', 'running')`).run();
      conn.prepare(`UPDATE "Article" SET "missingSince" = '2020-01-01T00:00:00.000Z' WHERE "id" = (SELECT max("id") FROM "Article" WHERE "missingSince" IS NULL)`).run();
      conn.prepare(`UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1`).run();
      // The view moves (IMPORT_VIEW_MS later) and the snapshot of it is built behind the held one
      // (polled, with a bound far above a build of 100 articles, so a slow machine only waits).
      vi.setSystemTime(Date.now() + IMPORT_VIEW_MS);
      const held = await listingSnapshot(t.db);
      for (let i = 0; i < 3000 && (await listingSnapshot(t.db)) === held; i++) await new Promise((r) => setTimeout(r, 10));
      expect(await listingSnapshot(t.db)).not.toBe(held);
      // The new snapshot's first read: the previous result at once, the new one computed behind it.
      expect(await read()).toBe(size);
      await new Promise((r) => setTimeout(r, 0));
      expect(computed).toBe(2);
      expect(await read()).toBe(size - 1);
      expect(computed).toBe(2);

      // The import ends and the data moves: the next read waits for its own result, stale never.
      conn.prepare(`UPDATE "ImportRun" SET "status" = 'done' WHERE "status" = 'running'`).run();
      conn.prepare(`UPDATE "Article" SET "missingSince" = '2020-01-01T00:00:00.000Z' WHERE "id" = (SELECT max("id") FROM "Article" WHERE "missingSince" IS NULL)`).run();
      conn.prepare(`UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1`).run();
      expect(await read()).toBe(size - 2);
      expect(computed).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });
  it("keeps the replaced snapshot for stale answers when an import's caller finds a build already in flight", async () => {
    let computed = 0;
    const read = () => snapshotRead(t.db, "test:size-3", (s) => (computed++, s.size));
    // The build runs on a worker thread: on a loaded machine it can end before the import's caller
    // comes, and then that caller finds no build in flight (the case under test did not happen).
    // So the case is set up again until it happens, and checked when it does.
    for (let attempt = 1; ; attempt++) {
      const size = await read();
      const computedBefore = computed;
      const before = await listingSnapshot(t.db);
      // A write with no import running: the next caller starts a build and waits for it.
      conn.prepare(`UPDATE "Article" SET "missingSince" = '2020-01-01T00:00:00.000Z' WHERE "id" = (SELECT max("id") FROM "Article" WHERE "missingSince" IS NULL)`).run();
      conn.prepare(`UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1`).run();
      const waited = listingSnapshot(t.db);
      // Once that caller has started its build (it found no import), an import starts: its caller
      // is answered with the held snapshot and gets the build in flight, which must then keep the
      // snapshot it replaces for stale answers.
      await new Promise((r) => setTimeout(r, 0));
      conn.prepare(`INSERT INTO "ImportRun" ("trigger", "dir", "status") VALUES ('test', '/x', 'running')`).run();
      try {
        const answered = await listingSnapshot(t.db);
        if (answered !== before && attempt < 20) {
          await waited;
          continue;
        }
        expect(answered).toBe(before);
        expect(await waited).not.toBe(before);
        expect(await read()).toBe(size);
        await new Promise((r) => setTimeout(r, 0));
        expect(await read()).toBe(size - 1);
        expect(computed).toBe(computedBefore + 1);
        return;
      } finally {
        conn.prepare(`UPDATE "ImportRun" SET "status" = 'done' WHERE "status" = 'running'`).run();
      }
    }
  });
});
