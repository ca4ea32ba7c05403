/**
 * Headings as text dumps mark them: a line underlined with ==== or ---- (html2text, Markdown),
 * a line framed by stars or equals signs ("****** 标题 ******", "== 标题 =="), or a leading
 * "#". The marks are not text; the heading flag lets the title and body rules treat the line
 * as a heading, as they treat <h1>–<h6> in HTML.
 */
import { displayWidth } from "./display-width";

const RULE_LINE = /^([=\-~*_#])\1{2,}$/;
const FRAMED = /^([*=#]{2,})\s+(.+?)\s+\1$/;
const HASHED = /^#{1,6}\s+(\S.*)$/;

export function isRuleLine(text: string): boolean {
  return RULE_LINE.test(text.replace(/\s+/g, ""));
}

/** Longest line taken as a heading over an underline (a rule under a paragraph is a separator). */
const MAX_HEADING_WIDTH = 100;

/**
 * Whether `rule` underlines `above`: a rule line at least about as wide as the short text over
 * it (html2text draws some underlines across the whole width, and counts CJK columns its own way).
 */
export function underlines(rule: string, above: string): boolean {
  if (!isRuleLine(rule) || above === "" || isRuleLine(above)) return false;
  const w = displayWidth(above);
  return w <= MAX_HEADING_WIDTH && displayWidth(rule.trim()) >= Math.min(w - 3, w * 0.75);
}

/** A heading framed on both sides ("****** 标题 ******"): the marks close it, so no wrapped line goes on from it. */
export function isFramedHeading(text: string): boolean {
  return FRAMED.test(text);
}

/** The heading's text when the line is marked as a heading by itself, else null. */
export function markedHeading(text: string): string | null {
  return FRAMED.exec(text)?.[2] ?? HASHED.exec(text)?.[1] ?? null;
}
