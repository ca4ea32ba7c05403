-- Stories (issue 19): articles that are the same news across sites share a storyId, the id of
-- the story's first imported article. A narrow table beside Article, not columns on it: the
-- listing snapshot reads every row at start, and a column appended to Article would sit after
-- the large text columns of each row (overflow pages), making that read touch the whole table.
-- The signature (64 × uint32 MinHash, lib/ingest/story-signature.ts) lets the next import match
-- new articles against old ones; it is NULL when the body is too short to compare.
CREATE TABLE "ArticleStory" (
    "articleId" INTEGER NOT NULL PRIMARY KEY,
    "storyId" INTEGER NOT NULL,
    "signature" BLOB,
    "bodyChars" INTEGER NOT NULL,
    CONSTRAINT "ArticleStory_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE INDEX "ArticleStory_storyId_idx" ON "ArticleStory"("storyId");

-- A story change is a data change (the lists group by it), like a write to Article.
CREATE TRIGGER "ArticleStory_generation_insert" AFTER INSERT ON "ArticleStory" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1, "changedAt" = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE "id" = 1; END;
CREATE TRIGGER "ArticleStory_generation_update" AFTER UPDATE ON "ArticleStory" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1, "changedAt" = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE "id" = 1; END;
CREATE TRIGGER "ArticleStory_generation_delete" AFTER DELETE ON "ArticleStory" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1, "changedAt" = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE "id" = 1; END;
