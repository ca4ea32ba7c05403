/**
 * People named in a list with a person already found (捐赠人为丁健、李彦宏、沈南鹏、张磊;
 * 卢煜明(2016年)、施一公(2017年)): news lists people by name alone, and one accepted name makes
 * its neighbours names too when each is exactly a surname + given name. Only 、 and 和/与/及 join
 * a list; a parenthesis after an item (a year, an affiliation) is skipped.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import { CLAUSE_BREAK } from "./context";
import type { FoundName } from "./discover";
import { chineseNameAt } from "./names";

/** Confidence of a listed name: its neighbour vouches for it, but it has no title or verb of its own. */
export const LISTED_CONFIDENCE = 0.75;
const JOINERS = "、和与及";
const MAX_LIST = 40;

/** End of a parenthetical that starts at `at`, or `at` when there is none. */
function skipParenthesis(text: string, at: number): number {
  const open = text[at];
  if (open !== "(" && open !== "（") return at;
  const close = open === "(" ? ")" : "）";
  const e = text.indexOf(close, at);
  return e === -1 || e - at > 20 ? at : e + 1;
}

/** Start of a parenthetical that ends right before `at`, or `at` when there is none. */
function skipParenthesisBack(text: string, at: number): number {
  const close = text[at - 1];
  if (close !== ")" && close !== "）") return at;
  const open = close === ")" ? "(" : "（";
  const s = text.lastIndexOf(open, at - 1);
  return s === -1 || at - s > 20 ? at : s;
}

/** An item ends here: a joiner, a parenthesis, a clause break, 等, or the end. */
function itemEnds(text: string, at: number): boolean {
  const ch = text[at];
  return ch === undefined || JOINERS.includes(ch) || ch === "(" || ch === "（" || ch === "等" || CLAUSE_BREAK.test(ch) || ch === " ";
}

function nameEndingAt(text: string, end: number): { start: number; name: string } | null {
  for (const len of [3, 2, 4]) {
    const s = end - len;
    if (s < 0) continue;
    const zh = chineseNameAt(text, s);
    if (zh && zh.end === end && zh.strongSurname) return { start: s, name: zh.name };
  }
  return null;
}

/**
 * Names listed next to the given person spans, walking the list both ways. Known names (gazetteer
 * people) are returned too: the list confirms an ambiguous one (邓锋 among 吴鹰、徐小平).
 */
export function listedNames(t: ArticleText, personSpans: [number, number][]): FoundName[] {
  const text = t.simp;
  const out = new Map<string, FoundName>();
  const queue = personSpans.filter(([s, e]) => e > s);
  const visited = new Set(queue.map(([s]) => s));
  const add = (start: number, name: string, end: number) => {
    if (visited.has(start) || out.size >= MAX_LIST) return;
    visited.add(start);
    queue.push([start, end]);
    if (!out.has(name)) out.set(name, { type: "person", name, confidence: LISTED_CONFIDENCE, evidence: sentenceAt(t, start), at: start });
  };
  while (queue.length) {
    const [s, e] = queue.pop()!;
    // to the right: joiner, then a name that is a whole item
    const r = skipParenthesis(text, e);
    if (JOINERS.includes(text[r] ?? "")) {
      const zh = chineseNameAt(text, r + 1);
      if (zh && zh.strongSurname && itemEnds(text, zh.end)) add(r + 1, zh.name, zh.end);
    }
    // to the left: joiner, then a name that ends right before it
    if (s > 0 && JOINERS.includes(text[s - 1]!)) {
      const end = skipParenthesisBack(text, s - 1);
      const hit = nameEndingAt(text, end);
      if (hit) add(hit.start, hit.name, end);
    }
  }
  return [...out.values()];
}
