/**
 * Length-preserving folding for matching: full-width ASCII → half-width, Latin lower-cased,
 * middle dots unified, traditional → simplified. Offsets in the folded text are offsets in the
 * original, so snippets and roles can quote the page's own script.
 */
import { boundedMemo } from "../../text/bounded-memo";
import { toSimplified } from "../../text/script";

/** Anything foldWidth would change: most article text has none, and then it is returned as is. */
const NEEDS_FOLD = /[\uff01-\uff5e\u3000•・‧∙⋅]/;

/** What foldWidth changes, for one global replace: full-width ASCII, the ideographic space, middle dots. */
const FOLDABLE = /[\uff01-\uff5e\u3000•・‧∙⋅]/g;

function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  return code === 0x3000 ? " " : "·";
}

/**
 * Folds width and dots without changing length (case kept, for Latin names). Chinese punctuation
 * is full-width, so nearly every article folds: one replace that copies the runs between
 * punctuation costs a tenth of building the string a character at a time.
 */
export function foldWidth(text: string): string {
  if (!NEEDS_FOLD.test(text)) return text;
  return text.replace(FOLDABLE, foldChar);
}

/** ASCII lower-casing only (String#toLowerCase can change length for some letters). */
export function lowerAscii(text: string): string {
  // a scan of char codes, slicing only around upper-case runs: the regex with a callback per run
  // was a visible share of extraction on Latin-heavy articles
  let out = "";
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) continue;
    let j = i + 1;
    while (j < text.length && text.charCodeAt(j) >= 65 && text.charCodeAt(j) <= 90) j++;
    out += text.slice(last, i) + text.slice(i, j).toLowerCase();
    last = j;
    i = j - 1;
  }
  return last === 0 ? text : out + text.slice(last);
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
