/**
 * Bytes of one scraped file → cleaned article: decode (BOM, declared charset checked against
 * the bytes, detection), then the HTML front end or the text path, then the shared cleaning
 * pipeline. This is what `npm run extract` and the importer run.
 */
import type { ExtractedArticle } from "./types";
import { decodeBytes } from "./decode/decode-bytes";
import { extractHtml } from "./html/extract-html";
import { extractFromDecoded } from "./extract-article";
import { PIPELINE_VERSION } from "./pipeline-version";
import { entitiesVersion } from "./entities/version";

export interface FileExtraction {
  article: ExtractedArticle;
  /** The decoded text, kept so an article can be re-cleaned and its removals inspected. */
  text: string;
}

/**
 * Everything that changes what a file imports to (cleaning rules, entity rules, gazetteer);
 * part of the importer's unchanged check, so a change to any of them re-processes old files.
 */
export const RULES_VERSION = `${PIPELINE_VERSION}+${entitiesVersion()}`;

/** Throws IngestInputError (empty, binary, undecodable) for files that are not text. */
export function extractFile(bytes: Uint8Array, file: string): FileExtraction {
  const decoded = decodeBytes(bytes, file);
  const html = decoded.format === "html" ? extractHtml(decoded.text) : undefined;
  return { article: extractFromDecoded(decoded, file, html), text: decoded.text };
}
