-- Han text is now indexed as overlapping character pairs (lib/search/fts-terms.ts): 百度发布 is
-- stored as 百度 度发 发布 布, one term per character position, so a name is a phrase of rare
-- terms instead of common single characters. A one-character prefix index serves queries of a
-- lone character (华 *). Same columns, options and rowids as 0003_search; the triggers there
-- name the table and keep working.
--
-- The index must be rebuilt from the articles, which takes the tokenizer in
-- lib/search/normalize.ts, so this only empties it: the importer's closing sync
-- (syncSearchIndex in lib/data/import/run-import.ts) and the search path's freshness check
-- (lib/data/search/freshness.ts) index every article again.
DROP TABLE "ArticleSearch";
CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(
  title, body, source, byline,
  content = '',
  contentless_delete = 1,
  prefix = '1',
  tokenize = 'unicode61 remove_diacritics 2'
);
DELETE FROM "SearchIndexState";
