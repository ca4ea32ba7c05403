-- State every server process on this database must share (issue 17): the admin sign-in limits
-- and the progress of imports started from the admin pages. Before, each `next start` process
-- kept them in memory, so behind a load balancer a client got five free guesses per process and
-- an import's progress showed only on the process that ran it. Not covered by the
-- DataGeneration triggers on purpose: a failed sign-in or a progress tick changes no page.

-- CreateTable
CREATE TABLE "SignInClient" (
    "address" TEXT NOT NULL PRIMARY KEY,
    "failures" INTEGER NOT NULL,
    "blockedUntil" BIGINT NOT NULL,
    "lastAt" BIGINT NOT NULL
);

-- CreateTable
CREATE TABLE "SignInFailure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" BIGINT NOT NULL
);

-- CreateTable
CREATE TABLE "SignInSlowLane" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "nextAt" BIGINT NOT NULL
);

-- CreateTable
CREATE TABLE "WebImportJob" (
    "runId" INTEGER NOT NULL PRIMARY KEY,
    "state" TEXT NOT NULL,
    "updatedAt" BIGINT NOT NULL
);

-- CreateIndex
CREATE INDEX "SignInClient_lastAt_idx" ON "SignInClient"("lastAt");

-- CreateIndex
CREATE INDEX "SignInFailure_at_idx" ON "SignInFailure"("at");

-- CreateIndex
CREATE INDEX "WebImportJob_updatedAt_idx" ON "WebImportJob"("updatedAt");
