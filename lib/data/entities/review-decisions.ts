/**
 * The import run's view of the admin review decisions: read once per run (per write
 * connection, which the importer opens for the run and closes after it), turned into the run's
 * entity extractor (lib/ingest/entities/review-gazetteer.ts), with a fingerprint the importer
 * folds into its unchanged check so a decision reaches every old article on the next import.
 */
import { createHash } from "node:crypto";
import { createEntityExtractor } from "../../ingest/entities/extract-entities";
import { reviewedExtractorOptions, type ReviewDecisions } from "../../ingest/entities/review-gazetteer";
import type { EntityInput, EntityResult } from "../../ingest/entities/types";
import type { Sqlite } from "../sqlite";
import { loadDecisions } from "./load-decisions";
import { perConnection } from "../per-connection";

/**
 * Changes exactly when a decision does: not when the importer refreshes a confirmed entity's
 * aliases or counts, so an unchanged re-import stays unchanged.
 */
export function decisionsFingerprint(d: ReviewDecisions): string {
  const parts = [
    ...d.confirmed.map((r) => `c|${r.kind}|${r.slug}|${r.name}`),
    ...d.rejected.map((r) => `r|${r.kind}|${r.name}`),
    ...d.merges.map((m) => `m|${m.kind}|${m.alias}|${m.targetSlug}`),
  ];
  return createHash("sha1").update(parts.join("\n")).digest("hex").slice(0, 16);
}

interface RunView {
  fingerprint: string;
  extract: (input: EntityInput) => EntityResult;
}

const forConnection = perConnection((conn): RunView => {
  const d = loadDecisions(conn);
  return { fingerprint: decisionsFingerprint(d), extract: createEntityExtractor(reviewedExtractorOptions(d)) };
});

/** The run's entity extractor: decisions as they stood when the run first asked. */
export function runExtractor(conn: Sqlite): (input: EntityInput) => EntityResult {
  return forConnection(conn).extract;
}

/** For the importer's unchanged check (ImportDeps.runVersion). */
export function entityDecisionsVersion(conn: Sqlite): string {
  return `decisions-${forConnection(conn).fingerprint}`;
}
