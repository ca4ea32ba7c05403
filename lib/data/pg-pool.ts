/**
 * The `pg` pool beside a PostgreSQL Prisma client, for the reads that run raw SQL on every
 * request (search, the data generation) — the PostgreSQL twin of read-connection.ts. Rows come
 * back shaped as the SQLite connection returns them, so one query's callers serve both stores:
 * 64-bit integers (count(*), the recency key) as numbers, booleans as 1/0, timestamps as ISO
 * text in UTC.
 */
import pg from "pg";
import { processShared } from "./process-shared";

/** Prisma writes DateTime into `timestamp(3)` columns (no zone) as UTC. */
function utcTimestamp(text: string): string {
  return new Date(`${text.replace(" ", "T")}Z`).toISOString();
}

/** Parsers for the shapes above (a pool's, or a client of its own: lib/data/writer.ts). */
export const TYPES = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === pg.types.builtins.INT8) return (v: string) => Number(v);
    if (oid === pg.types.builtins.NUMERIC) return (v: string) => Number(v);
    if (oid === pg.types.builtins.TIMESTAMP) return utcTimestamp;
    if (oid === pg.types.builtins.BOOL) return (v: string) => (v === "t" ? 1 : 0);
    return format === "binary" ? pg.types.getTypeParser(oid, "binary") : pg.types.getTypeParser(oid, "text");
  },
} as pg.CustomTypesConfig;

const pools = processShared("pg.pools", () => new Map<string, pg.Pool>());

/** One pool per URL per process (route bundles share it: process-shared.ts). */
export function pgPool(url: string): pg.Pool {
  let pool = pools.get(url);
  if (!pool) {
    // No JIT: a search's estimated cost (search_doc() is priced high, migration 0005) passes
    // jit_above_cost, and compiling took 1.2 of a 1.35 s statement at 100,000 articles
    // (scripts/bench-search-stores.ts --count 100000); these reads are short.
    // No parallel plans: a search statement reads a few hundred rows, and starting workers cost
    // more than they saved (华 at 100,000 articles: the capped count 206 → 7 ms, its newest-500
    // window 308 → 23 ms; company:百度 发布 589 → 55 ms of database time).
    // Idle connections stay open (pg's default closes them after 10 s): a new server process
    // starts with cold catalog caches and recompiles search_doc(), so the first search after a
    // quiet spell paid for both. They do not keep a process that is done from exiting.
    pool = new pg.Pool({ connectionString: url, max: 10, idleTimeoutMillis: 0, allowExitOnIdle: true, types: TYPES, options: "-c jit=off -c max_parallel_workers_per_gather=0" });
    // An idle client that loses its server connection must not crash the process.
    pool.on("error", () => {});
    pools.set(url, pool);
  }
  return pool;
}

/** Closes a URL's pool (tests, scripts that end). */
export async function closePgPool(url: string): Promise<void> {
  const pool = pools.get(url);
  pools.delete(url);
  await pool?.end();
}
