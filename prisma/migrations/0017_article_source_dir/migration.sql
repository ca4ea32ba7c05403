-- An article's identity is its folder and its path in that folder (issue 16, item 5): importing
-- another folder whose file names repeat this one's no longer overwrites or hides its articles.
-- Written by hand from `prisma migrate diff` output: the generated SQL rebuilds the Article
-- table, which would drop its search and data-generation triggers. Adding a column and swapping
-- the unique index keeps them.
ALTER TABLE "Article" ADD COLUMN "sourceDir" TEXT NOT NULL DEFAULT '';

DROP INDEX "Article_path_key";
CREATE INDEX "Article_path_idx" ON "Article"("path");

-- The folder each article was last imported from, as that run named it (relative folders are
-- made absolute by the next import of the same folder: lib/data/import/source-dir.ts).
UPDATE "Article" SET "sourceDir" = COALESCE((
  SELECT r."dir" FROM "ImportItem" i JOIN "ImportRun" r ON r."id" = i."runId"
  WHERE i."articleId" = "Article"."id" ORDER BY i."id" DESC LIMIT 1
), '');

CREATE UNIQUE INDEX "Article_sourceDir_path_key" ON "Article"("sourceDir", "path");

-- CreateTable
CREATE TABLE "ArticleVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "contentHash" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "rawText" TEXT NOT NULL,
    "replacedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ArticleVersion_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ArticleVersion_articleId_idx" ON "ArticleVersion"("articleId");
