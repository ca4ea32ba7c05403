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
import type { Writer } from "../writer";
import { loadDecisions } from "./load-decisions";
import { processShared } from "../process-shared";

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

const views = processShared("reviewDecisions.views", () => new WeakMap<Writer, Promise<RunView>>());

/** Decisions as they stood when the run (its writer, opened for the run) first asked. */
function runView(w: Writer): Promise<RunView> {
  let v = views.get(w);
  if (!v) {
    v = loadDecisions(w).then((d) => ({ fingerprint: decisionsFingerprint(d), extract: createEntityExtractor(reviewedExtractorOptions(d)) }));
    views.set(w, v);
  }
  return v;
}

/** The run's entity extractor. */
export async function runExtractor(w: Writer): Promise<(input: EntityInput) => EntityResult> {
  return (await runView(w)).extract;
}

/** For the importer's unchanged check (ImportDeps.runVersion). */
export async function entityDecisionsVersion(w: Writer): Promise<string> {
  return `decisions-${(await runView(w)).fingerprint}`;
}
