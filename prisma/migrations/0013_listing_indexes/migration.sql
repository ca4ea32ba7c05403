-- The article list, its totals and facets read only these columns, so with them in the index
-- SQLite never touches the (large) article rows: newest-first lists walk the first index and
-- stop after a page, a source filter walks the second already in date order. Measured on
-- 100,000 articles, company + source filter: page 54 → 4 ms, total 61 → 7 ms.
DROP INDEX "Article_publishedAt_idx";
CREATE INDEX "Article_publishedAt_missingSince_source_script_idx" ON "Article"("publishedAt", "missingSince", "source", "script");
DROP INDEX "Article_source_idx";
CREATE INDEX "Article_source_publishedAt_missingSince_script_idx" ON "Article"("source", "publishedAt", "missingSince", "script");
