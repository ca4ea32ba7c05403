/**
 * Brings a store's search index up to date after an import: SQLite's FTS5 table
 * (index-article.ts) or PostgreSQL's tsvector table (pg-index.ts), the one place the import
 * picks between them. Both index in batches, a transaction each.
 */
import { pgPool } from "../pg-pool";
import type { Writer } from "../writer";
import { syncSearchIndexYielding, type SyncResult } from "./index-article";
import { indexArticlesPostgres, syncSearchIndexPostgres } from "./pg-index";

export function syncSearchIndexOf(w: Writer): Promise<SyncResult> {
  return w.sqlite ? syncSearchIndexYielding(w.sqlite) : syncSearchIndexPostgres(pgPool(w.url));
}

/**
 * An import batch's articles, once committed: PostgreSQL indexes them then (statements on the
 * server, done while the importer cleans the next batch's files: run-import.ts); SQLite's FTS5
 * waits for the run's end (lib/data/import/after-save.ts says why).
 */
export async function indexCommittedOf(w: Writer, articleIds: number[]): Promise<void> {
  if (!w.sqlite) await indexArticlesPostgres(pgPool(w.url), articleIds);
}
