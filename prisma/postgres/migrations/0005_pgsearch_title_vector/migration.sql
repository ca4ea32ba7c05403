-- Search without reading whole articles back (issue 18). A phrase (<->) or a column filter
-- ('x':A) is never decided by the GIN index alone: PostgreSQL rechecks each candidate on its
-- row, and "doc" (every position of every term of the article, ~8 KB) was stored compressed in
-- TOAST, so each recheck was a TOAST index probe, chunk reads and a decompression.

-- MAIN: "doc" stays in the row (compressed) unless the row cannot fit a page, so a recheck
-- reads the row it is on; and the planner, which costs a sequential scan by the table's own
-- pages and not by its TOAST, sees what a scan of every document costs and prefers the index.
-- Rows written before this keep their storage until re-indexed.
ALTER TABLE "ArticleSearch" ALTER COLUMN "doc" SET STORAGE MAIN;

-- The title's own vector: the doc's weight-A (title) positions, small enough to stay in the row.
-- An expression restricted to the title (the title-first orderings) is checked on it
-- (lib/data/dialect.ts), the same matches as on "doc" by construction.
ALTER TABLE "ArticleSearch" ADD COLUMN "title" tsvector GENERATED ALWAYS AS (ts_filter("doc", '{a}')) STORED;
CREATE INDEX "ArticleSearch_title_idx" ON "ArticleSearch" USING GIN ("title");

-- The keys of the articles whose doc matches q, always through the GIN index: the planner,
-- which cannot see what evaluating @@ on an article's whole doc costs, otherwise scans every
-- row for a term in half the articles and rechecks each doc, where the index yields the
-- candidates and only a phrase or weight match rechecks them (search.ts: an entity's names,
-- exclusions). Its own plan, so the setting stays inside it.
CREATE FUNCTION "article_search_keys"(q tsquery) RETURNS SETOF BIGINT LANGUAGE sql STABLE
  SET enable_seqscan = off
  AS $$ SELECT "key" FROM "ArticleSearch" WHERE "doc" @@ q $$;
