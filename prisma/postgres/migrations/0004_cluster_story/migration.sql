-- In step with SQLite's 0020_cluster_story: the story each article belongs to.
CREATE TABLE "ArticleStory" (
    "articleId" INTEGER NOT NULL,
    "storyId" INTEGER NOT NULL,
    "signature" BYTEA,
    "bodyChars" INTEGER NOT NULL,
    CONSTRAINT "ArticleStory_pkey" PRIMARY KEY ("articleId")
);
CREATE INDEX "ArticleStory_storyId_idx" ON "ArticleStory"("storyId");
ALTER TABLE "ArticleStory" ADD CONSTRAINT "ArticleStory_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A story change is a data change (the lists group by it), like a write to Article.
CREATE TRIGGER "ArticleStory_data_generation" AFTER INSERT OR UPDATE OR DELETE ON "ArticleStory"
  FOR EACH STATEMENT EXECUTE FUNCTION "data_generation_bump"();
