/**
 * Results of expensive reads (facet counts, totals, searches, profiles), kept until the data
 * changes. The DataGeneration counter (moved by triggers on every write, see migration
 * 0010_data_generation) is read once per call — one indexed row — and any change empties the
 * cache, so a result is never older than the last committed write. Bounded per database (LRU).
 * QUERY_CACHE=off turns it off, to measure the uncached cost.
 */
import type { Db } from "@/lib/db";
import { readEnv } from "@/lib/env";
import { dialectOf, reader } from "../dialect";
import { perConnection } from "../per-connection";
import { readConnection } from "../read-connection";

const MAX_ENTRIES = 2_000;

interface Store {
  generation: bigint | null;
  entries: Map<string, Promise<unknown>>;
}

const stores = new WeakMap<Db, Store>();

/**
 * The DataGeneration row, or undefined on a database from before it (migration 0010);
 * `changedAt` is missing before migration 0015. One statement per connection serves both readers.
 */
const generationRow = perConnection((conn) => {
  const hasTable = conn.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'DataGeneration'`).get() !== undefined;
  const stmt = hasTable ? conn.prepare<[], { value: number | bigint; changedAt?: number | bigint }>(`SELECT * FROM "DataGeneration" WHERE "id" = 1`) : null;
  return () => stmt?.get();
});

type GenerationRow = { value: number | bigint; changedAt?: number | bigint };

/** PostgreSQL: the row read on the pool (migration 0002_pg_runtime's trigger moves it). */
async function postgresRow(db: Db): Promise<GenerationRow | undefined> {
  return reader(db).get<GenerationRow>(`SELECT "value", "changedAt" FROM "DataGeneration" WHERE "id" = 1`);
}

/**
 * The data generation: moves on every write to articles, companies and people; null on a
 * database from before the counter. Read on the direct connection (SQLite) or the pool
 * (PostgreSQL, where every app server sharing the database sees the same row): this runs on
 * every cached request, and Prisma costs ~1 ms a query.
 */
export async function dataGeneration(db: Db): Promise<bigint | null> {
  return dialectOf(db) === "postgres" ? asGeneration((await postgresRow(db))?.value) : sqliteGeneration(db);
}

/** SQLite's generation, synchronously (for a read transaction that must agree with it). */
export function sqliteGeneration(db: Db): bigint | null {
  return asGeneration(generationRow(readConnection(db))()?.value);
}

const asGeneration = (v: number | bigint | undefined): bigint | null => (v === undefined ? null : BigInt(v));

const lastChangedAt = new WeakMap<Db, { value: number | null; refreshing: boolean }>();

/**
 * When the data last changed (ms since 1970, moved by the same triggers); null on a database
 * from before the column. Synchronous, for the page cache handler: on PostgreSQL it answers the
 * value read last and starts reading the current one, so a change made on another server is
 * seen from the next page served on.
 */
export function dataChangedAt(db: Db): number | null {
  if (dialectOf(db) === "postgres") {
    let held = lastChangedAt.get(db);
    if (!held) lastChangedAt.set(db, (held = { value: null, refreshing: false }));
    const h = held;
    if (!h.refreshing) {
      h.refreshing = true;
      postgresRow(db)
        .then((r) => (h.value = r?.changedAt === undefined ? null : Number(r.changedAt)))
        .catch(() => {})
        .finally(() => (h.refreshing = false));
    }
    return h.value;
  }
  const v = generationRow(readConnection(db))()?.changedAt;
  return v === undefined ? null : Number(v);
}

let enabled: boolean | null = null;

/** `compute()`'s result for `key` under the current data, computed at most once per change. */
export async function cachedRead<T>(db: Db, key: string, compute: () => Promise<T>): Promise<T> {
  enabled ??= readEnv().QUERY_CACHE === "on";
  if (!enabled) return compute();
  let store = stores.get(db);
  if (!store) stores.set(db, (store = { generation: null, entries: new Map() }));
  const generation = await dataGeneration(db);
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
