/**
 * bench:web fills a database, then imports synthetic files into it while it measures: the import
 * must add its articles beside the filled ones, not take them over as its own legacy rows and
 * mark them missing (the kept --db file then served 3,000 articles instead of 100,000).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDb, TEST_STORE, type TempDb } from "../helpers/temp-db";
import { openSqlite, type Sqlite } from "@/lib/data/sqlite";
import { fillBenchDb } from "@/lib/bench/fill-bench-db";
import { seedParagraphs } from "@/lib/bench/ensure-bench-db";
import { syntheticCorpus } from "@/lib/bench/synthetic-corpus";
import { runImport } from "@/lib/data/import/run-import";
import { defaultImportDeps } from "@/lib/data/import/after-save";

let t: TempDb;
let conn: Sqlite;
let dir: string;

describe.skipIf(TEST_STORE === "postgres")("a filled bench database and an import", () => {
  beforeAll(async () => {
    t = await createTempDb("bench-fill-import-");
    conn = openSqlite(t.url);
    fillBenchDb(conn, { count: 200, paragraphs: seedParagraphs(), seed: 5 });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-fill-import-files-"));
    for (const page of syntheticCorpus({ count: 20, paragraphs: seedParagraphs(), seed: 9 })) fs.writeFileSync(path.join(dir, page.name), page.bytes);
  });

  afterAll(async () => {
    conn?.close();
    fs.rmSync(dir, { recursive: true, force: true });
    await t?.cleanup();
  });

  it("keeps every filled article listed and adds the imported ones", async () => {
    const live = () => (conn.prepare(`SELECT count(*) AS n FROM "Article" WHERE "missingSince" IS NULL`).get() as { n: number }).n;
    expect(live()).toBe(200);
    const summary = await runImport({ dir, trigger: "test" }, { db: t.db, url: t.url, ...defaultImportDeps });
    expect(summary.failed ?? 0).toBe(0);
    const added = live() - 200;
    expect(added).toBeGreaterThan(0);
    const filledMissing = conn.prepare(`SELECT count(*) AS n FROM "Article" WHERE "missingSince" IS NOT NULL`).get() as { n: number };
    expect(filledMissing.n).toBe(0);
  });
});
