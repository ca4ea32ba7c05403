/**
 * A person's employer named by the frame of their career: 任职于/就职于/供职于X closing a clause
 * (此前任职于毕马威。) and 在X从事 (此前在德勤中国从事咨询工作). Only an organisation is worked at
 * there, so a plausible name in the frame is one; 在X从事 also takes places and fields (在北京从事,
 * 在金融行业从事), so there X needs a Latin name, an organisation's suffix, a brand and a region
 * (德勤中国), or a second sighting in the article. A partner's post after a post verb
 * (曾任德勤中国合伙人) is held only at a firm, so the run between them is named the same way.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import type { FoundName, OrgSpan } from "./discover";
import { acceptable } from "./org-contexts";
import { ORG_SUFFIX } from "./org-words";
import { containsAny, wordTable } from "./word-hits";

const NAME = "([A-Z][A-Za-z0-9&.-]*(?: [A-Z][A-Za-z0-9&.-]*){0,2}|[\\u4e00-\\u9fff]{2,10}?)";
/** 任职于X and then the clause's end, or a span of time (期间, 多年). */
const WORKED_AT = new RegExp(`(?:任职于|就职于|供职于|受雇于)${NAME}(?=[，。；、,;）)]|$|期间|多年|至今)`, "gm");
/** (曾|此前)在X从事: the frame of a career, not of a place (在家从事 is a place too, and fails the checks). */
const WORKS_IN = new RegExp(`(?:曾|此前|之前|早年|曾经|先后)在${NAME}(?=从事)`, "g");
/** 曾任X合伙人: a partner's post (only a firm has partners) after a verb of holding a post. */
const PARTNER_AT = new RegExp(`(?:曾任|现任|历任|此前任|此前担任|曾担任|曾经担任|担任|出任)${NAME}(?=(?:高级|管理|执行|创始|主管)?合伙人)`, "g");
/** A brand and the region it serves (德勤中国, 普华永道香港): the firm's branch there. */
/** The words each frame cannot match without, looked up in the shared pass over the article (most articles hold none). */
const WORKED_AT_VERBS = wordTable(["任职于", "就职于", "供职于", "受雇于"]);
const WORKS_IN_CUE = wordTable(["从事"]);
const PARTNER_CUE = wordTable(["合伙人"]);
const BRAND_REGION = /^[\u4e00-\u9fff]{2,4}(?:中国|香港|亚太|大中华区|大中华)$/;
/** Who else one works at that is no name (政府部门, 高校), or a place (华尔街, 某区). */
const NOT_EMPLOYER = /^(?:政府|高校|企业|外企|国企|央企|银行|券商|投行|媒体|部门|机关|学校|医院|基层|家|家中|国外|海外|国内|本地|当地|行业|业内)|[街路区县市省村镇州]$/;

export function employerNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  const free = (s: number, e: number) => !taken.some((o) => o.start < e && o.end > s) && !out.some((f) => f.at < e && f.at + f.name.length > s);
  const add = (name: string, s: number) => out.push({ type: "company", name, confidence: 0.75, evidence: sentenceAt(t, s), at: s });
  for (const m of containsAny(text, WORKED_AT_VERBS) ? text.matchAll(WORKED_AT) : []) {
    const name = m[1]!;
    const s = m.index + m[0].length - name.length;
    if (NOT_EMPLOYER.test(name) || !acceptable(name) || !free(s, s + name.length)) continue;
    add(name, s);
  }
  for (const m of [...(containsAny(text, WORKS_IN_CUE) ? text.matchAll(WORKS_IN) : []), ...(containsAny(text, PARTNER_CUE) ? text.matchAll(PARTNER_AT) : [])]) {
    const name = m[1]!;
    const s = m.index + m[0].length - name.length;
    if (NOT_EMPLOYER.test(name) || !free(s, s + name.length)) continue;
    const plausible = /^[A-Za-z]/.test(name) || BRAND_REGION.test(name) || ORG_SUFFIX.test(name) || text.indexOf(name, s + name.length) !== -1 || text.lastIndexOf(name, s - 1) !== -1;
    if (!plausible || !(acceptable(name) || BRAND_REGION.test(name))) continue;
    add(name, s);
  }
  return out;
}
