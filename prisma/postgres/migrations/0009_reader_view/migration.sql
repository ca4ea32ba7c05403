-- The server processes that watch a running import (see prisma/migrations/0021_reader_view).

-- CreateTable
CREATE TABLE "ReaderView" (
    "server" TEXT NOT NULL,
    "runId" INTEGER NOT NULL,
    "ready" INTEGER NOT NULL,
    "seenAt" BIGINT NOT NULL,

    CONSTRAINT "ReaderView_pkey" PRIMARY KEY ("server")
);

-- CreateIndex
CREATE INDEX "ReaderView_runId_idx" ON "ReaderView"("runId");
