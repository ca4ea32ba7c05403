/**
 * While an import runs, cached reads, the listing snapshot and the page cache's judge follow the
 * view of the data (lib/data/cache/view-generation.ts), which moves at most every
 * IMPORT_VIEW_MS, not with every batch the importer commits; with no import they follow every
 * committed write. A real SQLite file and real writes; only the clock is set by the test, so
 * nothing depends on how fast the machine is.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTempDb, TEST_STORE, type TempDb } from "../helpers/temp-db";
import { openSqlite, type Sqlite } from "@/lib/data/sqlite";
import { extractFile } from "@/lib/ingest/extract-file";
import { fillBenchDb } from "@/lib/bench/fill-bench-db";
import { cachedRead } from "@/lib/data/cache/generation-cache";
import { behindIdle } from "@/lib/data/cache/behind-queue";
import { IMPORT_VIEW_MS, viewChangedAt, viewGeneration } from "@/lib/data/cache/view-generation";
import { listingSnapshot } from "@/lib/data/listing-index/listing-index";
import { RENDER_MARGIN_MS, renderedAfterLastChange } from "@/lib/data/cache/page-freshness";

let t: TempDb;
let conn: Sqlite;

describe.skipIf(TEST_STORE === "postgres")("the view of the data while an import runs", () => {
  beforeAll(async () => {
    t = await createTempDb("import-view-");
    conn = openSqlite(t.url);
    const paragraphs = fs.readdirSync("seeds").flatMap((f) => extractFile(fs.readFileSync(path.join("seeds", f)), f).article.paragraphs).filter((p) => p.length > 20);
    fillBenchDb(conn, { count: 60, paragraphs, seed: 7 });
  });

  afterAll(async () => {
    vi.useRealTimers();
    conn.close();
    await t?.cleanup();
  });

  const hide = (n: number) =>
    conn.prepare(`UPDATE "Article" SET "missingSince" = '2020-01-01T00:00:00.000Z' WHERE "id" IN (SELECT "id" FROM "Article" WHERE "missingSince" IS NULL ORDER BY "id" LIMIT ?)`).run(n);
  const current = () => BigInt((conn.prepare(`SELECT "value" FROM "DataGeneration" WHERE "id" = 1`).get() as { value: number | bigint }).value);

  it("holds cached reads, the snapshot and the page judge through an import's writes, moves after IMPORT_VIEW_MS, and is exact once the import ends", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const t0 = Date.parse("2026-01-01T00:00:00Z");
    vi.setSystemTime(t0);
    let computed = 0;
    const read = () => cachedRead(t.db, "import-view:probe", async () => ++computed);
    const listed = async () => (await listingSnapshot(t.db)).size;

    expect(await read()).toBe(1);
    expect(await listed()).toBe(60);

    // No import: a write is seen by the next read, however soon.
    hide(1);
    expect(await read()).toBe(2);
    expect(await listed()).toBe(59);
    const seen = await viewGeneration(t.db);
    expect(seen).toBe(current());

    // An import starts and writes: the view holds, so nothing is computed or rebuilt again,
    // and a page rendered after the view's last change stays current.
    conn.prepare(`INSERT INTO "ImportRun" ("trigger", "dir", "status") VALUES ('test', '/x', 'running')`).run();
    const changedAt = viewChangedAt(t.db)!;
    const snapshot = await listingSnapshot(t.db);
    vi.setSystemTime(t0 + 1_000);
    hide(2);
    hide(3);
    expect(current()).toBeGreaterThan(seen!);
    expect(await viewGeneration(t.db)).toBe(seen);
    expect(await read()).toBe(2);
    expect(await listingSnapshot(t.db)).toBe(snapshot);
    expect(viewChangedAt(t.db)).toBe(changedAt);
    expect(renderedAfterLastChange(changedAt + RENDER_MARGIN_MS, viewChangedAt(t.db))).toBe(true);

    // IMPORT_VIEW_MS after the last move, the view moves to the data as it is then: the cached
    // read is answered from the view before while it is computed behind the answer
    // (tests/integration/cached-read-while-importing.test.ts), then served from the new view.
    vi.setSystemTime(t0 + IMPORT_VIEW_MS);
    expect(await viewGeneration(t.db)).toBe(current());
    expect(await read()).toBe(2);
    await behindIdle();
    expect(await read()).toBe(3);
    expect(viewChangedAt(t.db)!).toBeGreaterThan(changedAt);
    const moved = await viewGeneration(t.db);
    hide(1);
    expect(await viewGeneration(t.db)).toBe(moved);
    expect(await read()).toBe(3);

    // The import ends: the next read is exact, at once.
    conn.prepare(`UPDATE "ImportRun" SET "status" = 'succeeded' WHERE "status" = 'running'`).run();
    expect(await viewGeneration(t.db)).toBe(current());
    expect(await read()).toBe(4);
    expect(await listed()).toBe(60 - 1 - 2 - 3 - 1);
  });
});
