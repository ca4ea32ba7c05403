/**
 * A safety net for the search index: if articles were written without the importer's hook
 * (an older importer, a hand edit, a database migrated after articles existed), the next
 * search notices and indexes them. Checked at most once a minute per process; when there is a
 * backlog, each request indexes one batch so no request waits long.
 */
import type { Db } from "../../db";
import { databaseUrl } from "../../env";
import { openSqlite } from "../sqlite";
import { indexArticle, unindexArticle } from "./index-article";

const CHECK_EVERY_MS = 60_000;
const BATCH = 1000;
const lastCheck = new WeakMap<Db, number>();

export async function keepSearchIndexFresh(db: Db, url: string = databaseUrl()): Promise<number> {
  const now = Date.now();
  if (now - (lastCheck.get(db) ?? 0) < CHECK_EVERY_MS) return 0;
  lastCheck.set(db, now);
  const stale = await db.$queryRaw<{ id: number }[]>`
    SELECT a."id" AS id FROM "Article" a LEFT JOIN "SearchIndexState" s ON s."articleId" = a."id"
    WHERE a."missingSince" IS NULL AND (s."articleId" IS NULL OR s."articleUpdatedAt" <> a."updatedAt") LIMIT ${BATCH}`;
  const orphans = await db.$queryRaw<{ id: number }[]>`
    SELECT s."articleId" AS id FROM "SearchIndexState" s LEFT JOIN "Article" a ON a."id" = s."articleId"
    WHERE a."id" IS NULL OR a."missingSince" IS NOT NULL LIMIT ${BATCH}`;
  if (stale.length === 0 && orphans.length === 0) return 0;
  const conn = openSqlite(url);
  try {
    conn.transaction(() => {
      for (const r of orphans) unindexArticle(conn, Number(r.id));
      for (const r of stale) indexArticle(conn, Number(r.id));
    })();
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
