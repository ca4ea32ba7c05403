/**
 * Ministries and state bodies of the State Council that reforms (1998–2018) merged or renamed:
 * news of their years names them bare (卫生部, 铁道部, 质检总局) and the gazetteer holds the bodies
 * of today. A list of the central government's former bodies is general vocabulary, as the
 * provinces are; each is a body wherever it stands, unless the word goes on (卫生部门, 农业部分,
 * 建设部署) or may be a company's own department.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import { isHanAt } from "./context";
import type { FoundName, OrgSpan } from "./discover";
import { overlapsAny } from "./spans";
import { wordHits, wordTable } from "./word-hits";

/** Longer forms first: at one position the earlier word of a table wins. */
const FORMER_BODIES = [
  "劳动和社会保障部", "对外贸易经济合作部", "国家环境保护总局", "国家质量监督检验检疫总局", "国家工商行政管理总局", "国家广播电影电视总局",
  "国家安全生产监督管理总局", "国家食品药品监督管理总局", "国家人口和计划生育委员会", "国家发展计划委员会", "国家经济贸易委员会",
  "国防科学技术工业委员会", "国家新闻出版广电总局", "国土资源部", "环境保护部", "信息产业部", "卫生部", "铁道部", "农业部", "文化部",
  "建设部", "外经贸部", "国家环保总局", "环保部", "国家质检总局", "质检总局", "国家工商总局", "工商总局",
  "国家广电总局", "广电总局", "国家安监总局", "安监总局", "新闻出版总署", "国家计委", "国家经贸委", "国防科工委", "国家人口计生委",
  "人口计生委", "国家卫生计生委", "国家卫计委", "卫计委",
];
const TABLE = wordTable(FORMER_BODIES);
/** The word goes on: 部门 (a department), 部分 (a part), 部署 (to deploy), 部位, 部落, 部件, 部队, 部属. */
const GOES_ON = /^[门分署位落件队属]/;
/**
 * Names that are also a company's department (企业文化部, 工程建设部): only after a lead, a joiner
 * or no Han character. (人事部, 监察部 and 劳动部 are left out: a company's 人事部 far outnumbers them.)
 */
const ALSO_A_DEPARTMENT: ReadonlySet<string> = new Set(["文化部", "建设部"]);
const LEADS_OK = /(?:原|前|国家|中国|我国|由|和|与|及|在|据|经|向|对|被|将|让|是|为|从|同|跟|并|曾|联合|会同)$/;
const LEADS_OR_PARTICLE = new RegExp(`${LEADS_OK.source}|[着了过的等]$`);

export function formerMinistryNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  for (const { at, word } of wordHits(text, TABLE)) {
    const end = at + word.length;
    if (GOES_ON.test(text.slice(end, end + 1)) && word.endsWith("部")) continue;
    // a Han character before may make it a unit of another body (总后|卫生部): only a lead, a joiner or a particle may stand there
    if (at > 0 && isHanAt(text, at - 1) && !(ALSO_A_DEPARTMENT.has(word) ? LEADS_OK : LEADS_OR_PARTICLE).test(text.slice(Math.max(0, at - 4), at))) continue;
    // the short form of a body the article also names whole (质检总局 beside 国家质检总局) is that body, found whole elsewhere
    if (!word.startsWith("国家") && text.includes(`国家${word}`)) continue;
    if (overlapsAny(taken, at, end)) continue;
    out.push({ type: "company", name: word, confidence: 0.75, evidence: sentenceAt(t, at), at });
  }
  return out;
}
