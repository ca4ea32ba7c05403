/**
 * The end of an import, as the servers see it: once every write is committed, the run is marked
 * publishing (`finishedAt` set, status still running) and the importer waits for the servers
 * watching it (ReaderView, lib/data/cache/import-end.ts) to rebuild for its final data, then the
 * run is marked finished. Readers meanwhile are answered from the view before the import, so
 * nothing reads stale data after the run has finished and nothing recomputes on the request
 * path either. The wait is bounded: a slow or dead server costs at most READERS_WAIT_MS of the
 * import, and what it did not prepare is computed when asked, as before.
 */
import { prismaDate } from "../sqlite";
import type { Writer } from "../writer";

/**
 * The database's clock in ms since 1970: a watcher's heartbeat is stamped when its write lands
 * (it waits in a worker thread's queue, seconds on a loaded machine) and judged by the same
 * clock, so a late write never reads as an old one, and no process's clock matters.
 */
export const DB_NOW_MS = {
  sqlite: `CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)`,
  postgres: `CAST(extract(epoch from clock_timestamp()) * 1000 AS BIGINT)`,
} as const;

/** Longest wait for the servers. */
export const READERS_WAIT_MS = 20_000;
/** A watcher not heard from for this long is taken as gone (it says it is there every BEAT_MS). */
const STALE_MS = 5_000;
/** Watchers' rows older than this are dropped (their processes ended). */
const FORGET_MS = 86_400_000;
const POLL_MS = 25;

/** Marks `runId` publishing and waits until no live watcher of it is still preparing, or `maxMs` passed; returns how long it waited. */
export async function publishAndAwaitReaders(w: Writer, runId: number, maxMs: number = READERS_WAIT_MS): Promise<number> {
  // Elapsed time from the monotonic clock (a test may hold Date still).
  const t0 = performance.now();
  const now = w.sqlite ? DB_NOW_MS.sqlite : DB_NOW_MS.postgres;
  try {
    await w.run(`UPDATE "ImportRun" SET "finishedAt" = ? WHERE "id" = ?`, [prismaDate(new Date()), runId]);
    await w.run(`DELETE FROM "ReaderView" WHERE "seenAt" < ${now} - ?`, [FORGET_MS]);
    for (;;) {
      const row = await w.get<{ n: number | bigint | string }>(
        `SELECT count(*) AS "n" FROM "ReaderView" WHERE "runId" = ? AND "ready" = 0 AND "seenAt" >= ${now} - ?`,
        [runId, STALE_MS],
      );
      if (Number(row?.n ?? 0) === 0 || performance.now() - t0 >= maxMs) break;
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  } catch (err) {
    // A database from before ReaderView, or a failed write: the run ends as it did before.
    console.warn(`[import] not waiting for the servers: ${err instanceof Error ? err.message : String(err)}`);
  }
  return performance.now() - t0;
}
