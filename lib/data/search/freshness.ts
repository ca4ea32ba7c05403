/**
 * A safety net for the search index: if articles were written without the importer's hook
 * (an older importer, a hand edit, a database migrated after articles existed), the next
 * search notices and indexes them. The check reads every article (~0.5 s at 100,000, blocking
 * the server), so it runs at most once a minute per process and only when articles were
 * written since the last check (the data generation moved), and not while an import runs (it
 * indexes its own articles at the end); when there is a backlog, each request indexes one batch
 * so no request waits long. On SQLite the two whole-table reads run in the listing worker thread
 * (the loop stalled ~0.5 s on them at 100,000 articles) and a batch is indexed a few articles
 * per turn of the loop.
 */
import type { Db } from "../../db";
import { databaseUrl } from "../../env";
import { dataGeneration } from "../cache/generation-cache";
import { openSqlite } from "../sqlite";
import { importRunning, importWriting } from "../import/lock";
import { indexArticle, unindexArticle } from "./index-article";
import { dialectOf } from "../dialect";
import { processShared } from "../process-shared";
import { urlOf } from "../../db";
import { pgPool } from "../pg-pool";
import { indexArticlesPostgres, staleInPostgres } from "./pg-index";
import { readRowsOffThread } from "../listing-index/off-thread-build";
import { registerPreparer } from "../cache/preparers";

const CHECK_EVERY_MS = 60_000;
const BATCH = 1000;
/** Articles indexed per turn of the event loop (one transaction each). */
const PER_TURN = 50;
// One check per process, not one per bundle (each bundle read every article again).
const lastCheck = processShared("searchFreshness.lastCheck", () => new WeakMap<Db, { at: number; generation: bigint | null }>());

/**
 * `whilePublishing`: check even while an import is marked running, once its writes are all
 * committed (import-end.ts, before the run is marked finished). A request never does: the check's
 * whole-table reads would hold it, and readers are answered from the view before the import then.
 */
export async function keepSearchIndexFresh(db: Db, url: string = databaseUrl(), now: number = Date.now(), whilePublishing = false): Promise<number> {
  const last = lastCheck.get(db);
  if (last && now - last.at < CHECK_EVERY_MS) return 0;
  const generation = await dataGeneration(db);
  if (last && generation !== null && generation === last.generation) {
    lastCheck.set(db, { at: now, generation });
    return 0;
  }
  // Taken before the check (and before any await, so concurrent requests do not check too),
  // so writes made while it runs are looked at next time.
  lastCheck.set(db, { at: now, generation });
  // A running import indexes its articles when its files are done (lib/data/import/after-save.ts);
  // doing it here first would hold this request for each batch. Look again in a minute. Once its
  // writes are all committed (it is publishing, before it is marked finished) import-end.ts makes
  // the check, so the first search after the import does not.
  if (await (whilePublishing ? importWriting(db) : importRunning(db))) {
    lastCheck.set(db, { at: now, generation: null });
    return 0;
  }
  if (dialectOf(db) === "postgres") {
    const pool = pgPool(urlOf(db));
    const { stale, orphans } = await staleInPostgres(pool, BATCH);
    await indexArticlesPostgres(pool, [...orphans, ...stale]);
    if (stale.length === BATCH) lastCheck.delete(db);
    return stale.length + orphans.length;
  }
  const [stale, orphans] = await Promise.all([
    readRowsOffThread<{ id: number }>(
      url,
      `SELECT a."id" AS id FROM "Article" a LEFT JOIN "SearchIndexState" s ON s."articleId" = a."id"
       WHERE a."missingSince" IS NULL AND (s."articleId" IS NULL OR s."articleUpdatedAt" <> a."updatedAt") LIMIT ?`,
      [BATCH],
    ),
    readRowsOffThread<{ id: number }>(
      url,
      `SELECT s."articleId" AS id FROM "SearchIndexState" s LEFT JOIN "Article" a ON a."id" = s."articleId"
       WHERE a."id" IS NULL OR a."missingSince" IS NOT NULL LIMIT ?`,
      [BATCH],
    ),
  ]);
  if (stale.length === 0 && orphans.length === 0) return 0;
  const work = [...orphans.map((r) => ({ id: Number(r.id), drop: true })), ...stale.map((r) => ({ id: Number(r.id), drop: false }))];
  const conn = openSqlite(url);
  try {
    for (let i = 0; i < work.length; i += PER_TURN) {
      if (i > 0) await new Promise((r) => setImmediate(r));
      conn.transaction(() => {
        for (const w of work.slice(i, i + PER_TURN)) (w.drop ? unindexArticle : indexArticle)(conn, w.id);
      })();
    }
  } finally {
    conn.close();
  }
  // A full batch means more may be waiting: check again on the next request.
  if (stale.length === BATCH) lastCheck.delete(db);
  return stale.length + orphans.length;
}

/** Tests: make the next search check again. */
export function forgetFreshnessCheck(db: Db): void {
  lastCheck.delete(db);
}

// Checked once an import's writes are all committed, before it is marked finished (import-end.ts).
registerPreparer("searchIndex", 3, (db) => keepSearchIndexFresh(db, urlOf(db), Date.now(), true));
