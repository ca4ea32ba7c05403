/**
 * Bytes of one scraped file → cleaned article: decode, then the HTML front end or the text
 * path, then the shared cleaning pipeline. This is what `npm run extract` and the importer run.
 */
import iconv from "iconv-lite";
import type { Decoded, ExtractedArticle } from "./types";
import { extractFromDecoded } from "./extract-article";
import { PIPELINE_VERSION } from "./pipeline-version";

export interface FileExtraction {
  article: ExtractedArticle;
  /** The decoded text, kept so an article can be re-cleaned and its removals inspected. */
  text: string;
}

/** Everything that changes what a file extracts to; part of the importer's unchanged check. */
export const RULES_VERSION = PIPELINE_VERSION;

// Interim decoder until the detecting decoder lands: strict UTF-8, else GB18030.
function decode(bytes: Uint8Array, file: string): Decoded {
  const format = /\.html?$/i.test(file) ? "html" : "text";
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, ""), encoding: "utf-8", encodingReason: "valid UTF-8", format };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), "gb18030"), encoding: "gb18030", encodingReason: "not valid UTF-8", format };
  }
}

export function extractFile(bytes: Uint8Array, file: string): FileExtraction {
  const decoded = decode(bytes, file);
  return { article: extractFromDecoded(decoded, file), text: decoded.text };
}
