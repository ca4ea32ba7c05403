/**
 * The stable JSON shape printed by `npm run extract` (one object per file). Extraction quality
 * is measured on this shape, so fields are only ever added, never renamed.
 */
import type { ExtractedArticle } from "./types";
import type { EntityResult } from "./entities/types";

function entitiesJson(e: EntityResult) {
  return {
    companies: e.companies.map((c) => ({ name: c.name, kind: c.kind, aliases: c.aliases, count: c.count, salience: c.salience, about: c.about, status: c.status, ...(c.parent ? { parent: c.parent } : {}) })),
    people: e.people.map((p) => ({
      name: p.name,
      aliases: p.aliases,
      count: p.count,
      salience: p.salience,
      about: p.about,
      status: p.status,
      roles: p.roles.map((r) => ({ organisation: r.organisation, title: r.title, sentence: r.sentence })),
    })),
    products: e.products,
  };
}

export function toExtractJson(a: ExtractedArticle, duplicateOf: string | null, entities: EntityResult) {
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
    originalUrl: a.originalUrl,
    summary: a.summary,
    body: a.body,
    script: a.script,
    restoredTitle: a.restoredTitle,
    restoredBody: a.restoredBody,
    notes: a.notes,
    repairs: a.repairs,
    removed: a.removed,
    flags: a.flags,
    contentStage: a.contentStage,
    ...entitiesJson(entities),
    ...(duplicateOf ? { duplicateOf } : {}),
  };
}
