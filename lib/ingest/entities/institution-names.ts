/**
 * Public institutions named by where they are and what they are, with no gazetteer entry and no
 * title after them: a place + a kind (禹州市人民医院, 长沙市住建局, 河南电视台, 山东大学), a
 * jurisdiction + a society or institute (中国密码学会, 国际密码协会, 美国国家标准技术研究院), or a
 * Latin brand + an institute (DCCI互联网研究院). The place anchors the start, so a run of verbs
 * before it (带小花去|禹州市人民医院) is never part of the name.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import { isHan, isHanAt } from "./context";
import type { FoundName, OrgSpan } from "./discover";
import { GENERIC_LATIN, PHRASE_CHARS } from "./org-words";
import { containsAny, wordHits, wordTable } from "./word-hits";
import { affiliatedEnd } from "./affiliated-units";
import { subUnitEnd } from "./sub-units";
import { GOVERNMENT_ACTS_AFTER, JURISDICTION_SERVICE_KINDS, PARTY_COMMITTEE_AFTER, SERVICE_KINDS, SHORT_ADMIN_KINDS } from "./public-body-kinds";
import { bytePool, zeroedBytes } from "./zeroed-bytes";

/** A zone's administration words, looked up in the shared pass over the article rather than scanned for. */
const ZONE_BODY_WORDS = wordTable(["管理委员会", "管委会"]);

/** Provinces, regions and the large cities news names institutions after (general geography, not from any page). */
const PROVINCE_LIST = "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门";
/** Province-level names are administrative without 省/市 (浙江证监局, 北京市监局). */
export const PROVINCES: ReadonlySet<string> = new Set(PROVINCE_LIST.split(" "));
/** The large cities below and their provinces (general geography): a dateline from 太原 sets a bare 省 in 山西. */
export const PROVINCE_OF_CITY: ReadonlyMap<string, string> = new Map(
  ("深圳 广东 广州 广东 杭州 浙江 南京 江苏 武汉 湖北 成都 四川 西安 陕西 苏州 江苏 长沙 湖南 郑州 河南 合肥 安徽 青岛 山东 厦门 福建 宁波 浙江 济南 山东 " +
    "沈阳 辽宁 大连 辽宁 哈尔滨 黑龙江 长春 吉林 昆明 云南 南昌 江西 福州 福建 无锡 江苏 东莞 广东 佛山 广东 珠海 广东 石家庄 河北 太原 山西 兰州 甘肃 " +
    "贵阳 贵州 南宁 广西 海口 海南 拉萨 西藏 银川 宁夏 西宁 青海 乌鲁木齐 新疆 呼和浩特 内蒙古")
    .split(" ")
    .reduce<[string, string][]>((pairs, w, i, all) => (i % 2 === 0 ? [...pairs, [w, all[i + 1]!]] : pairs), []),
);
const PLACES = new Set(
  (PROVINCE_LIST + " " +
    "深圳 广州 杭州 南京 武汉 成都 西安 苏州 长沙 郑州 合肥 青岛 厦门 宁波 济南 沈阳 大连 哈尔滨 长春 昆明 南昌 福州 无锡 东莞 佛山 珠海 石家庄 太原 兰州 贵阳 南宁 海口 拉萨 银川 西宁 乌鲁木齐 呼和浩特 雄安").split(" "),
);
export const isPlaceName = (name: string): boolean => PLACES.has(name);

/**
 * Districts and cities whose first character is also a lead word news puts before a name (前 of
 * 前CEO, 如 of 如X, 从 of 从X): the place opens a name there (前海母基金, 如皋农商行), so no lead is
 * cut from it. General geography, not from any page.
 */
const PLACES_OPENING_WITH_LEAD = ["前海", "如皋", "如东", "从化", "和平", "和田"];
/** Where a lead cut at `cut` splits a place that opens the name, how many characters the cut gives back; 0 when none. */
export function leadSplitsPlace(raw: string, cut: number): number {
  for (const place of PLACES_OPENING_WITH_LEAD) {
    for (let back = 1; back < place.length && back <= cut; back++) if (raw.startsWith(place, cut - back)) return back;
  }
  return 0;
}

/** A country or the world: with a society, institute or committee it names one body (中国数学会, 美国国家标准技术研究院). */
const JURISDICTIONS = ["中国", "全国", "国际", "世界", "全球", "亚洲", "亚太", "欧洲", "美国", "英国", "日本", "德国", "法国", "韩国"];
/** 全国 as an anchor: its committees are the state's (全国信息安全标准化技术委员会, 全国人大常委会). */
const NATIONAL: ReadonlySet<string> = new Set(["全国"]);
/** Countries (general geography) whose government, central bank or ministries news names as actors (希腊政府, 日本央行, 美国财政部). */
const COUNTRY_LIST = "美国 英国 法国 德国 日本 韩国 朝鲜 俄罗斯 印度 巴西 加拿大 澳大利亚 意大利 西班牙 希腊 葡萄牙 荷兰 比利时 瑞士 瑞典 挪威 丹麦 芬兰 爱尔兰 奥地利 波兰 乌克兰 土耳其 以色列 伊朗 伊拉克 沙特 阿联酋 埃及 南非 尼日利亚 墨西哥 阿根廷 智利 新加坡 马来西亚 印尼 印度尼西亚 泰国 越南 菲律宾 新西兰 巴基斯坦 哈萨克斯坦 中国 欧盟";
export const COUNTRIES = COUNTRY_LIST.split(" ");
const COUNTRY_SET: ReadonlySet<string> = new Set(COUNTRIES);
/** A country's name alone (美国, 俄罗斯): a place, never a person's or a club's name. */
export const isCountryName = (name: string): boolean => COUNTRY_SET.has(name);
/** What a country's name alone before it makes one body (no middle needed). */
const COUNTRY_KINDS = ["政府", "央行", "中央银行", "财政部", "商务部", "外交部", "国防部", "司法部", "国会", "议会", "内阁", "总工会"];
/** Countries by first character, longest first: most characters start none, and those that do start one or two. */
const COUNTRIES_BY_FIRST = new Map<string, string[]>();
for (const c of [...COUNTRIES].sort((a, b) => b.length - a.length)) COUNTRIES_BY_FIRST.set(c[0]!, [...(COUNTRIES_BY_FIRST.get(c[0]!) ?? []), c]);
const COUNTRY_FIRST: ReadonlySet<string> = new Set(COUNTRIES_BY_FIRST.keys());

/** The state's own bureaus and commissions (国家邮政局, 国家卫生健康委员会): 国家 anchors them as a province does. */
const STATE = "国家";
const STATE_KINDS = ["总局", "局", "委员会"];
/** 国家 as an adjective (国家有关部门和当局, 国家级委员会, 国家重点实验室) names no body. */
const VAGUE_STATE_MIDDLE = /有关|相关|级|各|重点|层面|当$/;
const JURISDICTION_FIRST = new Set([...JURISDICTIONS, STATE].map((j) => j[0]!));
/** What a place-anchored name ends with. 局, 委员会, 办公室 and 厅 only after an administrative place (长沙市住建局, 山西省商务厅). */
// a place's people's organisations (江苏省文联, 北京市总工会, 省科协), also after a country (法国总工会), and its weather office (北京市气象台), and a museum with its field (上海公安博物院)
const PEOPLES_ORGANISATIONS = ["文联", "作协", "科协", "侨联", "妇联", "总工会"];
/**
 * Civil society's own groups after a place and a name of their own (西安市蓝天救援队, 成都X训犬俱乐部,
 * 桂林市红十字会): the place and the middle word make one group, where the kind alone (当地救援队,
 * 多支救援队, 该俱乐部) names none.
 */
const CIVIL_GROUP_KINDS = ["救援队", "俱乐部", "红十字会"];
const PLACE_KINDS = [...new Set(["政协", "医院", "大学", "科学院", "学院", "学校", "中学", "小学", "电视台", "广播电视台", "研究院", "研究所", "法院", "检察院", "人民政府", "政府", "协会", "学会", "联合会", "商会", "贸促会", "促进会", "日报", "局", "委员会", "办公室", "厅", "管委会", "卫视",
  ...PEOPLES_ORGANISATIONS, "气象台", "博物院", "博物馆", ...CIVIL_GROUP_KINDS, ...SERVICE_KINDS, ...SHORT_ADMIN_KINDS])];
const ADMIN_ONLY_KINDS = new Set(["局", "委员会", "办公室", "厅", ...SHORT_ADMIN_KINDS.filter((k) => !PEOPLES_ORGANISATIONS.includes(k))]);
/** Kinds that name the body with the place alone (山东大学, 河南电视台, 江苏卫视); the rest need a middle word (北京同仁医院, not 北京医院). */
const BARE_PLACE_KINDS = new Set(["政协", "大学", "电视台", "广播电视台", "卫视", "日报", "人民政府", "政府", "贸促会", "商会", "气象台", ...SHORT_ADMIN_KINDS]);
/**
 * A place's government written short (江西省政府, 深圳市政府) is read only as the subject of a dated
 * act (江西省政府今年已与…签署, 深圳市政府日前发布): right after the place and its 省/市/县/区 mark, a
 * time word, adverbs and an act. Elsewhere the short form is as often a department's owner
 * (市政府八个部门) or half of a pair (市委市政府) as the body itself.
 */
const SHORT_GOVERNMENT_MARK = /[省市县区]$/;
/** The middle of a special administrative region's government (香港|特区|政府, 澳门|特别行政区|政府). */
const SAR_MIDDLE = /^(?:特区|特别行政区)$/;
const DATED_ACT_AFTER = /^(?:今年|去年|前年|近日|日前|此前|昨日|今日|昨天|今天|近期|近年来|近年|年内|当天|当日|同日|本月|上月|本周)(?:已经|已|将|也|还|又|正式|再次|首次|先后|陆续|相继|专门)*(?:与|同|和|向|为|对|发布|出台|印发|宣布|签署|签订|投入|推出|启动|设立|成立|批复|批准|下发|公布|颁布|举办|召开|联合|引进|出资|拨付|安排|提出|表示)/;
/** A country's embassy or consulate (中国驻圣保罗总领馆) is a body of that country like its societies. */
const JURISDICTION_KINDS = ["协会", "学会", "联合会", "研究会", "商会", "促进会", "科学院", "研究院", "研究所", "基金会", "委员会", "联盟", "组织", "总公司", "集团公司", "大使馆", "总领事馆", "总领馆", "领事馆", ...JURISDICTION_SERVICE_KINDS];
/** 组织 after a jurisdiction names one body (世界卫生组织, 国际劳工组织) unless the middle only says what kind (国际公益组织, 国际恐怖组织). */
/** 组织 as the verb (中国海上搜救中心迅速组织…): an institution already named in the middle, or an adverb before it. */
const ORGANISE_VERB = /(?:中心|局|部|委|院|所|会|办|厅)|(?:迅速|立即|积极|统一|共同|负责|精心|认真|紧急|及时|广泛|有序|专门|重新|随即|先后|多次)$/;
const KIND_OF_GROUP = /(?:公益|恐怖|犯罪|黑客|民间|非政府|慈善|学术|行业|社会|宗教|地下|极端|其他|相关)$/;
const LATIN_KINDS = ["研究院", "研究所", "实验室", "智库"];
const LATIN_KIND_TABLE = wordTable(LATIN_KINDS);
/** Every kind word, and how far before one an anchor may start (a 4-character place, 市, a 9-character middle). */
const KIND_WORDS = [...new Set([...PLACE_KINDS, ...JURISDICTION_KINDS, ...STATE_KINDS, ...COUNTRY_KINDS])];
const REACH = 4 + 1 + 9;
/** One table per kind word, so each kind is found as indexOf would (its own hits never overlap), in the shared pass over the article. */
const KIND_TABLES = KIND_WORDS.map((kind) => wordTable([kind]));
const PLACE_FIRST = [...PLACES].map((p) => p.charCodeAt(0));
/**
 * Code units where anchorsAt may find an anchor whatever places the article marks: 省/市 (a bare
 * administration), a jurisdiction's, a country's or a listed place's first character. Most tried
 * positions hold none, and a table read skips them without the one-character strings anchorsAt cuts.
 */
const ANCHOR_FIRST = new Uint8Array(65536);
for (const c of ["省", "市", ...JURISDICTION_FIRST, ...COUNTRY_FIRST]) ANCHOR_FIRST[c.charCodeAt(0)] = 1;
for (const code of PLACE_FIRST) ANCHOR_FIRST[code] = 1;
/** Shared when the article marks no place of its own (most do not), so no set is built per article. */
const PLACE_FIRST_SET: ReadonlySet<number> & Set<number> = new Set(PLACE_FIRST);
/** Characters a name's middle never holds: counts, demonstratives, vague words (北京一家医院, 某大学). */
const NOT_IN_MIDDLE = /[一二三四五六七八九十两几多某些所位\d０-９]/;
/** Words after the kind that make it part of another word (大学生, 医院里的). */
const KIND_CONTINUES = /^(生|校(?!长)|城|路|站|街|门口)/;
/** 局 opening 局地 (locally) or 局部地区 (in parts) is a weather report's adverb, no bureau (海南岛南部|局地有大雨). */
const BUREAU_IN_WORD = /^(?:地(?!址)|部(?:地区|区域|地方))/;
/** The people's organisations' short names also close words (合作协议, 学科协同, 互联网): a character after them that goes on with such a word. */
const PEOPLES_ORGS: ReadonlySet<string> = new Set(PEOPLES_ORGANISATIONS.filter((k) => k.length === 2));
const PEOPLES_ORG_IN_WORD = /[议调同助商定办力作合盟网动系络通接]/;

/** The office of a government named after it: a field of up to four characters and 办公室/办公厅 (新闻办公室, 办公厅). */
const GOVERNMENT_OFFICE = /^(?:新闻|外事|研究|参事|侨务|法制|台湾事务|港澳事务|金融工作)?(?:办公室|办公厅)/;

/**
 * 全市, 本市, 我省 refer to a place without naming it; 当地县, 联合省 put a word before the mark. (门 is
 * no such end: 江门, 荆门, 天门 are cities, and a word in 门 before 市 (部门|市场) meets the 场 check.)
 */
const NOT_PLACE_END = /[上城股超夜菜楼车黑集早开入退全本该我各此地合]$/;

/** Places the article itself marks as administrative (禹州市, 河南省, 诸城县): their bare names anchor too. */
function articlePlaces(text: string): Set<string> {
  // one set filled mark by mark, in the order a set of the three marks' sets would hold them, with no set per mark
  const places = new Set<string>();
  for (const mark of ["市", "省", "县"] as const) placesMarked(text, mark, places);
  return places;
}

/** The two-character places the article writes with one mark (禹州|市); 上市, 城市, 超市, 股市 are words, not places. */
export function placesMarked(text: string, mark: "市" | "省" | "县", places = new Set<string>()): Set<string> {
  // read back from each mark rather than trying a pattern at every position
  for (let k = text.indexOf(mark); k !== -1; k = text.indexOf(mark, k + 1)) {
    if (k < 2 || !isHanAt(text, k - 2) || !isHanAt(text, k - 1) || /[市省县]/.test(text[k - 1]!) || /[场值民面级]/.test(text[k + 1] ?? "")) continue;
    const place = text.slice(k - 2, k);
    if (PHRASE_CHARS.test(place) || (NOT_IN_MIDDLE.test(place) && !numberedPlace(place)) || NOT_PLACE_END.test(place)) continue;
    places.add(place);
  }
  return places;
}

/**
 * Many cities open with a numeral (九江, 三亚, 六安, 十堰, 四平): a numeral then a character that is
 * no count word is a place; a numeral second (沪深|两市, 东北|三省) or a count (十二个省) is not.
 */
const numberedPlace = (place: string): boolean => /^[一二三四五六七八九十]/.test(place) && !NOT_IN_MIDDLE.test(place[1]!) && !/[个余多位名家]/.test(place[1]!);

interface Anchor {
  start: number;
  /** Where the middle begins (after 市/省 when the place carries one). */
  end: number;
  admin: boolean;
  kinds: readonly string[];
  needsMiddle: (kind: string) => boolean;
  /** Extra test of the words between anchor and kind, where the anchor is also a common word (国家). */
  middleOk?: (middle: string) => boolean;
}

/**
 * A provincial or city department named from inside its province (省工信厅, 省发展改革委, 市科技局):
 * local news drops the place the article is about. Only the bodies of an administration follow the
 * bare 省/市 (厅, 局, 委, 办, 贸促会), after a field of two to six characters (市场|监管局 is a word, not 市).
 */
const BARE_ADMIN_KINDS = ["政协", "委员会", "贸促会", "厅", "局", "委", "办"];
/** What may stand right before a bare 省/市 that opens a name: a joiner, a preposition, a clause start (全省, 我省, 节省, 上市 may not). */
const BEFORE_BARE_ADMIN = /[、和与及同跟由经据在向对从被将把让是为即合]/;
const BARE_ADMIN_ANCHOR: Omit<Anchor, "start" | "end"> = { admin: true, kinds: BARE_ADMIN_KINDS, needsMiddle: (k) => k !== "贸促会" && k !== "政协", middleOk: (m) => m === "" || (m.length >= 2 && m.length <= 6) };
/**
 * 省委/市委 is the place's party committee (在省委、省政府的领导下), a body as its government is; 委
 * right after 省/市 opens no department, and 市委员/委托 are other words.
 */
const PARTY_COMMITTEE: Omit<Anchor, "start" | "end"> = { admin: true, kinds: ["委"], needsMiddle: () => false, middleOk: (m) => m === "" };

function bareAdminAt(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== "省" && ch !== "市") return false;
  // 省政协/市政协 is one word whatever stands before it (新当选的市政协委员, 参加了市政协会议)
  if (text.startsWith("政协", i + 1)) return i === 0 || !/[全本该我各此]/.test(text[i - 1]!);
  if (/[场值民面区县长]/.test(text[i + 1] ?? "")) return false;
  if (text[i + 1] === "委" && !partyCommitteeAt(text, i)) return false;
  return i === 0 || !isHanAt(text, i - 1) || BEFORE_BARE_ADMIN.test(text[i - 1]!);
}

function partyCommitteeAt(text: string, i: number): boolean {
  return text[i + 1] === "委" && !isHanAt(text, i + 2) || /^[委][书常副领宣组统政办秘]/.test(text.slice(i + 1, i + 3));
}

function anchorsAt(text: string, i: number, places: Set<string>, placeFirst: Set<number>): Anchor[] {
  const out: Anchor[] = [];
  if (bareAdminAt(text, i)) return [{ start: i, end: i + 1, ...(text[i + 1] === "委" ? PARTY_COMMITTEE : BARE_ADMIN_ANCHOR) }];
  const code = text.charCodeAt(i);
  if (!placeFirst.has(code) && !JURISDICTION_FIRST.has(text[i]!) && !COUNTRY_FIRST.has(text[i]!)) return out;
  for (const len of placeFirst.has(code) ? [4, 3, 2] : []) {
    const place = text.slice(i, i + len);
    if (!PLACES.has(place) && !places.has(place)) continue;
    const admin = /^(市|省|县|区)/.exec(text.slice(i + len, i + len + 1));
    const end = i + len + (admin ? 1 : 0);
    out.push({ start: i, end, admin: admin !== null || PROVINCES.has(place), kinds: PLACE_KINDS, needsMiddle: (k) => !BARE_PLACE_KINDS.has(k) });
    break;
  }
  if (!JURISDICTION_FIRST.has(text[i]!) && !COUNTRY_FIRST.has(text[i]!)) return out;
  for (const j of JURISDICTIONS) {
    if (text.startsWith(j, i)) out.push({ start: i, end: i + j.length, admin: NATIONAL.has(j), kinds: JURISDICTION_KINDS, needsMiddle: () => true });
  }
  for (const c of COUNTRIES_BY_FIRST.get(text[i]!) ?? []) {
    if (text.startsWith(c, i)) out.push({ start: i, end: i + c.length, admin: true, kinds: COUNTRY_KINDS, needsMiddle: () => false, middleOk: (m) => m === "" });
  }
  if (text.startsWith(STATE, i)) out.push({ start: i, end: i + STATE.length, admin: true, kinds: STATE_KINDS, needsMiddle: () => true, middleOk: (m) => !VAGUE_STATE_MIDDLE.test(m) });
  return out;
}

/** A court numbered in its city (北京市第四中级人民法院): the one middle where a numeral is part of the name. */
const COURT_ORDINAL = /^第[一二三四五六七八九十]{1,3}(?=中级人民法院)/;

/** The first kind word within reach of the anchor, with a middle that reads as part of a name. */
function kindAfter(text: string, a: Anchor, maxMiddle: number): { kind: string; end: number } | null {
  // 安徽省委副书记: the place's party committee, written as its bare 省委 is (see PARTY_COMMITTEE)
  if (a.kinds === PLACE_KINDS && a.admin && /[省市县]/.test(text[a.end - 1]!) && PARTY_COMMITTEE_AFTER.test(text.slice(a.end, a.end + 2))) return { kind: "委", end: a.end + 1 };
  const ordinalEnd = a.end + (COURT_ORDINAL.exec(text.slice(a.end, a.end + 12))?.[0].length ?? 0);
  for (let k = a.end; k <= a.end + maxMiddle && k < text.length; k++) {
    const ch = text[k]!;
    for (const kind of a.kinds) {
      if (!text.startsWith(kind, k)) continue;
      if (ADMIN_ONLY_KINDS.has(kind) && !a.admin) continue;
      const middle = text.slice(a.end, k);
      if (middle.length === 0 && a.needsMiddle(kind)) continue;
      // 政协 is the place's own conference: nothing stands between them (上海市政协, 省政协)
      if (kind === "政协" && middle !== "") continue;
      // …but a special administrative region's government is one body however it is written (香港特区政府)
      if (kind === "政府" && a.kinds === PLACE_KINDS && !SAR_MIDDLE.test(middle) && (middle !== "" || !SHORT_GOVERNMENT_MARK.test(text.slice(a.start, a.end)) || !(DATED_ACT_AFTER.test(text.slice(k + 2, k + 12)) || GOVERNMENT_ACTS_AFTER.test(text.slice(k + 2, k + 14))))) continue;
      if (a.middleOk && !a.middleOk(middle)) continue;
      if (kind === "组织" && (KIND_OF_GROUP.test(middle) || ORGANISE_VERB.test(middle))) continue;
      // 厅 names a department (商务厅) only after a field of two characters or more, never a room (大厅, 餐厅, 展厅)
      if (kind === "厅" && (middle.length < 2 || /[大客餐展舞歌门前球影茶]$/.test(middle))) continue;
      // a bare 委 or 办 ends only a department's short name (发展改革委, 网信办), never a word (委托, 办法, 办理)
      if ((kind === "委" || kind === "办") && /^[托屈员婉派身任托法理事公]/.test(text.slice(k + 1, k + 2))) continue;
      // 常委会 is one word: the standing committee (省人大常委会), not 常委 and a 会 after it
      if (kind === "委" && text[k - 1] === "常" && text[k + 1] === "会") return { kind: "委会", end: k + 2 };
      if (KIND_CONTINUES.test(text.slice(k + kind.length, k + kind.length + 2))) continue;
      if (kind === "局" && BUREAU_IN_WORD.test(text.slice(k + 1, k + 5))) continue;
      if (PEOPLES_ORGS.has(kind) && (PEOPLES_ORG_IN_WORD.test(text[k + kind.length] ?? "") || (kind === "作协" && text[k - 1] === "合"))) continue;
      // a government's own office is its body (湖南省人民政府|新闻办公室, 北京市人民政府|办公厅)
      const office = kind === "人民政府" ? GOVERNMENT_OFFICE.exec(text.slice(k + kind.length, k + kind.length + 8)) : null;
      if (office) return { kind, end: k + kind.length + office[0].length };
      // a company before the kind makes two names, not one body's (X公司|与…管委会)
      if (middle.includes("公司")) return null;
      if (a.admin) {
        const sub = subUnitEnd(text, kind, k + kind.length);
        if (sub > k + kind.length) return { kind, end: sub };
      }
      return { kind, end: affiliatedEnd(text, kind, k + kind.length) };
    }
    // 和/与 join two fields inside a name (工业和信息化局, 国家标准与技术研究院), never at its edges
    const joins = (ch === "和" || ch === "与") && k > a.end && isHanAt(text, k + 1) && !PHRASE_CHARS.test(text[k + 1]!);
    // 会 inside a name is a word part (浸会大学, 社会科学院), not the auxiliary 「will」 that opens a clause
    const wordPart = ch === "会" && k > a.end && isHanAt(text, k - 1) && !PHRASE_CHARS.test(text[k - 1]!);
    if (!isHan(ch) || (PHRASE_CHARS.test(ch) && !joins && !wordPart) || (NOT_IN_MIDDLE.test(ch) && k >= ordinalEnd)) return null;
  }
  return null;
}

/** A development zone's administration (中关村科技园区管理委员会, 张江高新区管委会): the zone's name anchors it as a place does. */
const ZONE_BODY = /([\u4e00-\u9fff]{2,8}?(?:科技园区|科学城|高新技术产业开发区|经济技术开发区|开发区|高新区|自贸区|新区|园区))(?:管理委员会|管委会)/g;

function zoneAdministrations(t: ArticleText, free: (s: number, e: number) => boolean, covered: Uint8Array): FoundName[] {
  const out: FoundName[] = [];
  const text = t.simp;
  if (!containsAny(text, ZONE_BODY_WORDS)) return out;
  for (const m of text.matchAll(ZONE_BODY)) {
    let s = m.index;
    // the zone's name starts the clause or follows a joiner (、|中关村…, 和|…)
    const lead = /^.*[、和与及由在据对]/.exec(m[1]!);
    if (lead) s += lead[0].length;
    const e = m.index + m[0].length;
    const name = text.slice(s, e);
    if (!free(s, e) || PHRASE_CHARS.test(m[1]!.slice(lead ? lead[0].length : 0)) || NOT_IN_MIDDLE.test(name)) continue;
    out.push({ type: "company", name, confidence: 0.75, evidence: sentenceAt(t, s), at: s });
    covered.fill(1, s, e);
  }
  return out;
}

/** institutionNames' two per-offset tables, reused from article to article (./zeroed-bytes). */
const COVERED = bytePool();
const TRY_AT = bytePool();

/** Every place-, jurisdiction- or Latin-anchored institution outside the spans already taken. */
export function institutionNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  const covered = zeroedBytes(COVERED, text.length + 1);
  for (const o of taken) covered.fill(1, o.start, o.end);
  const free = (s: number, e: number) => {
    for (let k = s; k < e; k++) if (covered[k] === 1) return false;
    return true;
  };
  // a name can only start a few characters before a kind word: try those positions only
  const tryAt = zeroedBytes(TRY_AT, text.length);
  let anyKind = false;
  for (const table of KIND_TABLES) {
    for (const { at: k } of wordHits(text, table)) {
      tryAt.fill(1, Math.max(0, k - REACH), k);
      anyKind = true;
    }
  }
  // a place's party committee (安徽省委) has no kind word to index: tried from a reach before its 委
  for (const mark of ["省委", "市委", "县委"]) {
    for (let k = text.indexOf(mark); k !== -1; k = text.indexOf(mark, k + 1)) {
      tryAt.fill(1, Math.max(0, k - REACH), k);
      anyKind = true;
    }
  }
  // a bare 省/市 anchors its own department (省发展改革委): tried where it stands, its kinds (委, 办) too common to index
  for (const mark of ["省", "市"]) {
    for (let k = text.indexOf(mark); k !== -1; k = text.indexOf(mark, k + 1)) {
      if (!bareAdminAt(text, k)) continue;
      tryAt[k] = 1;
      anyKind = true;
    }
  }
  if (!anyKind && !/[A-Z]/.test(text)) return out;
  const places = anyKind ? articlePlaces(text) : new Set<string>();
  const placeFirst = places.size ? new Set(PLACE_FIRST) : PLACE_FIRST_SET;
  for (const p of places) placeFirst.add(p.charCodeAt(0));
  for (let i = 0; i < text.length; i++) {
    if (tryAt[i] === 0 || covered[i] === 1 || !isHanAt(text, i)) continue;
    const code = text.charCodeAt(i);
    if (ANCHOR_FIRST[code] === 0 && !placeFirst.has(code)) continue;
    for (const a of anchorsAt(text, i, places, placeFirst)) {
      const hit = kindAfter(text, a, 9);
      if (!hit || !free(a.start, hit.end)) continue;
      const name = text.slice(a.start, hit.end);
      out.push({ type: "company", name, confidence: 0.75, evidence: sentenceAt(t, a.start), at: a.start });
      covered.fill(1, a.start, hit.end);
      i = hit.end - 1;
      break;
    }
  }
  out.push(...zoneAdministrations(t, free, covered));
  // a Latin brand + an institute (DCCI互联网研究院, 亿欧智库 has its own suffix rule)
  if (!containsAny(text, LATIN_KIND_TABLE)) return out;
  const latin = /(?<![A-Za-z0-9])([A-Z][A-Za-z0-9&]{1,15})([\u4e00-\u9fff]{0,6}?)(研究院|研究所|实验室|智库)/g;
  for (let m = latin.exec(text); m; m = latin.exec(text)) {
    // a generic word (AI研究院) names no brand: after an organisation it is that organisation's unit (./units)
    if (!LATIN_KINDS.includes(m[3]!) || PHRASE_CHARS.test(m[2]!) || NOT_IN_MIDDLE.test(m[2]!) || GENERIC_LATIN.has(m[1]!.toLowerCase())) continue;
    if (!free(m.index, m.index + m[0].length)) continue;
    out.push({ type: "company", name: m[0], confidence: 0.75, evidence: sentenceAt(t, m.index), at: m.index });
    covered.fill(1, m.index, m.index + m[0].length);
  }
  return out;
}
