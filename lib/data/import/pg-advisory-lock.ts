/**
 * The import lock on PostgreSQL (issue 18): a session advisory lock held by the importing
 * process for the whole run, on a connection of its own. Two imports on two machines cannot
 * both hold it, and when the holder dies (killed, machine lost) PostgreSQL drops its session
 * and the lock with it — which a process id, the SQLite way of telling a dead run, cannot tell
 * across machines. The "running" ImportRun row stays what readers show.
 */
import pg from "pg";

/** The lock's two keys (pg_locks.classid, objid): this app's import. */
const KEYS = [0x6c6c6d6e, 1] as const;

const holder = globalThis as unknown as { __importAdvisory?: Map<number, pg.Client> };
const held = (holder.__importAdvisory ??= new Map<number, pg.Client>());

/** Takes the lock for a run about to start; false when another session holds it. */
export async function tryAdvisoryLock(url: string): Promise<pg.Client | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  client.on("error", () => {});
  const r = await client.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock($1, $2) AS "ok"`, [...KEYS]);
  if (r.rows[0]?.ok) return client;
  await client.end();
  return null;
}

/** Keeps the locked session for a run id (until releaseAdvisoryLock). */
export function holdAdvisoryLock(runId: number, client: pg.Client): void {
  held.set(runId, client);
}

export async function releaseAdvisoryLock(runId: number): Promise<void> {
  const client = held.get(runId);
  held.delete(runId);
  if (!client) return;
  try {
    await client.query(`SELECT pg_advisory_unlock($1, $2)`, [...KEYS]);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Whether any session (this process's or another machine's) holds the import lock now. */
export async function advisoryLockHeld(query: (sql: string, ...params: unknown[]) => Promise<unknown[]>): Promise<boolean> {
  const rows = await query(
    `SELECT 1 FROM pg_locks WHERE "locktype" = 'advisory' AND "granted" AND "classid" = ?::oid AND "objid" = ?::oid AND "objsubid" = 2 AND "database" = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    ...KEYS,
  );
  return rows.length > 0;
}
