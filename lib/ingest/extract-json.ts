/**
 * The stable JSON shape printed by `npm run extract` (one object per file). Extraction quality
 * is measured on this shape, so fields are only ever added, never renamed.
 */
import type { ExtractedArticle } from "./types";

export function toExtractJson(a: ExtractedArticle, duplicateOf: string | null) {
  return {
    file: a.file,
    encoding: a.encoding,
    encodingReason: a.encodingReason,
    format: a.format,
    title: a.title,
    publishedAt: a.publishedAt,
    dateInferred: a.dateInferred,
    dateEvidence: a.dateEvidence,
    source: a.source,
    siteClaim: a.siteClaim,
    originalPublisher: a.originalPublisher,
    author: a.authors,
    reporters: a.reporters,
    editors: a.editors,
    views: a.views,
    summary: a.summary,
    body: a.body,
    script: a.script,
    restoredTitle: a.restoredTitle,
    restoredBody: a.restoredBody,
    notes: a.notes,
    repairs: a.repairs,
    removed: a.removed,
    flags: a.flags,
    ...(duplicateOf ? { duplicateOf } : {}),
  };
}
