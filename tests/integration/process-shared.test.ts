/**
 * `next start` loads a module once per route bundle and server layer, so the data layer runs
 * as several module instances in one process. Here two instances of it (vi.resetModules between
 * the imports, as two bundles would load it) over one database must share the process's state:
 * one listing snapshot, one cached result per key, one read connection and one writer, one view
 * of the data generation; before, each instance built and held its own (RSS ~1 GB at 100,000
 * articles in bench:web).
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { fillBenchDb } from "@/lib/bench/fill-bench-db";
import { openSqlite } from "@/lib/data/sqlite";
import { extractFile } from "@/lib/ingest/extract-file";

type Layer = {
  listing: typeof import("@/lib/data/listing-index/listing-index");
  cache: typeof import("@/lib/data/cache/generation-cache");
  read: typeof import("@/lib/data/read-connection");
  writer: typeof import("@/lib/data/writer");
  db: typeof import("@/lib/db");
};

async function loadLayer(): Promise<Layer> {
  vi.resetModules();
  return {
    listing: await import("@/lib/data/listing-index/listing-index"),
    cache: await import("@/lib/data/cache/generation-cache"),
    read: await import("@/lib/data/read-connection"),
    writer: await import("@/lib/data/writer"),
    db: await import("@/lib/db"),
  };
}

let t: TempDb;
let a: Layer;
let b: Layer;

beforeAll(async () => {
  process.env.QUERY_CACHE = "on";
  t = await createTempDb("process-shared-");
  const conn = openSqlite(t.url);
  const paragraphs = fs
    .readdirSync("seeds")
    .flatMap((f) => extractFile(fs.readFileSync(path.join("seeds", f)), f).article.paragraphs)
    .filter((p) => p.length > 20);
  fillBenchDb(conn, { count: 200, paragraphs });
  conn.close();
  a = await loadLayer();
  b = await loadLayer();
});

afterAll(async () => {
  await t.cleanup();
});

describe("two module instances in one process (two Next bundles)", () => {
  it("are distinct instances of the same modules", () => {
    expect(a.listing).not.toBe(b.listing);
    expect(a.cache).not.toBe(b.cache);
  });

  it("share one listing snapshot", async () => {
    const first = await a.listing.listingSnapshot(t.db);
    expect(first.size).toBe(200);
    expect(await b.listing.listingSnapshot(t.db)).toBe(first);
  });

  it("share results computed from the snapshot and cached reads", async () => {
    let computed = 0;
    const compute = async () => ++computed;
    expect(await a.listing.snapshotRead(t.db, "k", compute)).toBe(1);
    expect(await b.listing.snapshotRead(t.db, "k", compute)).toBe(1);
    expect(await a.cache.cachedRead(t.db, "k", compute)).toBe(2);
    expect(await b.cache.cachedRead(t.db, "k", compute)).toBe(2);
    expect(computed).toBe(2);
  });

  it("share one read connection and one writer", () => {
    expect(b.read.readConnection(t.db)).toBe(a.read.readConnection(t.db));
    expect(b.writer.writer(t.db)).toBe(a.writer.writer(t.db));
  });

  it("know a client's URL whichever instance made it", () => {
    const client = a.db.createDb(t.url);
    expect(b.db.urlOf(client)).toBe(t.url);
    void client.$disconnect();
  });
});
