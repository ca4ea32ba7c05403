-- The links of an index row (0007_pgsearch_links) recomputed once per article per transaction,
-- in one statement at the commit, instead of once per mention row. 0007's deferred row triggers
-- queued an event per mention written, deleted or moved, and each recomputed its article's whole
-- set: the importer deletes a changed article's mentions and writes them again, so an article with
-- 5 mentions was recomputed 10 times. Rewriting 3,949 mentions as the importer does took
-- 0.12 s with no links triggers and 1.75 s with 0007's (scripts/bench-links-refresh.ts).
--
-- Now statement triggers with transition tables (which cannot be constraint triggers, nor have
-- more than one event or a column list) note each statement's articles in
-- "ArticleSearchLinksPending", keyed by the transaction; the first note of a transaction also
-- writes its row in "ArticleSearchLinksFlush", whose deferred constraint trigger runs once, at
-- the commit: it takes the advisory lock as 0007's did (see below), then updates the links of
-- every noted article that is indexed, where they changed, and forgets the notes.
-- Both tables are UNLOGGED and empty outside a writing transaction: rows live from a mention
-- statement to its commit (a rolled-back transaction or savepoint takes its notes and its flush
-- event with it), so a crash loses nothing that outlives it.
--
-- Against the indexer (lib/data/search/pg-index.ts), which reads the links of the rows it writes:
-- it holds advisory lock 72707370 exclusively for its transaction, the flush shared. Either the
-- flush waits for the indexer's rows to commit and updates them, or the indexer waits for these
-- mentions to commit and reads them. The articles are noted without the lock and without looking
-- at the index: an article indexed after the note and before the commit is found by the flush.

DROP TRIGGER "CompanyMention_search_links" ON "CompanyMention";
DROP TRIGGER "PersonMention_search_links" ON "PersonMention";
DROP FUNCTION "article_links_refresh"();

CREATE UNLOGGED TABLE "ArticleSearchLinksPending" (
  "xact" BIGINT NOT NULL,
  "articleId" INTEGER NOT NULL,
  PRIMARY KEY ("xact", "articleId")
);
CREATE UNLOGGED TABLE "ArticleSearchLinksFlush" (
  "xact" BIGINT NOT NULL PRIMARY KEY
);

-- TG_ARGV[0]: the mention table's entity column; an update that moves neither it nor the
-- article (a count, a snippet) changes no links.
CREATE FUNCTION "article_links_note"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  noted integer;
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "ArticleSearchLinksPending" SELECT DISTINCT txid_current(), "articleId" FROM new_rows ON CONFLICT DO NOTHING;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "ArticleSearchLinksPending" SELECT DISTINCT txid_current(), "articleId" FROM old_rows ON CONFLICT DO NOTHING;
  ELSE
    INSERT INTO "ArticleSearchLinksPending"
    SELECT DISTINCT txid_current(), x FROM old_rows o JOIN new_rows n ON n."id" = o."id",
      LATERAL (VALUES (o."articleId"), (n."articleId")) AS v(x)
    WHERE o."articleId" <> n."articleId" OR (to_jsonb(o) -> TG_ARGV[0]) IS DISTINCT FROM (to_jsonb(n) -> TG_ARGV[0])
    ON CONFLICT DO NOTHING;
  END IF;
  GET DIAGNOSTICS noted = ROW_COUNT;
  -- No new note: nothing changed, or this transaction's flush is queued already.
  IF noted > 0 THEN
    INSERT INTO "ArticleSearchLinksFlush" VALUES (txid_current()) ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION "article_links_flush"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock_shared(72707370);
  DELETE FROM "ArticleSearchLinksFlush" WHERE "xact" = NEW."xact";
  WITH noted AS (DELETE FROM "ArticleSearchLinksPending" WHERE "xact" = NEW."xact" RETURNING "articleId")
  UPDATE "ArticleSearch" a SET "links" = l.v
  FROM (SELECT s."ftsRowid" AS k, "article_links"(s."articleId") AS v FROM noted JOIN "SearchIndexState" s ON s."articleId" = noted."articleId") AS l
  WHERE a."key" = l.k AND a."links" <> l.v;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "ArticleSearchLinksFlush_at_commit" AFTER INSERT ON "ArticleSearchLinksFlush"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "article_links_flush"();

CREATE TRIGGER "CompanyMention_links_insert" AFTER INSERT ON "CompanyMention" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "article_links_note"('companyId');
CREATE TRIGGER "CompanyMention_links_delete" AFTER DELETE ON "CompanyMention" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "article_links_note"('companyId');
CREATE TRIGGER "CompanyMention_links_update" AFTER UPDATE ON "CompanyMention" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "article_links_note"('companyId');
CREATE TRIGGER "PersonMention_links_insert" AFTER INSERT ON "PersonMention" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "article_links_note"('personId');
CREATE TRIGGER "PersonMention_links_delete" AFTER DELETE ON "PersonMention" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "article_links_note"('personId');
CREATE TRIGGER "PersonMention_links_update" AFTER UPDATE ON "PersonMention" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "article_links_note"('personId');
