/**
 * A head of state or government named before the office, as Chinese news writes its leaders
 * (6月，X主席对俄进行国事访问; X总理访华): a Chinese name from the surname table at a clause start,
 * right before one of the highest offices, and then what the office-holder does. The office
 * after the name and the act after the office vouch for it; no organisation is implied.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import { isClauseBreakAt } from "./context";
import type { FoundName, OrgSpan, PersonSpan } from "./discover";
import { chineseNameAt, isCommonWord, isParty } from "./names";
import { wordHits, wordProduct, wordTable } from "./word-hits";

const OFFICE = "(?:副)?(?:主席|总理|总统|首相|总书记|委员长|国务卿)";
/** OFFICE's words, read in the shared pass over the article (word-hits), not by a scan of the whole text of its own. */
const OFFICE_START = wordTable(wordProduct(["副", ""], ["主席", "总理", "总统", "首相", "总书记", "委员长", "国务卿"]));
/** …and what the office-holder does right after it. */
const OFFICE_AFTER = new RegExp(`${OFFICE}(?=对|在|于|向|同|与|会见|会晤|访|出访|抵达|出席|表示|指出|强调|宣布|签署|发表|致|主持|率|就|将|也|还|曾|亲自)`, "y");
/** Places and sides that stand before an office as a name would (韩国总统, 我方总理, 该国首相). */
const NOT_A_HOLDER_END = /[国省市县区州方届任时代副前新]$/;

export function namesBeforeOffices(t: ArticleText, orgs: OrgSpan[], people: PersonSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  for (const { at: office } of wordHits(text, OFFICE_START)) {
    for (const len of [3, 2]) {
      const s = office - len;
      if (s < 0 || !(s === 0 || isClauseBreakAt(text, s - 1))) continue;
      const zh = chineseNameAt(text, s);
      if (!zh || !zh.strongSurname || zh.end !== office || isParty(zh.name) || isCommonWord(zh.name) || NOT_A_HOLDER_END.test(zh.name)) continue;
      if (orgs.some((o) => o.start < office && o.end > s) || people.some((p) => p.start < office && p.end > s)) continue;
      OFFICE_AFTER.lastIndex = office;
      if (!OFFICE_AFTER.test(text)) continue;
      out.push({ type: "person", name: zh.name, confidence: 0.75, evidence: sentenceAt(t, s), at: s });
    }
  }
  return out;
}
