/**
 * People introduced by their age (现年45岁的X, 今年62岁的X): news gives a person's age, never an
 * organisation's or a word's, so the name after it is a person's when the surname table reads one
 * there and the clause goes on after it.
 */
import { sentenceAt, type ArticleText } from "./article-text";
import type { FoundName, OrgSpan, PersonSpan } from "./discover";
import { chineseNameAt, isParty } from "./names";

const AGED = /(?:现年|今年|年仅|已经|年近|年逾)\s?[\d一二三四五六七八九十]{1,3}(?:岁|周岁)(?:的|高龄的)/g;
/** What may follow such a name: a verb of being or doing, a break, or a preposition. */
const AFTER = /^(?:[，。；、是在曾已也还将从于对和与为因说称]|表示|认为|指出|介绍|透露|坦言|直言|出任|担任|毕业|拥有|创办|创立|加入)/;

export function agedNames(t: ArticleText, orgs: OrgSpan[], people: PersonSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  if (!text.includes("岁")) return out;
  for (const m of text.matchAll(AGED)) {
    const at = m.index + m[0].length;
    if (people.some((p) => p.start === at) || orgs.some((o) => o.start < at + 2 && o.end > at)) continue;
    const zh = chineseNameAt(text, at);
    if (!zh || !zh.strongSurname || isParty(zh.name) || zh.name.includes("某") || !AFTER.test(text.slice(zh.end, zh.end + 2))) continue;
    out.push({ type: "person", name: zh.name, confidence: 0.75, evidence: sentenceAt(t, at), at });
  }
  return out;
}
