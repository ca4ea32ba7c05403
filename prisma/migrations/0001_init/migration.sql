-- CreateTable
CREATE TABLE "Article" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "path" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleSimplified" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "bodySimplified" TEXT NOT NULL,
    "summary" TEXT,
    "publishedAt" DATETIME,
    "publishedLocal" TEXT,
    "dateInferred" BOOLEAN NOT NULL DEFAULT false,
    "source" TEXT,
    "site" TEXT,
    "originalPublisher" TEXT,
    "authors" TEXT NOT NULL DEFAULT '[]',
    "reporters" TEXT NOT NULL DEFAULT '[]',
    "editors" TEXT NOT NULL DEFAULT '[]',
    "views" INTEGER,
    "script" TEXT NOT NULL,
    "encoding" TEXT NOT NULL,
    "encodingReason" TEXT NOT NULL,
    "restoredTitle" TEXT,
    "restoredBody" TEXT,
    "rawText" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "nearDupKey" TEXT NOT NULL,
    "duplicateOfId" INTEGER,
    "cleaning" TEXT NOT NULL,
    "flags" TEXT NOT NULL DEFAULT '[]',
    "missingSince" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Article_duplicateOfId_fkey" FOREIGN KEY ("duplicateOfId") REFERENCES "Article" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Company" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "aliases" TEXT NOT NULL DEFAULT '[]',
    "products" TEXT NOT NULL DEFAULT '[]',
    "parentSlug" TEXT,
    "status" TEXT NOT NULL DEFAULT 'gazetteer',
    "confidence" REAL NOT NULL DEFAULT 1,
    "evidence" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Person" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT NOT NULL DEFAULT '[]',
    "status" TEXT NOT NULL DEFAULT 'gazetteer',
    "confidence" REAL NOT NULL DEFAULT 1,
    "evidence" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "CompanyMention" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "companyId" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,
    "salience" REAL NOT NULL,
    "about" BOOLEAN NOT NULL,
    "snippet" TEXT NOT NULL,
    "forms" TEXT NOT NULL DEFAULT '[]',
    CONSTRAINT "CompanyMention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CompanyMention_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PersonMention" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,
    "salience" REAL NOT NULL,
    "about" BOOLEAN NOT NULL,
    "snippet" TEXT NOT NULL,
    "forms" TEXT NOT NULL DEFAULT '[]',
    CONSTRAINT "PersonMention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PersonMention_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Role" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "personId" INTEGER NOT NULL,
    "companyId" INTEGER,
    "organisation" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "sentence" TEXT NOT NULL,
    "articleId" INTEGER NOT NULL,
    CONSTRAINT "Role_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Role_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Role_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ImportRun" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    "trigger" TEXT NOT NULL,
    "triggeredBy" TEXT,
    "dir" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'running',
    "total" INTEGER NOT NULL DEFAULT 0,
    "added" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "duplicates" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "missing" INTEGER NOT NULL DEFAULT 0,
    "pid" INTEGER
);

-- CreateTable
CREATE TABLE "ImportItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "runId" INTEGER NOT NULL,
    "path" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "encoding" TEXT,
    "error" TEXT,
    "removed" INTEGER NOT NULL DEFAULT 0,
    "durationMs" INTEGER NOT NULL DEFAULT 0,
    "articleId" INTEGER,
    "duplicateOfId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ImportItem_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ImportRun" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ImportItem_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Article_path_key" ON "Article"("path");

-- CreateIndex
CREATE INDEX "Article_publishedAt_idx" ON "Article"("publishedAt");

-- CreateIndex
CREATE INDEX "Article_source_idx" ON "Article"("source");

-- CreateIndex
CREATE INDEX "Article_nearDupKey_idx" ON "Article"("nearDupKey");

-- CreateIndex
CREATE UNIQUE INDEX "Company_slug_key" ON "Company"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Person_slug_key" ON "Person"("slug");

-- CreateIndex
CREATE INDEX "CompanyMention_companyId_idx" ON "CompanyMention"("companyId");

-- CreateIndex
CREATE UNIQUE INDEX "CompanyMention_articleId_companyId_key" ON "CompanyMention"("articleId", "companyId");

-- CreateIndex
CREATE INDEX "PersonMention_personId_idx" ON "PersonMention"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "PersonMention_articleId_personId_key" ON "PersonMention"("articleId", "personId");

-- CreateIndex
CREATE INDEX "Role_personId_idx" ON "Role"("personId");

-- CreateIndex
CREATE INDEX "Role_companyId_idx" ON "Role"("companyId");

-- CreateIndex
CREATE INDEX "Role_articleId_idx" ON "Role"("articleId");

-- CreateIndex
CREATE INDEX "ImportItem_runId_idx" ON "ImportItem"("runId");

-- CreateIndex
CREATE INDEX "ImportItem_path_idx" ON "ImportItem"("path");

