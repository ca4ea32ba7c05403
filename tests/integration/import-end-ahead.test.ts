/**
 * What the first reads after an import need is computed before the import is marked finished,
 * not on the request path, and it is current: the importer marks its run publishing once every
 * write is committed and waits for the server watching it (lib/data/cache/import-end.ts), which
 * rebuilds the listing snapshot and computes the recently read results for the final data.
 * A real SQLite file and the real importer, held open after its writes by a last afterRun hook,
 * so the test reads while the run is marked running; no timed assertion.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copySeeds, createTempDb, TEST_STORE, type TempDb } from "../helpers/temp-db";
import { openSqlite, type Sqlite } from "@/lib/data/sqlite";
import { extractFile } from "@/lib/ingest/extract-file";
import { fillBenchDb } from "@/lib/bench/fill-bench-db";
import { runImport } from "@/lib/data/import/run-import";
import { defaultImportDeps } from "@/lib/data/import/after-save";
import { cachedRead } from "@/lib/data/cache/generation-cache";
import { snapshotRead } from "@/lib/data/listing-index/listing-index";
import { importWatched } from "@/lib/data/cache/import-end";

let t: TempDb;
let conn: Sqlite;

describe.skipIf(TEST_STORE === "postgres")("reads after an import ends", () => {
  beforeAll(async () => {
    t = await createTempDb("import-end-ahead-");
    conn = openSqlite(t.url);
    const paragraphs = fs.readdirSync("seeds").flatMap((f) => extractFile(fs.readFileSync(path.join("seeds", f)), f).article.paragraphs).filter((p) => p.length > 20);
    fillBenchDb(conn, { count: 40, paragraphs, seed: 23 });
  });

  afterAll(async () => {
    conn.close();
    await t?.cleanup();
  });

  const visible = () => (conn.prepare(`SELECT count(*) AS n FROM "Article" WHERE "missingSince" IS NULL`).get() as { n: number }).n;

  it("are computed for the import's final data before the run is marked finished, nested snapshot reads included", async () => {
    let computed = 0;
    const cached = () => cachedRead(t.db, "ahead:count", async () => (computed++, visible()));
    const listed = () => snapshotRead(t.db, "ahead:size", (s) => (computed++, s.size));
    // A cached result built from a snapshot read: both must be the final data's.
    const nested = () => cachedRead(t.db, "ahead:nested", async () => (computed++, await snapshotRead(t.db, "ahead:inner", (s) => (computed++, s.size))));
    const readAll = () => Promise.all([cached(), listed(), nested()]);
    expect(await readAll()).toEqual([40, 40, 40]);
    expect(computed).toBe(4);

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
    expect(after).toBeGreaterThan(40);
    // While the import writes, readers get the view from before it (and the server starts watching the run).
    expect(await readAll()).toEqual([40, 40, 40]);
    const beforeEnd = computed;
    // The importer waits for the servers registered as watching it: let this one's registration land.
    await importWatched(t.db);

    release();
    await importing;
    const run = conn.prepare(`SELECT "status" FROM "ImportRun" ORDER BY "id" DESC LIMIT 1`).get() as { status: string };
    expect(run.status).toBe("succeeded");
    // Computed while the run was publishing: every one of the four, on the final data ...
    expect(computed).toBe(beforeEnd + 4);
    // ... so the first reads after the import answer the final data and compute nothing.
    expect(await readAll()).toEqual([after, after, after]);
    expect(computed).toBe(beforeEnd + 4);
  });
});
