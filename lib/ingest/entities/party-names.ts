/**
 * Political parties named by their common Chinese names (保守党, 工党, 民主党, 国民党…): news names
 * them as actors and as the body behind a post (前保守党党魁X, 执政党基民党的人权发言人), so a
 * post's holder needs them as organisations before titles are read. The list is general political
 * vocabulary. 共产党 is left out: it mostly stands inside event and body names (中国共产党第X次全国
 * 代表大会) that are not the party itself as an actor.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import { isHanAt } from "./context";
import type { FoundName, OrgSpan } from "./discover";
import { wordHits, wordTable } from "./word-hits";

/** The parties' names, looked up in the shared pass over the article (word-hits), not a scan of the whole text of its own (earlier words win where two start, as in an alternation). */
const PARTIES = wordTable(["自由民主党", "民主党", "共和党", "保守党", "工党", "自由党", "自民党", "基民党", "社民党", "绿党", "国民党", "民进党", "社会党", "基社盟"]);
/** What may stand right before a party's name: a side, a tenure, a linking word or another party (执政党|基民党). */
const BEFORE = /[是的和与及、前由对在为了被让将从向同而但或党国即原]$/;
/** A party's name followed by these is a member, a faction or a committee (民主党派, 工党党员 is fine, 国民党员 is not the party). */
const AFTER = /^[员人派籍性内外委支团]/;

export function partyNames(t: ArticleText, orgs: OrgSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  for (const { at: s, word } of wordHits(text, PARTIES)) {
    const e = s + word.length;
    if (isHanAt(text, s - 1) && !BEFORE.test(text.slice(s - 1, s))) continue;
    if (AFTER.test(text.slice(e, e + 1))) continue;
    if (orgs.some((o) => o.start < e && o.end > s)) continue;
    out.push({ type: "company", name: word, confidence: 0.8, evidence: sentenceAt(t, s), at: s });
  }
  return out;
}
