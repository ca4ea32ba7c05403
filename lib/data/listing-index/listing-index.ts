/**
 * The current listing snapshot of a database, rebuilt when the data generation moves (see
 * ../cache/generation-cache.ts), so lists, counts and profiles are never older than the last
 * committed write — except while an import is running: articles are then written every few
 * milliseconds and a rebuild per request would stall the server, so a snapshot younger than
 * STALE_DURING_IMPORT_MS is served as it is (near-real-time, like a search engine's refresh
 * interval). Results computed from a snapshot are cached under the snapshot's own generation
 * (snapshotRead), so an answer from a stale snapshot is never served once a fresh one exists.
 */
import type { Db } from "@/lib/db";
import { cachedRead, dataGeneration } from "../cache/generation-cache";
import { reader } from "../dialect";
import { loadSnapshot } from "./load-snapshot";
import type { ListingSnapshot } from "./snapshot";

const STALE_DURING_IMPORT_MS = 2_000;

interface Held {
  snapshot: ListingSnapshot;
  builtAt: number;
}

const held = new WeakMap<Db, Held>();

async function importRunning(database: Db): Promise<boolean> {
  return (await reader(database).get(`SELECT 1 FROM "ImportRun" WHERE "status" = 'running' LIMIT 1`)) !== undefined;
}

export async function listingSnapshot(database: Db): Promise<ListingSnapshot> {
  const generation = await dataGeneration(database);
  const h = held.get(database);
  if (h && generation !== null && h.snapshot.generation === generation) return h.snapshot;
  if (h && generation !== null && Date.now() - h.builtAt < STALE_DURING_IMPORT_MS && (await importRunning(database))) return h.snapshot;
  const snapshot = await loadSnapshot(database);
  held.set(database, { snapshot, builtAt: Date.now() });
  return snapshot;
}

/** `compute` over the current snapshot, kept until the data changes (see cachedRead). */
export async function snapshotRead<T>(database: Db, key: string, compute: (s: ListingSnapshot) => T | Promise<T>): Promise<T> {
  const s = await listingSnapshot(database);
  return cachedRead(database, `${key}@${s.generation ?? "none"}`, async () => compute(s));
}
