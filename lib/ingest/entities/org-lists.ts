/**
 * Organisations read from their company in the sentence rather than from a suffix: items of a
 * 、-list whose siblings are known organisations or whose tail says what they are (博通、英伟达、
 * 飞思卡尔等芯片厂商; 街电、小电、怪兽、来电4家头部企业), and a name set after a noun head in
 * apposition (监测平台Trustdata, 电商平台考拉，).
 */
import type { ArticleText } from "./article-text";
import { sentenceAt, sentenceSpan } from "./article-text";
import { isHan, isHanAt, isClauseBreakAt } from "./context";
import type { FoundName, OrgSpan } from "./discover";
import { GENERIC_LATIN, isGenericStem, LEAD_NOISE, ORG_SUFFIX, PHRASE_CHARS, TRADE_TAIL } from "./org-words";
import { containsAny, wordHits, wordTable } from "./word-hits";
import { isPlaceName } from "./institution-names";
import { chineseNameAt, isCommonWord } from "./names";
import { plausibleShortName } from "./subject-names";

/** What the list's tail calls its items (等多家芯片厂商, 4家头部企业, 等个股): organisations, not places or people. */
const LIST_TAIL_KIND = /^(?:(?:联合)?(?:领投|跟投|参投)|等(?:机构|投资方)?(?:联合)?(?:领投|跟投|参投))|^(?:等)?(?:[\d一二三四五六七八九十两几多数]+家)?[^\s,.;:!?、，。；：地国城省市的]{0,4}?(企业|公司|厂商|机构|巨头|银行|券商|资管公司|基金公司|大厂|创业公司|独角兽|服务商|供应商|运营商|个股|概念股|权重股|股票|品牌|股东|投资方)(?![家主界级管化内])/;
/** What the list's head calls its items (投资方包括A、B; 股东有A、B): organisations. */
const LIST_HEAD_KIND = /(投资方|投资机构|投资人|股东|合作伙伴|合作方|参投方|客户|老股东|新股东|战略投资者)(?:包括|有|为|是|涵盖)/;
/** Whether at least two spans lie inside [s, e), over the spans sorted by start: a binary search, not a pass over every span per clause. */
function twoInside(byStart: OrgSpan[], s: number, e: number): boolean {
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byStart[mid]!.start < s) lo = mid + 1;
    else hi = mid;
  }
  let n = 0;
  for (let k = lo; k < byStart.length && byStart[k]!.start <= e; k++) if (byStart[k]!.end <= e && ++n === 2) return true;
  return false;
}

/**
 * The known spans indexed for the questions each list item asks (is a span ending here inside me?
 * does one start where I start?): an article's lists ask hundreds of times, and each question was a
 * pass over every span found so far.
 */
interface SpanIndex {
  byStart: OrgSpan[];
  /** Latest start of a span ending at each offset. */
  latestStartByEnd: Map<number, number>;
  endsByStart: Map<number, number[]>;
}

function spanIndex(taken: OrgSpan[]): SpanIndex {
  const latestStartByEnd = new Map<number, number>();
  const endsByStart = new Map<number, number[]>();
  for (const o of taken) {
    const latest = latestStartByEnd.get(o.end);
    if (latest === undefined || o.start > latest) latestStartByEnd.set(o.end, o.start);
    const ends = endsByStart.get(o.start);
    if (ends) ends.push(o.end);
    else endsByStart.set(o.start, [o.end]);
  }
  return { byStart: [...taken].sort((a, b) => a.start - b.start), latestStartByEnd, endsByStart };
}

/** Cheap test that a clause may hold a tail or head that names its items. */
const LIST_HINT = /等|家|投|包括|股东|合作|客户|涨|跌|封板/;
/** Where the first item starts inside its clause: after a lead word (包括|先锋领航, 其中|街电). */
const FIRST_ITEM_LEAD = /^.*(?:包括|其中|例如|比如|诸如|像是|如|像|有|与|和|及|对|被|向|由|从|将|把|让|是)/;
/**
 * What a market report says of stocks right after naming them (柯力传感、鸣志电器|涨停, 五洲新春、双环传动|涨超7%):
 * only a listed company's shares close a day 涨停 or 涨超 a figure, so the list is of companies even with no tail noun.
 */
const STOCK_MOVE = /^(?:盘中|午后|尾盘|早盘|当日|同日|集体|纷纷|均|一度|直线|强势|双双|相继|先后)*(?:涨停|跌停|封板|封涨停|20cm涨停|涨超\d|跌超\d|涨逾\d|跌逾\d|大涨\d|大跌\d|涨幅居前|跌幅居前|领涨|领跌)/;
/** A sector, an index or a board (白酒, 沪指, 创业板指, 新能源板块) moves too: no company. */
const NOT_A_STOCK = /(?:指|指数|板块|概念|概念股|行业|赛道|ETF|股|类|期货|债)$/;
/** Industry words a sector's name is made of (光伏|设备, 工程|机械, 消费|电子): a list of them is of sectors, not stocks. */
const INDUSTRY_WORDS: ReadonlySet<string> = new Set(
  "光伏 设备 工程 机械 消费 电子 半导体 芯片 人工 智能 机器人 人形 具身 医药 生物 白酒 食品 饮料 家电 汽车 整车 零部件 新能源 锂电 电池 储能 风电 电力 煤炭 钢铁 有色 金属 化工 建材 地产 房地产 银行 保险 证券 券商 传媒 游戏 影视 通信 军工 航天 航空 船舶 软件 计算机 互联网 算力 数据 云计算 存储 元件 材料 稀土 黄金 石油 天然气 物流 零售 旅游 酒店 农业 种业 养殖 医疗 器械 中药 创新药 服务 信息 网络 电网 基建 环保 水泥 玻璃 纺织 服装 教育 体育 文化 出版 港口 航运 机场 铁路 公路 驾驶 减速器 传感器 丝杠 电机 光模块 连接器 通用 专用 电气 仪器 仪表 工业 母机 自动化 电源 设施 装备 制造 商贸 农药 化肥 塑料 橡胶 造纸 包装 家居 美容 护理 养老 光学 光电 显示 面板 消费电子 AI 应用 概念 题材 赛道".split(" "),
);
const LONGEST_INDUSTRY = Math.max(...[...INDUSTRY_WORDS].map((w) => w.length));
/** The item is made only of industry words: a sector's name. */
function sectorName(item: string): boolean {
  const ok: boolean[] = new Array<boolean>(item.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < item.length; i++) {
    if (!ok[i]) continue;
    for (let len = 1; len <= LONGEST_INDUSTRY && i + len <= item.length; len++) if (INDUSTRY_WORDS.has(item.slice(i, i + len))) ok[i + len] = true;
  }
  return ok[item.length]!;
}
/** An A-share short name: three to six Han characters (柯力传感, 兆威机电), or a Latin one; sectors are mostly two (白酒, 医药) or made of industry words (光伏设备). */
function stockShortName(item: string): boolean {
  if (LATIN_ITEM.test(item)) return true;
  return /^[\u4e00-\u9fff]{3,6}$/.test(item) && !NOT_A_STOCK.test(item) && !sectorName(item);
}
/** Where the last item ends: before 等, a count (来电|4家), a stock move (兆威机电|涨停) or the clause end. */
const LAST_ITEM_END = /[也亦](?=[在是已有将会要不没曾被都])|等|[\d一二三四五六七八九十两几多数]+家|(?:联合)?(?:领投|跟投|参投)|[都均](?=[在是已有将会要不没曾])|(?:盘中|午后|尾盘|早盘|当日|同日|集体|纷纷|均|一度|直线|强势|双双|相继|先后)*(?:涨停|跌停|封板|封涨停|涨超\d|跌超\d|涨逾\d|跌逾\d|大涨\d|大跌\d|涨幅居前|跌幅居前|领涨|领跌)/;
/** An organisation's suffix anywhere in a clause: a list may have suffixed items that vouch for it. */
const SUFFIX_ANYWHERE = new RegExp(ORG_SUFFIX.source.replace(/\$$/, ""));
/** A verb that starts the sentence's predicate after a list of its subjects (分别担任, 已基于, 在…上合作). */
const LIST_VERB = /分别|共同|已经?|正在|将|在(?!线)/;
const LATIN_ITEM = /^[A-Za-z][A-Za-z0-9&.'-]*(?: [A-Za-z0-9&.'-]+){0,2}$/;
/** A Latin item runs longer than a Han one (Andreessen Horowitz, General Catalyst). */
const MAX_LATIN_ITEM = 30;
/** The last piece as two joined items (爱马仕和宝马, Bpifrance和General Catalyst): Han items of 2–8 (a last one up to a legal name, X和上海某某投资有限公司), Latin ones up to 30; 以及 is one joiner (X以及Y, not X以|及Y). */
const JOINED_PAIR = /^(.{2,8}?|[A-Za-z][A-Za-z0-9&.' -]{1,29}?)(以及|和|及|与)(.{2,8}|.{2,12}(?:有限公司|有限责任公司|集团|基金)|[A-Za-z][A-Za-z0-9&.' -]{1,29})$/;
const itemLong = (text: string, p: { start: number; end: number }) => p.end - p.start > (LATIN_ITEM.test(text.slice(p.start, p.end)) ? MAX_LATIN_ITEM : 8);

/** A counted or pointed-at description (一家国资背景基金, 某头部平台), not a name. */
/** A numeral opens a name only when no counter follows it (五粮液, 三星; not 三家, 十大, 两款). */
const VAGUE = /^[一二三四五六七八九十两几多数]+(?:[家个款位名只批类种项大次年月日天届期成倍亿万千百]|$)|^[某该此这那各]|[一二三四五六七八九十两几多数]家/;

/**
 * Foreign carmakers whose names Chinese joint ventures carry after the Chinese partner's (上汽大众,
 * 广汽丰田, 长安马自达): general industry knowledge, the only partners read this way, since a known
 * name with anything else after it is as often a product or a unit (腾讯视频, 百度地图).
 */
const JV_PARTNERS: ReadonlySet<string> = new Set("大众 丰田 本田 日产 马自达 福特 通用 现代 起亚 奥迪 宝马 奔驰 标致 雪铁龙 雷诺 三菱 铃木 斯柯达 别克 雪佛兰 凯迪拉克 沃尔沃 英菲尼迪 雷克萨斯 讴歌 斯巴鲁".split(" "));
/** First characters of the partners: a known name followed by none of them (nearly all) needs no slice per partner length. */
const JV_FIRST: ReadonlySet<string> = new Set([...JV_PARTNERS].map((w) => w[0]!));

/** A Han item that reads whole as a person's name (common surname + one or two characters). */
function personLike(item: string): boolean {
  const p = chineseNameAt(item, 0);
  return p !== null && p.strongSurname && p.end === item.length;
}

function nameLike(item: string): boolean {
  if (LATIN_ITEM.test(item)) return item.length >= 2 && item.length <= MAX_LATIN_ITEM && !GENERIC_LATIN.has(item.toLowerCase());
  if (item.length < 2 || item.length > 8) return false;
  if (![...item].every((c) => isHan(c)) || VAGUE.test(item)) return false;
  // …and a set of countries (金砖国家, 发展中国家) is a grouping of states listed beside bodies, no organisation
  if (item.endsWith("国家")) return false;
  return !PHRASE_CHARS.test(item) && !isGenericStem(item) && !isPlaceName(item);
}

const INDUSTRY_ANYWHERE = new RegExp(TRADE_TAIL.source.replace(/\$$/, ""));

/** A name-like item ending in an organisation's suffix, with a stem that is no description (全志|科技, 不是 数字|科技). */
function suffixedName(item: string): boolean {
  const m = ORG_SUFFIX.exec(item) ?? TRADE_TAIL.exec(item);
  if (!m || !nameLike(item)) return false;
  const stem = item.slice(0, m.index);
  return stem.length >= 2 && !isGenericStem(stem) && !KIND_STEM.test(stem);
}

/** Stems that say what kind of bank or firm, not which (国有|银行, 股份制|银行, 中小|券商). */
const KIND_STEM = /^(?:国有|股份制|城商|农商|商业|外资|中资|大型|中型|小型|中小|地方|村镇|政策性|民营|互联网|头部|上市|国内|海外|全国性|区域性|传统|新兴|主要|其他|部分|各大|多家)$/;

interface Item {
  start: number;
  end: number;
}

/** The items of the first 、-list inside one clause, or null when the clause holds none. */
function listItems(text: string, s: number, e: number): { items: Item[]; tailAt: number; headSays: boolean } | null {
  const clause = text.slice(s, e);
  if (!clause.includes("、")) return null;
  const pieces: Item[] = [];
  let at = s;
  for (const piece of clause.split("、")) {
    pieces.push({ start: at, end: at + piece.length });
    at += piece.length + 1;
  }
  const first = pieces[0]!;
  const headSays = LIST_HEAD_KIND.test(text.slice(first.start, first.end));
  const lead = FIRST_ITEM_LEAD.exec(text.slice(first.start, first.end));
  if (lead) first.start += lead[0].length;
  const noise = LEAD_NOISE.exec(text.slice(first.start, first.end));
  if (noise) first.start += noise[0].length;
  const items: Item[] = [first];
  // only a list closed by 等 or a count has a tail that can say what its items are
  let tailAt = -1;
  for (const piece of pieces.slice(1)) {
    const cut = LAST_ITEM_END.exec(text.slice(piece.start, piece.end));
    if (cut) {
      // the last item may be two joined ones (爱马仕和宝马|等品牌)
      const last = JOINED_PAIR.exec(text.slice(piece.start, piece.start + cut.index));
      if (last) items.push({ start: piece.start, end: piece.start + last[1]!.length }, { start: piece.start + last[1]!.length + last[2]!.length, end: piece.start + cut.index });
      else items.push({ start: piece.start, end: piece.start + cut.index });
      tailAt = piece.start + cut.index;
      break;
    }
    // the last item ends where the sentence's verb starts (瑞芯微和芯原股份|已基于…, 金杜律师事务所|分别担任…)
    const verb = itemLong(text, piece) ? LIST_VERB.exec(text.slice(piece.start, piece.end)) : null;
    if (verb && verb.index >= 2) piece.end = piece.start + verb.index;
    // …or where a suffixed name is followed by 的 or an adverb (临湖银行|的净利润增速…, X重工|均…)
    const named = itemLong(text, piece) ? SUFFIXED_BEFORE_CLAUSE.exec(text.slice(piece.start, piece.end)) : null;
    if (named) piece.end = piece.start + named[1]!.length;
    const join = JOINED_PAIR.exec(text.slice(piece.start, piece.end));
    if (join) {
      // A、B和C: the joined last item is one more
      items.push({ start: piece.start, end: piece.start + join[1]!.length }, { start: piece.start + join[1]!.length + join[2]!.length, end: piece.end });
      // …unless more 、-items follow (A、B与C、D和E等品牌): the joiner only paired two of them
      if (piece === pieces.at(-1)) break;
      continue;
    }
    // a long piece is the sentence going on after the list (…4家头部企业的市场份额占比分别为28.6%、22.9%)
    if (itemLong(text, piece)) break;
    items.push(piece);
  }
  return { items: items.filter((p) => p.end > p.start), tailAt, headSays };
}

/** A name closed by an organisation's suffix or a trade (临湖银行, 华一重工). */
const SUFFIXED_NAME = `[\\u4e00-\\u9fff]{2,6}?(?:${ORG_SUFFIX.source.replace(/^\(|\)\$$/g, "")}|${TRADE_TAIL.source.replace(/^\(\?:|\)\$$/g, "")})`;
/** What goes on with the sentence right after a list's last name: 的 or an adverb (…的净利润, …均超过). */
const CLAUSE_GOES_ON = "(?=的|均|都|也|已|分别)";
/** …a suffixed name, then that. */
const SUFFIXED_BEFORE_CLAUSE = new RegExp(`^(${SUFFIXED_NAME})${CLAUSE_GOES_ON}`);
/** Two suffixed names joined by 和/与/及 opening a clause, then 的 or an adverb (江岸农商银行和临湖银行的净利润…). */
const SUFFIXED_PAIR = new RegExp(`(?:^|[，。；：,;:])((${SUFFIXED_NAME})(?:和|与|及)(${SUFFIXED_NAME}))${CLAUSE_GOES_ON}`, "y");
/**
 * SUFFIXED_PAIR's opening marks by code unit, and its joiners: no mark stands inside a match after
 * its first character, so a match lies in one clause, and only a clause with a joiner is tried.
 * (A global search tried the long alternation at every clause start of every article.)
 */
const PAIR_CLAUSE_MARK = new Uint8Array(65536);
for (const c of "，。；：,;:") PAIR_CLAUSE_MARK[c.charCodeAt(0)] = 1;
const PAIR_JOINER = new Uint8Array(65536);
for (const c of "和与及") PAIR_JOINER[c.charCodeAt(0)] = 1;

/** SUFFIXED_PAIR's matches in text order, as a global search finds them. */
function suffixedPairs(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let free = 0;
  // p: the mark opening the clause (-1: the text's start, where ^ opens it)
  for (let p = -1; p < text.length; ) {
    let e = p + 1;
    let joined = false;
    while (e < text.length && PAIR_CLAUSE_MARK[text.charCodeAt(e)] === 0) {
      if (PAIR_JOINER[text.charCodeAt(e)] === 1) joined = true;
      e++;
    }
    const from = p < 0 ? 0 : p;
    if (joined && from >= free) {
      SUFFIXED_PAIR.lastIndex = from;
      const m = SUFFIXED_PAIR.exec(text);
      if (m) {
        out.push(m);
        free = m.index + m[0].length;
      }
    }
    p = e;
  }
  return out;
}

/**
 * A clause that opens with two suffixed names joined by 和 and goes on with 的 or an adverb: both
 * are organisations, as a 、-list of suffixed names is; a stem that only describes (国有银行) is not.
 */
export function suffixedPairNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  for (const m of suffixedPairs(text)) {
    const a = m[2]!;
    const b = m[3]!;
    const s = m.index + m[0].length - m[1]!.length;
    if (!suffixedName(a) || !suffixedName(b)) continue;
    const spans: [string, number][] = [[a, s], [b, s + m[1]!.length - b.length]];
    if (spans.some(([n, at]) => taken.some((o) => o.start < at + n.length && o.end > at))) continue;
    for (const [name, at] of spans) out.push({ type: "company", name, confidence: 0.75, evidence: sentenceAt(t, at), at });
  }
  return out;
}

/** A cheap look for a list closed by 也/亦/同样 (C、D也在…, C、D等也被…). */
const PARALLEL_TAIL = /、[^，。；、]{1,8}?(?:等)?(?:也|亦|同样)/;

const PARALLEL_LEAD = /^(?:随后|此后|之后|其后|同时|此外|另外|其次|然后|接着|紧接着)/;

/** The clause before `s` in the same sentence (after ，or ；) names two known organisations. */
function previousClauseNamesTwo(text: string, s: number, byStart: OrgSpan[]): boolean {
  if (s < 2 || !/[，；,;]/.test(text[s - 1]!)) return false;
  let ps = s - 1;
  while (ps > 0 && !isClauseBreakAt(text, ps - 1)) ps--;
  return twoInside(byStart, ps, s - 1);
}

/** A parallel list's item: a bare 2–4 character brand, no common word; a brand may read as a name (苏泊尔), so only most items must not. */
function parallelItem(item: string): boolean {
  return item.length >= 2 && item.length <= 4 && nameLike(item) && !isCommonWord(item);
}

/** Items of 、-lists in the sentence, taken as organisations when their siblings or the list's tail say so. */
export function listedOrgNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  if (!text.includes("、")) return out;
  let index: SpanIndex | null = null;
  const spans = () => (index ??= spanIndex(taken));
  // the span itself or a known name ending the item (an exact span is one of those)
  const knownAt = (i: Item) => (spans().latestStartByEnd.get(i.end) ?? -1) >= i.start;
  // a known name with a partner's name after it, the whole item (上汽|大众, 长安|福特): a joint venture, its own company
  const extendsKnown = (i: Item) => (spans().endsByStart.get(i.start) ?? []).some((end) => end < i.end && JV_PARTNERS.has(text.slice(end, i.end)));
  for (let at = text.indexOf("、"); at !== -1; ) {
    let s = at;
    while (s > 0 && !isClauseBreakAt(text, s - 1)) s--;
    let k = at;
    while (k < text.length && !isClauseBreakAt(text, k)) k++;
    at = text.indexOf("、", k);
    // a list needs a tail, a head or two known items to say anything: most clauses have none
    const clause = text.slice(s, k);
    // a list that goes on from a clause naming two known organisations (A、B的…；|C、D也在…)
    const parallel = PARALLEL_TAIL.test(clause) && previousClauseNamesTwo(text, s, spans().byStart);
    if (!parallel && !LIST_HINT.test(clause) && !twoInside(spans().byStart, s, k) && !SUFFIX_ANYWHERE.test(clause) && !INDUSTRY_ANYWHERE.test(clause)) continue;
    const list = listItems(text, s, k);
    if (!list || list.items.length < 2) continue;
    // each item's verdicts once: the tests below and the loop after ask again for every item
    const isKnown = list.items.map(knownAt);
    const extension = list.items.map(extendsKnown);
    const known = list.items.filter((_, k) => isKnown[k] || extension[k]).length;
    // an item with an organisation's suffix (全志科技, 金杜律师事务所) vouches for the list as a known one does
    const suffixed = list.items.filter((i, k) => !isKnown[k] && suffixedName(text.slice(i.start, i.end).trim())).length;
    const tail = list.tailAt !== -1 ? text.slice(list.tailAt, list.tailAt + 10) : "";
    // a list closed by a stock move is of stocks when every item reads as a short name, and of sectors or indices otherwise (人形机器人、光模块|涨停潮)
    const moves = tail !== "" && STOCK_MOVE.test(tail);
    if (moves && !list.items.every((i) => stockShortName(text.slice(i.start, i.end)))) continue;
    // shareholders may be people (张三、李四等股东): such a list says nothing of its items
    if (tail.includes("股东") && list.items.some((i) => personLike(text.slice(i.start, i.end)))) continue;
    const tailSays = tail !== "" && (LIST_TAIL_KIND.test(tail) || moves);
    // …its items all bare names, the first opening the clause, and 也/亦/同样 after the last: the same kind as the known ones
    // a time word before the first item (随后|公信宝、…) opens the clause, not the name
    const timeLead = parallel ? PARALLEL_LEAD.exec(text.slice(list.items[0]!.start, list.items[0]!.end)) : null;
    if (timeLead && list.items[0]!.start === s) list.items[0]!.start += timeLead[0].length;
    const parallelSays = parallel && known === 0 && /^(?:等)?(?:也|亦|同样)/.test(tail) && list.items[0]!.start === s + (timeLead?.[0].length ?? 0) && list.items.every((i) => parallelItem(text.slice(i.start, i.end))) && list.items.filter((i) => personLike(text.slice(i.start, i.end))).length * 2 < list.items.length;
    if (parallelSays) {
      for (const i of list.items) out.push({ type: "company", name: text.slice(i.start, i.end), confidence: 0.75, evidence: sentenceAt(t, i.start), at: i.start });
      continue;
    }
    if (!(tailSays || list.headSays || (known >= 2 && known * 2 >= list.items.length) || (known + suffixed >= 2 && (known >= 1 ? (known + suffixed) * 2 > list.items.length : suffixed === list.items.length)))) continue;
    for (const [k, i] of list.items.entries()) {
      if (extension[k] && !isKnown[k]) {
        out.push({ type: "company", name: text.slice(i.start, i.end), confidence: 0.75, evidence: sentenceAt(t, i.start), at: i.start });
        continue;
      }
      if (isKnown[k] || taken.some((o) => o.start < i.end && o.end > i.start)) continue;
      const name = text.slice(i.start, i.end).trim();
      if (!nameLike(name)) continue;
      out.push({ type: "company", name, confidence: 0.75, evidence: sentenceAt(t, i.start), at: i.start });
    }
  }
  return out;
}

/**
 * A known carmaker with a foreign partner's name right after it (广汽|丰田, 上汽|大众|汽车): the
 * joint venture, its own company; and a known company with 云 (浪潮|云、): its cloud unit.
 */
export function jointVentureNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const out: FoundName[] = [];
  const text = t.simp;
  for (const o of taken) {
    if (o.slug === null || out.some((f) => f.at === o.start)) continue;
    // a known company's cloud named by 云 alone before a separator (浪潮|云、优刻得): its cloud unit
    if (text[o.end] === "云" && /^[、，。；和与及等]/.test(text.slice(o.end + 1, o.end + 2)) && !taken.some((x) => x !== o && x.start <= o.end && x.end > o.end)) {
      out.push({ type: "company", name: text.slice(o.start, o.end + 1), confidence: 0.75, evidence: sentenceAt(t, o.start), at: o.start });
      continue;
    }
    if (!JV_FIRST.has(text[o.end] ?? "")) continue;
    for (const len of [5, 4, 3, 2]) {
      if (!JV_PARTNERS.has(text.slice(o.end, o.end + len))) continue;
      const end = o.end + len + (text.startsWith("汽车", o.end + len) ? 2 : 0);
      if (taken.some((x) => x !== o && x.start < end && x.end > o.start)) break;
      out.push({ type: "company", name: text.slice(o.start, end), confidence: 0.75, evidence: sentenceAt(t, o.start), at: o.start });
      break;
    }
  }
  return out;
}

/** Noun heads a name may follow in apposition (大数据监测平台|Trustdata); 平台 also before a Han name (电商平台|考拉，). */
const HEADS = ["平台", "公司", "机构", "厂商", "品牌", "智库", "企业", "旗下", "组织"];
/** Each head on its own, found as indexOf would, in the shared pass over the article. */
const HEAD_TABLES = HEADS.map((head) => ({ head, table: wordTable([head]) }));
const LATIN_AT = /[A-Z][A-Za-z0-9&.]*(?: [A-Z][A-Za-z0-9&.]*){0,2}/y;
/** A Han name after 平台 closed by a clause break or a verb of its own (超市平台|信用管家|被…). */
const HAN_AT = /([\u4e00-\u9fff]{2,4}?)(?=[，。；,;]|被|宣布|发布|推出|完成|获得|上线)/y;
/** 由X领投 / 获X跟投 / 由X联合领投: whoever leads or joins a round is an investor (由Benchmark领投); 联合 is not part of the name. */
const ROUND_INVESTOR = /(?<=由|获)([A-Z][A-Za-z0-9&.]*(?: [A-Z][A-Za-z0-9&.]*){0,2}|[\u4e00-\u9fff]{2,8}?)(?=(?:联合|共同)?(?:领投|跟投|独家投资|参投))/g;
/** Nouns that follow 平台 as its parts or users, not its name; a locative (平台|上称) is where, not who; a verb (互动平台|回复称, 电商平台|开售，) is what someone did there; a rank (平台|前十, 第一) is a place on it. */
const PLATFORM_PARTS = /^(前[一二三四五六七八九十百千\d]|第|榜|排名|排行|之一|首位|上|中|里|内|下|而言|回复|回应|表示|发文|发布|公告|披露|称|开售|发售|预售|首发|销售|售卖|开卖|热销|售罄|购买|直播|播出|播放|部门|使用|高管|员工|用户|商家|数据|业务|产品|服务|内容|流量|规则|运营|方面|官方|客服|监管|本身|上面|之上|建设|能力|生态|模式|公司|企业|资源)/;

/** A verb of releasing earlier in the head's clause (发布|…平台, 推出了…平台): the platform is what was released. */
const RELEASED_IN_CLAUSE = /(?:发布|推出|上线|开源|升级|更新)[^，。；！？,;!?\n]*$/;

function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

export function appositionNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const out: FoundName[] = [];
  const text = t.simp;
  const free = (s: number, e: number) => !taken.some((o) => o.start < e && o.end > s) && !out.some((f) => f.at < e && f.at + f.name.length > s);
  const push = (name: string, at: number) => {
    if (free(at, at + name.length)) out.push({ type: "company", name, confidence: 0.7, evidence: sentenceAt(t, at), at });
  };
  for (const { head, table } of HEAD_TABLES) {
    for (const { at: h } of wordHits(text, table)) {
      // the head is modified (监测|平台), not a sentence's subject (平台|…)
      if (h < 2 || !isHanAt(text, h - 1) || !isHanAt(text, h - 2)) continue;
      const at = h + head.length;
      const latin = stickyAt(LATIN_AT, text, at);
      // a platform a company released (发布企业级智能体平台|North): the product, not a company
      if (head === "平台" && RELEASED_IN_CLAUSE.test(text.slice(Math.max(0, h - 30), h))) continue;
      if (latin && latin[0].length >= 3 && !GENERIC_LATIN.has(latin[0].toLowerCase())) {
        push(latin[0], at);
        // …and the one joined to it (电商平台Shopee|和|Lazada)
        const nextAt = at + latin[0].length + 1;
        const next = "和与及、".includes(text[nextAt - 1] ?? "") ? stickyAt(LATIN_AT, text, nextAt) : null;
        if (next && next[0].length >= 3 && !GENERIC_LATIN.has(next[0].toLowerCase()) && !/[A-Za-z0-9]/.test(text[nextAt + next[0].length] ?? "")) push(next[0], nextAt);
      }
      else if (head === "平台") {
        const han = stickyAt(HAN_AT, text, at);
        if (han && !PLATFORM_PARTS.test(han[1]!) && nameLike(han[1]!)) push(han[1]!, at);
      }
    }
  }
  if (containsAny(text, ROUND_WORDS)) {
    for (let m = ROUND_INVESTOR.exec(text); m; m = ROUND_INVESTOR.exec(text)) {
      const name = m[1]!;
      const latin = /^[A-Za-z]/.test(name);
      if (latin ? !GENERIC_LATIN.has(name.toLowerCase()) && name.length >= 3 : nameLike(name)) push(name, m.index);
    }
    ROUND_INVESTOR.lastIndex = 0;
  }
  return out;
}

/**
 * Heads that name companies as their object without 包括: a broker's picks (重点推荐|A与B, 建议关注|A和B,
 * 受益标的为|A、B) are listed stocks, so items must read as stock short names, not sectors.
 */
/** Words of a round (the investors' list below is read only where one occurs), looked up in the shared pass over the article. */
const ROUND_WORDS = wordTable(["领投", "跟投", "参投", "独家投资"]);
const PICKS_HEAD = /(?:重点推荐|推荐关注|维持推荐|首次推荐|受益标的(?:包括|有|为|是)?|相关标的(?:包括|有|为|是)?)$/;
/** An item that names a kind of customer or thing, not one (互联网企业, 运营商, 电池类型). */
const KIND_ITEM = /(?:企业|公司|商|机构|用户|客户|单位|部门|政府|高校|院校|学校|媒体|平台|类型|认证|行业|领域|产品|项目)$/;
/** The heads below and their verbs (股东包括, 重点推荐…), one of which a pair's head cannot match without: looked up in the shared pass over the article. */
const PAIR_HEADS = wordTable([
  ...["投资方", "投资机构", "股东", "合作伙伴", "合作方", "参投方", "客户", "老股东", "新股东", "战略投资者"].flatMap((h) => ["包括", "有", "为", "是", "涵盖"].map((v) => h + v)),
  ...["重点推荐", "推荐关注", "维持推荐", "首次推荐", "受益标的", "相关标的"],
]);
/** Two items joined by 和/与/及/以及 that make up the rest of a clause (客户包括|西门子和博世|。). */
const PAIR_AT = /([\u4e00-\u9fff]{2,6}?|[A-Za-z][A-Za-z0-9&.' -]{1,29}?)(?:和|与|及|以及)([\u4e00-\u9fff]{2,6}?|[A-Za-z][A-Za-z0-9&.' -]{1,29}?)(?:等(?:公司|企业|机构|品牌|厂商)?)?(?=[，。；,;！？!?]|$)/y;

/**
 * Two names joined by 和/与 after a head that says what its items are (客户包括西门子和博世, 重点推荐英维克与申菱环境):
 * a 、-list's head (listedOrgNames) asked of a pair, which has no 、 to find it by.
 */
export function headedPairNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  if (!containsAny(text, PAIR_HEADS)) return out;
  for (const m of text.matchAll(/(投资方|投资机构|股东|合作伙伴|合作方|参投方|客户|老股东|新股东|战略投资者)(?:包括|有|为|是|涵盖)|重点推荐|推荐关注|维持推荐|首次推荐|受益标的(?:包括|有|为|是)?|相关标的(?:包括|有|为|是)?/g)) {
    const at = m.index + m[0].length;
    PAIR_AT.lastIndex = at;
    const pair = PAIR_AT.exec(text);
    if (!pair) continue;
    const picks = PICKS_HEAD.test(m[0]);
    const items = [{ start: at, name: pair[1]! }, { start: at + pair[0].indexOf(pair[2]!, pair[1]!.length), name: pair[2]! }];
    const fits = (name: string) => (picks ? stockShortName(name) : true) && nameLike(name) && !isCommonWord(name) && !KIND_ITEM.test(name);
    // a brand may read as a person's name (西门子), a pair of them is people (客户包括张伟和李娜)
    if (!items.every((i) => fits(i.name.trim())) || items.every((i) => personLike(i.name.trim()))) continue;
    for (const i of items) {
      const name = i.name.trim();
      if (taken.some((o) => o.start < i.start + name.length && o.end > i.start)) continue;
      out.push({ type: "company", name, confidence: 0.75, evidence: sentenceAt(t, i.start), at: i.start });
    }
  }
  return out;
}

/** A company's measure compared (品牌价值|高于, 市值|超过了): what it is compared with is of its kind. */
const COMPARED = /(品牌价值|市值|市场份额|份额|销量|销售额|营收|估值|出货量)(?:已|也|均|还|则|仍)?(?:高于|低于|超过了?|超越了?|领先于|落后于|不及|逊于|胜过|力压)/g;
/** The rest of the clause as a list (奔驰和香奈儿, 轩尼诗、酩悦香槟和人头马): 、-separated, the last two maybe joined. */
/** Kinds of goods compared, not their makers (燃油车, 功能机, 进口品). */
const THING_ITEM = /[车机品器货类型款]$/;
/** COMPARED's verbs, one of which it cannot match without (looked up in the shared pass over the article). */
const COMPARING_VERBS = wordTable(["高于", "低于", "超过", "超越", "领先于", "落后于", "不及", "逊于", "胜过", "力压"]);
const COMPARED_LIST = /((?:[\u4e00-\u9fff]{2,6}、){0,4}[\u4e00-\u9fff]{2,6}(?:和|与|及|以及)[\u4e00-\u9fff]{2,6})(?:等(?:品牌|公司|企业|厂商)?)?(?=[，。；！？]|$)/y;

/** A clause opening with a short name that owns what follows (茅台的…, 茅台以…): the measure's owner. */
const OWNER_OPENS = /^([\u4e00-\u9fff]{2,4}?)(?:的|以)/;
function ownerOpensClause(before: string): boolean {
  return before.split(/[，,]/).some((clause) => {
    const lead = LEAD_NOISE.exec(clause);
    const m = OWNER_OPENS.exec(lead ? clause.slice(lead[0].length) : clause);
    // a brand may be a common word too (茅台), so only time words and pointers are ruled out (今年的, 该公司的)
    return m !== null && nameLike(m[1]!) && !/^[今去明前本该此这那其同上下全]/.test(m[1]!);
  });
}

/**
 * Brands a company is compared with (X的品牌价值超过了A、B和C): a measure only companies have, its
 * owner known or opening a clause of the sentence, then a closed list of names.
 */
export function comparedNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  if (!containsAny(text, COMPARING_VERBS)) return out;
  for (const m of text.matchAll(COMPARED)) {
    const at = m.index + m[0].length;
    COMPARED_LIST.lastIndex = at;
    const list = COMPARED_LIST.exec(text);
    if (!list) continue;
    const [ss, se] = sentenceSpan(text, m.index);
    if (!taken.some((o) => o.start >= ss && o.end <= m.index) && !ownerOpensClause(text.slice(ss, m.index))) continue;
    const names = list[1]!.split(/、|以及|和|与|及/);
    const starts: number[] = [];
    let from = at;
    for (const n of names) {
      const i = text.indexOf(n, from);
      starts.push(i);
      from = i + n.length;
    }
    if (se < from || !names.every((n) => plausibleShortName(n) && nameLike(n) && !THING_ITEM.test(n)) || names.filter(personLike).length * 2 >= names.length) continue;
    names.forEach((name, k) => {
      const s = starts[k]!;
      if (!taken.some((o) => o.start < s + name.length && o.end > s)) out.push({ type: "company", name, confidence: 0.75, evidence: sentenceAt(t, s), at: s });
    });
  }
  return out;
}

/** Heads that only a listed company's short name follows (概念股|X, 龙头股|X, 成分股|X). */
/** STOCK_HEAD's heads, one of which it cannot match without (looked up in the shared pass over the article). */
const STOCK_HEADS = wordTable(["概念股", "龙头股", "成分股", "权重股", "白马股", "个股"]);
const STOCK_HEAD = /(?:概念股|龙头股|成分股|权重股|白马股|个股)([\u4e00-\u9fff]{3,6}?)(?=\d{1,2}[月日]|股价|涨停|跌停|大涨|大跌|涨超|跌超|涨逾|跌逾|收涨|收跌|晚间公告|发布公告|公告称)/g;

/** What a run describing the market's move holds (个股|却直线拉升, 涨幅超过): no stock's name. */
const MARKET_MOVE_CHARS = /[涨跌升降拉超幅却均纷普]/;

/**
 * A stock named after a head only stocks have, then a move, a date or a filing (概念股|亿纬锂能|9月12日至…股价下跌):
 * the head stands in for the market cue a bare short name lacks, so once is enough.
 */
export function stockHeadNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  if (!containsAny(text, STOCK_HEADS)) return out;
  for (const m of text.matchAll(STOCK_HEAD)) {
    const name = m[1]!;
    const s = m.index + m[0].length - name.length;
    if (MARKET_MOVE_CHARS.test(name) || !stockShortName(name) || !plausibleShortName(name, true) || taken.some((o) => o.start < s + name.length && o.end > s)) continue;
    out.push({ type: "company", name, confidence: 0.75, evidence: sentenceAt(t, s), at: s });
  }
  return out;
}
