/**
 * Universities no place anchors (西南X大学, 英国斯特林大学): a name of two to five characters before 大学
 * that opens its clause or follows a lead word (与, 由, 来自…), a country before it kept (中国X大学 is
 * the name), with the unit written right after it (X大学|智能采矿实验室) as its own entity. Words that describe a university
 * (名牌大学, 重点大学, 国外大学) and 大学 opening a longer word (大学生, 大学城) name none.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import { isHanAt, isClauseBreakAt } from "./context";
import type { FoundName, OrgSpan } from "./discover";
import { isGenericStem, LEAD_NOISE, PHRASE_CHARS } from "./org-words";
import { COUNTRIES, isPlaceName } from "./institution-names";

const DESCRIBES = /^(?:名牌|重点|知名|著名|顶尖|顶级|一流|国外|海外|国内|境外|本地|当地|综合性|研究型|普通|开放|老年|社区|网络|电视|广播|空中|企业|公办|民办|私立|公立|全日制|双一流|理工科|高水平|世界|全球|国际|中外|合作|新型|多所|部分|几所|一所|这所|那所)/;
/** 大学 opening a longer word: no university ends there. */
const WORD_GOES_ON = /^[生城里路校园期间毕学]/;
/** A unit written right after the university (X大学|智能采矿实验室); a school (X大学|地理科学学院) is read as the university itself. */
const UNIT_AFTER = /^[\u4e00-\u9fff]{2,10}?(?:实验室|研究院|研究所|研究中心)/;
/** The last lead word in the run: the name starts after it (该模型由|X大学, 研究团队来自|X大学). */
const LAST_LEAD = /^.*(?:由|与|和|及|在|对|向|从|据|经|同|跟|被|为|是|来自|包括|以及|联合|携手|毕业于|就读于|任职于)/;
/** A count or a pointer in the run (香港有三所大学, 多间本地大学, 该大学): which universities, not a name. */
const COUNTED = /^[一二三四五六七八九十两几多数每各某该本这那此]|[一二三四五六七八九十两几多数][所间家个]/;
/** Words no university's name holds: local, a verb of the clause before it (支持|本地大学, 刊登|加州大学, 作者系|…). */
const NOT_IN_NAME = /本地|当地|国内|海外|境外|支持|刊登|刊载|发表|资助|作者|系|访问|参观|走访|前往|来到|成立|创办|就读|毕业|任教|加入|联手|牵手|合作|邀请|代表|位于|包括/;
/** A verb before 大学 makes it the common noun (考上大学, 读大学). */
const VERB_END = /(?:考上|考入|考取|考进|就读|报考|进入|上|读|念|进|办|去|回|到)$/;

export function universityNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const out: FoundName[] = [];
  const text = t.simp;
  for (let k = text.indexOf("大学"); k !== -1; k = text.indexOf("大学", k + 2)) {
    const end = k + 2;
    if (WORD_GOES_ON.test(text.slice(end, end + 1))) continue;
    let s = k;
    while (s > k - 14 && isHanAt(text, s - 1) && !isClauseBreakAt(text, s - 1)) s--;
    const opens = s === 0 || !isHanAt(text, s - 1) || isClauseBreakAt(text, s - 1);
    if (!opens) continue;
    const last = LAST_LEAD.exec(text.slice(s, k));
    if (last) s += last[0].length;
    const lead = LEAD_NOISE.exec(text.slice(s, k));
    if (lead) s += lead[0].length;
    const stem = text.slice(s, k);
    if (stem.length < 2 || stem.length > 5 || isGenericStem(stem) || PHRASE_CHARS.test(stem) || DESCRIBES.test(stem) || isPlaceName(stem) || VERB_END.test(stem) || COUNTED.test(stem) || NOT_IN_NAME.test(stem)) continue;
    if (COUNTRIES.includes(stem) || taken.some((o) => o.start < end && o.end > s)) continue;
    const name = text.slice(s, end);
    const evidence = sentenceAt(t, s);
    out.push({ type: "company", name, confidence: 0.75, evidence, at: s });
    const unit = UNIT_AFTER.exec(text.slice(end, end + 14));
    if (unit && !PHRASE_CHARS.test(unit[0]) && !taken.some((o) => o.start < end + unit[0].length && o.end > end)) {
      out.push({ type: "company", name: name + unit[0], confidence: 0.75, evidence, at: s, parent: { name, slug: null } });
    }
  }
  return out;
}
