-- The recency key in the doc's GIN index, beside the terms (issue 18). A word with another
-- excluded (模型 -百度) was found by walking the newest rows and reading each one's doc from
-- TOAST for the excluded word: at 100,000 articles ~1,000 docs for its 500 newest matches, ~20 ms.
-- GIN decides a negation of plain terms from the posting lists alone, but asked for the
-- newest rows it read both whole lists (模型 in nearly every article, 百度 in 46,362), as a
-- btree range on the key is only ANDed with GIN's result afterwards. With the key in the same
-- GIN index (btree_gin: a key's entry is itself, so a range is a scan of its entries) one scan
-- intersects the range's rows with the terms' lists and returns the matches there exactly,
-- no doc read (lib/data/search/search.ts, rankedInRows: the recent range). The index replaces
-- the doc-only one, which every other search used the same way (a query on the doc alone
-- reads only the doc's entries), so an import still writes one doc index.
-- btree_gin is a trusted extension: a database owner without superuser rights may create it.
CREATE EXTENSION IF NOT EXISTS btree_gin;
DROP INDEX "ArticleSearch_doc_idx";
CREATE INDEX "ArticleSearch_doc_idx" ON "ArticleSearch" USING GIN ("search_doc"("doc"), "key");
-- The index expression's statistics (termShares reads the terms' shares from them).
ANALYZE "ArticleSearch";
