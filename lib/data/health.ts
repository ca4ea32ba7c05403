/**
 * Whether the server can answer from its database, for load balancers and uptime checks.
 * "Answers" means what the pages need, not only that a file opens: reading the data generation
 * alone said ok on a file with random bytes in its middle (every content route then answered
 * 500) and on a read-only file (sign-in answered 500). So each check reads every main table at
 * both ends and walks the index the listing reads, and asks SQLite whether a write could begin.
 * Cheap enough to poll; `PRAGMA quick_check` (a scan of the whole file) runs only on demand
 * (`?check=quick`), at most once a minute, the result kept in between.
 */
import type { Db } from "@/lib/db";
import { db as defaultDb, urlOf } from "@/lib/db";
import { dataGeneration, sqliteGeneration } from "./cache/generation-cache";
import { dialectOf, reader } from "./dialect";
import { readConnection } from "./read-connection";
import type { Statement } from "better-sqlite3";
import { openSqlite, type Sqlite } from "./sqlite";
import { processShared } from "./process-shared";

export type Health =
  | { ok: true; dataGeneration: string; readOnly: false; quickCheck?: string }
  | { ok: false; error: string; readOnly?: boolean; quickCheck?: string };

/** The tables a page reads; each must answer at its first and last row. */
const MAIN_TABLES = ["Article", "Company", "Person", "CompanyMention", "PersonMention", "Role", "ImportRun", "ImportItem", "Setting"] as const;
const QUICK_CHECK_EVERY_MS = 60_000;

const probes = processShared("health.probes", () => new WeakMap<Sqlite, Statement[]>());

/** Reads each main table's first and last row, and both ends of the index the listing reads (statements prepared once per connection). */
function readMainTables(conn: Sqlite): void {
  let statements = probes.get(conn);
  if (!statements) {
    statements = MAIN_TABLES.flatMap((table) => [
      conn.prepare(`SELECT * FROM "${table}" ORDER BY rowid LIMIT 1`),
      conn.prepare(`SELECT * FROM "${table}" ORDER BY rowid DESC LIMIT 1`),
    ]);
    statements.push(
      conn.prepare(`SELECT "id", "publishedAt" FROM "Article" INDEXED BY "Article_join_cover_idx" ORDER BY "id" LIMIT 1`),
      conn.prepare(`SELECT "id", "publishedAt" FROM "Article" INDEXED BY "Article_join_cover_idx" ORDER BY "id" DESC LIMIT 1`),
    );
    probes.set(conn, statements);
  }
  for (const s of statements) s.all();
}

const writeProbes = processShared("health.writeProbes", () => new Map<string, Sqlite>());
const readOnlyVerdicts = processShared("health.readOnlyVerdicts", () => new Map<string, { at: number; readOnly: boolean }>());
/** The write probe takes the write lock for an instant; polled every second by a balancer, once per 5 s is enough. */
const READ_ONLY_CHECK_EVERY_MS = 5000;

/** Whether SQLite refuses a write here (a read-only file, folder or mount), judged at most every few seconds. */
export function isReadOnly(url: string, now = Date.now()): boolean {
  const last = readOnlyVerdicts.get(url);
  if (last && now - last.at < READ_ONLY_CHECK_EVERY_MS) return last.readOnly;
  const readOnly = probeReadOnly(url);
  readOnlyVerdicts.set(url, { at: now, readOnly });
  return readOnly;
}

/** Busy means writable: someone else is writing. */
function probeReadOnly(url: string): boolean {
  let conn = writeProbes.get(url);
  if (!conn) {
    conn = openSqlite(url);
    conn.pragma("busy_timeout = 0");
    writeProbes.set(url, conn);
  }
  try {
    // BEGIN IMMEDIATE alone succeeds on a file opened read-only in WAL mode; a header write does not. Rolled back.
    const version = conn.pragma("user_version", { simple: true }) as number;
    conn.exec("BEGIN IMMEDIATE");
    try {
      conn.pragma(`user_version = ${Number(version)}`);
    } finally {
      conn.exec("ROLLBACK");
    }
    return false;
  } catch (err) {
    const code = (err as { code?: string }).code ?? "";
    if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) return false;
    if (code.startsWith("SQLITE_READONLY") || code.startsWith("SQLITE_CANTOPEN") || code.startsWith("SQLITE_PERM")) return true;
    throw err;
  }
}

const lastQuickCheck = processShared("health.lastQuickCheck", () => new Map<string, { at: number; result: string }>());

/** PRAGMA quick_check's verdict ("ok" or its first problem), at most once a minute per file. */
export function quickCheck(conn: Sqlite, url: string, now = Date.now()): string {
  const last = lastQuickCheck.get(url);
  if (last && now - last.at < QUICK_CHECK_EVERY_MS) return last.result;
  let result: string;
  try {
    const rows = conn.prepare("PRAGMA quick_check(1)").all() as { quick_check: string }[];
    result = rows[0]?.quick_check ?? "no answer";
  } catch (err) {
    result = err instanceof Error ? err.message : String(err);
  }
  lastQuickCheck.set(url, { at: now, result });
  return result;
}

/** The health of either store: SQLite's checks below, or PostgreSQL's (postgresHealth). */
export async function storeHealth(database: Db = defaultDb(), options: { quickCheck?: boolean } = {}): Promise<Health> {
  return dialectOf(database) === "postgres" ? postgresHealth(database) : databaseHealth(database, options);
}

const PG_KEYS: Record<(typeof MAIN_TABLES)[number], string> = { Article: "id", Company: "id", Person: "id", CompanyMention: "id", PersonMention: "id", Role: "id", ImportRun: "id", ImportItem: "id", Setting: "key" };

/**
 * Every main table's first and last row by its primary key, and whether writes are refused, in
 * one statement: `ORDER BY ctid` (no index) read and sorted whole tables, and eighteen statements
 * took eighteen pool round trips. `ctid` is not in the index, so each probe reads its heap row.
 */
const PG_PROBE = `SELECT current_setting('transaction_read_only') AS "ro", (SELECT count(*) FROM (${MAIN_TABLES.flatMap((table) =>
  ["ASC", "DESC"].map((dir) => `(SELECT ctid FROM "${table}" ORDER BY "${PG_KEYS[table]}" ${dir} LIMIT 1)`),
).join(" UNION ALL ")}) AS probes) AS "rows"`;

/**
 * PostgreSQL keeps its own files consistent, so the check is what the pages need: every main
 * table answers at both ends, and the server accepts writes here (not a read-only standby).
 */
async function postgresHealth(database: Db): Promise<Health> {
  try {
    const generation = await dataGeneration(database);
    if (generation === null) return { ok: false, error: "the database has no tables yet: run `npm run db:migrate`" };
    const ro = await reader(database).get<{ ro: string }>(PG_PROBE);
    if (ro?.ro === "on") return { ok: false, readOnly: true, error: "the database is read-only: pages can be read, but sign-in and imports will fail" };
    return { ok: true, dataGeneration: generation.toString(), readOnly: false };
  } catch (err) {
    console.error(`health check: ${err instanceof Error ? err.message : String(err)}`);
    return { ok: false, error: "the database cannot be read" };
  }
}

export function databaseHealth(database: Db = defaultDb(), options: { quickCheck?: boolean } = {}): Health {
  try {
    const generation = sqliteGeneration(database);
    if (generation === null) return { ok: false, error: "the database has no tables yet: run `npm run db:migrate`" };
    const conn = readConnection(database);
    readMainTables(conn);
    const url = urlOf(database);
    const check = options.quickCheck ? quickCheck(conn, url) : undefined;
    if (check !== undefined && check !== "ok") return { ok: false, error: "the database file is damaged (quick_check failed)", quickCheck: check.slice(0, 200) };
    if (isReadOnly(url)) return { ok: false, readOnly: true, error: "the database is read-only: pages can be read, but sign-in and imports will fail" };
    return { ok: true, dataGeneration: generation.toString(), readOnly: false, ...(check ? { quickCheck: check } : {}) };
  } catch (err) {
    // The reason stays in the server log (one line); the answer says only what an operator can act on.
    console.error(`health check: ${err instanceof Error ? err.message : String(err)}`);
    return { ok: false, error: "the database cannot be read" };
  }
}
