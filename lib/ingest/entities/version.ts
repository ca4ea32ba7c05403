/**
 * What changes entity output: the gazetteer's version and the extractor's rules. The importer
 * should fold this into its unchanged-file check so a gazetteer change reaches old articles.
 */
import { loadGazetteer } from "./load-gazetteer";

/** Bump when the extraction rules (not the data) change. */
const RULES = "entities-rules-3";

export function entitiesVersion(): string {
  return `${RULES}+gazetteer-${loadGazetteer().version}`;
}
