/**
 * Companies heading the items of a news brief (公告速递, 盘中资讯, 早报): 「当升科技：…。金陵药业：
 * …。运达股份：…」. Each item opens with the company's name and a colon, and the items repeat that
 * shape, so the list vouches for each name where one item alone would be a heading or a speaker.
 * A name with an organisation's suffix counts once two such items stand in the article; a name with
 * no suffix (伊戈尔：) only beside three suffixed ones and when its own item is business news.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import { charBefore, isHanAt } from "./context";
import type { FoundName, OrgSpan } from "./discover";
import { isGenericStem, PHRASE_CHARS } from "./org-words";
import { plausibleShortName } from "./subject-names";

/**
 * Endings of companies' short names (当升科技, 金陵药业, 运达股份). Endings a field or a theme also
 * takes (智能, 网络, 数据, 医疗, 中心) are left out: a section heading 「具身智能：」 is no company.
 */
const COMPANY_TAIL = /(科技|资本|集团|高科|证券|创投|控股|银行|传媒|股份|药业|医药|锂能|新材|制药|电气|能源|材料|化工|重工|电力|环保|地产|置业|物流|光电|通信|食品|实业|矿业|钢铁|航空|机械|装备|电器|家居|建设|精工|电子|软件|汽车|半导体|生物)$/;
/** What an item says when it is business news (中标价7亿元, 增持, 收购控股子公司). */
const BUSINESS_ITEM = /万元|亿元|股份|股权|增持|减持|中标|收购|子公司|合同|公告|净利|营收|回购|定增|签署|签订/;
const ITEM_HEAD = /^[\u4e00-\u9fff]{2,8}$/;
/** Heads that name the brief itself, not a company in it (午间公告：, 今日快讯：). */
const BRIEF_LABEL = /(公告|快讯|消息|资讯|要闻|速递|早报|晚报|提示|汇总|点评|导读|摘要|关注|看点)$/;
const MIN_SUFFIXED_ITEMS = 2;
const MIN_SIBLINGS_FOR_BARE = 3;
const MENTION_LEVEL = 0.7;

interface Item {
  name: string;
  at: number;
  suffixed: boolean;
  /** The item's text up to its sentence's end. */
  body: string;
}

function itemsOf(text: string): Item[] {
  const items: Item[] = [];
  for (let colon = nextColon(text, 0); colon !== -1; colon = nextColon(text, colon + 1)) {
    let s = colon;
    while (s > colon - 8 && isHanAt(text, s - 1)) s--;
    const before = charBefore(text, s);
    // the head opens its sentence or clause (after 。；，, a line break, or the text's start)
    if (s !== 0 && before !== undefined && !"。；;，,！？!?\n ".includes(before)) continue;
    const name = text.slice(s, colon);
    if (!ITEM_HEAD.test(name) || PHRASE_CHARS.test(name)) continue;
    const tail = COMPANY_TAIL.exec(name)?.[0];
    const suffixed = tail !== undefined && name.length > tail.length && !isGenericStem(name.slice(0, -tail.length));
    const stop = text.slice(colon + 1).search(/[。！？!?\n]/);
    items.push({ name, at: s, suffixed, body: text.slice(colon + 1, stop === -1 ? undefined : colon + 1 + stop) });
  }
  return items;
}

function nextColon(text: string, from: number): number {
  const a = text.indexOf("：", from);
  const b = text.indexOf(":", from);
  return a === -1 ? b : b === -1 ? a : Math.min(a, b);
}

export function briefListNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const text = t.simp;
  if (!text.includes("：") && !text.includes(":")) return [];
  const items = itemsOf(text);
  const suffixed = items.filter((i) => i.suffixed);
  if (new Set(suffixed.map((i) => i.name)).size < MIN_SUFFIXED_ITEMS) return [];
  const out: FoundName[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const end = item.at + item.name.length;
    if (seen.has(item.name) || taken.some((o) => o.start < end && o.end > item.at)) continue;
    // a bare head in the headline is the brief's own label more often than a company
    const inBody = item.at >= (t.partStarts[1] ?? 0);
    const bare = !item.suffixed && inBody && suffixed.length >= MIN_SIBLINGS_FOR_BARE && item.name.length <= 4 && !BRIEF_LABEL.test(item.name) && BUSINESS_ITEM.test(item.body) && plausibleShortName(item.name);
    if (!item.suffixed && !bare) continue;
    seen.add(item.name);
    out.push({ type: "company", name: item.name, confidence: MENTION_LEVEL, evidence: sentenceAt(t, item.at), at: item.at });
  }
  return out;
}
