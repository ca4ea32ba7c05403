/**
 * Results of expensive reads (facet counts, totals, searches, profiles), kept until the data
 * changes. The DataGeneration counter (moved by triggers on every write, see migration
 * 0010_data_generation) is read once per call — one indexed row — and any change empties the
 * cache, so a result is never older than the last committed write (while an import runs, than
 * the view of the data, which lags the import by up to IMPORT_VIEW_MS: view-generation.ts). Bounded
 * per database (LRU).
 * QUERY_CACHE=off turns it off, to measure the uncached cost.
 */
import type { Db } from "@/lib/db";
import { readEnv } from "@/lib/env";
import { dialectOf } from "../dialect";
import { processShared } from "../process-shared";
import { postgresGenerationRow, sqliteGenerationRow } from "./generation-row";
import { viewGeneration } from "./view-generation";

const MAX_ENTRIES = 2_000;

interface Store {
  generation: bigint | null;
  entries: Map<string, Promise<unknown>>;
}

const stores = processShared("generationCache.stores", () => new WeakMap<Db, Store>());

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

/** `compute()`'s result for `key` under the current data, computed at most once per change. */
export async function cachedRead<T>(db: Db, key: string, compute: () => Promise<T>): Promise<T> {
  enabled ??= readEnv().QUERY_CACHE === "on";
  if (!enabled) return compute();
  let store = stores.get(db);
  if (!store) stores.set(db, (store = { generation: null, entries: new Map() }));
  // While an import runs the view holds still for up to IMPORT_VIEW_MS at a time (view-generation.ts).
  const generation = await viewGeneration(db);
  // No counter (a database from before the migration): nothing can be trusted to stay fresh.
  if (generation === null) return compute();
  // A read that raced a newer one: answer it fresh rather than move the cache backwards.
  if (store.generation !== null && generation < store.generation) return compute();
  if (store.generation !== generation) {
    store.entries.clear();
    store.generation = generation;
  }
  const hit = store.entries.get(key);
  if (hit) {
    // Most recently used goes to the back of the Map's order.
    store.entries.delete(key);
    store.entries.set(key, hit);
    return hit as Promise<T>;
  }
  // Concurrent callers share one computation; a failure is not kept.
  const pending = compute();
  store.entries.set(key, pending);
  pending.catch(() => {
    if (store.entries.get(key) === pending) store.entries.delete(key);
  });
  if (store.entries.size > MAX_ENTRIES) store.entries.delete(store.entries.keys().next().value!);
  return pending;
}
