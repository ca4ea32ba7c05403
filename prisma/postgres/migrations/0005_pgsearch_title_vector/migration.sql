-- Search without reading whole articles back (issue 18). A phrase (<->) or a column filter
-- ('x':A) is never decided by the GIN index alone: PostgreSQL rechecks each candidate on its
-- row, and "doc" (every position of every term of an article, ~8 KB) is stored compressed in
-- TOAST, so each check is a TOAST index probe, chunk reads and a decompression.

-- The title's own vector: the doc's weight-A (title) positions, small enough to stay in the row.
-- An expression restricted to the title (the title-first orderings) is checked on it
-- (lib/data/dialect.ts): the same matches as on "doc" by construction.
ALTER TABLE "ArticleSearch" ADD COLUMN "title" tsvector GENERATED ALWAYS AS (ts_filter("doc", '{a}')) STORED;
CREATE INDEX "ArticleSearch_title_idx" ON "ArticleSearch" USING GIN ("title");

-- What checking "doc" costs, told to the planner. It prices `"doc" @@ q` as one operator call,
-- as if the vector were in the row, so for a term in half the articles it scanned the table and
-- checked every doc (or walked a whole bitmap of candidates and rechecked each) where the index
-- alone answers a plain term, and a newest-first walk stops after a page of matches. Searches
-- match on search_doc("doc"), the same vector at its real cost; the index is on the same
-- expression. (plpgsql: a SQL function would be inlined and its cost forgotten.)
CREATE FUNCTION "search_doc"(d tsvector) RETURNS tsvector LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 1000
  AS $$ BEGIN RETURN d; END $$;
DROP INDEX "ArticleSearch_doc_idx";
CREATE INDEX "ArticleSearch_doc_idx" ON "ArticleSearch" USING GIN ("search_doc"("doc"));
