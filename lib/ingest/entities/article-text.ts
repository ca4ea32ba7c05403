/**
 * The article as one folded string for matching: title, paragraphs and notes joined by
 * newlines, in three aligned forms (original, simplified with case kept, lower-cased), plus the
 * spun-text restoration when the text was rewritten by a synonym tool. Offsets are shared.
 */
import { analyseSpun, restoreSpun } from "../repair/spun-text";
import { SENTENCE_BREAK } from "./context";
import { foldWidth, lowerAscii, simplifyAligned } from "./normalize";
import type { EntityInput } from "./types";
import { wordHits, wordTable } from "./word-hits";

export interface ArticleText {
  original: string;
  /** Simplified, width-folded, spun swaps restored; Latin case kept (for Latin names). */
  simp: string;
  /** `simp` with ASCII lower-cased: what aliases are matched against. */
  low: string;
  /** Start offset of each part: [title, ...paragraphs, ...notes]. */
  partStarts: number[];
  paragraphCount: number;
  noteStart: number;
  /** Offsets of sentence breaks in `simp`, built on first use (snippets and roles ask for many sentences). */
  breaks?: number[];
  /** Sentences already cut, by start offset: every candidate name carries its sentence as evidence, and they share few sentences. */
  sentences?: Map<number, string>;
}

function simplifiedParts(input: EntityInput, parts: string[]): string[] {
  const given = input.simplified;
  if (given && given.paragraphs.length === input.paragraphs.length) {
    const cand = [given.title, ...given.paragraphs];
    if (cand.every((p, i) => p.length === parts[i]!.length)) {
      return [...cand, ...parts.slice(cand.length).map(simplifyAligned)];
    }
  }
  return simplifyAligned(parts.join("\n")).split("\n");
}

export function articleText(input: EntityInput): ArticleText {
  const notes = input.notes ?? [];
  const parts = [input.title, ...input.paragraphs, ...notes].map((p) => p.replace(/\n/g, " "));
  const original = parts.join("\n");
  const partStarts: number[] = [];
  let at = 0;
  for (const p of parts) {
    partStarts.push(at);
    at += p.length + 1;
  }
  let simp = foldWidth(simplifiedParts(input, parts).join("\n"));
  if (simp.length !== original.length) simp = foldWidth(simplifyAligned(original));
  // the extractor's verdict on title and body stands for the notes too: they are a line or two
  if (input.spun ?? analyseSpun(simp).spun) {
    const restored = restoreSpun(simp);
    if (restored.length === simp.length) simp = restored;
  }
  return {
    original,
    simp,
    low: lowerAscii(simp),
    partStarts,
    paragraphCount: input.paragraphs.length,
    noteStart: partStarts[1 + input.paragraphs.length] ?? original.length + 1,
  };
}

/** Index of the part (0 = title, 1 = first paragraph …) holding an offset. */
export function partOf(t: ArticleText, offset: number): number {
  let lo = 0;
  let hi = t.partStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t.partStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** [start, end) of the sentence around an offset. */
export function sentenceSpan(text: string, offset: number): [number, number] {
  let s = offset;
  while (s > 0 && !SENTENCE_BREAK.test(text[s - 1]!)) s--;
  let e = offset;
  while (e < text.length && !SENTENCE_BREAK.test(text[e]!)) e++;
  if (e < text.length && text[e] !== "\n") e++;
  return [s, e];
}

/** The characters of SENTENCE_BREAK, one word each: their positions come from the shared pass over the article. */
const SENTENCE_BREAK_TABLE = wordTable([..."。！？!?；;\n"]);

function breaksOf(t: ArticleText): number[] {
  if (t.breaks) return t.breaks;
  const out = wordHits(t.simp, SENTENCE_BREAK_TABLE).map((h) => h.at);
  t.breaks = out;
  return out;
}

/** sentenceSpan over the article, by binary search in its break index instead of a scan each time. */
export function articleSentenceSpan(t: ArticleText, offset: number): [number, number] {
  const b = breaksOf(t);
  let lo = 0;
  let hi = b.length;
  // first break at or after offset
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (b[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  const s = lo > 0 ? b[lo - 1]! + 1 : 0;
  const at = b[lo];
  if (at === undefined) return [s, t.simp.length];
  return [s, t.simp[at] === "\n" ? at : at + 1];
}

/** The sentence around an offset in the page's own script, trimmed. */
export function sentenceAt(t: ArticleText, offset: number): string {
  const [s, e] = articleSentenceSpan(t, offset);
  const cache = (t.sentences ??= new Map());
  let sentence = cache.get(s);
  if (sentence === undefined) {
    sentence = t.original.slice(s, e).trim();
    cache.set(s, sentence);
  }
  return sentence;
}
