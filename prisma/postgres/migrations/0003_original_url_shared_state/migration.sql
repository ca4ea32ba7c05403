-- In step with SQLite's 0018_habits_original_url and 0019_multi_state: the article's original
-- address (阅读原文), and the state every server process shares (sign-in limits, web import progress).
ALTER TABLE "Article" ADD COLUMN "originalUrl" TEXT;

CREATE TABLE "SignInClient" (
    "address" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "blockedUntil" BIGINT NOT NULL,
    "lastAt" BIGINT NOT NULL,
    CONSTRAINT "SignInClient_pkey" PRIMARY KEY ("address")
);

CREATE TABLE "SignInFailure" (
    "id" SERIAL NOT NULL,
    "at" BIGINT NOT NULL,
    CONSTRAINT "SignInFailure_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "SignInSlowLane" (
    "id" INTEGER NOT NULL,
    "nextAt" BIGINT NOT NULL,
    CONSTRAINT "SignInSlowLane_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "WebImportJob" (
    "runId" INTEGER NOT NULL,
    "state" TEXT NOT NULL,
    "updatedAt" BIGINT NOT NULL,
    CONSTRAINT "WebImportJob_pkey" PRIMARY KEY ("runId")
);

CREATE INDEX "SignInClient_lastAt_idx" ON "SignInClient"("lastAt");
CREATE INDEX "SignInFailure_at_idx" ON "SignInFailure"("at");
CREATE INDEX "WebImportJob_updatedAt_idx" ON "WebImportJob"("updatedAt");
