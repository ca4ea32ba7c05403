/**
 * The DataGeneration row (migration 0010; `changedAt` from 0015), moved by triggers on every
 * write to articles, companies and people by any process, and whether an import is running:
 * the two facts the read caches decide by. SQLite reads them on the direct connection,
 * synchronously; PostgreSQL on the pool.
 */
import type { Db } from "@/lib/db";
import { reader } from "../dialect";
import { perConnection } from "../per-connection";
import { readConnection } from "../read-connection";

export interface GenerationRow {
  generation: bigint;
  /** ms since 1970; null on a database from before the column. */
  changedAt: number | null;
}

type RawRow = { value: number | bigint; changedAt?: number | bigint | null };

const shaped = (r: RawRow | undefined): GenerationRow | null =>
  r === undefined ? null : { generation: BigInt(r.value), changedAt: r.changedAt === undefined || r.changedAt === null ? null : Number(r.changedAt) };

const RUNNING = `SELECT 1 AS "running" FROM "ImportRun" WHERE "status" = 'running' LIMIT 1`;

/** One statement per connection for each; undefined where the table is missing (a database from before it). */
const sqliteStatements = perConnection("generationRow", (conn) => {
  const has = (table: string) => conn.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(table) !== undefined;
  const row = has("DataGeneration") ? conn.prepare<[], RawRow>(`SELECT * FROM "DataGeneration" WHERE "id" = 1`) : null;
  const running = has("ImportRun") ? conn.prepare(RUNNING) : null;
  return { row: () => shaped(row?.get()), running: () => running?.get() !== undefined };
});

/** SQLite's row, synchronously; null on a database from before the counter. */
export function sqliteGenerationRow(db: Db): GenerationRow | null {
  return sqliteStatements(readConnection(db)).row();
}

/** SQLite: whether an ImportRun is marked running (a killed importer's row counts until the next import or status check mends it). */
export function sqliteImportRunning(db: Db): boolean {
  return sqliteStatements(readConnection(db)).running();
}

/** PostgreSQL's row, read on the pool (every app server sharing the database sees the same one). */
export async function postgresGenerationRow(db: Db): Promise<GenerationRow | null> {
  return shaped(await reader(db).get<RawRow>(`SELECT "value", "changedAt" FROM "DataGeneration" WHERE "id" = 1`));
}

export async function postgresImportRunning(db: Db): Promise<boolean> {
  return (await reader(db).get(RUNNING)) !== undefined;
}

/** Whether an import is marked running, on either store. */
export async function importMarkedRunning(db: Db): Promise<boolean> {
  return reader(db).kind === "sqlite" ? sqliteImportRunning(db) : postgresImportRunning(db);
}
