/**
 * Trade bodies and promotion offices listed side by side (…协会、企业家精英协会，南共体市场工商协会，
 * 圣保罗商会、工业联盟、进出口商会，圣保罗投促局…等组织): each item is a whole run between list
 * separators ending in a body's kind word, and the list shape vouches for it, so a name with no place
 * or country before it (which the institution rules need) is read too. An item standing alone is not
 * taken here: without a sibling body the same run is as often a description (行业协会, 该联盟).
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import type { FoundName, OrgSpan } from "./discover";
import { isGenericStem, PHRASE_CHARS } from "./org-words";
import { wordHits, wordTable } from "./word-hits";

/** Kind words of bodies that come in lists: associations, chambers, alliances, promotion offices. */
const BODY_TABLE = wordTable(["工商协会", "行业协会", "协会", "商会", "联盟", "促进会", "贸促会", "投促局", "联合会", "研究会"]);
/** What separates list items (a clause mark, 、, a colon opening the list, or a joining word). */
const SEPARATOR = /[、，,；;：:。\n和与及]/;
/** What may follow the last item: a separator, 等, or the end. */
const ITEM_END = /^(?:[、，,；;。\n和与及]|等|$)/;
const LONGEST_ITEM = 12;

interface Item {
  start: number;
  end: number;
  name: string;
}

/** The whole list item ending with the kind word at [at, end), or null when the run is no whole item. */
function itemAt(text: string, at: number, end: number): Item | null {
  if (!ITEM_END.test(text.slice(end, end + 1))) return null;
  let s = at;
  while (s > 0 && at - s < LONGEST_ITEM && !SEPARATOR.test(text[s - 1]!)) s--;
  if (s > 0 && !SEPARATOR.test(text[s - 1]!)) return null;
  const stem = text.slice(s, at);
  if (stem.length < 2 || !/^[\u4e00-\u9fff]+$/.test(stem) || PHRASE_CHARS.test(stem) || isGenericStem(stem)) return null;
  return { start: s, end, name: text.slice(s, end) };
}

export function bodyListNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const text = t.simp;
  const items: Item[] = [];
  for (const { at, word } of wordHits(text, BODY_TABLE)) {
    const item = itemAt(text, at, at + word.length);
    if (item && !taken.some((o) => o.start < item.end && o.end > item.start)) items.push(item);
  }
  if (items.length === 0) return [];
  // a sibling: another body item, or an organisation already found, one separator away
  const ends = new Set<number>([...items.map((i) => i.end), ...taken.map((o) => o.end)]);
  const starts = new Set<number>([...items.map((i) => i.start), ...taken.map((o) => o.start)]);
  const out: FoundName[] = [];
  for (const it of items) {
    const sibling = (SEPARATOR.test(text[it.start - 1] ?? "") && ends.has(it.start - 1)) || (SEPARATOR.test(text[it.end] ?? "") && starts.has(it.end + 1));
    if (sibling) out.push({ type: "company", name: it.name, confidence: 0.75, evidence: sentenceAt(t, it.start), at: it.start });
  }
  return out;
}
