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

/**
 * The running import, and whether its writes are all committed (`finishedAt` set while the run
 * is still running: it waits for the servers to rebuild for its final data, lib/data/import/await-readers.ts).
 */
const RUNNING = `SELECT "id", "finishedAt" FROM "ImportRun" WHERE "status" = 'running' LIMIT 1`;

/** An import marked running; `publishing`: its writes are all committed, and it ends once the servers are ready for them. */
export interface RunningImport {
  runId: number;
  publishing: boolean;
}

type RunningRaw = { id: number | bigint; finishedAt: unknown };
const runningShaped = (r: RunningRaw | undefined): RunningImport | null =>
  r === undefined ? null : { runId: Number(r.id), publishing: r.finishedAt !== null && r.finishedAt !== undefined };

/** One statement per connection for each; undefined where the table is missing (a database from before it). */
const sqliteStatements = perConnection("generationRow", (conn) => {
  const has = (table: string) => conn.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(table) !== undefined;
  const row = has("DataGeneration") ? conn.prepare<[], RawRow>(`SELECT * FROM "DataGeneration" WHERE "id" = 1`) : null;
  const running = has("ImportRun") ? conn.prepare<[], RunningRaw>(RUNNING) : null;
  return { row: () => shaped(row?.get()), running: () => runningShaped(running?.get()) };
});

/** SQLite's row, synchronously; null on a database from before the counter. */
export function sqliteGenerationRow(db: Db): GenerationRow | null {
  return sqliteStatements(readConnection(db)).row();
}

/** SQLite: whether an ImportRun is marked running (a killed importer's row counts until the next import or status check mends it). */
export function sqliteImportRunning(db: Db): boolean {
  return sqliteRunningImport(db) !== null;
}

/** SQLite: the import marked running, if any. */
export function sqliteRunningImport(db: Db): RunningImport | null {
  return sqliteStatements(readConnection(db)).running();
}

/** SQLite: whether an import is running and still writing (the view holds still only then: view-generation.ts). */
export function sqliteImportWriting(db: Db): boolean {
  const r = sqliteRunningImport(db);
  return r !== null && !r.publishing;
}

/** PostgreSQL's row, read on the pool (every app server sharing the database sees the same one). */
export async function postgresGenerationRow(db: Db): Promise<GenerationRow | null> {
  return shaped(await reader(db).get<RawRow>(`SELECT "value", "changedAt" FROM "DataGeneration" WHERE "id" = 1`));
}

export async function postgresImportRunning(db: Db): Promise<boolean> {
  return (await postgresRunningImport(db)) !== null;
}

export async function postgresRunningImport(db: Db): Promise<RunningImport | null> {
  return runningShaped(await reader(db).get<RunningRaw>(RUNNING));
}

export async function postgresImportWriting(db: Db): Promise<boolean> {
  const r = await postgresRunningImport(db);
  return r !== null && !r.publishing;
}

/** The import marked running, on either store. */
export async function runningImport(db: Db): Promise<RunningImport | null> {
  return reader(db).kind === "sqlite" ? sqliteRunningImport(db) : postgresRunningImport(db);
}

/** Whether an import is marked running, on either store. */
export async function importMarkedRunning(db: Db): Promise<boolean> {
  return reader(db).kind === "sqlite" ? sqliteImportRunning(db) : postgresImportRunning(db);
}
