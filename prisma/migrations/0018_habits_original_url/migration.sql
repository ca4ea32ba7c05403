-- The address the article was first published at (issue 19, 阅读原文): the page's canonical link,
-- og:url or a crawler's URL field, absolute http(s) only. Added as a column rather than by the
-- table rebuild `prisma migrate diff` writes, which would drop the Article triggers.
-- Articles imported before this migration get it when their file is next re-processed.
ALTER TABLE "Article" ADD COLUMN "originalUrl" TEXT;
