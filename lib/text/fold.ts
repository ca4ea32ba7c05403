/**
 * Folding for comparison and search: NFKC (full-width → half-width), no whitespace, Latin
 * lower-cased, simplified script. Display text keeps the original; only comparisons fold.
 */
import { toSimplified } from "./script";

export function foldWidth(text: string): string {
  return text.normalize("NFKC");
}

/** Folds for equality tests between blocks (teasers, duplicates): width, case, whitespace. */
export function foldForCompare(text: string): string {
  return foldWidth(text).replace(/\s+/g, "").toLowerCase();
}

/** Folds one line for vocabulary rules: width, case and script, whitespace kept (labels and names are spaced). */
export function foldLine(text: string): string {
  return toSimplified(foldWidth(text)).toLowerCase().trim();
}

/** Folds for search and cross-script comparison: also converts to simplified script. */
export function foldForSearch(text: string): string {
  return toSimplified(foldForCompare(text));
}
