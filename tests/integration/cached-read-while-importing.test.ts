/**
 * While an import runs, a cached search or profile the current view has not computed yet is
 * answered from an earlier view and computed behind the answer, one at a time; once the import
 * has ended nothing stale is answered. A real SQLite file and the real importer, held open after
 * its writes (a last afterRun hook waits for the test), so the run is marked running while the
 * test reads; only Date is set by the test, so nothing depends on how fast the machine is.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { copySeeds, createTempDb, TEST_STORE, type TempDb } from "../helpers/temp-db";
import { openSqlite, type Sqlite } from "@/lib/data/sqlite";
import { extractFile } from "@/lib/ingest/extract-file";
import { fillBenchDb } from "@/lib/bench/fill-bench-db";
import { runImport } from "@/lib/data/import/run-import";
import { defaultImportDeps } from "@/lib/data/import/after-save";
import { cachedRead } from "@/lib/data/cache/generation-cache";
import { behindIdle } from "@/lib/data/cache/behind-queue";
import { IMPORT_VIEW_MS } from "@/lib/data/cache/view-generation";

let t: TempDb;
let conn: Sqlite;

describe.skipIf(TEST_STORE === "postgres")("cached reads while an import runs", () => {
  beforeAll(async () => {
    t = await createTempDb("cached-read-importing-");
    conn = openSqlite(t.url);
    const paragraphs = fs.readdirSync("seeds").flatMap((f) => extractFile(fs.readFileSync(path.join("seeds", f)), f).article.paragraphs).filter((p) => p.length > 20);
    fillBenchDb(conn, { count: 60, paragraphs, seed: 11 });
  });

  afterAll(async () => {
    vi.useRealTimers();
    conn.close();
    await t?.cleanup();
  });

  const visible = () => (conn.prepare(`SELECT count(*) AS n FROM "Article" WHERE "missingSince" IS NULL`).get() as { n: number }).n;

  it("answers an earlier view's result and computes the current one behind it, one at a time; never stale once the import has ended", async () => {
    vi.useFakeTimers({ now: Date.now(), toFake: ["Date"] });
    let computed = 0;
    let running = 0;
    let mostAtOnce = 0;
    const read = (key: string) =>
      cachedRead(t.db, `while-importing:${key}`, async () => {
        computed++;
        running++;
        mostAtOnce = Math.max(mostAtOnce, running);
        await new Promise((r) => setTimeout(r, 5));
        running--;
        return visible();
      });
    expect([await read("a"), await read("b"), await read("c")]).toEqual([60, 60, 60]);
    expect(computed).toBe(3);

    // The real importer adds the seed pages, then waits in its last hook: its writes are
    // committed and its run is still marked running.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let reached!: () => void;
    const atGate = new Promise<void>((r) => (reached = r));
    const importing = runImport(
      { dir: copySeeds(t.dir), trigger: "test" },
      { ...defaultImportDeps, db: t.db, url: t.url, afterRun: [...defaultImportDeps.afterRun, async () => (reached(), await gate)] },
    );
    await atGate;
    const after = visible();
    expect(after).toBeGreaterThan(60);

    // IMPORT_VIEW_MS later the view moves to the import's writes: the first reads of the new
    // view are answered with the earlier view's results at once ...
    vi.setSystemTime(Date.now() + IMPORT_VIEW_MS);
    expect(await Promise.all([read("a"), read("b")])).toEqual([60, 60]);
    // ... and computed behind them, one at a time; then the new view's results are served.
    await behindIdle();
    expect(computed).toBe(5);
    expect(mostAtOnce).toBe(1);
    expect(await Promise.all([read("a"), read("b")])).toEqual([after, after]);
    expect(computed).toBe(5);

    // The import ends: a result not yet computed for the current data is computed before it is
    // answered (the earlier view's 60 is never served again).
    release();
    await importing;
    expect(await read("c")).toBe(after);
    expect(computed).toBe(6);
  });
});
