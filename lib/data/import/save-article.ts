/**
 * Writes one extracted article (insert, or update in place keyed by its folder and file path)
 * through the writer (either store). An update whose raw text differs first keeps the text it
 * replaces as an ArticleVersion: a changed file never silently erases what the article said.
 */
import type { ExtractedArticle } from "../../ingest/types";
import { prismaDate } from "../sqlite";
import type { Queries } from "../writer";

export interface ArticleRow {
  /** The imported folder, absolute (source-dir.ts). */
  sourceDir: string;
  path: string;
  extracted: ExtractedArticle;
  rawText: string;
  contentHash: string;
  nearDupKey: string;
  duplicateOfId: number | null;
  /** Invisible control characters removed at import, per field (strip-controls.ts). */
  stripped?: Record<string, number>;
}

const COLUMNS = [
  "title", "titleSimplified", "body", "bodySimplified", "summary", "publishedAt", "publishedLocal", "dateInferred",
  "source", "site", "originalPublisher", "originalUrl", "authors", "reporters", "editors", "views", "script", "encoding",
  "encodingReason", "restoredTitle", "restoredBody", "rawText", "contentHash", "nearDupKey", "duplicateOfId",
  "cleaning", "flags", "missingSince", "updatedAt",
] as const;

type Values = Record<(typeof COLUMNS)[number], string | number | null>;

function toValues(row: ArticleRow, now: string): Values {
  const a = row.extracted;
  return {
    title: a.title,
    titleSimplified: a.titleSimplified,
    body: a.body,
    bodySimplified: a.bodySimplified,
    summary: a.summary,
    publishedAt: a.publishedAt ? prismaDate(new Date(a.publishedAt)) : null,
    publishedLocal: a.publishedAt,
    dateInferred: a.dateInferred ? 1 : 0,
    source: a.source,
    site: a.siteClaim,
    originalPublisher: a.originalPublisher,
    originalUrl: a.originalUrl,
    authors: JSON.stringify(a.authors),
    reporters: JSON.stringify(a.reporters),
    editors: JSON.stringify(a.editors),
    views: a.views,
    script: a.script,
    encoding: a.encoding,
    encodingReason: a.encodingReason,
    restoredTitle: a.restoredTitle,
    restoredBody: a.restoredBody,
    rawText: row.rawText,
    contentHash: row.contentHash,
    nearDupKey: row.nearDupKey,
    duplicateOfId: row.duplicateOfId,
    cleaning: JSON.stringify({
      removed: a.removed,
      repairs: a.repairs,
      notes: a.notes,
      dateEvidence: a.dateEvidence,
      encodingReason: a.encodingReason,
      ...(row.stripped && Object.keys(row.stripped).length ? { stripped: row.stripped } : {}),
    }),
    flags: JSON.stringify(a.flags),
    missingSince: null,
    updatedAt: now,
  };
}

const INSERT = `INSERT INTO "Article" ("sourceDir", "path", "createdAt", ${COLUMNS.map((c) => `"${c}"`).join(", ")})
  VALUES (@sourceDir, @path, @updatedAt, ${COLUMNS.map((c) => `@${c}`).join(", ")})`;
const KEEP_VERSION = `INSERT INTO "ArticleVersion" ("articleId", "contentHash", "title", "rawText", "replacedAt")
  SELECT "id", "contentHash", "title", "rawText", @now FROM "Article" WHERE "id" = @id AND "rawText" <> @rawText`;
const UPDATE = `UPDATE "Article" SET ${COLUMNS.map((c) => `"${c}" = @${c}`).join(", ")} WHERE "id" = @id`;

/** Rows to a multi-row statement: PostgreSQL binds at most 65,535 parameters. */
const INSERT_CHUNK = 500;
const insertWithIds = (n: number) =>
  `INSERT INTO "Article" ("id", "sourceDir", "path", "createdAt", ${COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES ${Array.from(
    { length: n },
    () => `(${Array.from({ length: COLUMNS.length + 4 }, () => "?").join(", ")})`,
  ).join(", ")}`;

/**
 * Inserts new articles whose ids were reserved (Queries.reserveIds), in one statement per
 * INSERT_CHUNK, inside the batch's transaction: what the files after them refer to (a
 * near-duplicate's original, a story, mentions) exists once this returns.
 */
export async function insertArticles(tx: Queries, rows: { id: number; row: ArticleRow }[]): Promise<void> {
  const now = prismaDate(new Date());
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const chunk = rows.slice(i, i + INSERT_CHUNK);
    await tx.run(
      insertWithIds(chunk.length),
      chunk.flatMap(({ id, row }) => {
        const values = toValues(row, now);
        return [id, row.sourceDir, row.path, values.updatedAt, ...COLUMNS.map((c) => values[c])];
      }),
    );
  }
}

/**
 * Saves an article inside the file's transaction. `existingId` is the article already stored
 * for this path (the importer knows it), or null.
 */
export async function saveArticle(tx: Queries, existingId: number | null, row: ArticleRow): Promise<{ id: number; created: boolean }> {
  const values = toValues(row, prismaDate(new Date()));
  if (existingId !== null) {
    await tx.run(KEEP_VERSION, { id: existingId, rawText: row.rawText, now: values.updatedAt });
    await tx.run(UPDATE, { ...values, id: existingId });
    return { id: existingId, created: false };
  }
  return { id: await tx.insert(INSERT, { ...values, sourceDir: row.sourceDir, path: row.path }), created: true };
}
