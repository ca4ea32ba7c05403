-- The server processes that watch a running import (issue 17): each registers here when it sees
-- the import, and says when it has rebuilt what its readers need for the import's final data.
-- The importer waits (bounded) for them before it marks the run finished, so no read after an
-- import recomputes on the request path (lib/data/cache/import-end.ts). Not covered by the
-- DataGeneration triggers on purpose: it changes no page.

-- CreateTable
CREATE TABLE "ReaderView" (
    "server" TEXT NOT NULL PRIMARY KEY,
    "runId" INTEGER NOT NULL,
    "ready" INTEGER NOT NULL,
    "seenAt" BIGINT NOT NULL
);

-- CreateIndex
CREATE INDEX "ReaderView_runId_idx" ON "ReaderView"("runId");
