/**
 * A round's only investor named after the head that says so (投资方包括X。, 投资方为X。): a list of one
 * has no 、 or 和 to find it by. Read only where the name ends in an investor's word (资本, 创投,
 * 建投, 基金, 投资 …), since a single item after a head may as well be a kind or a person.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import type { FoundName, OrgSpan } from "./discover";
import { PHRASE_CHARS } from "./org-words";
import { containsAny, wordTable } from "./word-hits";

/** The investor words, looked up in the shared pass over the article rather than scanned for. */
const INVESTOR_WORDS = wordTable(["投资方", "投资机构", "参投方", "领投方", "战略投资者", "出资方"]);

const HEAD = /(?:投资方|投资机构|参投方|领投方|战略投资者|出资方)(?:包括|为|是|系)/g;
const SOLE_ITEM = /([\u4e00-\u9fff]{2,8}?)(?=[，。；,;！？!?]|$)/y;
/** Words an investor's name ends with (general vocabulary of the trade). */
const INVESTOR_ENDING = /(?:资本|创投|基金|投资|建投|产投|国投|城投|科投|高投|资管|控股|集团)$/;
/** Kinds of investor, not one (多家机构, 国资基金, 产业资本). */
const KIND_LEAD = /^(?:多家|数家|多个|知名|国资|国有|产业|地方|政府|市场化|头部|老股东|新股东|一家|该|其|相关)/;

export function soleInvestorNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  if (!containsAny(text, INVESTOR_WORDS)) return out;
  for (const m of text.matchAll(HEAD)) {
    const at = m.index + m[0].length;
    SOLE_ITEM.lastIndex = at;
    const item = SOLE_ITEM.exec(text);
    if (!item) continue;
    const name = item[1]!;
    if (!INVESTOR_ENDING.test(name) || KIND_LEAD.test(name) || PHRASE_CHARS.test(name) || name.length < 4) continue;
    if (taken.some((o) => o.start < at + name.length && o.end > at)) continue;
    out.push({ type: "company", name, confidence: 0.75, evidence: sentenceAt(t, at), at });
  }
  return out;
}
