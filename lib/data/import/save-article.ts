/** Writes one extracted article (insert or update in place, keyed by its file path) inside a transaction. */
import type { Prisma } from "../../generated/prisma/client";
import type { ExtractedArticle } from "../../ingest/types";

export type Tx = Prisma.TransactionClient;

export interface ArticleRow {
  path: string;
  extracted: ExtractedArticle;
  rawText: string;
  contentHash: string;
  nearDupKey: string;
  duplicateOfId: number | null;
}

function toData(row: ArticleRow) {
  const a = row.extracted;
  return {
    title: a.title,
    titleSimplified: a.titleSimplified,
    body: a.body,
    bodySimplified: a.bodySimplified,
    summary: a.summary,
    publishedAt: a.publishedAt ? new Date(a.publishedAt) : null,
    publishedLocal: a.publishedAt,
    dateInferred: a.dateInferred,
    source: a.source,
    site: a.siteClaim,
    originalPublisher: a.originalPublisher,
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
    }),
    flags: JSON.stringify(a.flags),
    missingSince: null,
  };
}

export async function saveArticle(tx: Tx, row: ArticleRow): Promise<{ id: number; created: boolean }> {
  const existing = await tx.article.findUnique({ where: { path: row.path }, select: { id: true } });
  if (existing) {
    await tx.article.update({ where: { id: existing.id }, data: toData(row) });
    return { id: existing.id, created: false };
  }
  const created = await tx.article.create({ data: { path: row.path, ...toData(row) }, select: { id: true } });
  return { id: created.id, created: true };
}
