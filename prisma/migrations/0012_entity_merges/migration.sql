-- Names an admin merged into another entity ("Kai-Fu Lee" → 李开复). The importer adds them as
-- aliases of the target when it builds the run's extractor, so a merge holds across re-imports
-- and reaches articles imported later.
CREATE TABLE "EntityMerge" (
  "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
  "kind" TEXT NOT NULL,
  "alias" TEXT NOT NULL,
  "targetSlug" TEXT NOT NULL,
  "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX "EntityMerge_kind_alias_key" ON "EntityMerge"("kind", "alias");
