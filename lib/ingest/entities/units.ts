/**
 * Units named after an organisation: a gazetteer organisation followed by a unit suffix
 * (京东 + 探索研究院, 国务院 + 新闻办公室, 清华大学 + 微电子所) names the unit, which is its own
 * entity linked to the parent; the parent then counts only where it is named on its own.
 */
import type { ArticleText } from "./article-text";
import { isGenericStem, type OrgSpan } from "./discover";
import { isStrongTitle, TITLES } from "./titles";
import { isCommonWord } from "./names";
import type { OrgKind } from "./types";
import { AFFILIATED_HOSPITAL, INNER_FIELD_JOIN } from "./affiliated-units";
import { isPlaceName } from "./institution-names";
import { containsAny, wordTable } from "./word-hits";
import { publicSubUnitAfter } from "./public-sub-units";
import { actingSchoolAfter, schoolAfter } from "./acting-schools";

/** What a unit is read from: a resolved organisation mention. */
export interface UnitMention {
  start: number;
  end: number;
  target: { slug: string; product: boolean };
}

export interface Unit extends OrgSpan {
  parentSlug: string;
}

/** Suffixes that make a unit of the organisation right before them (X研究院, X实验室, X办公室, 美的集团AI研究院). */
const UNIT_AFTER_ORG = /^((?:AI|[\u4e00-\u9fff]){0,10}?)(研究院|研究所|研究中心|实验室|办公室|专门委员会|专业委员会)/;
/**
 * A fund an investor (a state capital group among them) runs, named by a word of its own before 基金
 * (上海国投 + 先导人工智能基金, X资本 + 科创基金): the fund is the investor of record, as news names it.
 * Two characters at least between, so the investor's own name with 基金 after it (红杉基金) stays the investor.
 */
const FUND_AFTER_ORG = /^([\u4e00-\u9fff]{2,6}?)(?:产业)?基金(?!会)/;
/** A branch by place (农业银行 + 常德分行, 人民银行 + 常德市中心支行, 证监会 + 浙江监管局): the branch is its own unit, as news names it. */
const BRANCH_AFTER_ORG = /^([\u4e00-\u9fff]{2,4}?[市省县区]?)(中心支行|分行|支行|监管分局|监管局|分局|分公司|分院)/;
/**
 * A foreign company's China company by city (X + 中国北京公司, X + 中国上海分公司): a registered body of its own,
 * as news names it; only a city of the country list is read as the seat, so 中国区 or a product is not.
 */
const CHINA_BRANCH_AFTER_ORG = /^(中国([\u4e00-\u9fff]{2,3}?))(分公司|公司)/;
function chinaBranchAfter(after: string): RegExpExecArray | null {
  const m = CHINA_BRANCH_AFTER_ORG.exec(after);
  return m && isPlaceName(m[2]!) ? m : null;
}
const UNIT_STEM_STOP = /[的了是在和与等这那其该各每个们不为对从于被把也都将已会要及、]/;
/** Words with 等 that are no enumeration (高等研究院, 平等): the stop list's 等 is 「etc.」. */
const EQUAL_WORDS = /[高平同对均初中]等/g;
/** 与 joining two fields inside a unit's name (地理科学与资源研究所), not a partner before it (与清华大学联合实验室). */
const FIELD_JOIN = /(?<=[\u4e00-\u9fff]{2})与(?=[\u4e00-\u9fff]{2})/g;
const PARTNERED = /联合|共建|合作|共同|携手/;

/** The stem before a unit suffix reads as a clause, not a name. */
/** A stem that opens with the act of building it together (X|共建联合实验室): the organisation is a partner, the lab not its unit. */
const BUILT_WITH = /^(?:共建|共同|携手|合作共建|联合共建|合建)/;

/** A verb of having a unit (华为|则设有|诺亚方舟|实验室, 学院|下设|…): the organisation owns a body named on its own after it. */
const HAS_UNIT = /设有|下设|建有|拥有/;

function stemStops(stem: string, publicBody: boolean): boolean {
  if (BUILT_WITH.test(stem) || HAS_UNIT.test(stem)) return true;
  if (PARTNERED.test(stem)) return UNIT_STEM_STOP.test(stem);
  return UNIT_STEM_STOP.test(stem.replace(EQUAL_WORDS, "").replace(publicBody ? INNER_FIELD_JOIN : FIELD_JOIN, ""));
}
/** 「X所」 short for an institute (清华大学微电子所, 中科院计算所): only after universities, labs and public bodies. */
const INSTITUTE_AFTER_ORG = /^([\u4e00-\u9fff]{2,6}?)所(?![在有以谓需属得长])/;

/**
 * A line of business after a company's name (讯飞 + 医疗, 蚂蚁 + 金融, 网易 + 云音乐) names a subsidiary when the
 * text treats the pair as an organisation. Words that name the company itself (科技, 集团, 控股)
 * are not among them (小米科技 is 小米), nor product kinds (华为芯片 is what 华为 makes).
 */
export const BUSINESS_AFTER_ORG = /^(云音乐|云游戏|医疗|金融|汽车|智驾|数科|健康|教育|物流|支付|音乐|影业|游戏|地图|文旅|证券|保险|银行|传媒|视频|出行|智行)/;
/** What shows the pair acts as an organisation: a title of its people, a post held at it (在X担任), or an organisation's verb right after it. */
const ORG_ACT_AFTER = /^(?:的)?(?:担任|任职|宣布|发布|推出|递交|提交|完成|获得|成立于|正式|方面|上市|招股书|日前|近日|今日|官方)/;
/** Heads that say the next name is a subsidiary (科大讯飞旗下|讯飞医疗, 子公司|蚂蚁金融). */
const SUBSIDIARY_HEAD = /(?:旗下|子公司|孙公司|控股)的?$/;

function titleStartsAt(text: string, at: number): boolean {
  const p = text[at] === "的" ? at + 1 : at;
  return TITLES.some((x) => isStrongTitle(x) && text.startsWith(x, p));
}

/** Names a company + business word forms that the article treats as organisations somewhere. */
function businessUnitNames<M extends UnitMention>(t: ArticleText, mentions: M[], kindOf: (slug: string) => OrgKind | undefined, known: (name: string) => boolean): Set<string> {
  const names = new Set<string>();
  for (const m of mentions) {
    if (m.target.product || kindOf(m.target.slug) !== "company") continue;
    const hit = BUSINESS_AFTER_ORG.exec(t.simp.slice(m.end, m.end + 3));
    if (!hit) continue;
    const end = m.end + hit[0].length;
    const name = t.simp.slice(m.start, end);
    if (known(name)) continue;
    const acts = titleStartsAt(t.low, end) || ORG_ACT_AFTER.test(t.simp.slice(end, end + 4)) || SUBSIDIARY_HEAD.test(t.simp.slice(Math.max(0, m.start - 4), m.start));
    if (acts) names.add(name);
  }
  return names;
}

/** A unit suffix follows (北大|信息技术高等研究院): the organisation is named as a unit's parent. */
export function unitFollows(text: string, end: number): boolean {
  const hit = UNIT_AFTER_ORG.exec(text.slice(end, end + 14));
  return hit !== null && !stemStops(hit[1]!, false);
}

/**
 * A gazetteer organisation followed by a unit suffix (京东 + 探索研究院, 国务院 + 新闻办公室) names
 * the unit, not the parent: the span becomes the unit, and the parent counts only where it is
 * named on its own.
 */
export function splitUnits<M extends UnitMention>(t: ArticleText, mentions: M[], known: (name: string) => boolean, kindOf: (slug: string) => OrgKind | undefined): { mentions: M[]; units: Unit[] } {
  const units: Unit[] = [];
  const kept: M[] = [];
  const business = businessUnitNames(t, mentions, kindOf, known);
  // an investing arm is read only where the article speaks of investing at all: one look, not one per mention
  const investing = containsAny(t.simp, INVESTING_WORDS);
  for (const m of mentions) {
    const after = t.simp.slice(m.end, m.end + 14);
    const word = business.size ? BUSINESS_AFTER_ORG.exec(after.slice(0, 3)) : null;
    if (word && business.has(t.simp.slice(m.start, m.end + word[0].length))) {
      const end = m.end + word[0].length;
      units.push({ start: m.start, end, slug: null, name: t.simp.slice(m.start, end), parentSlug: m.target.slug });
      continue;
    }
    const arm = !investing || m.target.product || kindOf(m.target.slug) !== "company" ? -1 : namedArmAfter(t.simp, m.end);
    if (arm !== -1 && !known(t.simp.slice(m.start, arm)) && !mentions.some((o) => o !== m && o.start < arm && o.end > m.end)) {
      units.push({ start: m.start, end: arm, slug: null, name: t.simp.slice(m.start, arm), parentSlug: m.target.slug });
      continue;
    }
    const kind = kindOf(m.target.slug);
    const seat = kind === "government" && !m.target.product ? localSeatStart(t.simp, m.start, t.simp.slice(m.start, m.end)) : -1;
    if (seat !== -1 && !known(t.simp.slice(seat, m.end)) && !mentions.some((o) => o !== m && o.start < m.start && o.end > seat)) {
      units.push({ start: seat, end: m.end, slug: null, name: t.simp.slice(seat, m.end), parentSlug: m.target.slug });
      continue;
    }
    // a university's school that acts or is a partner (X大学 + 计算机学院 + 与…共建) is the party, its own unit,
    // where the article never names the university alone (named alone too, the school is read as the university, as the labels have it)
    const school = kind === "university" && !m.target.product ? actingSchoolAfter(t.simp, m.end) : 0;
    if (school > 0 && !mentions.some((o) => o !== m && o.target.slug === m.target.slug && schoolAfter(t.simp, o.end) === 0) && !known(t.simp.slice(m.start, m.end + school)) && !mentions.some((o) => o !== m && o.start < m.end + school && o.end > m.end)) {
      units.push({ start: m.start, end: m.end + school, slug: null, name: t.simp.slice(m.start, m.end + school), parentSlug: m.target.slug });
      continue;
    }
    const local = kind === "government" && !m.target.product ? localBureauAfter(t.simp, t.simp.slice(m.start, m.end), m.end) : 0;
    if (local > 0 && !known(t.simp.slice(m.start, m.end + local)) && !mentions.some((o) => o !== m && o.start < m.end + local && o.end > m.end)) {
      units.push({ start: m.start, end: m.end + local, slug: null, name: t.simp.slice(m.start, m.end + local), parentSlug: m.target.slug });
      continue;
    }
    const publicBody = kind === "university" || kind === "lab" || kind === "government";
    // a university's affiliated hospital (X大学 + 附属第一医院) is its own body, as news names it
    const hospital = kind === "university" ? AFFILIATED_HOSPITAL.exec(after) : null;
    const hit = m.target.product
      ? null
      : (hospital ?? UNIT_AFTER_ORG.exec(after) ?? (kind === "investor" ? FUND_AFTER_ORG.exec(after) : null) ?? BRANCH_AFTER_ORG.exec(after) ?? chinaBranchAfter(after) ?? (publicBody ? INSTITUTE_AFTER_ORG.exec(after) : null) ?? (kind === "government" ? publicSubUnitAfter(t.simp, t.low, m.end) : null));
    const name = hit ? t.simp.slice(m.start, m.end + hit[0].length) : "";
    const end = m.end + (hit?.[0].length ?? 0);
    if (!hit || stemStops(hit[1]!, publicBody) || known(name) || mentions.some((o) => o !== m && o.start < end && o.end > m.end) || describedOnly(kind, hit[1]!)) {
      kept.push(m);
      continue;
    }
    units.push({ start: m.start, end, slug: null, name, parentSlug: m.target.slug });
  }
  return { mentions: kept, units };
}

/**
 * A national 总局's own bureau in a place, written with the 总局 in front (国家税务总局|杭州市余杭区|税务局,
 * 国家税务总局|广州市|税务局): one body, the local bureau of a vertically run service, not the 总局 and a
 * second body. The place is one to three places each ending in its level (省, 市, 区, 县) and the bureau
 * repeats the 总局's field (税务总局 → 税务局). Returns the length after the 总局, or 0.
 */
function localBureauAfter(text: string, written: string, end: number): number {
  if (!written.endsWith("总局")) return 0;
  const after = text.slice(end, end + 24);
  const m = /^(?:[\u4e00-\u9fff]{1,5}?[省市区县]){1,3}/.exec(after);
  if (!m || NOT_A_SEAT.test(m[0])) return 0;
  // the field is the 总局's last two to six characters before 总局 (国家|税务|总局 → 税务局)
  for (let len = 2; len <= 6 && len + 2 < written.length; len++) {
    const field = written.slice(-(len + 2), -2);
    if (after.startsWith(field + "局", m[0].length)) return m[0].length + field.length + 1;
  }
  return 0;
}

/**
 * A local office written with a national body's short name after its place (X市委|网信办, X省|发改委, X区|网信办):
 * the place's own office, not the national body. The place runs back to a clause break or a joiner
 * or preposition, ends with its level (省/市/区/县, 委 for the party committee's office), and is no
 * pointer (该市, 本省, 全市).
 */
const LOCAL_SEAT_BEFORE = /(?:^|[^\u4e00-\u9fff]|[、和与及由经据在向对从同]|联合)([\u4e00-\u9fff]{2,5}?[省市区县]委?)$/;
const NOT_A_SEAT = /^[该本全各我此两其]|[的了是在和与及对将向从把被由等也都已说称]/;
/** Where a local office's place starts before a government body's short name at `start`, or -1. */
function localSeatStart(text: string, start: number, written: string): number {
  if (/^(?:国家|中央|中国|国务院)/.test(written)) return -1;
  const seat = LOCAL_SEAT_BEFORE.exec(text.slice(Math.max(0, start - 7), start));
  if (!seat || NOT_A_SEAT.test(seat[1]!)) return -1;
  return start - seat[1]!.length;
}

/** What only an investor does right after its name (华为哈勃|的战略投资, X、Y|参投, …|领投). */
const INVESTS_AFTER = /^(?:[、和与及][^，。；]{0,24}?)?(?:联合|共同)?(?:领投|跟投|参投|追投)|^的(?:战略)?投资|^(?:已|也|还)?(?:投资了|入股|战略投资)/;
/** What may follow the arm's name where it stands alone (这是|哈勃|今年投资的…). */
const ALONE_AFTER = /^(?:今年|去年|此前|已经|已|也|还|曾|累计)?(?:投资|领投|跟投|参投|入股|出资|旗下|的投资)/;
/** Words of investing: without any, an article names no investing arm. */
const INVESTING_WORDS = wordTable(["投资", "领投", "跟投", "参投", "入股", "出资"]);
const ARM_STOP = /[的了是在和与等这那其该各每个们不为对从于被把也都将已会要及、旗下]/;

/**
 * A company's investing arm named by the parent and a two-character name of its own (华为 + 哈勃):
 * its own entity linked to the parent when it invests right after (的战略投资, 、…参投) or the
 * article names it again alone as an investor (这是哈勃今年投资的…); a person after a company
 * (昆仑万维方汉：, 方汉称) is neither, nor a Han word after a Latin name (Arm|架构, Manus|肖弘).
 * Returns the arm's end, or -1.
 */
function namedArmAfter(text: string, end: number): number {
  // the cheap character tests first: nearly every mention is followed by a verb, a particle or punctuation
  const a = text.charCodeAt(end);
  const b = text.charCodeAt(end + 1);
  if (!(a >= 0x4e00 && a <= 0x9fff && b >= 0x4e00 && b <= 0x9fff) || !(text.charCodeAt(end - 1) >= 0x4e00 && text.charCodeAt(end - 1) <= 0x9fff)) return -1;
  const arm = text.slice(end, end + 2);
  if (ARM_STOP.test(arm) || isCommonWord(arm) || isGenericStem(arm)) return -1;
  if (BUSINESS_AFTER_ORG.test(arm) || UNIT_AFTER_ORG.test(text.slice(end, end + 14))) return -1;
  if (INVESTS_AFTER.test(text.slice(end + 2, end + 40))) return end + 2;
  for (let i = text.indexOf(arm); i !== -1; i = text.indexOf(arm, i + 1)) {
    if (i === end) continue;
    const prev = text[i - 1] ?? "";
    if (i > 0 && /[\u4e00-\u9fff]/.test(prev) && !/[是由获和与及]/.test(prev)) continue;
    if (ALONE_AFTER.test(text.slice(i + 2, i + 10))) return end + 2;
  }
  return -1;
}

/**
 * A company's lab named only by a generic field (某公司机器学习实验室) describes the lab rather
 * than naming it; universities and public bodies do name their institutes that way (某大学计算机研究所).
 */
function describedOnly(kind: OrgKind | undefined, stem: string): boolean {
  return kind === "company" && stem.length > 0 && isGenericStem(stem);
}

