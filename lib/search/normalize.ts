/**
 * The one normalisation shared by the search index and search queries, so both sides always
 * agree: NFKC (full-width → half-width), Latin lower-cased, simplified script; then tokens are
 * single Han characters or runs of other letters/digits. The FTS5 table (unicode61 tokenizer)
 * is fed these tokens joined by spaces, and queries become phrases of the same tokens — so
 * 华为 is the two-token phrase "华 为" and matches wherever those characters are adjacent.
 */
import { toSimplified } from "../text/script";

/** Width, case and script folding; keeps length and whitespace roughly as they were. */
export function normalizeForSearch(text: string): string {
  return toSimplified(text.normalize("NFKC").toLowerCase());
}

// A Han character (including the CJK extension blocks and compatibility ideographs) is a token
// on its own; any other run of letters and digits is one word.
const TOKEN = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;
const HAN = /^\p{Script=Han}$/u;

/** Tokens of already-normalised text. */
export function tokensOfNormalized(normalized: string): string[] {
  return normalized.match(TOKEN) ?? [];
}

/** Tokens of raw text (normalises first). */
export function searchTokens(text: string): string[] {
  return tokensOfNormalized(normalizeForSearch(text));
}

/** The text written into the FTS5 table: tokens separated by single spaces. */
export function indexText(text: string): string {
  return searchTokens(text).join(" ");
}

export function isHanToken(token: string): boolean {
  return HAN.test(token);
}

/** Common CJK ideographs, lower-case ASCII letters, digits and space fold to themselves; skipping NFKC for them makes highlighting a long body several times cheaper. */
function foldsToItself(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x20;
}

export interface PositionedToken {
  token: string;
  /** Code-unit offsets into the original (un-normalised) text. */
  start: number;
  end: number;
}

/**
 * Tokens of `original` with their positions in it, for highlighting. `simplified` is the same
 * text already converted to simplified script (the article stores it); when its length differs
 * (a rare multi-character conversion) positions come from the simplified text itself.
 */
export function positionedTokens(original: string, simplified: string = toSimplified(original)): { text: string; tokens: PositionedToken[] } {
  const text = simplified.length === original.length ? original : simplified;
  const tokens: PositionedToken[] = [];
  // Fold each code point on its own (NFKC and case can change length: ﬁ → fi), keeping the
  // source offsets, then cut tokens from the folded stream.
  let folded = "";
  const offsets: number[] = [];
  let i = 0;
  for (const ch of simplified) {
    const f = foldsToItself(ch.charCodeAt(0)) ? ch : ch.normalize("NFKC").toLowerCase();
    for (let k = 0; k < f.length; k++) offsets.push(i);
    folded += f;
    i += ch.length;
  }
  offsets.push(i);
  for (const m of folded.matchAll(TOKEN)) {
    const s = m.index;
    const e = s + m[0].length;
    const start = offsets[s] ?? 0;
    let end = offsets[e] ?? i;
    if (end <= start) end = start + 1;
    tokens.push({ token: m[0], start, end });
  }
  return { text, tokens };
}
