-- A counter that every write to what the pages show moves forward, so read caches
-- (lib/data/cache/) can tell in one indexed read whether anything changed since they computed
-- a result — whoever wrote it: the CLI importer, the web import, an admin decision or a hand edit.
-- Row triggers rather than application code, so no writer can forget. Mentions and roles change
-- only together with their article row (the importer re-saves it in the same transaction) or
-- with a Company/Person row (admin merges), so these three tables cover them.
CREATE TABLE "DataGeneration" (
  "id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1),
  "value" INTEGER NOT NULL
);
INSERT INTO "DataGeneration" ("id", "value") VALUES (1, 0);

CREATE TRIGGER "Article_generation_insert" AFTER INSERT ON "Article" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Article_generation_update" AFTER UPDATE ON "Article" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Article_generation_delete" AFTER DELETE ON "Article" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Company_generation_insert" AFTER INSERT ON "Company" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Company_generation_update" AFTER UPDATE ON "Company" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Company_generation_delete" AFTER DELETE ON "Company" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Person_generation_insert" AFTER INSERT ON "Person" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Person_generation_update" AFTER UPDATE ON "Person" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Person_generation_delete" AFTER DELETE ON "Person" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;
