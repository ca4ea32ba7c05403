/**
 * Farmers' cooperatives named in full (修水县宁红茶叶专业合作社, 长兴县吕山乡湖羊养殖专业合作社, 绿野农业合作社):
 * 合作社 ends nothing but a cooperative, and news names one by its place, its produce and 专业. The name
 * runs back to the clause's start or the last function word or verb before it; a stem that only says
 * what kind (农民专业合作社, 农村合作社, 该合作社, 当地合作社) names none.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import { isHanAt, isClauseBreakAt } from "./context";
import type { FoundName, OrgSpan } from "./discover";
import { isGenericStem, LEAD_NOISE, PHRASE_CHARS } from "./org-words";

const KIND = "合作社";
/** The last function word, verb or pointer before the name (采购方为|…, 当地|…, 联合|…). */
const COOP_LEAD = /^.*(?:包括|以及|和|与|及|由|在|是|为|等|的|了|当地|本地|联合|携手|来自|通过|向|对|把|被|从|到|给|加入|成立|组建|牵头)/;
/** What only describes a cooperative: who is in it, what kind or where in general (农民专业, 农村信用, 村级). */
const KIND_WORDS = /^(?:(?:农民|农村|农业|村级|乡村|村民|专业|信用|供销|股份|经济|社区|家庭|新型|各类|各级|一家|多家|这家|该|本|其)+)$/;
/** A count or a pointer in the run (喀什一家|合作社, 多家, 某): which cooperative is not said. */
const COUNTED = /[一两几多某这那该每各此\d]/;
const CONFIDENCE = 0.8;

export function cooperativeNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  for (let k = text.indexOf(KIND); k !== -1; k = text.indexOf(KIND, k + KIND.length)) {
    let s = k;
    while (s > k - 18 && isHanAt(text, s - 1) && !isClauseBreakAt(text, s - 1)) s--;
    const lead = COOP_LEAD.exec(text.slice(s, k));
    if (lead) s += lead[0].length;
    const noise = LEAD_NOISE.exec(text.slice(s, k));
    if (noise) s += noise[0].length;
    // 非 before the name negates it (非|益民村经济合作社|社员: those outside the cooperative), the name starts after it
    if (text[s] === "非") s++;
    const stem = text.slice(s, k);
    if (stem.length < 2 || PHRASE_CHARS.test(stem) || COUNTED.test(stem) || KIND_WORDS.test(stem) || isGenericStem(stem.replace(/专业$/, ""))) continue;
    const end = k + KIND.length;
    if (taken.some((o) => o.start < end && o.end > s)) continue;
    out.push({ type: "company", name: text.slice(s, end), confidence: CONFIDENCE, evidence: sentenceAt(t, s), at: s });
  }
  return out;
}
