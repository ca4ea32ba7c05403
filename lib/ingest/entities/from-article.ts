/** The entity extractor's input from a cleaned article (reuses its simplified forms when they align). */
import type { ExtractedArticle } from "../types";
import type { EntityInput } from "./types";

export function entityInputFromArticle(a: ExtractedArticle): EntityInput {
  const simplifiedParagraphs = a.bodySimplified.split("\n\n");
  const aligned = simplifiedParagraphs.length === a.paragraphs.length;
  return {
    title: a.title,
    paragraphs: a.paragraphs,
    source: a.source,
    notes: a.notes,
    authors: a.authors,
    spun: a.flags.includes("spun-text"),
    ...(aligned ? { simplified: { title: a.titleSimplified, paragraphs: simplifiedParagraphs } } : {}),
  };
}
