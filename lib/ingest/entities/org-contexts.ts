/**
 * Organisations named by what the sentence does with them, with no suffix of their own:
 * 「X公司」 where the article also names X alone (柯达公司…柯达称), and 「与X合作/签约」 where X is
 * a Latin name, carries an organisation suffix, or is named again, or is a brand or a city with a
 * trade after it beside a known partner (北辰能源, 上海电气). A one-off generic word
 * (上市公司, 与客户合作) is never taken.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import { CLAUSE_BREAK, charBefore, isHan, isClauseBreakAt } from "./context";
import type { FoundName, OrgSpan } from "./discover";
import { GENERIC_LATIN, GENERIC_WORDS, isGenericStem, LEAD_NOISE, LONGEST_GENERIC, ORG_SUFFIX, PHRASE_CHARS } from "./org-words";
import { isPlaceName } from "./institution-names";
import { containsAny, wordTable } from "./word-hits";

/** 论坛, looked up in the shared pass over the article rather than scanned for. */
const FORUM_WORD = wordTable(["论坛"]);

/** Words that make X公司 a kind of company, not a name (上市公司, 母公司, 科技公司). */
const KIND_OF_COMPANY = /^(上述|前述|所述|目标|标的|被投|参股|关联|竞争|同名|上市|母|子|分|总|控股|合资|空壳|外资|外企|国有|国企|民营|私营|跨国|互联网|贸易|管理|物业|房地产|地产|开发|建筑|保险|信托|电力|电网|石油|烟草|运营|物流|快递|游戏|手机|电商|代工|中介|影视|广告|审计|评级|担保|租赁|航空|铁路|电信|通信|新能源|车企|初创|创业|咨询|数据|软件|研发|芯片|设计|制造|服务|平台|安全|支付|金融|贷款|小贷|网贷|助贷|催收|验房|家|两家|该|本|此|其|贵|我|某|新|老|大|小|头部|同类|相关|涉事|当地|本地|境外|海外|国内|美国|中国|日本|韩国|欧洲|英国|德国|法国)$/;
/** Who a company works with that is no name (与客户合作, 与高校签约); a department, body or unit of no one named (监管部门, 有关机构). */
const NOT_PARTNER = /(?:部门|机构|单位|当局)$|^(用户|客户|政府|高校|伙伴|合作伙伴|企业|厂商|机构|各方|多方|对方|同行|业内|行业|团队|品牌|院校|医院|学校|媒体|平台|地方|国外|海外|国内|本地|当地|开发者|生态|社区|车企|药企|银行|券商|运营商)$/;

/** Counts and pointers (三家, 一旦, 某) are no names. */
const VAGUE = /^[一二三四五六七八九十两几多数某该此这那各每]|家$/;
/** A field or line of business (具身智能公司, AI应用公司, AI制药公司) says what kind of company, not which. */
const FIELD = /(应用|技术|服务|产品|业务|行业|领域|方向|赛道|模型|机器人|智能|电商|出海|硬件|终端|算法|制药|医药|药物|化工|材料|零售|餐饮|物流|助手|工具)$/;

/** Any generic word inside the name (具身|智能): a field, not a brand. */
function hasGenericWord(name: string): boolean {
  for (let i = 0; i < name.length; i++) for (let len = 2; len <= LONGEST_GENERIC && i + len <= name.length; len++) if (GENERIC_WORDS.has(name.slice(i, i + len))) return true;
  return isGenericStem(name);
}

function standsAgain(text: string, name: string, at: number, after: RegExp): boolean {
  for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) {
    if (i === at) continue;
    const prev = charBefore(text, i);
    const next = text.slice(i + name.length, i + name.length + 2);
    if (isHan(prev) && !CLAUSE_BREAK.test(prev!) && !LEAD_NOISE.test(prev!)) continue;
    if (after.test(next)) continue;
    return true;
  }
  return false;
}

/** A run that may be an organisation's name: no lead word, count, field, place or kind of company. */
export function acceptable(name: string, suffixed = true): boolean {
  if (/^[A-Za-z]/.test(name)) return name.length >= 2 && !GENERIC_LATIN.has(name.toLowerCase());
  // a suffixed name (零跑汽车) is judged by its stem where it stands alone: the suffix is generic by design
  const stem = suffixed && ORG_SUFFIX.test(name) ? name.replace(ORG_SUFFIX, "") : name;
  // a lead-in or time word (目前, 此外, 相比) is never a name
  return stem.length >= 2 && [...name].every((c) => isHan(c)) && !LEAD_NOISE.test(name) && !PHRASE_CHARS.test(name) && !VAGUE.test(stem) && !FIELD.test(stem) && !hasGenericWord(stem) && !isPlaceName(stem) && !KIND_OF_COMPANY.test(stem);
}

/** A capitalised Latin name of up to three words ending the text (…Preferred Networks, …Rebellions). */
const LATIN_NAME_BEFORE = /(?<![A-Za-z0-9&.-])[A-Z][A-Za-z0-9&.-]{2,20}(?: [A-Z][A-Za-z0-9&.-]+){0,2}$/;
const LATIN_BEFORE = /(?<![A-Za-z0-9])[A-Z][A-Za-z0-9&.-]{1,20}$/;
/** A head noun in apposition before the name (新能源车企|极越公司). */
const HEAD_BEFORE = /(公司|企业|厂商|平台|品牌|车企|药企|巨头|独角兽|初创)$/;

/** Where a 2–4 character Han name before 公司 starts: a clause start, a lead word or a head noun before it; -1 when unknown. */
function hanNameStart(text: string, at: number): number {
  for (const len of [4, 3, 2]) {
    const s = at - len;
    if (s < 0 || ![...text.slice(s, at)].every((c) => isHan(c))) continue;
    const before = text.slice(Math.max(0, s - 3), s);
    const prev = text[s - 1];
    if (prev === undefined || !isHan(prev) || CLAUSE_BREAK.test(prev) || HEAD_BEFORE.test(before) || /(?:据|由|与|和|及|对|向|被|是|为|在)$/.test(before)) return s;
    // a place and 的 before the name (杭州的|云栖数智公司): the place says where it is, the name starts after
    if (prev === "的" && [2, 3].some((l) => isPlaceName(text.slice(s - 1 - l, s - 1)))) return s;
  }
  return -1;
}
/** What only a company does right after 「X公司」 (推出, 宣布, 完成…融资): with a clear start, one sighting names it. */
const COMPANY_ACT_AFTER = /^(?:近日|日前|今日|今天|正式|也|则|已)?(?:推出|发布|宣布|完成|获得|上线)/;
/** The name opens its clause, follows a head noun, or follows a place and 的 (杭州的|云栖数智公司); a Latin name's script bounds it (美国|Zienon公司). */
function clearStart(text: string, s: number): boolean {
  const prev = text[s - 1];
  if (prev === undefined || !isHan(prev) || CLAUSE_BREAK.test(prev) || HEAD_BEFORE.test(text.slice(Math.max(0, s - 3), s))) return true;
  return prev === "的" && [2, 3].some((len) => isPlaceName(text.slice(s - 1 - len, s - 1)));
}
/** 公司 standing for the article's company as the clause's subject (，公司去年|与…): the other side is an organisation. */
const COMPANY_SUBJECT_BEFORE = /(?:^|[，。；：,;:\n])(?:该|这家|本)?(?:公司|企业|集团)(?:去年|今年|此前|近日|日前|曾|已|也|还|将|正式|已经)*$/;

/** An organisation found right before 与/和 (星图智算|与…): the partner's other side is known. */
function knownBefore(text: string, taken: OrgSpan[], joinAt: number): boolean {
  if (taken.some((o) => o.end === joinAt) || COMPANY_SUBJECT_BEFORE.test(text.slice(Math.max(0, joinAt - 14), joinAt))) return true;
  // …or a name after a head noun that the article names again (AI基础设施企业|星图智算|与…, 星图智算董事长…)
  for (let len = 3; len <= 6; len++) {
    const s = joinAt - len;
    const name = text.slice(s, joinAt);
    if (s > 0 && [...name].every((c) => isHan(c)) && HEAD_BEFORE.test(text.slice(Math.max(0, s - 3), s)) && acceptable(name) && standsAgain(text, name, s, /^$/)) return true;
  }
  return false;
}
/** A 2–3 character brand then a generic field word (北辰|能源, 远景|科技): the brand names it, the field says what it does. */
export function brandThenField(name: string): boolean {
  for (const tail of [2, 3]) {
    const brand = name.slice(0, name.length - tail);
    if (brand.length >= 2 && brand.length <= 3 && GENERIC_WORDS.has(name.slice(-tail)) && acceptable(brand, false)) return true;
  }
  return false;
}
/** Industries a city's own enterprise is named by (上海|电气, 北京|汽车, 重庆|钢铁): the city alone is no partner, the pair is. */
const CITY_INDUSTRY = /^(?:电气|电子|电力|医药|汽车|能源|化工|钢铁|建工|机械|重工|港务|地铁|银行|证券|信托|城投|国投|仪电|建设)$/;
/** A city + an industry (上海电气): the enterprise of that city and trade. */
function cityThenIndustry(name: string): boolean {
  return name.length === 4 && isPlaceName(name.slice(0, 2)) && CITY_INDUSTRY.test(name.slice(2));
}
/** The clause's subject before 与 (大会期间，|蓝湖数科|与…) is a 3–6 character run the article names again: a party, not a phrase. */
function subjectNamedAgain(text: string, joinAt: number): boolean {
  let s = joinAt;
  while (s > joinAt - 7 && s > 0 && isHan(text[s - 1]) && !isClauseBreakAt(text, s - 1)) s--;
  const name = text.slice(s, joinAt);
  return (s === 0 || CLAUSE_BREAK.test(text[s - 1]!)) && name.length >= 3 && acceptable(name) && standsAgain(text, name, s, /^$/);
}
const PARTNER = /(?:与|和|同|携手)([A-Z][A-Za-z0-9&.-]*(?: [A-Z][A-Za-z0-9&.-]*){0,2}|[\u4e00-\u9fff]{2,10}?)(?=(?:达成|签署|签订|签约|合作|联合推出|共同|宣布合作|展开合作|开展合作|建立合作|完成合并|宣布合并|正式合并))/g;

const PARTNER_VERB = wordTable(["达成", "签署", "签订", "签约", "合作", "联合推出", "共同", "合并"]);
/**
 * A forum with a board or a secretariat of its own (X论坛|理事会, X论坛|秘书长) is a standing
 * organisation, not an event; the name opens its clause.
 */
const FORUM_BODY = /(?:^|[\n，。；：、,;:?？!！])([\u4e00-\u9fff]{2,8}论坛)(理事会|秘书处|理事长|秘书长)/g;
/** A forum's own meeting, not a body (本届|论坛, 高峰|论坛, 分|论坛): its generic stem still names one with a board (远见|论坛). */
const EVENT_FORUM = /^(?:本届|首届|该|本|此|这|高峰|峰会|分|主|年度|国际|平行)/;
/** 来自|X实验室|的Y: where a speaker or a team comes from, named in full with an organisation's suffix. */
const FROM_ORG = /来自([\u4e00-\u9fffA-Za-z]{3,14}?)的/g;
const FROM_WORD = wordTable(["来自"]);
/**
 * A partner's head right before a capitalised Latin name (合作伙伴|Veloria|的销售网络, 大股东|Prosina):
 * only an organisation is a company's partner, supplier or shareholder, and the script bounds the name.
 */
const PARTNER_HEAD_LATIN = /(?:合作伙伴|战略伙伴|供应商|大股东|股东)([A-Z][A-Za-z0-9&.-]{2,20}(?: [A-Z][A-Za-z0-9&.-]+){0,2})(?![A-Za-z0-9])/g;
/** PARTNER_HEAD_LATIN's heads, one of which it cannot match without (looked up in the shared pass over the article). */
const PARTNER_HEADS = wordTable(["合作伙伴", "战略伙伴", "供应商", "股东"]);
/** Words between a subject and 与 that belong to the verb, not the name (今日|宣布|正式). */
const LEFT_VERB_TAIL = /(?:今日|今天|近日|日前|正式|宣布|已经|已|将|再次|也|还|同时)+$/;

export function contextOrgNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  const free = (s: number, e: number) => !taken.some((o) => o.start < e && o.end > s) && !out.some((f) => f.at < e && f.at + f.name.length > s);
  for (let at = text.indexOf("公司"); at !== -1; at = text.indexOf("公司", at + 2)) {
    const latin = LATIN_BEFORE.exec(text.slice(Math.max(0, at - 21), at));
    const s = latin ? at - latin[0].length : hanNameStart(text, at);
    if (s === -1) continue;
    const name = text.slice(s, at);
    // a generic Latin word before it (AI|眼镜公司, AR|眼镜公司) makes the run a kind of company, not a name
    const latinLead = /([A-Za-z]+) ?$/.exec(text.slice(Math.max(0, s - 7), s));
    if (!latin && latinLead && GENERIC_LATIN.has(latinLead[1]!.toLowerCase())) continue;
    // a Latin name right before the Han run (PALANCA|水泥公司): the run is that company's trade, not a name of its own
    if (!latin && /[A-Za-z0-9]/.test(text[s - 1] ?? "")) continue;
    // a counter after a number (30|家初创公司) opens a count, not a name
    if (/^[家个名款位批]/.test(name) && /[\d一二三四五六七八九十两几多数余]/.test(text[s - 1] ?? "")) continue;
    // before 公司 a suffix word is the company's field (具身智能公司), so the whole name is judged
    if (!acceptable(name, false) || !free(s, at)) continue;
    // 公司 heading a name found right after it (灵巧手公司|巧域智能): X says what kind of company that one is
    if (taken.some((o) => o.start === at + 2)) continue;
    // named once, X公司 needs a clear start and a company's act right after (杭州的|云栖数智公司|推出)
    if (!standsAgain(text, name, s, /^公司/) && !(COMPANY_ACT_AFTER.test(text.slice(at + 2, at + 6)) && (latin !== null || clearStart(text, s)))) continue;
    out.push({ type: "company", name, confidence: 0.75, evidence: sentenceAt(t, s), at: s });
  }
  for (const m of containsAny(text, FROM_WORD) ? text.matchAll(FROM_ORG) : []) {
    const name = m[1]!;
    const s = m.index + 2;
    const stem = name.replace(ORG_SUFFIX, "");
    // …公司 after 来自 is as often a kind (来自早期创业公司的) as a name: only the other suffixes name one there
    if (!ORG_SUFFIX.test(name) || name.endsWith("公司") || stem.length < 2 || VAGUE.test(stem) || /[和与及或]/.test(name) || PHRASE_CHARS.test(stem) || isGenericStem(stem) || hasGenericWord(stem.slice(0, 2)) || !free(s, s + name.length)) continue;
    out.push({ type: "company", name, confidence: 0.75, evidence: sentenceAt(t, s), at: s });
  }
  // the pattern tries every clause start, and most articles hold no forum at all
  for (const m of containsAny(text, FORUM_WORD) ? text.matchAll(FORUM_BODY) : []) {
    const name = m[1]!;
    const s = m.index + m[0].length - name.length - m[2]!.length;
    const stem = name.slice(0, -2);
    if (VAGUE.test(stem) || EVENT_FORUM.test(stem) || PHRASE_CHARS.test(stem) || !free(s, s + name.length)) continue;
    out.push({ type: "company", name, confidence: 0.75, evidence: sentenceAt(t, s), at: s });
  }
  for (const m of containsAny(text, PARTNER_HEADS) ? text.matchAll(PARTNER_HEAD_LATIN) : []) {
    const name = m[1]!;
    const s = m.index + m[0].length - name.length;
    if (GENERIC_LATIN.has(name.toLowerCase()) || !free(s, s + name.length)) continue;
    out.push({ type: "company", name, confidence: 0.75, evidence: sentenceAt(t, s), at: s });
  }
  if (!containsAny(text, PARTNER_VERB)) return out;
  for (let m = PARTNER.exec(text); m; m = PARTNER.exec(text)) {
    const name = m[1]!;
    const s = m.index + m[0].length - name.length;
    const known = taken.some((o) => o.start === s && o.end === s + name.length);
    if (!known) {
      // 星图智算与|北辰能源|达成合作: with the other side a known organisation, a brand + a field word (能源) is the partner's name
      const brandWithField = (!acceptable(name) && knownBefore(text, taken, m.index) && brandThenField(name)) || (cityThenIndustry(name) && (knownBefore(text, taken, m.index) || subjectNamedAgain(text, m.index)));
      if (NOT_PARTNER.test(name) || !(acceptable(name) || brandWithField) || !free(s, s + name.length)) continue;
      if (brandWithField) {
        out.push({ type: "company", name, confidence: 0.75, evidence: sentenceAt(t, s), at: s });
        continue;
      }
      if (!/^[A-Za-z]/.test(name) && !ORG_SUFFIX.test(name) && !standsAgain(text, name, s, /^$/)) continue;
      out.push({ type: "company", name, confidence: 0.75, evidence: sentenceAt(t, s), at: s });
    }
    // the other side: the clause's subject right before 与 (零跑汽车|与地平线签署)
    const joinAt = m.index;
    // …a Latin name right before 与 is that subject whatever precedes it (韩国的|Rebellions|与Sapeon完成合并)
    const latinLeft = LATIN_NAME_BEFORE.exec(text.slice(Math.max(0, joinAt - 40), joinAt));
    if (latinLeft && !GENERIC_LATIN.has(latinLeft[0].toLowerCase()) && free(joinAt - latinLeft[0].length, joinAt)) {
      out.push({ type: "company", name: latinLeft[0], confidence: 0.75, evidence: sentenceAt(t, joinAt - latinLeft[0].length), at: joinAt - latinLeft[0].length });
      continue;
    }
    let ls = joinAt;
    while (ls > joinAt - 8 && ls > 0 && !isClauseBreakAt(text, ls - 1)) ls--;
    const lead = LEAD_NOISE.exec(text.slice(ls, joinAt));
    if (lead) ls += lead[0].length;
    // adverbs and 宣布 between the subject and 与 belong to the verb (星河智能|宣布与…合作)
    const verbTail = LEFT_VERB_TAIL.exec(text.slice(ls, joinAt));
    const left = text.slice(ls, joinAt - (verbTail ? verbTail[0].length : 0));
    const leftEnd = ls + left.length;
    if ((ls === 0 || CLAUSE_BREAK.test(text[ls - 1]!) || lead) && acceptable(left) && free(ls, leftEnd) && (/^[A-Za-z]/.test(left) || ORG_SUFFIX.test(left) || standsAgain(text, left, ls, /^$/))) {
      out.push({ type: "company", name: left, confidence: 0.75, evidence: sentenceAt(t, ls), at: ls });
    }
  }
  PARTNER.lastIndex = 0;
  return out;
}
