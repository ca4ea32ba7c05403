-- The source's own vector (issue 18): the doc's weight-B positions, a few terms kept in the row,
-- as "title" is for weight A (0005). A `source:` filter alone is checked on it
-- (lib/data/dialect.ts): the same matches as on "doc" by construction, where a check on "doc"
-- read and decompressed each candidate's whole article from TOAST (source:雷锋网 at 100,000
-- articles: ~500 such reads for the newest 500 matches).
ALTER TABLE "ArticleSearch" ADD COLUMN "source" tsvector GENERATED ALWAYS AS (ts_filter("doc", '{b}')) STORED;
CREATE INDEX "ArticleSearch_source_idx" ON "ArticleSearch" USING GIN ("source");
-- The planner's share of each source term (search asks a phrase by its rarest term).
ANALYZE "ArticleSearch";
