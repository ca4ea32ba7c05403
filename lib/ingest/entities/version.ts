/**
 * What changes entity output: the gazetteer's version and the extractor's rules. The importer
 * should fold this into its unchanged-file check so a gazetteer change reaches old articles.
 */
import { z } from "zod";
import versionData from "./gazetteer/version.json";

/** Bump when the extraction rules (not the data) change. */
const RULES = "entities-rules-21";

/** Reads only the gazetteer's version file: the importer asks at start-up, before any article needs the tables. */
export function entitiesVersion(): string {
  return `${RULES}+gazetteer-${z.object({ version: z.string().min(1) }).parse(versionData).version}`;
}
