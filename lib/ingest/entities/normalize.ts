/**
 * Length-preserving folding for matching: full-width ASCII → half-width, Latin lower-cased,
 * middle dots unified, traditional → simplified. Offsets in the folded text are offsets in the
 * original, so snippets and roles can quote the page's own script.
 */
import { boundedMemo } from "../../text/bounded-memo";
import { toSimplified } from "../../text/script";

/** Anything foldWidth would change: most article text has none, and then it is returned as is. */
const NEEDS_FOLD = /[\uff01-\uff5e\u3000•・‧∙⋅]/;

/** Each code unit's folded form (full-width ASCII → half-width, ideographic space → space, dots → ·); 0 where it stays. */
const FOLD = new Uint16Array(65536);
for (let c = 0xff01; c <= 0xff5e; c++) FOLD[c] = c - 0xfee0;
FOLD[0x3000] = 0x20;
for (const d of "•・‧∙⋅") FOLD[d.charCodeAt(0)] = 0xb7;

/** Rebuilds a string from code units in slices (one fromCharCode call per slice, not one string per character). */
function fromCodes(codes: Uint16Array): string {
  let out = "";
  for (let i = 0; i < codes.length; i += 4096) out += String.fromCharCode.apply(null, codes.subarray(i, i + 4096) as unknown as number[]);
  return out;
}

/** Folds width and dots without changing length (case kept, for Latin names). */
export function foldWidth(text: string): string {
  if (!NEEDS_FOLD.test(text)) return text;
  // one table read per code unit: Chinese punctuation is full-width, so nearly every article folds
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    codes[i] = FOLD[c] || c;
  }
  return fromCodes(codes);
}

const HAS_UPPER = /[A-Z]/;

/** ASCII lower-casing only (String#toLowerCase can change length for some letters). */
export function lowerAscii(text: string): string {
  if (!HAS_UPPER.test(text)) return text;
  if (text.length < 64) return text.replace(/[A-Z]+/g, (m) => m.toLowerCase());
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    codes[i] = c >= 65 && c <= 90 ? c + 32 : c;
  }
  return fromCodes(codes);
}

/** toSimplified that keeps offsets: falls back to per-character conversion if a phrase rule changed length. */
export function simplifyAligned(text: string): string {
  const s = toSimplified(text);
  if (s.length === text.length) return s;
  let out = "";
  for (const ch of text) {
    const c = toSimplified(ch);
    out += c.length === ch.length ? c : ch;
  }
  return out;
}

/**
 * Key used for alias lookup: simplified, half-width, lower-case. Names repeat across articles and
 * a conversion costs more than a lookup, so keys are remembered.
 */
export const aliasKey = boundedMemo((alias) => lowerAscii(simplifyAligned(foldWidth(alias.trim()))), 20_000);
