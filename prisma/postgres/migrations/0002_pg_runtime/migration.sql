-- What the SQLite migrations do in SQL the schema language cannot say, in PostgreSQL's terms.

-- One import at a time (SQLite 0002b_import_lock): a second "running" row violates this index.
-- The importer also holds a session advisory lock while it runs (lib/data/import/lock.ts).
CREATE UNIQUE INDEX "ImportRun_one_running" ON "ImportRun"("status") WHERE "status" = 'running';

-- The data generation (SQLite 0010_data_generation, 0015_data_changed_at): moved by every write
-- to Article, Company and Person, so every process and machine reading this database learns of
-- a change from one indexed row. Statement triggers rather than row triggers: a caller only
-- needs to see that the value moved, and an import that writes 500 rows moves it once.
INSERT INTO "DataGeneration" ("id", "value", "changedAt")
VALUES (1, 0, (extract(epoch FROM clock_timestamp()) * 1000)::bigint);
ALTER TABLE "DataGeneration" ADD CONSTRAINT "DataGeneration_single_row" CHECK ("id" = 1);

CREATE FUNCTION "data_generation_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "DataGeneration" SET "value" = "value" + 1, "changedAt" = (extract(epoch FROM clock_timestamp()) * 1000)::bigint WHERE "id" = 1;
  RETURN NULL;
END $$;

CREATE TRIGGER "Article_generation" AFTER INSERT OR UPDATE OR DELETE ON "Article" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_bump"();
CREATE TRIGGER "Company_generation" AFTER INSERT OR UPDATE OR DELETE ON "Company" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_bump"();
CREATE TRIGGER "Person_generation" AFTER INSERT OR UPDATE OR DELETE ON "Person" FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_bump"();

-- Full-text search (SQLite 0003_search, 0016_search_pairs). The same terms the FTS5 table
-- stores (lib/search/fts-terms.ts: Han text as overlapping character pairs), written as a
-- tsvector with explicit positions (lib/data/search/pg-tsvector.ts), one weight per FTS5 column
-- (A title, B source, C byline, D body), so a phrase (<->) and a column filter ('x':A) mean
-- what they mean in FTS5. The key is the same recency key as the FTS5 rowid
-- (lib/search/recency-key.ts), so "newest matches first" walks the primary key backwards.
CREATE TABLE "ArticleSearch" (
  "key" BIGINT NOT NULL PRIMARY KEY,
  "doc" tsvector NOT NULL
);
CREATE INDEX "ArticleSearch_doc_idx" ON "ArticleSearch" USING GIN ("doc");

-- Which version of each article the index holds (same columns as SQLite's).
CREATE TABLE "SearchIndexState" (
  "articleId" INTEGER NOT NULL PRIMARY KEY,
  "ftsRowid" BIGINT NOT NULL,
  "articleUpdatedAt" TEXT NOT NULL
);
CREATE UNIQUE INDEX "SearchIndexState_ftsRowid_key" ON "SearchIndexState" ("ftsRowid");

-- Deleted articles, and articles whose file went missing, leave the index by construction.
CREATE FUNCTION "article_search_unindex"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "ArticleSearch" WHERE "key" = (SELECT "ftsRowid" FROM "SearchIndexState" WHERE "articleId" = OLD."id");
  DELETE FROM "SearchIndexState" WHERE "articleId" = OLD."id";
  RETURN NULL;
END $$;

CREATE TRIGGER "Article_search_after_delete" AFTER DELETE ON "Article" FOR EACH ROW EXECUTE FUNCTION "article_search_unindex"();
CREATE TRIGGER "Article_search_after_missing" AFTER UPDATE OF "missingSince" ON "Article" FOR EACH ROW
  WHEN (NEW."missingSince" IS NOT NULL AND OLD."missingSince" IS NULL) EXECUTE FUNCTION "article_search_unindex"();
