/**
 * A name in apposition after its kind that opens a contrast (机器人企业|灵犀工业|则将…, 长沙品牌|
 * 茶颜悦色|，此前也…): the kind word says an organisation follows, and 则/也/还 right after the run (or
 * after the comma that closes it) say the run is the clause's subject, so it ends there. The kind
 * needs a word before it (机器人企业, 另一家厂商): a bare 企业 opening the clause is itself the subject
 * (企业也…). Once is enough: the kind and the contrast together are what a sentence says of another
 * company, and the run must still read as a name (no common word, time, pronoun, place or field).
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import { isHan, CLAUSE_BREAK } from "./context";
import type { FoundName, OrgSpan } from "./discover";
import { acceptable, brandThenField } from "./org-contexts";
import { ORG_SUFFIX } from "./org-words";
import { plausibleShortName } from "./subject-names";

/** The kind, the run, then the contrast (则 | 也 | 还 | 亦), perhaps after a comma and a time word. */
const HEADED = /(?:企业|品牌|公司|厂商|车企|药企|创企)([\u4e00-\u9fff]{2,6}?)(?=[则也还亦]|[，,](?:此前|此外|目前|同样|同时|如今|早前)?[则也还亦])/g;
/** A particle opening the run (企业|之战): the kind word was a noun of the phrase, no head. */
const LEAD_PARTICLE = /^[之的地得]/;
/** The run's last character and 则 make a word (规则, 原则, 准则): the contrast is not there. */
const ZE_WORD = /[规原准法细否守总]$/;
/** The adverb and what follows make a word (还是, 也许, 还有): no contrast opens there. */
const ADVERB_WORD = /^(?:[，,](?:此前|此外|目前|同样|同时|如今|早前)?)?(?:还是|还有|也许|也是|则是)/;
/** Words that end a person's role or a part of a company, not a name (负责人, 核心团队, 客户). */
const NOT_AN_ORG_END = /(?:人|者|们|方|度|性|率|力|量|感|值|额|团队|客户|部门|员工|产品|业务|股价|估值|规模|品质)$/;

export function headedSubjectNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  for (const m of text.matchAll(HEADED)) {
    const name = m[1]!;
    const s = m.index + m[0].length - name.length;
    const prev = text[m.index - 1];
    if (prev === undefined || !isHan(prev) || CLAUSE_BREAK.test(prev)) continue;
    if (taken.some((o) => o.start < s + name.length && o.end > s)) continue;
    const end = s + name.length;
    if ((text[end] === "则" && ZE_WORD.test(name)) || ADVERB_WORD.test(text.slice(end, end + 6))) continue;
    const stem = name.replace(ORG_SUFFIX, "");
    // a brand and its trade (灵犀|工业) reads as one name as well as a bare brand (茶颜悦色)
    if (LEAD_PARTICLE.test(name) || NOT_AN_ORG_END.test(name) || !(acceptable(name) || brandThenField(name)) || !plausibleShortName(stem.length >= 2 ? stem : name)) continue;
    out.push({ type: "company", name, confidence: 0.7, evidence: sentenceAt(t, s), at: s });
  }
  return out;
}
