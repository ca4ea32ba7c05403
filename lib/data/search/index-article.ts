/**
 * Keeps the ArticleSearch FTS5 index in step with the Article table. Synchronous
 * better-sqlite3 calls. The importer runs syncSearchIndex once after its files (batches of
 * articles per transaction; lib/data/import/after-save.ts), the search path runs it as a safety
 * net (freshness.ts). Deletions and "missing" marks are handled at once by triggers in the
 * migration.
 */
import { indexText } from "../../search/fts-terms";
import { recencyKey } from "../../search/recency-key";
import type { Sqlite } from "../sqlite";
import { parseStringList } from "../articles/json-columns";
import { perConnection } from "../per-connection";

/** The columns of an article that the search index is built from (both stores). */
export interface ArticleForIndex {
  id: number;
  titleSimplified: string;
  bodySimplified: string;
  restoredTitle: string | null;
  restoredBody: string | null;
  summary: string | null;
  source: string | null;
  originalPublisher: string | null;
  authors: string;
  reporters: string;
  editors: string;
  publishedAt: string | null;
  missingSince: string | null;
  updatedAt: string;
}


function statements(conn: Sqlite) {
  return {
    read: conn.prepare<[number], ArticleForIndex>(
      `SELECT "id", "titleSimplified", "bodySimplified", "restoredTitle", "restoredBody", "summary", "source",
              "originalPublisher", "authors", "reporters", "editors", "publishedAt", "missingSince", "updatedAt"
       FROM "Article" WHERE "id" = ?`,
    ),
    remove: conn.prepare<[number]>(`DELETE FROM "ArticleSearch" WHERE rowid = (SELECT "ftsRowid" FROM "SearchIndexState" WHERE "articleId" = ?)`),
    insert: conn.prepare<[number, string, string, string, string]>(
      `INSERT OR REPLACE INTO "ArticleSearch" (rowid, "title", "body", "source", "byline") VALUES (?, ?, ?, ?, ?)`,
    ),
    removeState: conn.prepare<[number]>(`DELETE FROM "SearchIndexState" WHERE "articleId" = ?`),
    saveState: conn.prepare<[number, number, string]>(
      `INSERT INTO "SearchIndexState" ("articleId", "ftsRowid", "articleUpdatedAt") VALUES (?, ?, ?)
       ON CONFLICT ("articleId") DO UPDATE SET "ftsRowid" = excluded."ftsRowid", "articleUpdatedAt" = excluded."articleUpdatedAt"`,
    ),
    stale: conn.prepare<[], { id: number }>(
      `SELECT a."id" FROM "Article" a LEFT JOIN "SearchIndexState" s ON s."articleId" = a."id"
       WHERE a."missingSince" IS NULL AND (s."articleId" IS NULL OR s."articleUpdatedAt" <> a."updatedAt")`,
    ),
    orphans: conn.prepare<[], { id: number }>(
      `SELECT s."articleId" AS "id" FROM "SearchIndexState" s LEFT JOIN "Article" a ON a."id" = s."articleId"
       WHERE a."id" IS NULL OR a."missingSince" IS NOT NULL`,
    ),
  };
}

const st = perConnection("indexArticle", statements);

/** The four FTS5 column values for an article (exported for the benchmark's bulk loader). */
export function searchColumns(a: Omit<ArticleForIndex, "id" | "publishedAt" | "missingSince" | "updatedAt">): [string, string, string, string] {
  const title = [a.titleSimplified, a.restoredTitle ?? ""].join("\n");
  // The summary often repeats the opening; it is indexed with the body so it is searchable when it does not.
  const body = [a.bodySimplified, a.restoredBody ?? "", a.summary ?? ""].join("\n");
  const source = [a.source ?? "", a.originalPublisher ?? ""].join("\n");
  const byline = [...parseStringList(a.authors), ...parseStringList(a.reporters), ...parseStringList(a.editors)].join("\n");
  return [indexText(title), indexText(body), indexText(source), indexText(byline)];
}

/**
 * (Re)writes the index row of one article from what is stored in Article. Call it after the
 * article row is written, in the same transaction. An article marked missing is unindexed.
 */
export function indexArticle(conn: Sqlite, articleId: number): void {
  const s = st(conn);
  const a = s.read.get(articleId);
  s.remove.run(articleId);
  if (!a || a.missingSince !== null) {
    s.removeState.run(articleId);
    return;
  }
  const key = recencyKey(articleId, a.publishedAt ? new Date(a.publishedAt) : null);
  s.insert.run(key, ...searchColumns(a));
  s.saveState.run(articleId, key, a.updatedAt);
}

/** Removes an article from the index (deleting the Article row does this by trigger too). */
export function unindexArticle(conn: Sqlite, articleId: number): void {
  const s = st(conn);
  s.remove.run(articleId);
  s.removeState.run(articleId);
}

export interface SyncResult {
  indexed: number;
  removed: number;
}

/**
 * Indexes every article that is not indexed or changed since (and drops rows of articles that
 * are gone or missing). Cheap when the index is current: one join over ids. Runs in batches
 * of `batch` articles per transaction so a web request never holds the write lock for long.
 */
/** syncSearchIndex, giving the event loop a turn between transactions (the import's catch-up inside a server process). */
export async function syncSearchIndexYielding(conn: Sqlite, batch = 500): Promise<SyncResult> {
  const s = st(conn);
  const orphans = s.orphans.all().map((r) => r.id);
  conn.transaction(() => orphans.forEach((id) => unindexArticle(conn, id)))();
  const stale = s.stale.all().map((r) => r.id);
  for (let i = 0; i < stale.length; i += batch) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    const ids = stale.slice(i, i + batch);
    conn.transaction(() => ids.forEach((id) => indexArticle(conn, id)))();
  }
  return { indexed: stale.length, removed: orphans.length };
}

export function syncSearchIndex(conn: Sqlite, batch = 500): SyncResult {
  const s = st(conn);
  const orphans = s.orphans.all().map((r) => r.id);
  conn.transaction(() => orphans.forEach((id) => unindexArticle(conn, id)))();
  const stale = s.stale.all().map((r) => r.id);
  for (let i = 0; i < stale.length; i += batch) {
    const ids = stale.slice(i, i + batch);
    conn.transaction(() => ids.forEach((id) => indexArticle(conn, id)))();
  }
  return { indexed: stale.length, removed: orphans.length };
}
