/**
 * Organisations named by how a sentence presents them rather than by a suffix or a title after
 * them: a clause that introduces a company (X成立于2023年, X是一家…公司, X这家公司, X由…创立),
 * a name set after a modified noun head before its people's title (企业服务公司|数栈智能|的创始人),
 * stock names where the article is about the market (申达股份, 粤电力A, X涨停), and courts and
 * police named by their district alone (朝阳法院, 通州分局).
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import { CLAUSE_BREAK, isHan, isHanAt, isClauseBreakAt } from "./context";
import type { FoundName, OrgSpan } from "./discover";
import { chineseNameAt } from "./names";
import { GENERIC_LATIN, isGenericStem, LEAD_NOISE, ORG_SUFFIX, PHRASE_CHARS } from "./org-words";
import { isPlaceName } from "./institution-names";
import { isStrongTitle, TITLES } from "./titles";
import { containsAny, wordHits, wordTable } from "./word-hits";

/** 叫 and 名为, looked up in the shared pass over the article rather than scanned for. */
const NAMING_WORDS = wordTable(["叫", "名为"]);

/** A count, pointer or time word opens no name (三家, 该, 今年, 目前). */
const VAGUE = /^(?:[一二三四五六七八九十两几某该此这那各每其它他她我你]|[多数][家个名十百千万]|今年|去年|明年|目前|当时|如今|现在|此前|之后|随后|同时|其中|公司|企业|集团|平台|团队|项目|产品|行业|市场|业内|官方|双方|对方)/;

function hanOnly(s: string): boolean {
  for (const c of s) if (!isHan(c)) return false;
  return true;
}

/** A name read from a sentence's shape: Han without phrase words or a Latin brand; never a bare description. */
function nameShaped(name: string): boolean {
  if (/^[A-Z][A-Za-z0-9&.'-]*(?: [A-Z][A-Za-z0-9&.'-]*){0,2}$/.test(name)) return name.length >= 2 && !GENERIC_LATIN.has(name.toLowerCase());
  if (name.length < 2 || name.length > 8 || !hanOnly(name)) return false;
  if (PHRASE_CHARS.test(name) || VAGUE.test(name) || LEAD_NOISE.test(name) || isGenericStem(name) || isPlaceName(name)) return false;
  if (EVENT_OR_UNIT.test(name)) return false;
  // a name never ends on a preposition (企业|客户向|记者透露: 向 opens the next phrase)
  if (/[向朝跟替]$/.test(name)) return false;
  // a legal tail says nothing of the name: 科技有限公司 alone is the tail of 汇屿(北京)科技有限公司
  const stem = name.replace(/(?:股份有限公司|有限责任公司|有限公司)$/, "").replace(ORG_SUFFIX, "");
  return stem.length >= 2 && !isGenericStem(stem);
}

/** Prizes, events, programmes and departments are introduced the same way but are no organisations (未来科学大奖成立于2016年). */
const EVENT_OR_UNIT = /(?:奖|奖项|赛|大赛|大会|峰会|会议|活动|项目|计划|工程|节|展|周|部|部门|团队|小组)$/;

/** A department or a title's modifier in the run (研究部|执行|总经理): it belongs to the title that follows. */
const TITLE_PART = /部|团队|事业群|中心|(?:执行|常务|高级|资深|全球|联席|副)$/;

/** A title starts inside the run (首席|架构师), or the run holds a title's own words: it is part of the title, not a name. */
function titleInside(t: ArticleText, s: number, e: number): boolean {
  if (TITLE_PART.test(t.simp.slice(s, e))) return true;
  for (let k = s; k < e; k++) if (TITLES.some((x) => isHanAt(x, 0) && t.low.startsWith(x, k))) return true;
  return false;
}

/** The whole run is a person's name (张三是一家…): surname + one or two characters and nothing else. */
function personShaped(text: string, s: number, e: number): boolean {
  if (e - s > 3) return false;
  const zh = chineseNameAt(text, s);
  return zh !== null && zh.end === e && zh.strongSurname;
}

/** Start of the clause holding `at`, after its lead words (此外，|据悉，|其中|…). */
function clauseNameStart(text: string, at: number): number {
  let s = at;
  while (s > 0 && s > at - 12 && !isClauseBreakAt(text, s - 1)) s--;
  if (s > 0 && !CLAUSE_BREAK.test(text[s - 1]!)) return -1;
  const lead = LEAD_NOISE.exec(text.slice(s, at));
  return lead ? s + lead[0].length : s;
}

/**
 * What introduces a company right after its name, each with the words that must be in the text
 * for it to apply (a substring test is far cheaper than running the pattern over every article).
 */
const INTRODUCERS: { needs: string[]; re: RegExp; back?: RegExp; table?: ReturnType<typeof wordTable> }[] = [
  { needs: ["成立于", "创立于", "创办于", "诞生于"], re: /(?:成立于|创立于|创办于|诞生于)(?:\d{4}年|[今去前]年)/g },
  { needs: ["这家"], re: /这家(?:公司|企业|创企|初创公司|独角兽)/g },
  // …but not 是个人 (微博是个人的舞台: personal, no count of one)
  { needs: ["是一家", "是一个", "是个"], re: /是(?:一家|一个|个(?!人))/g },
  // 远帆科技是国内领先的AI芯片设计公司: a ranking before the company noun introduces it as 是一家 does
  { needs: ["领先的", "知名的", "头部的", "最大的", "首家", "主要的"], re: /是(?:国内|全球|中国|国际|业内|行业|亚洲|世界)?(?:领先|知名|头部|最大|首家|主要)的?/g },
  { needs: ["创立", "创办", "创建", "孵化", "发起成立"], re: /由[^，。；,;]{2,16}?(?:创立|创办|创建|孵化|发起成立)/g },
  // read from 发布的 back to the time and 在/于 before it (X|在今年4月|发布的…财报)
  { needs: ["发布的"], re: /发布的[^，。；]{0,20}?(?:财报|财务报告|年报|季报|报告|白皮书)/g, back: /(?:在|于)(?:今年|去年|近日|日前|\d{4}年|\d{1,2}月|[上下]半年|\d{1,2}日)+$/ },
];
/** After 是一家/是一个: the noun that makes it an organisation (是一家专注于法律大模型的初创公司, 是个什么组织), not 一家公司的创始人. */
const ONE_COMPANY = /^[^。！？；;\n]{0,30}?(?:公司|企业|创企|初创|独角兽|机构|厂商|组织)(?!的)/;

function introducedNames(t: ArticleText, free: (s: number, e: number) => boolean): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  for (const intro of INTRODUCERS) {
    const { re, back } = intro;
    if (!containsAny(text, (intro.table ??= wordTable(intro.needs)))) continue;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      let at = m.index;
      if (back) {
        const b = back.exec(text.slice(Math.max(0, at - 20), at));
        if (!b) continue;
        at -= b[0].length;
      }
      if (m[0].startsWith("是") && !ONE_COMPANY.test(text.slice(at + m[0].length, at + 40))) continue;
      const s = clauseNameStart(text, at);
      if (s === -1 || s >= at) continue;
      const name = text.slice(s, at).trim();
      const ns = at - name.length;
      if (!nameShaped(name) || personShaped(text, ns, at) || !free(ns, at)) continue;
      out.push({ type: "company", name, confidence: 0.75, evidence: sentenceAt(t, ns), at: ns });
    }
    re.lastIndex = 0;
  }
  return out;
}

/** Verbs that take a title (加入X|担任|COO): the name ends before them. */
const TAKES_TITLE = /^(?:担任|出任|兼任|就任|升任)/;

/** A modified noun head, the name, then its people's title (企业服务公司|数栈智能|的创始人). */
const HEADS = ["初创公司", "公司", "企业", "创企", "独角兽", "厂商", "旗下"];
/** Each head and district kind on its own, found as indexOf would, in the shared pass over the article. */
const HEAD_TABLES = HEADS.map((head) => ({ head, table: wordTable([head]) }));

/** Strong titles by first character, longest first: the name loop asks at every length. */
let strongByFirst: Map<string, string[]> | null = null;

function strongTitleAt(t: ArticleText, at: number): boolean {
  if (!strongByFirst) {
    strongByFirst = new Map();
    for (const x of TITLES) {
      const list = strongByFirst.get(x[0]!) ?? [];
      list.push(x);
      strongByFirst.set(x[0]!, list);
    }
  }
  // 的 or a verb that takes the title may stand between (星海图|担任|COO)
  const verb = TAKES_TITLE.exec(t.simp.slice(at, at + 2));
  const p = t.simp[at] === "的" ? at + 1 : verb ? at + verb[0].length : at;
  const list = strongByFirst.get(t.low[p] ?? "");
  const title = list?.find((x) => t.low.startsWith(x, p));
  return title !== undefined && isStrongTitle(title);
}

function headedNames(t: ArticleText, free: (s: number, e: number) => boolean): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  for (const { head, table } of HEAD_TABLES) {
    for (const { at: h } of wordHits(text, table)) {
      // the head is modified (企业服务|公司), not a sentence's subject (公司|…)
      if (h < 2 || !isHanAt(text, h - 1) || !isHanAt(text, h - 2)) continue;
      const ns = h + head.length;
      // …and no known name ends with it (招商证券|医药|分析师): the run after is that firm's team
      if (!free(h, ns)) continue;
      let run = 0;
      while (run < 6 && isHanAt(text, ns + run)) run++;
      for (let len = 2; len <= run; len++) {
        if (!strongTitleAt(t, ns + len)) continue;
        const name = text.slice(ns, ns + len);
        if (nameShaped(name) && !titleInside(t, ns, ns + len) && free(ns, ns + len)) out.push({ type: "company", name, confidence: 0.75, evidence: sentenceAt(t, ns), at: ns });
        break;
      }
    }
  }
  return out;
}

/** Heads that say what kind of company the next run is (智算云服务商|X, AI应用的开发商|X). */
const ACTING_HEADS = ["公司", "企业", "创企", "厂商", "服务商", "提供商", "开发商", "运营商", "独角兽"];
/** One table for all the heads: one pass over the article, not one per head. */
const ACTING_HEAD_TABLE = wordTable(ACTING_HEADS);
/** What a company the sentence introduces does next (…|近日发布, …|完成融资, …|宣布): the run before it is its name. */
const ACTS = /^(?:近日|日前|今日|今天|宣布|完成|发布|推出)/;
/**
 * A round of its own after the name (开发商|心语星河|的B轮融资, 公司|视界无限|则获得了…的战略投资): only a
 * company raises one, so a single sighting is enough.
 */
const FUNDED = /^(?:的(?:新一轮|首轮|天使|种子|战略|Pre-?[A-E]|[A-E])[+＋]?轮?(?:融资|投资)|(?:则|也|已)(?:宣布)?(?:完成|获得)了?[^，。；]{0,16}?(?:融资|投资))/;
const ACT_FIRST: ReadonlySet<number> = new Set([..."近日今宣完发推的则也已"].map((c) => c.charCodeAt(0)));
/** A time or count word ends the run (近三年, 年内): no name. */
const TIME_ENDING = /[年月日内间度期次家个]$/;

/**
 * A bare brand after a modified noun head, then what the company does (智算云服务商|擎苍云|近日发布…,
 * 开发商|糖果星球|完成…): the head and the verb stand in for the suffix it lacks; the article must
 * name it again, so a one-off phrase after a head is never taken.
 */
function headedActingNames(t: ArticleText, free: (s: number, e: number) => boolean): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  {
    for (const { at: h, word: head } of wordHits(text, ACTING_HEAD_TABLE)) {
      if (h < 2 || !isHanAt(text, h - 1) || !isHanAt(text, h - 2)) continue;
      const ns = h + head.length;
      let run = 0;
      while (run < 7 && isHanAt(text, ns + run)) run++;
      // three characters at least: a two-character run there is mostly a word (企业|努力|获得)
      for (let len = 3; len < run && len <= 6; len++) {
        // the acts' first characters by code: most positions are settled without a slice
        if (!ACT_FIRST.has(text.charCodeAt(ns + len))) continue;
        const funded = FUNDED.test(text.slice(ns + len, ns + len + 24));
        if (!funded && !ACTS.test(text.slice(ns + len, ns + len + 2))) continue;
        const name = text.slice(ns, ns + len);
        const again = (funded && !TIME_ENDING.test(name)) || text.indexOf(name, ns + len) !== -1 || text.lastIndexOf(name, ns - 1) !== -1;
        if (again && nameShaped(name) && !personShaped(text, ns, ns + len) && !titleInside(t, ns, ns + len) && free(ns, ns + len)) out.push({ type: "company", name, confidence: 0.75, evidence: sentenceAt(t, ns), at: ns });
        break;
      }
    }
  }
  return out;
}

/** Words that place an article in the stock market, where short stock names stand alone. */
const MARKET = wordTable(["涨停", "跌停", "个股", "板块", "收盘", "开盘", "A股", "港股", "概念股", "股价", "涨幅", "跌幅", "成交额", "换手率"]);
/**
 * Stock-name shapes, read back from an anchor: X股份 (not 股份有限公司 or the word 股份 as shares),
 * a share class letter (粤电力A), or a name the market moves (X涨停, X领涨).
 */
const SHARE_ANCHORS = wordTable(["股份", "A", "B"]);
/** What follows X股份 or a share-class name. */
const AFTER_SHARE = /^(?:[、，,。；;（(]|涨|跌|收|等|和|与|及|公告|披露|发布)/;
const MOVES = ["一字涨停", "涨停", "跌停", "领涨", "领跌", "封板"];

/** The stem right before an anchor: the last two to four Han characters. */
function stemBefore(text: string, k: number): number {
  let s = k;
  while (s > k - 4 && s > 0 && isHanAt(text, s - 1)) s--;
  return k - s >= 2 ? s : -1;
}
/** What stands before a stock name: a clause or list start, or a lead word. */
const BEFORE_STOCK = /^(?:[\s、，,。；;：:（(“"]|和|与|及|如|其中|包括|例如|以及)$/;
/** Market words that are no stock (板块涨停, 个股跌停, 两市…). */
const NOT_A_STOCK = /^(?:板块|个股|概念|两市|沪指|深指|大盘|指数|股指|A股|港股|美股|创业板|科创板|该股|龙头|题材|多股|全线|集体|盘中|早盘|午盘|尾盘|今日|昨日|随后|一度|直线|纷纷|大幅|小幅|导致|推动|带动|拖累|助推|引发|出现|实现|录得|遭遇|连续|再度|再次|接连|逆市|强势)/;

function stockNames(t: ArticleText, free: (s: number, e: number) => boolean): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  if (!containsAny(text, MARKET)) return out;
  const anchors: { s: number; stemEnd: number; end: number }[] = [];
  for (const { at, word } of wordHits(text, SHARE_ANCHORS)) {
    const end = at + word.length;
    // a share-class letter follows a Han name and ends the word (粤电力A, not GPT-A or AB测试)
    if (word !== "股份" && (!isHanAt(text, at - 1) || /[A-Za-z0-9]/.test(text[end] ?? ""))) continue;
    if (!AFTER_SHARE.test(text.slice(end, end + 2))) continue;
    const s = stemBefore(text, at);
    if (s !== -1) anchors.push({ s, stemEnd: at, end });
  }
  for (const move of MOVES) {
    for (let k = text.indexOf(move); k !== -1; k = text.indexOf(move, k + move.length)) {
      if (move === "涨停" && text.endsWith("一字", k)) continue;
      const s = stemBefore(text, k);
      if (s !== -1) anchors.push({ s, stemEnd: k, end: k });
    }
  }
  anchors.sort((a, b) => a.s - b.s);
  for (const { s, stemEnd, end } of anchors) {
    const stem = text.slice(s, stemEnd);
    const before = s > 0 ? text[s - 1]! : "";
    const twoBefore = text.slice(Math.max(0, s - 2), s);
    if (!(s === 0 || BEFORE_STOCK.test(before) || BEFORE_STOCK.test(twoBefore))) continue;
    if (NOT_A_STOCK.test(stem) || PHRASE_CHARS.test(stem) || VAGUE.test(stem) || isGenericStem(stem) || isPlaceName(stem) || personShaped(text, s, stemEnd)) continue;
    if (!free(s, end)) continue;
    out.push({ type: "company", name: text.slice(s, end), confidence: 0.75, evidence: sentenceAt(t, s), at: s });
  }
  return out;
}

/** Courts and police named by their district alone (朝阳法院, 通州分局, 海淀区人民法院). */
const DISTRICT_KINDS = ["法院", "检察院", "公安分局", "公安局", "分局", "派出所", "交警大队"];
const DISTRICT_TABLES = DISTRICT_KINDS.map((kind) => ({ kind, table: wordTable([kind]) }));
/** Modifiers that say which kind of court or office, not where (基层法院, 二审法院, 税务分局). */
const NOT_A_DISTRICT = /^(?:基层|中级|高级|最高|地方|当地|人民|各级|两级|上级|下级|一审|二审|终审|原审|涉事|属地|辖区|管辖|专门|海事|军事|铁路|知产|商事|民事|刑事|行政|公安|交警|网警|警方|税务|工商|市场|交通|交管|网安|刑侦|治安|经侦|派出|检察|法院|审理|起诉|诉至|诉诸|互联|金融|破产|该区|全区|全县|本区|本县|所在|附近|这家|一家|多家|向该|到该|移送|提请|提交|依法|诉至|报请|呈报|辖区)/;
const BEFORE_DISTRICT = /^(?:[\s、，,。；;：:（(“"]|据|被|向|由|经|在|对|从|将|与|和|及|到|至|了|获|给|把)$/;

function districtBodies(t: ArticleText, free: (s: number, e: number) => boolean): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  for (const { kind, table } of DISTRICT_TABLES) {
    for (const { at: k } of wordHits(text, table)) {
      // 公安分局 and 分局 both end here: the longer kind reads it
      if (kind === "分局" && text.endsWith("公安", k)) continue;
      let e = k;
      const people = text.endsWith("人民", e);
      if (people) e -= 2;
      const admin = text[e - 1] === "区" || text[e - 1] === "县";
      if (admin) e -= 1;
      const s = e - 2;
      if (s < 0) continue;
      const stem = text.slice(s, e);
      if (!hanOnly(stem) || !(s === 0 || BEFORE_DISTRICT.test(text[s - 1]!))) continue;
      if (NOT_A_DISTRICT.test(stem) || PHRASE_CHARS.test(stem) || VAGUE.test(stem) || /[一二三四五六七八九十两几多某]/.test(stem)) continue;
      // a bare province or city + court (北京法院) names the courts of a region, not one court
      if (isPlaceName(stem) && !admin) continue;
      // 人民 with no 区/县 after a bare two-character stem reads a verb phrase as a place (移送|人民检察院)
      if (people && !admin) continue;
      const end = k + kind.length;
      if (!free(s, end)) continue;
      out.push({ type: "company", name: text.slice(s, end), confidence: 0.75, evidence: sentenceAt(t, s), at: s });
    }
  }
  return out;
}

/**
 * A court's short name, its city and the court's level (北京四中院, 上海一中院, 广州中院, 北京高院):
 * how news names it after (or instead of) 北京市第四中级人民法院. A place the gazetteer knows, an
 * ordinal only before 中院, and nothing Han before the place but a mark or a preposition.
 */
const SHORT_COURT_TABLE = wordTable(["中院", "高院"]);
const COURT_ORDINAL_CHAR = /[一二三四五六七八九]/;

function shortCourts(t: ArticleText, free: (s: number, e: number) => boolean): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  for (const { at: k, word } of wordHits(text, SHORT_COURT_TABLE)) {
    const e = word === "中院" && COURT_ORDINAL_CHAR.test(text[k - 1] ?? "") ? k - 1 : k;
    for (const len of [3, 2]) {
      const s = e - len;
      if (s < 0 || !isPlaceName(text.slice(s, e)) || !(s === 0 || BEFORE_DISTRICT.test(text[s - 1]!))) continue;
      const end = k + word.length;
      if (free(s, end)) out.push({ type: "company", name: text.slice(s, end), confidence: 0.75, evidence: sentenceAt(t, s), at: s });
      break;
    }
  }
  return out;
}

/** Every organisation these sentence shapes present, outside the spans already taken. */
/** 一家名为|澄岭|的初创公司, 一家叫|X|的企业: the name stands between the naming verb and the company noun. */
const NAMED_AS = /(?:名为|名叫|叫做|名字叫|叫)([\u4e00-\u9fffA-Za-z0-9]{2,12}?)的[^，。；！？\n]{0,10}?(?:初创公司|创业公司|公司|企业|创企|初创|独角兽|机构)/g;

function namedAsNames(t: ArticleText, free: (s: number, e: number) => boolean): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  // every naming verb holds 叫 or starts 名为: two indexOf scans, where the alternation was tried at each character
  if (!containsAny(text, NAMING_WORDS)) return out;
  for (const m of text.matchAll(NAMED_AS)) {
    const name = m[1]!;
    const s = m.index + m[0].indexOf(name, 1);
    if (!nameShaped(name) || personShaped(text, s, s + name.length) || !free(s, s + name.length)) continue;
    out.push({ type: "company", name, confidence: 0.75, evidence: sentenceAt(t, s), at: s });
  }
  return out;
}

export function shapedOrgNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const out: FoundName[] = [];
  const free = (s: number, e: number) => !taken.some((o) => o.start < e && o.end > s) && !out.some((f) => f.at < e && f.at + f.name.length > s);
  for (const rule of [districtBodies, shortCourts, stockNames, headedNames, headedActingNames, introducedNames, namedAsNames]) out.push(...rule(t, free));
  return out;
}
