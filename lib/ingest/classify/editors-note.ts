/**
 * An excerpt copied from the editor's note down (编者按：…, 【编者按】…, 编者的话：…): the note comes
 * before the headline on the page, so the text opens with a paragraph and the headline is the short
 * line right under it. The line classifier sees prose from the first line on and finds no line above
 * the body to call the headline; this names the line under the note instead (the note, above the
 * headline, is then no part of the body).
 */
import type { BlockFeatures } from "./features";

// The note's label opening the paragraph, bare, in brackets or before a bar or colon.
const EDITORS_NOTE = /^\s*[【\[〔(（]?\s*(?:编者按|編者按|编者的话|編者的話|编者语|编者注|编辑按|编前语|编者前言)\s*(?:[】\]〕)）]\s*[:：]?|[:：|｜丨])/u;
/** A headline's length, as the classifier's title candidates are measured. */
const MIN_HEADLINE = 5;
const MAX_HEADLINE = 60;

/** Index (into body) of the headline under an opening editor's note, or null. */
export function headlineUnderNote(body: number[], texts: string[], features: BlockFeatures[]): number | null {
  if (body.length < 3) return null;
  const note = body[0]!;
  const next = body[1]!;
  if (!EDITORS_NOTE.test(texts[note]!)) return null;
  const f = features[next]!;
  const line = texts[next]!.trim();
  // a headline is one short line that no sentence's stop closes
  if (f.paragraphLike || line.includes("\n") || f.length < MIN_HEADLINE || f.length > MAX_HEADLINE || /[。；;]\s*$/.test(line)) return null;
  return 1;
}
