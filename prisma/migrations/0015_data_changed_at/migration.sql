-- When the data last changed (milliseconds since 1970, UTC), moved with the counter by the same
-- triggers. The counter tells a cache inside one process that something changed; a cache that
-- outlives the process, such as Next.js's page cache on disk (profiles rendered by next build),
-- needs a time to compare its entries' render times with (lib/data/cache/page-freshness.ts).
-- The triggers are re-created rather than chained to a second trigger, so each write still
-- costs one update of this row.
ALTER TABLE "DataGeneration" ADD COLUMN "changedAt" INTEGER NOT NULL DEFAULT 0;
-- Pages rendered before this migration count as older than the data.
UPDATE "DataGeneration" SET "changedAt" = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE "id" = 1;

DROP TRIGGER "Article_generation_insert";
CREATE TRIGGER "Article_generation_insert" AFTER INSERT ON "Article" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1, "changedAt" = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE "id" = 1; END;
DROP TRIGGER "Article_generation_update";
CREATE TRIGGER "Article_generation_update" AFTER UPDATE ON "Article" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1, "changedAt" = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE "id" = 1; END;
DROP TRIGGER "Article_generation_delete";
CREATE TRIGGER "Article_generation_delete" AFTER DELETE ON "Article" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1, "changedAt" = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE "id" = 1; END;
DROP TRIGGER "Company_generation_insert";
CREATE TRIGGER "Company_generation_insert" AFTER INSERT ON "Company" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1, "changedAt" = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE "id" = 1; END;
DROP TRIGGER "Company_generation_update";
CREATE TRIGGER "Company_generation_update" AFTER UPDATE ON "Company" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1, "changedAt" = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE "id" = 1; END;
DROP TRIGGER "Company_generation_delete";
CREATE TRIGGER "Company_generation_delete" AFTER DELETE ON "Company" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1, "changedAt" = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE "id" = 1; END;
DROP TRIGGER "Person_generation_insert";
CREATE TRIGGER "Person_generation_insert" AFTER INSERT ON "Person" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1, "changedAt" = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE "id" = 1; END;
DROP TRIGGER "Person_generation_update";
CREATE TRIGGER "Person_generation_update" AFTER UPDATE ON "Person" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1, "changedAt" = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE "id" = 1; END;
DROP TRIGGER "Person_generation_delete";
CREATE TRIGGER "Person_generation_delete" AFTER DELETE ON "Person" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1, "changedAt" = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE "id" = 1; END;
