/**
 * Removes characters from an extracted article that no reader should get from a scraped page:
 * bidirectional overrides, embeddings, isolates and marks (U+202E turns "txt.exe" into
 * "exe.txt" on screen), and C0/C1 control characters other than tab and line breaks. They
 * reached titles and sources in the HTML (issue 16, item 12). Done once at import, on every text
 * field of the article, and counted per field in the cleaning record (`stripped`).
 */
import type { ExtractedArticle } from "../../ingest/types";

// eslint-disable-next-line no-control-regex
export const INVISIBLE_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export type StrippedCounts = Record<string, number>;

function clean(value: string, field: string, counts: StrippedCounts): string {
  const out = value.replace(INVISIBLE_CONTROLS, "");
  if (out.length !== value.length) counts[field] = (counts[field] ?? 0) + value.length - out.length;
  return out;
}

/** The article with every string (and string list) field cleaned, and how many characters left each field. */
export function stripInvisibleControls(article: ExtractedArticle): { article: ExtractedArticle; stripped: StrippedCounts } {
  const stripped: StrippedCounts = {};
  const out: Record<string, unknown> = { ...article };
  for (const [field, value] of Object.entries(article)) {
    if (typeof value === "string") out[field] = clean(value, field, stripped);
    else if (Array.isArray(value) && value.every((v) => typeof v === "string")) out[field] = (value as string[]).map((v) => clean(v, field, stripped));
  }
  return { article: out as unknown as ExtractedArticle, stripped };
}
