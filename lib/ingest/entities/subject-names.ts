/**
 * Short company names news uses with no suffix and no market cue (国美, 途牛): a 2–4 character
 * run that opens a clause and is the subject of a business verb (国美宣布…, 途牛发布财报…), which
 * the article names again. One such clause with the name used three times, or two such clauses,
 * make a mention, and so does one funding round closed (X完成A轮融资); a single sighting of
 * another verb is only listed for review.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import { isHanAt, isClauseBreakAt } from "./context";
import type { FoundName, OrgSpan } from "./discover";
import { isPlaceName } from "./institution-names";
import { chineseNameAt, isCommonWord } from "./names";
import { isGenericStem, PHRASE_CHARS } from "./org-words";
import { wordHits, wordTable } from "./word-hits";

/** What only an organisation does in business news (发布财报, 宣布裁员, 股价下跌). */
const BUSINESS_VERBS = wordTable("宣布 推出 发布 公布 股价 营收 市值 收购 裁员 融资 门店 旗下 完成 获 在投资者 在回复投资者 回复投资者 在互动平台 晚间公告 发布公告 公告称 在公告中 在其官网 在官网 通过其官网 通过官网 在其官方网站 在官方网站 在其官方微博 在官方微博".split(" "));
/**
 * What only a listed company does (拓普集团|在投资者互动平台表示, 三花智控|在回复投资者提问时称, X|晚间公告):
 * its stock name is the subject, so once is enough, as for a funding round.
 */
const LISTED_CUE: ReadonlySet<string> = new Set(["在投资者", "在回复投资者", "回复投资者", "在互动平台", "晚间公告", "发布公告", "公告称", "在公告中"]);
/** What only an organisation has (X|在其官网公布, X|通过官方微博宣布): its own site speaks for it, so once is enough. */
const OFFICIAL_CUE: ReadonlySet<string> = new Set(["在其官网", "在官网", "通过其官网", "通过官网", "在其官方网站", "在官方网站", "在其官方微博", "在官方微博"]);
/** A funding round closed (完成数亿元A轮融资, 宣布完成新一轮融资): only a company does that, so once is enough. */
const FUNDING = /^(?:宣布)?(?:完成|获得?)[^，。；！？\n]{0,12}?轮融资|^(?:宣布)?完成[^，。；！？\n]{0,12}?融资/;
const RAISED = wordTable(["融资"]);
/**
 * A noun head that says what the funded name is (开发商|糖果星球|完成…, 写作工具|墨砚AI|完成…): with a
 * round raised, the name may start after it instead of opening the clause.
 */
const FUNDED_HEAD = /(?:开发商|运营商|公司|企业|创企|初创|独角兽|厂商|品牌|工具|平台)$/;
/** A product's kind right before its quoted name (编程工具“码途”, AI应用“小樱”). */
const PRODUCT_BEFORE_QUOTE = /(?:工具|应用|助手|产品|软件|游戏|App|APP|app|小程序)“[^“”]{1,12}”$/;
/** A Latin AI closing a Han brand (墨砚AI): part of the name, as in the start-ups' own names. */
const AI_TAIL = "AI";
/** An adverb or time word allowed between the subject and its verb (国美|此前已|宣布); 亦/均/却 as 也/则 (X亦|在公告中…: no name ends in them). */
const ADVERB_BEFORE = /(?:宣布|于|也|亦|均|却|还|已|将|则|又|同日|当日|当天|同天|晚间|盘后|再次|继续|持续|再度|陆续|相继|率先|正式|今日|近日|日前|此前|昨日|今天|昨天|随后|同时|首次|刚刚|上月|本月|上周|本周)+$/;
/**
 * A company's kind and 的 right before the subject (同为…品牌的|X|推出, 头部公司的|X|宣布): the head says what
 * the name is, so one sighting with any business verb is enough. Without 的 the word after a kind is as
 * often an adverb of the kind's own act (公司|先后|推出, 企业|密集|发布).
 */
const KIND_HEAD = /(?:品牌|公司|企业|厂商|开发商|运营商|创企|独角兽)的$/;
/** What a company has, not what it is named (企业的|联合团队|发布, 公司的|研发部门|推出). */
const PART_OF_COMPANY = /(?:团队|小组|部门|项目组|员工|人员|用户|客户|高管|股东|产品|业务)$/;
/**
 * Subjects that are not one organisation: times, pronouns, quantities, generic actors and
 * places or states (官方宣布, 今年推出, 两家公司, 美国发布).
 */
const NOT_A_NAME = /^(?:早间|晚间|午间|夜间|上午|下午|中午|凌晨|傍晚|盘前|今|昨|明|去|前|后|本|该|此|这|那|其|我|你|他|她|它|咱|双|两|三|多|各|某|每|全|首|新|旧|另|同|系列|官方|公司|企业|集团|平台|政府|监管|市场|用户|网友|媒体|记者|行业|业内|外界|机构|消息|报告|数据|目前|随后|同时|近日|日前|当天|会上|对此|因此|如今|未来|团队|厂商|品牌|对方|双方|国家|中央|地方|省|市|县|区|北美|欧洲|亚洲|全球|海外|国内|国外)/;
/**
 * A country opens a subject that is its state (美国发布, 中国政府宣布), or a company named after it
 * (中国中期发布公告, 日本央行宣布): only the first is no name. A union of states (欧盟, 联合国) is an
 * organisation acting, as the gold labels it.
 */
const COUNTRY_LEAD = /^(?:美国|中国|日本|韩国|英国|法国|德国|印度|俄罗斯)/;
/** Things that are launched or reported on, not who launches them (伺服器发布, 系列手机推出). */
const THING_ENDING = /(?:器|机|芯片|模型|产品|系列|设备|电脑|系统|软件|应用|功能|服务|版本|报告|项目|计划|政策|标准|数据|业绩|财报|年报|季报|公告|结果|名单|材料|文件|细则|指南|规则|办法|方案|声明|详情)$/;
/** A generic head with a word before it (有公司, 多家企业, 该机构): who, not which one. */
const GENERIC_HEAD = /^(?:[有另某多几各该此这那每本其]|[一二三四五六七八九十两几多数]家)(?:公司|企业|机构|厂商|券商|个股|上市公司)$/;
/** Verbs that take a company's figures as their object (，实现|营收…, 带动|股价…): the clause goes on, no subject opens it. */
const TAKES_FIGURES = /^(?:实现|录得|取得|创下|带动|拉动|推动|推高|拉低|提振|提升|增加|减少|贡献|达到|导致|影响|拖累)$/;
const MIN_TIMES_WITH_ONE_SUBJECT = 3;
/** A family named after one of its members (小温父母发布悬赏, 张某家属表示): people, not a company. */
const KIN_ENDING = /(?:父母|父亲|母亲|妻子|丈夫|家属|家人|儿子|女儿|爷爷|奶奶|姐姐|哥哥|弟弟|妹妹|一家)$/;

/** The run opens a clause: after punctuation or a space, or right after a date (2018年3月|小电宣布). */
function clauseOpens(text: string, s: number): boolean {
  if (s === 0 || isClauseBreakAt(text, s - 1) || text[s - 1] === " ") return true;
  return "年月日".includes(text[s - 1]!) && /\d/.test(text[s - 2] ?? "");
}

/** Non-overlapping sightings of `name` in `text`. */
export function countOf(text: string, name: string): number {
  let n = 0;
  for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + name.length)) n++;
  return n;
}

/** A city or province before the name opening the clause (上海|星垣数据完成…融资): where the company is, not part of its short name. */
function placeOpens(text: string, s: number): boolean {
  for (const len of [2, 3]) if (s - len >= 0 && isPlaceName(text.slice(s - len, s)) && clauseOpens(text, s - len)) return true;
  return false;
}

/** A short run that could be a company's name: no time, pronoun, place, thing, common word or person's name. */
export function plausibleShortName(name: string, numeralOk = false, funded = false): boolean {
  // a stock name may open with a numeral (三花智控, 五洲新春) when no counter follows it
  const numeralLed = numeralOk && name.length >= 4 && /^[一二三四五六七八九十][^家个款位名只批类种项大次年月日天届期成倍亿万千百]/.test(name);
  const country = COUNTRY_LEAD.exec(name);
  if (country) {
    // the country alone, or with a kind, a state body or a market after it (中国|政府, 美国|市场, 中国|企业), is no company
    const rest = name.slice(country[0].length);
    if (rest.length < 2 || NOT_A_NAME.test(rest) || isGenericStem(rest) || isCommonWord(rest) || THING_ENDING.test(rest)) return false;
  }
  // a thing raises no money: a four-character run ending in a thing's word that closes a round is a company (星垣数据)
  const thing = THING_ENDING.test(name) && !(funded && name.length === 4);
  if ((numeralLed ? NOT_A_NAME.test(name.slice(1)) : NOT_A_NAME.test(name)) || TAKES_FIGURES.test(name) || thing || GENERIC_HEAD.test(name) || KIN_ENDING.test(name) || PHRASE_CHARS.test(name) || isGenericStem(name) || isCommonWord(name) || isPlaceName(name)) return false;
  // a person announces too (张勇宣布): a surname with a name's length is left to the person rules
  const person = chineseNameAt(name, 0);
  return !(person && person.strongSurname && person.end === name.length);
}

const LISTED_AFTER = /^(?:\d{1,2}月\d{1,2}日|同日|当日|当天|同天|晚间|盘后|此前|日前|近日|随后|也|还|已|则|亦)*(?:在投资者|在回复投资者|回复投资者|在互动平台|晚间公告|发布公告|公告称|在公告中)/;
/** A listed company's act right after the name (X|此前在投资者互动平台表示): raises a single sighting found by its suffix. */
export function listedCueAfter(text: string, end: number): boolean {
  return LISTED_AFTER.test(text.slice(end, end + 14));
}

const CLOSING_QUOTE = /^[”」』]$/;

export function subjectNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const text = t.simp;
  const sites = new Map<string, number[]>();
  const funded = new Set<string>();
  // FUNDING needs 融资 inside the 20 characters it reads: the next 融资 of the shared pass says whether to try it
  const raised = wordHits(text, RAISED);
  let r = 0;
  for (const { at, word } of wordHits(text, BUSINESS_VERBS)) {
    while (r < raised.length && raised[r]!.at < at) r++;
    // the word pass stops at 发布, so 发布公告 (a listed company's filing) is read from there
    const listed = LISTED_CUE.has(word) || (word === "发布" && text.startsWith("公告", at + 2));
    const official = OFFICIAL_CUE.has(word);
    const raisedNear = r < raised.length && raised[r]!.at + 2 <= at + 20;
    const funding = ((word === "完成" || word === "宣布" || word === "获") && raisedNear && FUNDING.test(text.slice(at, at + 20))) || listed || official;
    if ((word === "完成" || word === "获") && !funding) continue;
    const adverb = ADVERB_BEFORE.exec(text.slice(Math.max(0, at - 6), at));
    // a quoted name (“柚青”|完成…融资) ends before its closing quote; quotes set off products too
    // (“码行”|宣布开放公测), so only a round raised names a company there
    const quoted = CLOSING_QUOTE.test(text[at - (adverb ? adverb[0].length : 0) - 1] ?? "");
    if (quoted && !funding) continue;
    // …but a product's name set off after what it is (工具“审码”获…融资) names the product, not its maker
    if (quoted && PRODUCT_BEFORE_QUOTE.test(text.slice(Math.max(0, at - (adverb ? adverb[0].length : 0) - 16), at - (adverb ? adverb[0].length : 0)))) continue;
    // a round raised, not a filing (平台|发布|公告称 is no name after a head)
    const round = funding && !listed && !official;
    let end = at - (adverb ? adverb[0].length : 0) - (quoted ? 1 : 0);
    // 墨砚AI|完成…: the Han stem is read as any name is, the tail kept on it
    const aiTail = round && text.startsWith(AI_TAIL, end - AI_TAIL.length) && !/[A-Za-z]/.test(text[end - AI_TAIL.length - 1] ?? "") ? AI_TAIL.length : 0;
    end -= aiTail;
    for (let len = 2; len <= 4; len++) {
      const s = end - len;
      if (s < 0 || !isHanAt(text, s) || !isHanAt(text, end - 1)) break;
      const headed = !quoted && KIND_HEAD.test(text.slice(Math.max(0, s - 4), s)) && !GENERIC_HEAD.test(text.slice(Math.max(0, s - 4), s).replace(/的$/, ""));
      if (!clauseOpens(text, s) && !headed && !(round && (FUNDED_HEAD.test(text.slice(Math.max(0, s - 3), s)) || placeOpens(text, s)))) continue;
      const name = text.slice(s, end + aiTail);
      if (taken.some((o) => o.start < end + aiTail && o.end > s)) break;
      if (plausibleShortName(text.slice(s, end), listed, round) && !(headed && PART_OF_COMPANY.test(name))) {
        if (funding || headed) funded.add(name);
        const list = sites.get(name);
        if (list) list.push(s);
        else sites.set(name, [s]);
      }
      break;
    }
  }
  const out: FoundName[] = [];
  for (const [name, at] of sites) {
    const times = countOf(text, name);
    if (times < 2 && !funded.has(name)) continue;
    const sure = funded.has(name) || at.length >= 2 || times >= MIN_TIMES_WITH_ONE_SUBJECT;
    out.push({ type: "company", name, confidence: sure ? 0.7 : 0.6, evidence: sentenceAt(t, at[0]!), at: at[0]! });
  }
  return out;
}
