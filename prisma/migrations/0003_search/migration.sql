-- Full-text search for articles (see lib/search/normalize.ts for the tokenisation).
--
-- Why unicode61 over pre-split tokens rather than trigram: trigram cannot match queries of one
-- or two characters, and most Chinese company and person names (百度, 华为, 周明) are that
-- short. Text is written here already normalised (simplified script, NFKC, Latin lower-case)
-- with every Han character as its own space-separated token; queries are phrases of the same
-- tokens, so a name matches wherever its characters are adjacent, in any script it was written.
--
-- Contentless (content=''): the display text lives in "Article"; this table only holds the
-- inverted index, which keeps the file small. contentless_delete=1 allows DELETE/REPLACE by rowid.
-- rowid = recency key (see SearchIndexState). Columns: title, body (also the restored reading of spun text), source
-- (outlet and original publisher), byline (authors, reporters, editors).
CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(
  title, body, source, byline,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);

-- Which version ("articleUpdatedAt") of each article the index holds, so stale or missing rows
-- can be found and re-indexed (lib/data/search/index-article.ts, syncSearchIndex), and the
-- article's FTS rowid. The rowid is not the article id: it is a recency key (publication minute
-- in the high bits, article id in the low 28 bits; lib/search/recency-key.ts) so that FTS5 can
-- return the newest matches and date ranges without evaluating a common phrase over every row.
-- No foreign key: the triggers below remove the row together with the index entry.
CREATE TABLE "SearchIndexState" (
  "articleId" INTEGER NOT NULL PRIMARY KEY,
  "ftsRowid" INTEGER NOT NULL,
  "articleUpdatedAt" TEXT NOT NULL
);
CREATE UNIQUE INDEX "SearchIndexState_ftsRowid_key" ON "SearchIndexState" ("ftsRowid");

-- Deleted articles leave the index by construction.
CREATE TRIGGER "Article_search_after_delete" AFTER DELETE ON "Article" BEGIN
  DELETE FROM "ArticleSearch" WHERE rowid = (SELECT "ftsRowid" FROM "SearchIndexState" WHERE "articleId" = old."id");
  DELETE FROM "SearchIndexState" WHERE "articleId" = old."id";
END;

-- Articles whose file disappeared from the import folder are kept but no longer searchable;
-- when the file comes back the importer rewrites the article and re-indexes it.
CREATE TRIGGER "Article_search_after_missing" AFTER UPDATE OF "missingSince" ON "Article"
WHEN new."missingSince" IS NOT NULL AND old."missingSince" IS NULL BEGIN
  DELETE FROM "ArticleSearch" WHERE rowid = (SELECT "ftsRowid" FROM "SearchIndexState" WHERE "articleId" = new."id");
  DELETE FROM "SearchIndexState" WHERE "articleId" = new."id";
END;
