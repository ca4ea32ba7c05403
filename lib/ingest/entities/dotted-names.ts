/**
 * A foreign name of three dotted parts whose last part the article then uses alone, again and again
 * (巴基斯坦女孩阿尔法·卡里姆·拉德哈瓦… 拉德哈瓦成为… 拉德哈瓦向盖茨提问): where the dotted name stands after
 * a plain noun, not a title, its first part's start cannot be told, but the last part used alone
 * at least twice more is how the article names that person.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import type { FoundName, OrgSpan, PersonSpan } from "./discover";
import { isCommonWord } from "./names";
import { ADMIN_AREA, ORG_SUFFIX, PHRASE_CHARS } from "./org-words";
import { containsAny, wordTable } from "./word-hits";

/** The middle dot, looked up in the shared pass over the article rather than scanned for. */
const DOT_MARK = wordTable(["·"]);

/** A dot, then a run of Han characters: the last part of a dotted name and what follows it. */
const LAST_PART = /·([\u4e00-\u9fff]{2,10})/g;
const USES_ALONE = 2;
const TWO_PARTS_BEFORE = /[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,6}·$/;
const AFTER_NAME = /[的说在是和与向被曾也已将对称表等]/;
const PLACE_BEFORE_DOT = /(?:国|省|市|州|县|区|岛|港|城|镇|村)$/;

export function dottedLastParts(t: ArticleText, orgs: OrgSpan[], people: PersonSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  if (!containsAny(text, DOT_MARK)) return out;
  const seen = new Set<string>();
  for (const m of text.matchAll(LAST_PART)) {
    const s = m.index + 1;
    // the following part is itself dotted (阿尔法·|卡里姆|·拉德哈瓦): the last one is read at its own dot
    if (text[s + m[1]!.length] === "·") continue;
    // two dots before the last part (X·Y·Z): one dot also joins slogans, places and events (中国网事·感动2011, 东京·银座)
    if (!TWO_PARTS_BEFORE.test(text.slice(Math.max(0, s - 16), s))) continue;
    // a book or programme title (《外交·大家谈》) is no name
    if (text.lastIndexOf("《", s) > text.lastIndexOf("》", s)) continue;
    // a place before the dot (中国·杭州, 法国·巴黎) makes a dateline or an event's name, not a person's
    if (PLACE_BEFORE_DOT.test(text.slice(Math.max(0, s - 4), s - 1))) continue;
    for (let len = Math.min(6, m[1]!.length); len >= 2; len--) {
      const name = m[1]!.slice(0, len);
      if (seen.has(name) || PHRASE_CHARS.test(name) || isCommonWord(name) || ORG_SUFFIX.test(name) || ADMIN_AREA.test(name)) continue;
      if (orgs.some((o) => o.start < s + len && o.end > s) || people.some((p) => p.start < s + len && p.end > s)) break;
      // the part must end where the name does: a mark, a digit or a particle, not more Han of a word (重庆·西南|大学)
      const next = text[s + len] ?? "";
      if (/[\u4e00-\u9fff]/.test(next) && !AFTER_NAME.test(next)) continue;
      let alone = 0;
      for (let k = text.indexOf(name); k !== -1; k = text.indexOf(name, k + 1)) if (text[k - 1] !== "·") alone++;
      if (alone < USES_ALONE) continue;
      seen.add(name);
      out.push({ type: "person", name, confidence: 0.75, evidence: sentenceAt(t, s), at: s });
      break;
    }
  }
  return out;
}
