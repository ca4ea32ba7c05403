/**
 * Results of expensive reads (facet counts, totals, searches, profiles), kept until the data
 * changes. The DataGeneration counter (moved by triggers on every write, see migration
 * 0010_data_generation) is read once per call — one indexed row — and any change empties the
 * cache, so a result is never older than the last committed write (while an import runs, than
 * the view of the data, which lags the import by up to IMPORT_VIEW_MS: view-generation.ts). Bounded
 * per database (LRU).
 * While an import runs, a result the current view has not computed yet is answered from an
 * earlier view and computed behind the answer (behind-queue.ts: one at a time, at low
 * priority); once the import has ended, nothing stale is answered.
 * QUERY_CACHE=off turns it off, to measure the uncached cost.
 */
import type { Db } from "@/lib/db";
import { readEnv } from "@/lib/env";
import { dialectOf } from "../dialect";
import { processShared } from "../process-shared";
import { runBehind } from "./behind-queue";
import { keepPending } from "./keep-pending";
import { importMarkedRunning, postgresGenerationRow, sqliteGenerationRow } from "./generation-row";
import { viewGeneration } from "./view-generation";
import { freshOnly, runFresh } from "./fresh-context";
import { watchImportEnd } from "./import-end";
import { PREPARE_KEYS, registerPreparer } from "./preparers";

const MAX_ENTRIES = 2_000;

interface Store {
  /** Tells stores apart in the queue of recomputations (one per database). */
  id: number;
  generation: bigint | null;
  entries: Map<string, Promise<unknown>>;
  /**
   * While an import runs: the settled results of earlier views, each key's newest, answered
   * while the current view's result is computed behind them. null with no import.
   */
  previous: Map<string, Promise<unknown>> | null;
  /** How each key read recently is computed, most recent last: what import-end.ts computes ahead of an import's end. */
  recipes: Map<string, () => Promise<unknown>>;
}

/** Results whose computation has finished (a pending one is not in it): only those are answered stale. */
const settled = processShared("generationCache.settled", () => new WeakSet<Promise<unknown>>());

const stores = processShared("generationCache.stores.v2", () => new WeakMap<Db, Store>());

/**
 * The data generation: moves on every write to articles, companies and people; null on a
 * database from before the counter. Read on the direct connection (SQLite) or the pool
 * (PostgreSQL, where every app server sharing the database sees the same row): Prisma costs
 * ~1 ms a query.
 */
export async function dataGeneration(db: Db): Promise<bigint | null> {
  return ((dialectOf(db) === "postgres" ? await postgresGenerationRow(db) : sqliteGenerationRow(db))?.generation) ?? null;
}

/** SQLite's generation, synchronously (for a read transaction that must agree with it). */
export function sqliteGeneration(db: Db): bigint | null {
  return sqliteGenerationRow(db)?.generation ?? null;
}

const lastChangedAt = processShared("generationCache.lastChangedAt", () => new WeakMap<Db, { value: number | null; refreshing: boolean }>());

/**
 * When the data last changed (ms since 1970, moved by the same triggers); null on a database
 * from before the column. Synchronous, for feeds' Last-Modified: on PostgreSQL it answers the
 * value read last and starts reading the current one, so a change made on another server is
 * seen from the next request on.
 */
export function dataChangedAt(db: Db): number | null {
  if (dialectOf(db) === "postgres") {
    let held = lastChangedAt.get(db);
    if (!held) lastChangedAt.set(db, (held = { value: null, refreshing: false }));
    const h = held;
    if (!h.refreshing) {
      h.refreshing = true;
      postgresGenerationRow(db)
        .then((r) => (h.value = r?.changedAt ?? null))
        .catch(() => {})
        .finally(() => (h.refreshing = false));
    }
    return h.value;
  }
  return sqliteGenerationRow(db)?.changedAt ?? null;
}

let enabled: boolean | null = null;
let storeCount = 0;

/** `compute()`'s result for `key` under the current data, computed at most once per change. */
export async function cachedRead<T>(db: Db, key: string, compute: () => Promise<T>): Promise<T> {
  enabled ??= readEnv().QUERY_CACHE === "on";
  if (!enabled) return compute();
  let store = stores.get(db);
  if (!store) stores.set(db, (store = { id: ++storeCount, generation: null, entries: new Map(), previous: null, recipes: new Map() }));
  remember(store.recipes, key, compute);
  // While an import runs the view holds still for up to IMPORT_VIEW_MS at a time (view-generation.ts).
  const generation = await viewGeneration(db);
  // No counter (a database from before the migration): nothing can be trusted to stay fresh.
  if (generation === null) return compute();
  // A read that raced a newer one: answer it fresh rather than move the cache backwards.
  if (store.generation !== null && generation < store.generation) return compute();
  if (store.generation !== generation) {
    const importing = store.generation !== null && (await importMarkedRunning(db));
    if (importing) watchImportEnd(db);
    // Another caller may have moved the store while this one asked (PostgreSQL asks the pool).
    if (store.generation !== null && generation < store.generation) return compute();
    if (store.generation !== generation) {
      // Kept only while an import runs: one map more in memory, for the stale answers.
      store.previous = importing ? carried(store) : null;
      store.entries = new Map();
      store.generation = generation;
    }
  }
  const hit = store.entries.get(key);
  if (hit) {
    // Most recently used goes to the back of the Map's order.
    store.entries.delete(key);
    store.entries.set(key, hit);
    return hit as Promise<T>;
  }
  const stale = await staleWhileImporting(db, store, key);
  if (stale) {
    computeBehind(store, generation, key, compute);
    return stale as Promise<T>;
  }
  // Re-read: another caller may have started it while this one looked for a stale result.
  const started = store.entries.get(key);
  if (started) return started as Promise<T>;
  // Concurrent callers share one computation; a failure is not kept.
  return keep(store, key, runFresh(compute));
}

/** Keeps `value` as `key`'s, most recent last, at most MAX_ENTRIES. */
function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > MAX_ENTRIES) map.delete(map.keys().next().value!);
}

/**
 * Computes the `limit` keys read most recently for the current view, one per turn of the event
 * loop, in a fresh context (import-end.ts calls it once an import's writes are all committed,
 * before the run is marked finished). Stops when `wanted` turns false. Returns how many it computed.
 */
export async function prepareCachedReads(db: Db, limit: number, wanted: () => boolean): Promise<number> {
  const store = stores.get(db);
  // Asked here too: the bundle that registered the preparer may never have read through the cache.
  enabled ??= readEnv().QUERY_CACHE === "on";
  if (!enabled || !store) return 0;
  let done = 0;
  const todo = [...store.recipes].reverse().slice(0, limit);
  // Two at a time: a profile waiting for the new listing snapshot does not hold the searches behind it.
  const lane = async () => {
    for (let next = todo.shift(); next && wanted(); next = todo.shift()) {
      const [key, recipe] = next;
      await new Promise<void>((resolve) => setImmediate(resolve));
      try {
        await runFresh(() => cachedRead(db, key, recipe));
        done++;
      } catch (err) {
        console.warn(`[cache] ahead ${key}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  };
  await Promise.all([lane(), lane()]);
  return done;
}

function keep<T>(store: Store, key: string, pending: Promise<T>): Promise<T> {
  return keepPending(store.entries, key, pending, MAX_ENTRIES, settled);
}

/** The settled results of the view being left, over those of the views before it (each key's newest), at most MAX_ENTRIES. */
function carried(store: Store): Map<string, Promise<unknown>> {
  const out = new Map<string, Promise<unknown>>();
  for (const source of [store.previous, store.entries]) {
    for (const [key, value] of source ?? []) {
      if (!settled.has(value)) continue;
      out.delete(key);
      out.set(key, value);
    }
  }
  while (out.size > MAX_ENTRIES) out.delete(out.keys().next().value!);
  return out;
}

/** An earlier view's result for `key` while an import runs; null once it has ended (and the earlier results are dropped). */
async function staleWhileImporting(db: Db, store: Store, key: string): Promise<Promise<unknown> | null> {
  if (freshOnly()) return null;
  const old = store.previous?.get(key);
  if (!old) return null;
  if (await importMarkedRunning(db)) return old;
  store.previous = null;
  return null;
}

/** Computes `key` for `generation` behind a stale answer; kept only if the view is still that generation. */
function computeBehind<T>(store: Store, generation: bigint, key: string, compute: () => Promise<T>): void {
  const entries = store.entries;
  const wanted = () => store.generation === generation && store.entries === entries && !entries.has(key);
  runBehind({
    key: `${store.id}:${generation}:${key}`,
    wanted,
    run: async () => {
      const value = await runFresh(compute);
      if (!wanted()) return;
      const done = Promise.resolve(value);
      settled.add(done);
      keep(store, key, done);
    },
  });
}

registerPreparer("cachedReads", 2, (db, wanted) => prepareCachedReads(db, PREPARE_KEYS, wanted));
