/**
 * The current listing snapshot of a database, rebuilt when the view of the data moves (see
 * ../cache/view-generation.ts), so lists, counts and profiles are never older than the last
 * committed write, whichever process made it. The build runs in a worker thread
 * (off-thread-build.ts): a request that needs the new snapshot waits for it, but the event loop
 * goes on serving the others. While an import runs, the view moves at most every IMPORT_VIEW_MS;
 * when it does, the snapshot held is served at once and a rebuild runs behind it (one at a
 * time): lists then lag the import by the view's interval and one build (near-real-time, like a
 * search engine's refresh interval). Results computed from a snapshot are cached under the snapshot's own
 * generation (snapshotRead), so an answer from a stale snapshot is never served once a fresh
 * one exists.
 */
import type { Db } from "@/lib/db";
import { urlOf } from "@/lib/db";
import { viewGeneration } from "../cache/view-generation";
import { readEnv } from "@/lib/env";
import { dialectOf } from "../dialect";
import { importMarkedRunning } from "../cache/generation-row";
import { loadPostgresSnapshot } from "./load-snapshot";
import { buildSnapshotOffThread } from "./off-thread-build";
import type { ListingSnapshot } from "./snapshot";
import { processShared } from "../process-shared";
import { keepPending } from "../cache/keep-pending";
import { freshOnly, runFresh } from "../cache/fresh-context";
import { watchImportEnd } from "../cache/import-end";
import { PREPARE_KEYS, registerPreparer } from "../cache/preparers";

interface Held {
  snapshot: ListingSnapshot | null;
  /** The snapshot `snapshot` replaced while an import ran: its results may be served while the new one's are computed. */
  previous: ListingSnapshot | null;
  /** The build in flight, if any. */
  building: Promise<ListingSnapshot> | null;
  /**
   * Whether a caller asked for the build in flight behind an import: then the snapshot it
   * replaces is kept as `previous`. On the holder, not the call, since a build already in flight
   * (started by a caller that waited for it) is the one an import's caller gets.
   */
  behindImport: boolean;
  /** How each key read recently is computed, most recent last: what import-end.ts computes ahead of an import's end. */
  recipes: Map<string, (s: ListingSnapshot) => unknown>;
}

const held = processShared("listing.held", () => new WeakMap<Db, Held>());

function holder(database: Db): Held {
  let h = held.get(database);
  if (!h) held.set(database, (h = { snapshot: null, previous: null, building: null, behindImport: false, recipes: new Map() }));
  return h;
}

/** Starts a build unless one is in flight; the held snapshot is replaced when it ends (never by an older one). */
function rebuild(database: Db, h: Held, behindImport = false): Promise<ListingSnapshot> {
  if (behindImport) h.behindImport = true;
  if (h.building) return h.building;
  const building = (dialectOf(database) === "postgres" ? loadPostgresSnapshot(database) : buildSnapshotOffThread(urlOf(database))).then(
    (s) => {
      const old = h.snapshot?.generation;
      if (!h.snapshot || s.generation === null || old === null || old === undefined || s.generation >= old) {
        // Kept only while an import runs (staleWhileImporting): one snapshot more in memory.
        if (h.snapshot !== s) h.previous = h.behindImport ? h.snapshot : null;
        h.snapshot = s;
      }
      return s;
    },
  );
  h.building = building;
  const clear = () => {
    if (h.building !== building) return;
    h.building = null;
    h.behindImport = false;
  };
  building.then(clear, clear);
  return building;
}

export async function listingSnapshot(database: Db): Promise<ListingSnapshot> {
  const h = holder(database);
  for (;;) {
    // While an import runs the view moves at most every IMPORT_VIEW_MS, so rebuilds (~0.7 s of a
    // core each at 100,000 articles) no longer run back to back beside the import.
    const generation = await viewGeneration(database);
    const current = h.snapshot;
    if (current && generation !== null && current.generation !== null && current.generation >= generation) return current;
    if (current && generation !== null && (await importMarkedRunning(database))) {
      watchImportEnd(database);
      const behind = rebuild(database, h, true);
      if (!freshOnly()) {
        void behind.catch((err: unknown) => console.warn(`[listing] rebuild failed: ${err instanceof Error ? err.message : String(err)}`));
        return current;
      }
      // A result that will be kept (fresh-context.ts) waits for the snapshot of the current view.
      const built = await behind;
      if (built.generation === null || built.generation >= generation) return built;
      continue;
    }
    const built = await rebuild(database, h);
    // A build that began before the write this request must see: wait for the next one.
    if (generation === null || built.generation === null || built.generation >= generation) return built;
  }
}

/** Results kept per snapshot at most (least recently used go first), as cachedRead keeps per generation. */
const MAX_PER_SNAPSHOT = 2_000;
const perSnapshot = processShared("listing.perSnapshot", () => new WeakMap<ListingSnapshot, Map<string, Promise<unknown>>>());
let cacheOn: boolean | null = null;

/**
 * `compute` over the current snapshot, kept as long as that snapshot is the one served. Keyed by
 * the snapshot, not by the data generation as cachedRead is: while an import runs the generation
 * moves with every article written, which emptied the whole cache each time, so every list,
 * facet and profile was computed again over 100,000 articles on the event loop for a snapshot
 * that had not changed (the loop stalled ~3 s and p95 went from 0.2 s to 47 s). A new snapshot
 * starts an empty map; the old one goes with its snapshot.
 */
/** Results whose computation has finished (a pending one is not in it). */
const settled = processShared("listing.settled", () => new WeakSet<Promise<unknown>>());

/**
 * While an import runs, the result the previous snapshot gave for `key`, if it has one and the
 * current snapshot's is not computed yet. The view moves every IMPORT_VIEW_MS then, and each new
 * snapshot found every list, facet and profile uncomputed at once: the requests of the next
 * seconds queued behind those computations (bench:web, open loop during an import: p95 5 s, in
 * bursts every 30 s). Served stale meanwhile, they lag the import by one more build, as the
 * snapshot itself does while it is rebuilt; once the import ends, nothing stale is served.
 */
async function staleWhileImporting(database: Db, s: ListingSnapshot, key: string): Promise<Promise<unknown> | null> {
  if (freshOnly()) return null;
  const h = holder(database);
  const prev = h.previous;
  if (!prev || h.snapshot !== s) return null;
  const old = perSnapshot.get(prev)?.get(key);
  if (!old || !settled.has(old)) return null;
  if (!(await importMarkedRunning(database))) {
    h.previous = null;
    return null;
  }
  watchImportEnd(database);
  return old;
}

export async function snapshotRead<T>(database: Db, key: string, compute: (s: ListingSnapshot) => T | Promise<T>): Promise<T> {
  const s = await listingSnapshot(database);
  cacheOn ??= readEnv().QUERY_CACHE === "on";
  // No cache asked for, or no counter to say when the data changed: always fresh.
  if (!cacheOn || s.generation === null) return compute(s);
  const recipes = holder(database).recipes;
  recipes.delete(key);
  recipes.set(key, compute);
  if (recipes.size > MAX_PER_SNAPSHOT) recipes.delete(recipes.keys().next().value!);
  let entries = perSnapshot.get(s);
  if (!entries) perSnapshot.set(s, (entries = new Map()));
  const hit = entries.get(key);
  if (hit && !settled.has(hit)) {
    const stale = await staleWhileImporting(database, s, key);
    if (stale) return stale as Promise<T>;
  }
  if (hit) {
    entries.delete(key);
    entries.set(key, hit);
    return hit as Promise<T>;
  }
  const stale = await staleWhileImporting(database, s, key);
  // Re-read: another caller may have started it while this one looked for a stale result.
  const started = entries.get(key);
  if (started) return (stale ?? started) as Promise<T>;
  // Concurrent callers share one computation; a failure is not kept.
  const pending = Promise.resolve().then(() => runFresh(() => compute(s)));
  keepPending(entries, key, pending, MAX_PER_SNAPSHOT, settled);
  if (stale) {
    // Computed behind the stale answer: its failure is logged, and the next read tries again.
    pending.catch((err: unknown) => console.warn(`[listing] ${key}: ${err instanceof Error ? err.message : String(err)}`));
    return stale as Promise<T>;
  }
  return pending;
}

/**
 * Waits for the snapshot of the current view, then computes over it the `limit` keys read most
 * recently, one per turn of the event loop (import-end.ts calls it once an import's writes are
 * all committed, before the run is marked finished). Stops when `wanted` turns false. Returns
 * how many it computed.
 */
export async function prepareSnapshotReads(database: Db, limit: number, wanted: () => boolean): Promise<number> {
  const h = held.get(database);
  if (!h) return 0;
  await runFresh(() => listingSnapshot(database));
  let done = 0;
  for (const [key, recipe] of [...h.recipes].reverse().slice(0, limit)) {
    if (!wanted()) break;
    await new Promise<void>((resolve) => setImmediate(resolve));
    try {
      await runFresh(() => snapshotRead(database, key, recipe));
      done++;
    } catch (err) {
      console.warn(`[listing] ahead ${key}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return done;
}

registerPreparer("listing", 1, (database, wanted) => prepareSnapshotReads(database, PREPARE_KEYS, wanted));
