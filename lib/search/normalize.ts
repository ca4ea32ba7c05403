/**
 * The one normalisation shared by the search index and search queries, so both sides always
 * agree: NFKC (full-width → half-width), Latin lower-cased, simplified script; then tokens are
 * single Han characters or runs of other letters/digits. The FTS5 table (unicode61 tokenizer)
 * stores terms made from these tokens (Han characters in pairs, lib/search/fts-terms.ts), and
 * queries become phrases of the same terms — so 华为 matches wherever those characters are
 * adjacent, in any script or width it was written.
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

export function isHanToken(token: string): boolean {
  return HAN.test(token);
}

export interface PositionedToken {
  token: string;
  /** Code-unit offsets into the original (un-normalised) text. */
  start: number;
  end: number;
}

const HAN_CHAR = /^\p{Script=Han}$/u;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/**
 * What a folded character is to the tokenizer (TOKEN above): 0 a separator, 1 part of a word,
 * 2 a Han token. The ranges first: the CJK Unified Ideographs of Unicode 1.1, a–z and 0–9 are
 * nearly every character of a Chinese article, and the regexes cost ~10× more per character.
 */
function classOf(cp: number, ch: string): 0 | 1 | 2 {
  if (cp >= 0x4e00 && cp <= 0x9fa5) return 2;
  if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39)) return 1;
  if (cp < 0x80) return 0;
  if (HAN_CHAR.test(ch)) return 2;
  return WORD_CHAR.test(ch) ? 1 : 0;
}

type Piece = readonly [string, 0 | 1 | 2];
/** Folded pieces of the characters outside the fast ranges (punctuation, full-width forms, rarer Han), by character; bounded because input is arbitrary. */
const foldCache = new Map<string, readonly Piece[]>();
const FOLD_CACHE_MAX = 20_000;

function foldedPieces(ch: string): readonly Piece[] {
  let pieces = foldCache.get(ch);
  if (pieces === undefined) {
    pieces = Array.from(ch.normalize("NFKC").toLowerCase(), (f): Piece => [f, classOf(f.codePointAt(0)!, f)]);
    if (foldCache.size < FOLD_CACHE_MAX) foldCache.set(ch, pieces);
  }
  return pieces;
}

/** Characters that NFKC and lower-casing leave as they are, so folding can be skipped. */
function foldsToItself(cp: number): boolean {
  return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39) || cp === 0x20;
}

/**
 * Tokens of `original` with their positions in it, for highlighting: the same tokens as
 * tokensOfNormalized(normalizeForSearch(original)). `simplified` is the same text already
 * converted to simplified script (the article stores it); when its length differs (a rare
 * multi-character conversion) positions come from the simplified text itself.
 *
 * One pass over the code points: each is folded on its own (NFKC and case can change length:
 * ﬁ → fi), and a token's end is the offset of the character that follows it; a token that ends
 * inside one character's folding still covers that character.
 */
export function positionedTokens(original: string, simplified: string = toSimplified(original)): { text: string; tokens: PositionedToken[] } {
  const text = simplified.length === original.length ? original : simplified;
  const tokens: PositionedToken[] = [];
  let word = "";
  let wordStart = 0;
  const span = (start: number, end: number) => (end <= start ? start + 1 : end);
  const endWord = (at: number) => {
    if (word === "") return;
    tokens.push({ token: word, start: wordStart, end: span(wordStart, at) });
    word = "";
  };
  // A Han token waits for the offset of whatever follows it.
  let han = null as PositionedToken | null;
  const take = (ch: string, kind: 0 | 1 | 2, at: number) => {
    if (han) {
      han.end = span(han.start, at);
      han = null;
    }
    if (kind === 1) {
      if (word === "") wordStart = at;
      word += ch;
      return;
    }
    endWord(at);
    if (kind === 2) {
      han = { token: ch, start: at, end: at };
      tokens.push(han);
    }
  };
  let i = 0;
  while (i < simplified.length) {
    const cp = simplified.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    const ch = simplified.slice(i, i + len);
    if (foldsToItself(cp)) take(ch, classOf(cp, ch), i);
    else for (const [f, kind] of foldedPieces(ch)) take(f, kind, i);
    i += len;
  }
  if (han) han.end = span(han.start, i);
  endWord(i);
  return { text, tokens };
}
