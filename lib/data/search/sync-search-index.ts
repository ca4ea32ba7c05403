/**
 * Brings a store's search index up to date after an import: SQLite's FTS5 table
 * (index-article.ts) or PostgreSQL's tsvector table (pg-index.ts), the one place the import
 * picks between them. Both index in batches, a transaction each.
 */
import { pgPool } from "../pg-pool";
import type { Writer } from "../writer";
import { syncSearchIndexYielding, type SyncResult } from "./index-article";
import { syncSearchIndexPostgres } from "./pg-index";

export function syncSearchIndexOf(w: Writer): Promise<SyncResult> {
  return w.sqlite ? syncSearchIndexYielding(w.sqlite) : syncSearchIndexPostgres(pgPool(w.url));
}
