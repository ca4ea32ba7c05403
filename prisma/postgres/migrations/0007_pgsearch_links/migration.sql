-- The companies and people each indexed article is linked to, in its index row (issue 18), so
-- the GIN indexes decide company:/person: filters and entity words together with the text.
-- A mention probe per candidate row read the heap page of every text match in the range: for
-- company:百度 发布 at 100,000 articles, 2,425 candidates on 1,691 pages to keep 870; with the
-- links bitmap ANDed in, 870 rows on 764 pages (psql, interleaved, median of 11: 14.5 → 8.2 ms).
-- A separate column, not lexemes in "doc": one GIN scan intersecting two frequent entries took
-- 11.7 ms where two bitmaps ANDed took 5, and a mention change would rewrite the TOASTed doc.
-- Lexemes: 'c' || Company.id, 'p' || Person.id. SQLite's search still probes the mention tables.

CREATE FUNCTION "article_links"(article integer) RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_to_tsvector(array_agg(t)), ''::tsvector) FROM (
    SELECT 'c' || "companyId" AS t FROM "CompanyMention" WHERE "articleId" = article
    UNION ALL SELECT 'p' || "personId" FROM "PersonMention" WHERE "articleId" = article) AS m
$$;

-- No parallel scans of the table: a search reads a page of rows or a bitmap of a few thousand,
-- and on a busy machine the workers wait for a core. With the links check priced below a mention
-- probe the planner split the newest-first walk of 智谱 OR 月之暗面 (201 matches) over two workers,
-- each walking its own share: 8,598 buffers where one walk reads 3,326 (psql, interleaved, median
-- of 9: 51 ms, 11.6 serial). The same setting on the database before this migration, its own
-- statements (load average 6.6 on 2 cores, 15 interleaved rounds, median of the sum of each
-- search's EXPLAIN ANALYZE times): 大模型 79.8 → 8.3 ms, 华 52.6 → 15.1.

-- The table is written anew with the links of the rows indexed before this migration. Updated in
-- place, each row's old version stayed in the doc index (at 100,000 articles 148 → 293 MB, 134 s;
-- 262 MB, 107 s with the index dropped and built again after the update, in the same
-- transaction); written anew, 131 MB in 72 s (the whole migration, a loaded 2-core machine).
CREATE TABLE "ArticleSearch_links" (
  "key" BIGINT NOT NULL,
  "doc" tsvector NOT NULL,
  "title" tsvector GENERATED ALWAYS AS (ts_filter("doc", '{a}')) STORED,
  "links" tsvector NOT NULL DEFAULT ''::tsvector
) WITH (parallel_workers = 0);
INSERT INTO "ArticleSearch_links" ("key", "doc", "links")
SELECT a."key", a."doc", coalesce(l.v, ''::tsvector) FROM "ArticleSearch" a LEFT JOIN (
  SELECT s."ftsRowid" AS k, array_to_tsvector(array_agg(m.t)) AS v
  FROM "SearchIndexState" s JOIN (
    SELECT "articleId" AS id, 'c' || "companyId" AS t FROM "CompanyMention"
    UNION ALL SELECT "articleId", 'p' || "personId" FROM "PersonMention") AS m ON m.id = s."articleId"
  GROUP BY s."ftsRowid") AS l ON l.k = a."key";
DROP TABLE "ArticleSearch";
ALTER TABLE "ArticleSearch_links" RENAME TO "ArticleSearch";
ALTER TABLE "ArticleSearch" ADD CONSTRAINT "ArticleSearch_pkey" PRIMARY KEY ("key");
CREATE INDEX "ArticleSearch_doc_idx" ON "ArticleSearch" USING GIN ("search_doc"("doc"));
CREATE INDEX "ArticleSearch_title_idx" ON "ArticleSearch" USING GIN ("title");
CREATE INDEX "ArticleSearch_links_idx" ON "ArticleSearch" USING GIN ("links");
-- The new table's statistics: search plans by its row estimate and its terms' shares.
ANALYZE "ArticleSearch";

-- A mention written, moved or removed after its article was indexed (an entity merged, rejected
-- or deleted by the admin, a re-import) updates the row's links. Deferred to the commit, once
-- per mention row, each recomputing the article's whole set: the importer deletes an article's
-- mentions and writes them again, and the row is written only if the set changed.
-- Against the indexer (lib/data/search/pg-index.ts), which reads the links of the rows it
-- writes: it holds advisory lock 72707370 exclusively for its transaction, this shared. Either
-- this waits for the indexer's rows to commit and updates them, or the indexer waits for these
-- mentions to commit and reads them; without it a mention committed between the indexer's read
-- and its commit would be lost (this update finding no row yet).
CREATE FUNCTION "article_links_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  article integer;
  row_key bigint;
BEGIN
  PERFORM pg_advisory_xact_lock_shared(72707370);
  FOREACH article IN ARRAY (CASE TG_OP WHEN 'INSERT' THEN ARRAY[NEW."articleId"] WHEN 'DELETE' THEN ARRAY[OLD."articleId"]
                            ELSE ARRAY[OLD."articleId", NEW."articleId"] END) LOOP
    SELECT "ftsRowid" INTO row_key FROM "SearchIndexState" WHERE "articleId" = article;
    IF FOUND THEN
      UPDATE "ArticleSearch" a SET "links" = l.v FROM (SELECT "article_links"(article) AS v) AS l WHERE a."key" = row_key AND a."links" <> l.v;
    END IF;
  END LOOP;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "CompanyMention_search_links" AFTER INSERT OR DELETE OR UPDATE OF "articleId", "companyId" ON "CompanyMention"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "article_links_refresh"();
CREATE CONSTRAINT TRIGGER "PersonMention_search_links" AFTER INSERT OR DELETE OR UPDATE OF "articleId", "personId" ON "PersonMention"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "article_links_refresh"();
