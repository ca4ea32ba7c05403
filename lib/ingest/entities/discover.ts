/**
 * Discovery from the text's own patterns, beyond the gazetteer: organisation + title + name
 * (稀奇资本合伙人雷强生, 腾讯云副总裁、腾讯云智能平台负责人李学朝), 记者 X, name + 表示/认为…,
 * (作者系…院长) notes, name lists, and the organisation patterns of ./org-patterns. Every find
 * carries a confidence and the sentence that shows it. Roles are read from the same patterns.
 */
import { postsAfterAs } from "./as-posts";
import { isBareAdmin } from "./bare-admin";
import type { ArticleText } from "./article-text";
import { articleSentenceSpan, sentenceAt } from "./article-text";
import { CLAUSE_BREAK, charBefore, isHan, speechFollows, isHanAt, isClauseBreakAt, nameRightOk } from "./context";
import { chineseNameAt, commonWordNameAt, isCommonWord, listItemName, isParty, latinNameAt, namedAgain, nameVerbAt, rareSurnameNameAt, transliteratedNameAt, verbStartsAt } from "./names";
import { isStrongTitle, ROLE_NOUNS, TITLES, titleEndingAt, titleEnds } from "./titles";
import { ADMIN_AREA, describesOnly, GENERIC_LATIN, GENERIC_WORDS, isGenericStem, LEAD_NOISE, LONGEST_GENERIC, ORG_SUFFIX, PHRASE_CHARS } from "./org-words";
import { orgPatternNames } from "./org-patterns";
import { isPlaceName, leadSplitsPlace } from "./institution-names";
import { namesBeforeOffices } from "./office-names";
import { foreignOfficeNames } from "./foreign-office-names";
import { transliteratedPostNames } from "./transliterated-post-names";
import { partyNames } from "./party-names";
import { subjectClausePosts } from "./subject-clause-posts";
import { commaPronounPosts } from "./comma-pronoun-posts";
import { commaApposedPosts } from "./comma-apposed-posts";
import { commaZaiRenPosts } from "./comma-zai-ren-posts";
import { namesBeforeSpeech, personnelVerbAt, speaksOrMovesAt } from "./speech-names";
import { speakerNames } from "./speaker-names";
import { countedNames } from "./counted-names";
import { handleNames } from "./handle-names";
import { resultNames } from "./result-names";
import { soundedSpeakers } from "./sounded-speakers";
import { glossedNames } from "./glossed-names";
import { glossedSpeakers } from "./glossed-speakers";
import { namesBehindSurnameAddress, agedNames } from "./person-frames";
import { orgNameScholars } from "./org-name-scholars";
import { dottedLastParts } from "./dotted-names";
import { glossedDottedNames } from "./glossed-dotted-names";
import { comradeNames } from "./comrade-names";
import { kinAfterNames } from "./kin-after-names";
import { type PlacedPerson, rolesAfterNames } from "./roles-after-name";
import { postsAfterOrgDeName } from "./org-de-name-posts";
import { containsAny, wordHits, wordTable } from "./word-hits";
import { overlapsAny } from "./spans";
import { appositiveNames, calledNames, copulaPosts } from "./copula-posts";
import { postsHeldBy } from "./held-by";
import { founderNames } from "./founder-names";
import { type Appointment, appointmentNames } from "./appointment-names";
import { namesBeforeLifePredicates } from "./life-predicates";
import { apposedNames } from "./apposed-posts";
import { addressedNames } from "./addressed-names";
import { chainedTitles } from "./chained-titles";
import { pronounPosts } from "./pronoun-posts";
import { joinedCompanyPosts } from "./joined-company-posts";
import { joinedOrgPosts } from "./joined-org-posts";
import { pointedOfficerPosts } from "./pointed-officer-posts";
import { unitChainPosts } from "./unit-chain-posts";
import { respectivePosts } from "./respective-posts";
import { courtOfSentence, kindAllowsTitle, kindPointerAt, kindPointerOrg } from "./kind-pointers";
import { weakSurnameActs } from "./weak-surname-acts";
import { latinFullName } from "./latin-part-names";

/** 化名, looked up in the shared pass over the article rather than scanned for. */
const PSEUDONYM_WORD = wordTable(["化名"]);

export { isGenericStem } from "./org-words";

/** A span in the text that refers to an organisation (gazetteer or discovered). */
export interface OrgSpan {
  start: number;
  end: number;
  /** Gazetteer slug, or null for a discovered organisation. */
  slug: string | null;
  name: string;
}

/** A span that refers to a person already known (gazetteer) at this position. */
export interface PersonSpan {
  start: number;
  end: number;
  slug: string;
}

export interface FoundRole {
  /** Gazetteer slug of the person, or null with `name` for a discovered one. */
  personSlug: string | null;
  personName: string;
  personStart: number;
  org: OrgSpan;
  title: string;
  sentence: string;
}

export interface FoundName {
  type: "company" | "person";
  name: string;
  confidence: number;
  evidence: string;
  at: number;
  /** Found only as the article's byline (记者/作者/编辑 X): a person of the article, not its subject. */
  author?: boolean;
  /** A subsidiary's parent, named before 旗下 (百度旗下|小度科技). */
  parent?: { name: string; slug: string | null };
}

export interface Discovery {
  roles: FoundRole[];
  names: FoundName[];
  /** Gazetteer people confirmed by a pattern (role, 作者系) even if their name alone was doubtful. */
  confirmedPeople: Map<string, number>;
}

/** Lead-in noise to drop before a name, backing off where the cut would split a word (前沿). */
function leadNoiseLength(raw: string): number {
  const lead = LEAD_NOISE.exec(raw);
  const cut = lead ? lead[0].length : 0;
  // 前|海母基金 splits the district 前海: the place opens the name
  const place = leadSplitsPlace(raw, cut);
  if (place) return cut - place;
  for (let back = 1; back < LONGEST_GENERIC && back <= cut; back++) {
    for (let len = back + 1; len <= LONGEST_GENERIC; len++) {
      if (GENERIC_WORDS.has(raw.slice(cut - back, cut - back + len))) return cut - back;
    }
  }
  return cut;
}

function clauseStartBefore(text: string, pos: number, floor: number): number {
  let s = pos;
  while (s > floor && !isClauseBreakAt(text, s - 1)) s--;
  return s;
}

function orgsInside(sorted: OrgSpan[], s: number, e: number): OrgSpan[] {
  const out: OrgSpan[] = [];
  // spans starting past e end past it too
  for (let k = firstStartingAt(sorted, s); k < sorted.length && sorted[k]!.start <= e; k++) if (sorted[k]!.end <= e) out.push(sorted[k]!);
  return out;
}

/** 旗下 and the subsidiary's name between a parent and a title (阿里巴巴旗下的|通义实验室|负责人). */
const SUBSIDIARY_LEAD = /^旗下的?(?:子公司|公司)?([\u4e00-\u9fffA-Za-z0-9]{2,10})$/;

/** The subsidiary named between its parent `org` and a title starting at `titleStart`, or null. */
function subsidiaryAfter(t: ArticleText, org: OrgSpan, titleStart: number): OrgSpan | null {
  const m = SUBSIDIARY_LEAD.exec(t.simp.slice(org.end, titleStart));
  if (!m) return null;
  const name = m[1]!;
  if (PHRASE_CHARS.test(name) || isGenericStem(name) || isCommonWord(name)) return null;
  return { start: titleStart - name.length, end: titleStart, slug: null, name };
}

/** Cuts a title down to its title-like tail: after the last function word (是CEO → CEO). */
function cleanTitle(raw: string): string {
  let t = raw.replace(/^[(（](?:[\d.,%\s+-]+|[A-Z][A-Za-z0-9 .&'-]*)[)）]/, "").replace(/^[\s的]+/, "").replace(/^(?:但|而|且|其|及|以及|和|与)+/, "").trim();
  const cut = Math.max(t.lastIndexOf("是"), t.lastIndexOf("为"), t.lastIndexOf("的"), t.lastIndexOf("在"));
  if (cut !== -1) t = t.slice(cut + 1);
  // the verb that appoints to the post belongs to the clause, not the title (X宣布任命|原联席总裁Y为…)
  t = t.replace(/^.*(?:宣布|任命|聘任|委任)(?=.)/, "");
  return t.trim();
}

/** Titles only a company's own founders and officers hold: after one, a bare brand in a 、 chain is a company. */
const FOUNDER_TITLES: ReadonlySet<string> = new Set(["创始人", "联合创始人", "创始合伙人", "ceo", "首席执行官", "董事长", "总裁"]);

/**
 * 清华大学智能产业研究院首席研究员、|水木分子|创始人聂再清: a bare name in a 、 chain after an item
 * that named its organisation, before a founder's or chief's title, is that person's company; the
 * parallel shape stands in for the suffix it lacks.
 */
function parallelBrand(t: ArticleText, s: number, titleStart: number, title: string): OrgSpan | null {
  if (!FOUNDER_TITLES.has(title)) return null;
  const name = t.simp.slice(s, titleStart);
  if (name.length < 2 || name.length > 6 || ![...name].every((c) => isHan(c)) || PHRASE_CHARS.test(name) || isGenericStem(name) || isCommonWord(name)) return null;
  // a department of the first item's company (腾讯副总裁、|微信事业群|总裁) is no company of its own
  if (/[兼及]/.test(name) || TITLE_MODIFIER.exec(name)?.[0] === name || DEPARTMENT_END.test(name) || TITLES.some((x) => name.includes(x)) || chineseNameAt(name, 0)?.end === name.length) return null;
  return { start: s, end: titleStart, slug: null, name };
}

/**
 * Where the next item of a list of people starts when the segment at `s` follows a name placed at
 * an organisation in the same sentence with only a joiner between (…合伙人曹巍和|X创始人Y, …曹巍、|X创始人Y), or -1.
 */
function nextPersonItem(t: ArticleText, roles: FoundRole[], lastPersonEnd: number, s: number, sentence: string): number {
  const last = roles.length > 0 ? roles[roles.length - 1] : undefined;
  if (!last || last.sentence !== sentence || lastPersonEnd <= last.personStart) return -1;
  const gap = t.simp.slice(lastPersonEnd, s + 1);
  if (s === lastPersonEnd && /^[和及与]$/.test(gap.slice(0, 1))) return s + 1;
  return s === lastPersonEnd + 1 && gap.startsWith("、") ? s : -1;
}

/** Where a run before a title really ends: earlier titles chained by 兼 or 、 are cut off (星尘灵动|联合创始人兼CTO). */
function beforeChainedTitles(t: ArticleText, segStart: number, titleStart: number): number {
  let end = titleStart;
  for (;;) {
    let e = end;
    while (e > segStart && /[兼、及和]/.test(t.simp[e - 1]!)) e--;
    const prev = e > segStart ? titleEndingAt(t.low, e) : null;
    if (!prev || e === end) return end;
    end = e - prev.length;
  }
}

/**
 * A Latin name with Han organisation words after it, ending the run (投资方|KDR资本集团, XYZ创投):
 * the Han part only suffix words, the Latin part no generic word (AI公司, IT企业).
 */
function latinHeadedTail(run: string): string | null {
  const m = /(?<![A-Za-z0-9&.-])([A-Z][A-Za-z0-9&.-]{1,11})([\u4e00-\u9fff]{2,6})$/.exec(run);
  if (!m || GENERIC_LATIN.has(m[1]!.toLowerCase()) || !ORG_SUFFIX.test(m[2]!) || !isGenericStem(m[2]!)) return null;
  return m[0];
}

/** A team or line of business between an organisation and a title (…证券|电子行业|分析师, …科技|算法团队|负责人). */
const DEPARTMENT_TAIL = /^[\u4e00-\u9fff]{1,6}(?:行业|团队|事业群|事业部|部门|业务线|板块)$/;
const DEPARTMENT_END = /(?:行业|团队|事业群|事业部|部门|业务线|板块)$/;
/** A hospital, then one of its clinical departments (…医院|放射科, …医院|心血管内科, …医院|急诊中心). */
const HOSPITAL_WARD = /^([\u4e00-\u9fff]{2,12}医院)[\u4e00-\u9fff]{1,5}(?:科|中心)$/;
/** A description of what the organisation is, ending in a kind word (另一大评级机构, 全球最大的芯片厂商). */
const DESCRIBED_KIND = /^[\u4e00-\u9fff]{1,10}?(?:机构|厂商|巨头|平台)(?=[\u4e00-\u9fff]{3,})/;
/** A line of business after the organisation's suffix (…公司|欧洲主权评级部门). */
const DEPARTMENT_AFTER = /[\u4e00-\u9fff]{1,6}(?:行业|团队|事业群|事业部|部门|业务线|板块)$/;
/** A noun head, then a 2–6 character Han name ending the run (…教育公司|知学未来). */
const APPOSED_NAME = /(?:公司|企业|平台|机构|厂商|品牌|独角兽|初创|创企)([\u4e00-\u9fff]{2,6})$/;
/** Words between an organisation and its title that belong to the title (AMUNDI|副首席投资官, 贝莱德|全球首席投资官, X智能|原首席运营官). */
const TITLE_MODIFIER = /(?:[原前现](?:副|常务|执行|高级|资深|全球|联席)*|(?:副|常务|执行|高级|资深|全球|联席)+)$/;
/** A line of work between an organisation and a post (产品|副总裁, 市场|总监, 研发|负责人); not 数据 or 智能, which end names. */
const FUNCTION_BEFORE_TITLE = /(?:产品|技术|市场|销售|运营|研发|战略|商务|生态|品牌|营销|财务|人力资源|公关|算法|工程|设计|解决方案)$/;
/** A verb that takes the title (星海图|担任|COO, 公司|出任|CEO), or the one that appoints to it (X|宣布任命|原总裁Y为…): the organisation ends before it. */
const TAKES_TITLE = /(?:担任|出任|兼任|就任|升任|接任|转任|改任|任职|任|(?:宣布|正式|决定)?(?:任命|聘任|委任|聘请|提名))$/;
/** Everything up to the last 与/和/及/同/跟 before the organisation (记者与|X创始人). */
const JOINED_BEFORE = /^.*[与和及同跟](?=[^与和及同跟]{2,}$)/;
/** A university, then a school whose name has a joiner in it (华东理工大学|信息科学与工程学院). */
const SCHOOL_OF_UNIVERSITY = /^([\u4e00-\u9fff]{2,10}大学)[\u4e00-\u9fff]{1,8}[与和及][\u4e00-\u9fff]{1,8}(?:学院|系|研究院|研究所)$/;
/** A Latin name in brackets right after a Han one (光辉国际（Korn Ferry）): the same organisation in the other script. */
const LATIN_GLOSS = /(?<=[\u4e00-\u9fff])[(（][A-Z][A-Za-z0-9 .&'-]{1,40}[)）]$/;
/** …and before 的 and the title's field (美团（Meituan）的AI负责人): the organisation's clause goes on past the brackets. */
const LATIN_GLOSS_DE = /(?<=[\u4e00-\u9fff])[(（][A-Z][A-Za-z0-9 .&'-]{1,40}[)）](?:的[A-Za-z\u4e00-\u9fff]{0,6})?$/;
/** A stock quote or code a finance site puts after a company's name (贝莱德(431.2, 7.37, 1.74%), 重庆啤酒(600132)). */
const STOCK_QUOTE = /[(（][\d.,%\s+-]+[)）]$/;

/** A society's short name (车联会, 侨联会, 工商联会): two to four characters and 会. */
const SOCIETY_SHORT = /^[\u4e00-\u9fff]{2,4}会$/;
/** Bodies of a company or a meeting that end in 会 but hold no society's offices (董事会, 股东大会, 发布会). */
const NOT_A_SOCIETY = /(?:董事|监事|理事|股东|大|年|峰|论|展|博览|发布|交流|座谈|研讨|推介|晚|例|全|机|社)会$/;
/** Offices only a society or association holds (秘书长, 会长, 理事长), not a company's (董事长, 总经理). */
const SOCIETY_OFFICE = /^(?:常务|执行)?副?(?:会长|秘书长|理事长)/;

/** 宣布公司, 表示公司: a verb of announcing before 公司 (see COMPANY_POINTER). */
const ANNOUNCED_COMPANY = /^(?:宣布|表示|透露|显示|称)(?:该|本)?公司$/;

function discoveredOrgBefore(t: ArticleText, segStart: number, fullTitleStart: number, strongTitle: boolean): OrgSpan | null {
  let titleStart = beforeChainedTitles(t, segStart, fullTitleStart);
  const raw = t.simp.slice(segStart, titleStart);
  let s = segStart + leadNoiseLength(raw);
  // 华东理工大学|信息科学与工程学院|院长: a joiner inside a school's name after its university; the post is at the university
  const school = SCHOOL_OF_UNIVERSITY.exec(t.simp.slice(s, titleStart));
  if (school) return { start: s, end: s + school[1]!.length, slug: null, name: school[1]! };
  // 本刊记者与|澄岭智能|创始人: a joiner before the title's organisation ends whatever came first
  const joined = JOINED_BEFORE.exec(t.simp.slice(s, titleStart));
  if (joined) s += joined[0].length;
  const modifier = TITLE_MODIFIER.exec(t.simp.slice(s, titleStart));
  if (modifier) titleStart -= modifier[0].length;
  // 澄川数据|产品|副总裁: the line of work the post is in belongs to the title, when a suffixed name is left before it
  const line = FUNCTION_BEFORE_TITLE.exec(t.simp.slice(s, titleStart));
  if (line && ORG_SUFFIX.test(t.simp.slice(s, titleStart - line[0].length)) && titleStart - line[0].length - s >= 4) titleStart -= line[0].length;
  const verb = TAKES_TITLE.exec(t.simp.slice(s, titleStart));
  if (verb) titleStart -= verb[0].length;
  const quote = STOCK_QUOTE.exec(t.simp.slice(s, titleStart));
  if (quote) titleStart -= quote[0].length;
  // the organisation's Latin name in brackets before the title (光辉国际（Korn Ferry）|合伙人) glosses the name before it
  const gloss = LATIN_GLOSS.exec(t.simp.slice(s, titleStart));
  if (gloss) titleStart -= gloss[0].length;
  const name = t.simp.slice(s, titleStart).trim();
  // a noun head in apposition before a strong title (AI教育公司|知学未来|创始人): the name follows the head
  const headed = strongTitle ? APPOSED_NAME.exec(name) : null;
  if (headed && !isGenericStem(headed[1]!) && !PHRASE_CHARS.test(headed[1]!) && !isCommonWord(headed[1]!)) {
    return { start: titleStart - headed[1]!.length, end: titleStart, slug: null, name: headed[1]! };
  }
  const latinTail = /([A-Z][A-Za-z0-9'.&-]*(?: [A-Z][A-Za-z0-9'.&-]*){0,3})$/.exec(name);
  if (latinTail) {
    const latin = latinTail[1]!;
    if (latin.length < 3 || GENERIC_LATIN.has(latin.toLowerCase())) return null;
    // 字节跳动Seed团队 elsewhere: a company's team named in Latin, not a company
    if (teamOfCompany(t.simp, latin)) return null;
    return { start: titleStart - latin.length, end: titleStart, slug: null, name: latin };
  }
  // 来电科技的高级市场|总监: the organisation is the head before 的, the rest belongs to the title
  const de = name.indexOf("的");
  if (de >= 2) {
    const head = name.slice(0, de);
    // AI公司|数栈智能|的创始人X: the name in apposition after a noun head, before 的
    const apposed = strongTitle ? APPOSED_NAME.exec(head) : null;
    if (apposed && de === name.length - 1 && !isGenericStem(apposed[1]!) && !PHRASE_CHARS.test(apposed[1]!) && !isCommonWord(apposed[1]!))
      return { start: s + de - apposed[1]!.length, end: s + de, slug: null, name: apposed[1]! };
    if (ORG_SUFFIX.test(head) && !isGenericStem(head.replace(ORG_SUFFIX, "")) && head.replace(ORG_SUFFIX, "").length >= 2 && [...head].every((c) => isHan(c)))
      return { start: s, end: s + head.length, slug: null, name: head };
    const latinHead = de === name.length - 1 ? latinHeadedTail(head) : null;
    if (latinHead) return { start: s + de - latinHead.length, end: s + de, slug: null, name: latinHead };
    return null;
  }
  // 另一大评级机构|标准普尔公司欧洲主权评级部门|负责人: a description ending in a kind word goes before the name
  const described = DESCRIBED_KIND.exec(name);
  if (described && ORG_SUFFIX.test(name.slice(described[0].length).replace(DEPARTMENT_AFTER, ""))) {
    return discoveredOrgBefore(t, s + described[0].length, fullTitleStart, strongTitle);
  }
  if (name.length < 2 || name.length > 14) return null;
  // KDR资本集团|合伙人: a Latin name with a Han organisation suffix
  const latinHead = latinHeadedTail(name);
  if (latinHead) return { start: titleStart - latinHead.length, end: titleStart, slug: null, name: latinHead };
  if (![...name].every((c) => isHan(c))) return null;
  // 海通证券|电子行业|分析师: a suffixed name, then the team or line of business the title belongs to
  if (DEPARTMENT_END.test(name) && !ORG_SUFFIX.test(name)) {
    for (let cut = 4; cut <= name.length - 3; cut++) {
      const head = name.slice(0, cut);
      const stem = head.replace(ORG_SUFFIX, "");
      if (!ORG_SUFFIX.test(head) || !DEPARTMENT_TAIL.test(name.slice(cut))) continue;
      if (stem.length >= 2 && !describesOnly(head, stem) && !PHRASE_CHARS.test(head)) return { start: s, end: s + head.length, slug: null, name: head };
      break;
    }
  }
  // 瑞金医院|放射科|主任: a hospital's clinical department between it and the title belongs to the title
  const ward = HOSPITAL_WARD.exec(name);
  if (ward && ward[1]!.length >= 4 && !PHRASE_CHARS.test(ward[1]!) && !describesOnly(ward[1]!, ward[1]!.slice(0, -2))) return { start: s, end: s + ward[1]!.length, slug: null, name: ward[1]! };
  // 车联会|秘书长: an office only a society holds, after a short name ending in 会, names that society
  if (SOCIETY_SHORT.test(name) && !NOT_A_SOCIETY.test(name) && SOCIETY_OFFICE.test(t.simp.slice(titleStart, titleStart + 6)) && !PHRASE_CHARS.test(name.slice(0, -1)) && !isGenericStem(name.slice(0, -1)))
    return { start: s, end: titleStart, slug: null, name };
  if (!ORG_SUFFIX.test(name)) return strongTitle ? repeatedBareName(t, name, s, titleStart) : null;
  // 我们在北京见到了|公司|创始人: 了 (a verb's) and 们 (a pronoun's) are never a name's, so the name starts after them
  const cut = Math.max(name.lastIndexOf("了"), name.lastIndexOf("们")) + 1;
  const own = name.slice(cut);
  // an announcing verb and 公司 (宣布公司|联合创始人): a pointer to the company spoken of, no name
  if (ANNOUNCED_COMPANY.test(own)) return null;
  const stem = own.replace(ORG_SUFFIX, "");
  if (stem.length < 2 || describesOnly(own, stem)) return null;
  return { start: s + cut, end: titleStart, slug: null, name: own };
}


/** A Latin name the article writes right after a Han name and before 团队 (字节跳动Seed团队): that company's team. */
function teamOfCompany(text: string, latin: string): boolean {
  for (let i = text.indexOf(latin); i !== -1; i = text.indexOf(latin, i + 1)) {
    if (isHanAt(text, i - 1) && text.startsWith("团队", i + latin.length)) return true;
  }
  return false;
}

/**
 * A brand without a suffix before a strong title (星尘灵动联合创始人…): only a whole clause-initial
 * run of 3–6 characters that the article names again elsewhere, so a one-off phrase is never
 * taken, and never before a weak title (她接到班|主任).
 */
/** A kind of institution alone (博物馆|研究馆员, 检察院|检察官, 图书馆|馆长): the post's workplace said by its kind, no brand. */
const BARE_INSTITUTION = /^(?:博物|图书|纪念|档案|美术|科技|文化|展览|体育)馆$|^(?:人民)?(?:法院|检察院)$|^(?:医院|学校|剧院|报社|电视台|俱乐部)$/;

function repeatedBareName(t: ArticleText, name: string, s: number, end: number): OrgSpan | null {
  // 商业化, 国际化 before 负责人: a line of work, not a brand
  if (name.endsWith("化") || BARE_INSTITUTION.test(name)) return null;
  // two characters only where the article also sets the name after a brand or company head (个护品牌|徕芬|则…)
  if (name.length === 2 && !isCommonWord(name) && !PHRASE_CHARS.test(name) && !isGenericStem(name) && headedElsewhere(t.simp, name, s)) {
    if (s === 0 || CLAUSE_BREAK.test(t.simp[s - 1]!) || !isHanAt(t.simp, s - 1)) return { start: s, end, slug: null, name };
  }
  if (name.length < 3 || name.length > 6 || PHRASE_CHARS.test(name) || isGenericStem(name)) return null;
  if (s > 0 && !CLAUSE_BREAK.test(t.simp[s - 1]!) && s === end - name.length && isHanAt(t.simp, s - 1)) return null;
  const again = t.simp.indexOf(name, end) !== -1 || t.simp.lastIndexOf(name, s - 1) !== -1;
  return again ? { start: s, end, slug: null, name } : null;
}

/** A brand or company head right before another sighting of the name, with a clause going on after it (品牌|徕芬|则, 公司|X|的). */
const BRAND_HEAD = /(?:品牌|公司|厂商|企业)$/;
function headedElsewhere(text: string, name: string, at: number): boolean {
  for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) {
    if (i === at || !BRAND_HEAD.test(text.slice(Math.max(0, i - 2), i))) continue;
    if (/^(?:[，。；、,;]|则|也|还|已|在|的|是|将|宣布|推出|发布|创始人)/.test(text.slice(i + name.length, i + name.length + 3))) return true;
  }
  return false;
}

interface NameAt {
  slug: string | null;
  name: string;
  start: number;
  end: number;
  latin: boolean;
  strongSurname: boolean;
  /** Surname not in the table: accepted only with an organisation and a title, or a speech verb. */
  rare?: boolean;
  /** A heading line of its own (首席投资官：Rick Rieder): the layout vouches for the name as a title would. */
  heading?: boolean;
  /** A common word read as a name (周围则称): taken only where an organisation holds the title. */
  word?: boolean;
}

/** A heading's colon after a title (首席投资官：Rick Rieder): only a Latin name is read past it. */
const TITLE_COLON = /^[：:] ?/;

/** Index of the first span of `sorted` (by start) starting at or after `at`. */
function firstStartingAt(sorted: OrgSpan[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Running maximum of the ends of a sorted span list, kept per list (a list is re-sorted only when a name is discovered). */
const maxEnds = new WeakMap<OrgSpan[], Int32Array>();

function maxEndsOf(sorted: OrgSpan[]): Int32Array {
  let m = maxEnds.get(sorted);
  if (!m) {
    m = new Int32Array(sorted.length);
    let max = -1;
    sorted.forEach((o, k) => {
      max = Math.max(max, o.end);
      m![k] = max;
    });
    maxEnds.set(sorted, m);
  }
  return m;
}

/**
 * Whether a span of `sorted` (by start) overlaps [s, e): one starting before e ends after s. A binary
 * search and the running maximum of ends, not a walk from the article's first span at every title read.
 */
function overlapsSorted(sorted: OrgSpan[], s: number, e: number): boolean {
  const before = firstStartingAt(sorted, e);
  return before > 0 && maxEndsOf(sorted)[before - 1]! > s;
}

const TITLE_GLOSS = /^[（(][A-Za-z][A-Za-z .&-]{0,30}[)）]/;

/** `orgs` sorted by start (a title is read at every title in the article, against every organisation). */
/** 花名/人称/外号 and a quoted nickname, set between a post and its holder's name. */
const NICKNAME_BETWEEN = /^[、，,]?(?:花名|人称|外号|昵称|网名|江湖人称)(?:为|是|叫)?[“"「『][^”"」』，。]{1,8}[”"」』]的?/;

function nameAfterTitle(t: ArticleText, pos: number, people: PersonSpan[], orgs: OrgSpan[], peopleName: (slug: string) => string): NameAt | null {
  const colon = TITLE_COLON.exec(t.simp.slice(pos, pos + 2));
  if (colon) {
    const latin = latinNameAt(t.simp, pos + colon[0].length);
    const end = latin ? latin.end : -1;
    // the whole heading line is the name: 首席投资官：Vincent Mortier, not 记者：Steed(微博)…
    if (!latin || !/^\s*(\n|$)/.test(t.simp.slice(end, end + 2))) return null;
    return { slug: null, name: latin.name, start: pos + colon[0].length, end, latin: true, strongSurname: true, heading: true };
  }
  if (t.simp[pos] === "的") return nameAfterTitleDe(t, pos + 1, people, orgs, peopleName);
  // 负责人之一的|X已加入…: one of the title's holders, named as after 的
  if (t.simp.startsWith("之一的", pos)) return nameAfterTitleDe(t, pos + 3, people, orgs, peopleName);
  // the title's Latin form in brackets between it and the name (副总裁（VP）X, 首席执行官（CEO）X)
  const gloss = TITLE_GLOSS.exec(t.simp.slice(pos, pos + 34));
  if (gloss) return nameAfterTitle(t, pos + gloss[0].length, people, orgs, peopleName);
  // a nickname between the post and the name (算法负责人、花名“青衫”的X): the name follows it
  const nickname = NICKNAME_BETWEEN.exec(t.simp.slice(pos, pos + 20));
  if (nickname) return nameAfterTitle(t, pos + nickname[0].length, people, orgs, peopleName);
  const p = t.simp[pos] === " " ? pos + 1 : pos;
  const known = people.find((x) => x.start === p);
  if (known) return { slug: known.slug, name: peopleName(known.slug), start: p, end: known.end, latin: false, strongSurname: true };
  if (overlapsSorted(orgs, p, p + 1)) return null;
  const latin = latinNameAt(t.simp, p);
  if (latin) return { slug: null, name: latin.name, start: p, end: latin.end, latin: true, strongSurname: true };
  if (p !== pos) return null;
  // a transliterated name after a title (首席执行官埃隆·马斯克): the dot is the evidence
  const translit = transliteratedNameAt(t.simp, p, (e) => verbStartsAt(t.simp, e));
  if (translit && !overlapsSorted(orgs, p, translit.end)) return { slug: null, name: translit.name, start: p, end: translit.end, latin: false, strongSurname: true };
  const zh = chineseNameAt(t.simp, p);
  const rare = zh ? null : rareSurnameNameAt(t.simp, p);
  const word = zh || rare ? null : commonWordNameAt(t.simp, p);
  if (word && !overlapsSorted(orgs, p, word.end)) return { slug: null, name: word.name, start: p, end: word.end, latin: false, strongSurname: true, word: true };
  const hit = zh ?? rare;
  if (!hit) return null;
  // a title and then 和/及/与 (教授和|东北大学…): two items joined, not a weak surname's name
  if (!hit.strongSurname && COORDINATOR.test(t.simp[p]!)) return null;
  if (overlapsSorted(orgs, p, hit.end)) return null;
  return { slug: null, name: hit.name, start: p, end: hit.end, latin: false, strongSurname: hit.strongSurname, rare: rare !== null };
}

/** A part of a dotted name (first or last, two characters or more) stands alone elsewhere with a verb right after it. */
function dottedPartNamedAgain(text: string, name: string, at: number): boolean {
  const parts = name.split("·");
  for (const part of [parts[0]!, parts[parts.length - 1]!]) {
    if (part.length < 2 || isCommonWord(part)) continue;
    for (let i = text.indexOf(part); i !== -1; i = text.indexOf(part, i + part.length)) {
      // not inside a dotted name (this one or another): the part alone, opening its clause
      if (i >= at && i < at + name.length) continue;
      if (text[i - 1] === "·" || text[i + part.length] === "·") continue;
      if ((i === 0 || isClauseBreakAt(text, i - 1)) && verbStartsAt(text, i + part.length) && isHanAt(text, i + part.length)) return true;
    }
  }
  return false;
}

/** 、负责商业化的 after a title: what the person does, between the post and the name. */
const DUTY_AFTER_TITLE = /^、负责[\u4e00-\u9fffA-Za-z]{1,8}?的/;

/**
 * 阶跃星辰原副总裁、负责商业化的|罗文杰|已加入…: the name after a duty chained to the title is the
 * title's holder, when a verb or a clause break ends the name.
 */
function nameAfterDuty(t: ArticleText, titleEnd: number, people: PersonSpan[], orgs: OrgSpan[], peopleName: (slug: string) => string): NameAt | null {
  if (t.simp[titleEnd] !== "、") return null;
  const duty = DUTY_AFTER_TITLE.exec(t.simp.slice(titleEnd, titleEnd + 14));
  if (!duty) return null;
  const who = nameAfterTitle(t, titleEnd + duty[0].length, people, orgs, peopleName);
  if (!who || who.latin || (!who.slug && (!who.strongSurname || !(verbStartsAt(t.simp, who.end) || isClauseBreakAt(t.simp, who.end))))) return null;
  return who;
}

/** What may open a clause that only lists a person's posts (作为|该公司联合创始人、前X高管，Y…). */
const POSTS_LEAD = /^(?:作为|身为)?(?:另一位|一位|另一名|其)?/;
/** Verbs that give someone a post: a clause holding one says who took it, it does not describe the next name. */
const TAKES_POST = /出任|担任|兼任|接任|升任|调任|转任|就任|聘任|任命|加入|加盟|晋升|成为|当选/;

/**
 * 该公司联合创始人、前X律所合伙人，|Y|，将负责…: a clause that is nothing but a chain of posts, a
 * current one and a former one joined by 、, introduces the name after its comma when the name
 * then ends at a comma or a verb. One post alone before a comma is mostly the object of a clause
 * (担任公司CEO，王五则…), so the chain is what says a person is being described.
 */
function nameAfterPostsComma(t: ArticleText, titleEnd: number, people: PersonSpan[], orgs: OrgSpan[]): NameAt | null {
  if (t.simp[titleEnd] !== "，" && t.simp[titleEnd] !== ",") return null;
  const p = titleEnd + 1;
  if (people.some((x) => x.start === p) || overlapsSorted(orgs, p, p + 1)) return null;
  const zh = chineseNameAt(t.simp, p);
  if (!zh || !zh.strongSurname || overlapsSorted(orgs, p, zh.end)) return null;
  if (!/[，,]/.test(t.simp[zh.end] ?? "") && !verbStartsAt(t.simp, zh.end)) return null;
  let s = titleEnd;
  while (s > 0 && !isClauseBreakAt(t.simp, s - 1)) s--;
  // the sentence's first clause: a clause after a comma is mostly a predicate (张三出任公司CEO、前董事长，…)
  if (s > 0 && !/[。！？!?；;\n]/.test(t.simp[s - 1]!)) return null;
  const clause = t.simp.slice(s, titleEnd).replace(POSTS_LEAD, "");
  if (TAKES_POST.test(clause)) return null;
  const posts = clause.split("、");
  if (posts.length < 2 || !posts.slice(1).some((x) => /^[前原]/.test(x))) return null;
  // every item a post (an organisation or 公司 may stand before its title), nothing that reads as a clause
  let at = titleEnd;
  for (let k = posts.length - 1; k >= 0; k--) {
    const item = posts[k]!;
    if (!titleEndingAt(t.low, at) || item.length > 24 || /[是在了将把被对给]/.test(item.replace(/^[前原]/, ""))) return null;
    at -= item.length + 1;
  }
  return { slug: null, name: zh.name, start: p, end: zh.end, latin: false, strongSurname: true };
}

/**
 * 零一万物联合创始人的|马杰|宣布离职: a name after 的 only where the name then speaks or acts as
 * people do (宣布, 表示, 离职…), since 的 mostly starts a noun (CEO的职位, 创始人的身份).
 */
function nameAfterTitleDe(t: ArticleText, p: number, people: PersonSpan[], orgs: OrgSpan[], peopleName: (slug: string) => string): NameAt | null {
  const known = people.find((x) => x.start === p);
  if (known) return { slug: known.slug, name: peopleName(known.slug), start: p, end: known.end, latin: false, strongSurname: true };
  const zh = chineseNameAt(t.simp, p);
  if (!zh || !zh.strongSurname || orgs.some((o) => o.start < zh.end && o.end > p)) return null;
  if (!(speechRightAfter(t.simp, zh.end) || personnelVerbAt(t.simp, zh.end) || t.simp.startsWith("宣布", zh.end))) return null;
  return { slug: null, name: zh.name, start: p, end: zh.end, latin: false, strongSurname: true };
}

/** After a name: 、 and another whole name-shaped item, ended by a mark or a verb (X|、Y、Z出席). */
function listOfNamesAt(text: string, end: number): boolean {
  const joined = COORDINATOR.test(text[end] ?? "");
  if (text[end] !== "、" && !joined) return false;
  const next = chineseNameAt(text, end + 1);
  if (!next || !next.strongSurname) return false;
  if (listItemName(next.name) === null) return false;
  // X和Y、Z: a joined name is a list only when a third name follows it (机长X和Y、Z获救)
  if (joined) return text[next.end] === "、" && listOfNamesAt(text, next.end);
  return isClauseBreakAt(text, next.end) || text[next.end] === "、" || verbStartsAt(text, next.end);
}

/** A clause saying who the person is by a classifier only people take (是一名, 系一位). */
const PERSON_DESCRIBED = /^(?:则|也|曾)?(?:是|系)(?:另)?一[名位]/;
/** The parties to a court case: a name after them is a person's where a verb follows (a company's name would be read as one). */
const COURT_PARTY = /^(?:原告|被告)$/;

/** An organisation ends right before the title (vivo|副总裁): it holds the post. */
function orgBeforeTitle(t: ArticleText, orgs: OrgSpan[], titleStart: number): boolean {
  return orgs.some((o) => o.end === titleStart || (o.end === titleStart - 1 && t.simp[o.end] === " "));
}

/** 时任 (then serving as) with the post's field before the title, or 原/前 right before it. */
const HELD_THEN = /(?:时任[\u4e00-\u9fff]{0,6}|(?:^|[^\u4e00-\u9fff]|[，。；、])[原前])$/;
/** Verbs that give a post, inside what would be read as an organisation's name before a title. */
const GIVES_POST = /担任|出任|兼任|接任|升任|就任|调任|转任|聘任/;
/** 由 as a preposition (由X出任), not inside a word (自由, 理由, 缘由). */
const BY_WHOM = /(?<![自理缘事])由/;
/** Characters that join two items after a title; 和 is also a (weak) surname. */
const COORDINATOR = /[和及与跟同]/;
const BYLINE_TITLES = new Set(["记者", "主编", "总编辑"]);
/** Titles that with 会 after them name a board (董事会, 理事会, 监事会, 常务理事会). */
const BOARD_TITLES: ReadonlySet<string> = new Set(["董事", "理事", "常务理事", "监事", "独立董事"]);
const HUI = "会".charCodeAt(0);
const UNIVERSITY = /大学/;
/** A university's schools and departments (学院, 系, 研究院…): named alone after their university, part of it. */
const SCHOOL = /(?:学院|系|研究院|研究所|研究中心|实验室)$/;
/** A clause that goes on to describe the person just named (X则是…, X也是…): what a weak title needs, as a verb is. */
const DESCRIBED_AS = /^(?:则|也|正|就|更|即)是/;
/** 、 as a code: the segment walk reads every character of a title's clause (no one-character string each). */
const IDEOGRAPHIC_COMMA = "、".charCodeAt(0);
/** One-character adverbs that may stand between a name and the verb news puts after it (X也出席了). */
const ACT_ADVERB = /^[也还亦则均曾已将]$/;
/** A province's, city's, district's or county's party committee named with its place (上海市委, 江苏省委, 海淀区委). */
const PLACED_COMMITTEE = /^[\u4e00-\u9fff]{2,7}[省市区县州]委$/;

/** The title found is the start of a longer one (董事 in 董事长兼CEO): what follows is no name. */
function continuesTitle(t: ArticleText, titleStart: number, title: string): boolean {
  return TITLES.some((x) => x.length > title.length && x.startsWith(title) && t.low.startsWith(x, titleStart));
}

/**
 * The latest end of a person inside [sentS, titleStart), or `floor` when larger: what
 * `Math.max(floor, ...people.filter(inside).map(end))` gives, without a closure over the title
 * loop's variables (which made V8 allocate that loop body's scope at every title).
 */
function lastPersonEndIn(people: PersonSpan[], sentS: number, titleStart: number, floor: number): number {
  let max = floor;
  for (let k = 0; k < people.length; k++) {
    const x = people[k]!;
    if (x.end <= titleStart && x.start >= sentS && x.end > max) max = x.end;
  }
  return max;
}

/** The first organisation of `orgs` inside [from, to], or null (a find without a closure, as above). */
function firstOrgWithin(orgs: OrgSpan[], from: number, to: number): OrgSpan | null {
  for (let k = 0; k < orgs.length; k++) if (orgs[k]!.start >= from && orgs[k]!.end <= to) return orgs[k]!;
  return null;
}

/** The first organisation of `orgs` starting at or after `from`, ending before `to`, with 的 right after it. */
function orgBeforeDe(text: string, orgs: OrgSpan[], from: number, to: number): OrgSpan | undefined {
  for (let k = 0; k < orgs.length; k++) {
    const o = orgs[k]!;
    if (o.start >= from && o.end < to && text[o.end] === "的") return o;
  }
  return undefined;
}

export function discover(
  t: ArticleText,
  orgs: OrgSpan[],
  people: PersonSpan[],
  peopleName: (slug: string) => string,
  authorRoles: (orgSlug: string | null, title: string) => string | null,
  authors: string[],
): Discovery {
  const roles: FoundRole[] = [];
  const names: FoundName[] = [];
  const confirmedPeople = new Map<string, number>();
  const discoveredOrgs: OrgSpan[] = [];
  // sorted once per discovered organisation, not once per title read
  let sorted: OrgSpan[] | null = null;
  let sortedFor = -1;
  const allOrgs = () => {
    if (!sorted || sortedFor !== discoveredOrgs.length) {
      sorted = [...orgs, ...discoveredOrgs].sort((a, b) => a.start - b.start);
      sortedFor = discoveredOrgs.length;
    }
    return sorted;
  };
  // parties are the bodies behind posts read below (前保守党党魁X)
  for (const party of partyNames(t, orgs)) {
    names.push(party);
    discoveredOrgs.push({ start: party.at, end: party.at + party.name.length, slug: null, name: party.name });
  }
  let lastPersonEnd = 0;
  const unplaced: Unplaced[] = [];
  // weak-title holders that a 、 chain of posts continues (副主任X、副省长Y出席): kept until the chain's other names are read
  const chained: { name: string; start: number; end: number; sentence: string }[] = [];
  // posts placed through a pointer (公司CTO) before the organisation patterns ran
  const pointed: { s: number; org: OrgSpan; sentence: string }[] = [];

  for (const { end: titleEnd, title } of titleEnds(t.low)) {
    if (titleEndingAt(t.low, titleEnd) !== title) continue;
    const titleStart = titleEnd - title.length;
    // 董事会, 理事会, 监事会: the board, not a title before a name (董事|会收到…)
    if (t.simp.charCodeAt(titleEnd) === HUI && BOARD_TITLES.has(title)) continue;
    const who = nameAfterTitle(t, titleEnd, people, allOrgs(), peopleName) ?? nameAfterPostsComma(t, titleEnd, people, allOrgs()) ?? nameAfterDuty(t, titleEnd, people, allOrgs(), peopleName);
    if (!who) continue;
    if (who.rare && (BYLINE_TITLES.has(title) || continuesTitle(t, titleStart, title))) continue;
    // a part played (母亲, 网友) is weaker evidence than a post: a surname outside the table after it is a verb (母亲|哭诉称)
    if (who.rare && ROLE_NOUNS.has(title)) continue;
    // bare 首席 often opens a title the list lacks (首席体验官, 首席代表): only a surname from the table, not ending like a post, follows it
    if (title === "首席" && (continuesTitle(t, titleStart, title) || who.rare || who.latin || /[官师家员表]$/.test(who.name))) continue;
    const [sentS] = articleSentenceSpan(t, titleStart);
    const floor = lastPersonEndIn(people, sentS, titleStart, lastPersonEnd > sentS ? lastPersonEnd : sentS);
    const before = t.simp.slice(Math.max(floor, titleStart - 44), titleStart);
    const quote = STOCK_QUOTE.exec(before) ?? LATIN_GLOSS_DE.exec(before);
    const clauseS = clauseStartBefore(t.simp, titleStart - (quote ? quote[0].length : 0), floor);
    const sentence = sentenceAt(t, titleStart);
    // role segments separated by 、 (腾讯云副总裁、腾讯云智能平台负责人)
    const segBounds: [number, number][] = [];
    let segS = clauseS;
    for (let k = clauseS; k < titleEnd; k++) {
      if (t.simp.charCodeAt(k) === IDEOGRAPHIC_COMMA) {
        segBounds.push([segS, k]);
        segS = k + 1;
      }
    }
    segBounds.push([segS, titleEnd]);
    let prevOrg: OrgSpan | null = roles.length && roles[roles.length - 1]!.sentence === sentence ? roles[roles.length - 1]!.org : null;
    const found: { org: OrgSpan; title: string }[] = [];
    for (const [s, e] of segBounds) {
      const segTitle = titleEndingAt(t.low, e);
      if (!segTitle) continue;
      const inside = orgsInside(allOrgs(), s, e - segTitle.length + 0);
      let org: OrgSpan | null = inside.length ? inside[inside.length - 1]! : null;
      // 百度旗下小度科技CEO: the title is at the subsidiary named after 旗下, which belongs to the organisation before it
      const sub = org ? subsidiaryAfter(t, org, e - segTitle.length) : null;
      if (org && sub) {
        discoveredOrgs.push(sub);
        names.push({ type: "company", name: sub.name, confidence: 0.8, evidence: sentence, at: sub.start, parent: { name: org.name, slug: org.slug } });
        org = sub;
      }
      if (!org) {
        // …or the next item of a list of people, each an organisation, a post and a name (蓝驰创投合伙人曹巍和|灵犀数智|创始人温若谷)
        const item = found.length === 0 ? nextPersonItem(t, roles, lastPersonEnd, s, sentence) : -1;
        const before =
          discoveredOrgBefore(t, s, e - segTitle.length, isStrongTitle(segTitle)) ??
          (s > clauseS && found.length > 0 ? parallelBrand(t, s, e - segTitle.length, segTitle) : null) ??
          (item !== -1 ? parallelBrand(t, item, e - segTitle.length, segTitle) : null);
        // 北京市|副市长, 海淀区|副区长, 中国区|总裁: a place or a sales region holds the office, no organisation
        // …and a verb that gives the post (在公司|担任|…, 接任者是公司|…) is the clause's predicate, no organisation
        // …and 由 before the title's holder (公司决定由|算法负责人X出任…) says who takes a post, inside no name
        // …and a count of people (公司|另一位|联合创始人) is no organisation
        const d = before && (ADMIN_AREA.test(before.name) || GIVES_POST.test(before.name) || BY_WHOM.test(before.name) || ONE_MORE.test(before.name)) ? null : before;
        if (d && prevOrg && UNIVERSITY.test(prevOrg.name) && SCHOOL.test(d.name) && !UNIVERSITY.test(d.name)) {
          // 中国人民大学法学院教授、|知识产权学院|副院长: a school named after its university in the same chain is part of it
          found.push({ org: prevOrg, title: cleanTitle(t.original.slice(d.start, e)) });
          continue;
        }
        if (d) {
          discoveredOrgs.push(d);
          names.push({ type: "company", name: d.name, confidence: 0.8, evidence: sentence, at: d.start });
          org = d;
        }
      }
      let titleText: string;
      if (org) {
        // 优必选|公司副总裁: 公司 after the name is the name's head word, not part of the post
        titleText = cleanTitle(t.original.slice(org.end, e)).replace(/^公司(?=.)/, "");
        if (t.simp[org.start - 1] === "前" && !titleText.startsWith("前")) titleText = "前" + titleText;
      } else {
        titleText = cleanTitle(t.original.slice(s, e));
        const seg = t.simp.slice(s, e);
        const pointer = COMPANY_POINTER.exec(seg.trimStart());
        // the organisation of the title before in the sentence, when this segment is a title and its field, not a clause (但会给|研究员)
        // …in this title's own 、 chain or this person's, not a clause after another person's (由X系主任Y发起，|联合创始人Z)
        const last = roles.length > 0 ? roles[roles.length - 1] : undefined;
        const sameChain = s > clauseS || last === undefined || last.personStart >= clauseS || last.personName === who.name;
        const kind = kindPointerAt(seg);
        const kindTitles = kind && kindAllowsTitle(kind.kind, segTitle) ? pointedTitles(t, s + kind.at, e, kind.lead) : -1;
        let court: OrgSpan | null = null;
        const ownHead = seg.trim().replace(/^(?:但|而|且|及|以及|和|与|兼)+/, "").slice(0, -segTitle.length);
        // …unless the segment names its own bare body (省政府副省长X、|省政协副主席|Y): that body holds the post, placed below
        // …nor a place's party committee (、上海市委|书记Y after 国家发改委主任X): the committee holds that post
        if (prevOrg && sameChain && !PHRASE_CHARS.test(ownHead) && !isBareAdmin(ownHead.replace(TITLE_MODIFIER, "")) && !PLACED_COMMITTEE.test(ownHead)) org = prevOrg;
        else if (kind && kindTitles !== -1) {
          // 该行行长X, 该院副院长Y, 该案审判长Z: the organisation of that kind the article spoke of (./kind-pointers)
          org = kindPointerOrg(t.simp, allOrgs(), kind.kind, s + kind.at);
          titleText = cleanTitle(t.original.slice(kindTitles, e));
        } else if ((court = seg.trim() === segTitle ? courtOfSentence(allOrgs(), segTitle, sentS, s) : null)) {
          // 该案由A法院审理，审判长X: a judge of the court the sentence names
          org = court;
        } else if (pointer && pointedTitles(t, s, e, pointer[0].length) !== -1) {
          // 公司CTO, 该公司首席科学家: the company the text was just speaking of
          org = pointedOrg(t, allOrgs(), s, false);
          titleText = cleanTitle(t.original.slice(pointedTitles(t, s, e, pointer[0].length), e));
          if (org) pointed.push({ s, org, sentence });
        } else if (/^其/.test(seg.trim()) || /^但其|^而其/.test(seg.trim())) {
          // 其 points back: the organisation named before the title, not one later in the sentence (其CEO X毕业于清华大学)
          org = firstOrgWithin(allOrgs(), sentS, s);
        } else {
          const subject = orgBeforeDe(t.simp, allOrgs(), sentS, s);
          org = subject ?? describedSubject(t, allOrgs(), sentS, s);
          // …without a preposition before the titles (由|联合创始人X兼任, 向|创始人兼CEO X汇报)
          if (org) titleText = titleText.replace(/^[向由与和对据](?=.)/, "");
        }
      }
      if (org && titleText.length > 0 && titleText.length <= 24 && !ROLE_NOUNS.has(segTitle)) {
        found.push({ org, title: titleText });
        prevOrg = org;
      } else if (!org && !ROLE_NOUNS.has(segTitle)) {
        // the organisation may be one the patterns below find (X完成B轮融资。公司CTO…; X的海外业务负责人…)
        unplaced.push({ s, e, title: segTitle, who: { slug: who.slug, name: who.name, start: who.start }, sentence });
      }
    }
    // a common word read as a name (周围则称) needs an organisation holding the title, found by now (vivo|副总裁)
    if (who.word && !orgBeforeTitle(t, allOrgs(), titleStart)) continue;
    // 时任财务总监X, 原高级副总裁X: a post said to be held then or before is someone's, as a strong title says
    const strongTitle = isStrongTitle(title) || who.heading === true || HELD_THEN.test(t.simp.slice(Math.max(0, titleStart - 10), titleStart));
    if (!who.slug) {
      // a weak title alone (主治医师X) needs the article to name X again: the name is then the article's
      // …or a speech or personnel verb right after the name (放射科主任杜建平表示, 核心成员刘威离开): the article quotes them
      // …or the clause goes on to say who they are (核心成员邵智宏|则是…的主要作者)
      const described = who.strongSurname && !who.latin && DESCRIBED_AS.test(t.simp.slice(who.end, who.end + 2));
      // …or, after a job title (not a part played: 学生X参与…), a verb news puts right after a person (副主任X发布了…)
      // (…an adverb may stand before that verb: 副巡视员X也参加了…)
      const acts = !ROLE_NOUNS.has(title) && (nameVerbAt(t.simp, who.end) || (ACT_ADVERB.test(t.simp[who.end] ?? "") && nameVerbAt(t.simp, who.end + 1)));
      // …or the name is then said to be one person (原告X是一名配音演员), or a party to a case acts (原告X在…发布)
      // (…but never a pseudonym: 原告殷某是一名配音演员 names nobody)
      const onePerson = !who.name.includes("某") && (PERSON_DESCRIBED.test(t.simp.slice(who.end, who.end + 6)) || (COURT_PARTY.test(title) && verbStartsAt(t.simp, who.end)));
      // (a Latin name of two words or more after a title, speaking right after it: 投资人Elad Gil认为)
      // (…or after a part played, 选手Minjun Park以…, 球员Lucas Ferreira的进球: a Latin full name there is who plays it, see ./latin-part-names;
      // after a post, when a verb news puts after a person follows it: 高级研究员Ethan Brooks参与了…)
      const quoted = (who.strongSurname && !who.latin && (speechFollows(t.simp, who.end) || personnelVerbAt(t.simp, who.end) || acts || described || onePerson)) || (who.rare === true && speechRightAfter(t.simp, who.end)) || (who.latin && who.name.includes(" ") && speechRightAfter(t.simp, who.end)) || (who.latin && latinFullName(who.name) && (ROLE_NOUNS.has(title) || acts));
      // …and a weak surname (宁, 敬) after a title, the person then speaking or moving posts (审判长宁致远在判决书中写道, 副总裁敬雪也将调岗)
      // …or, after any post but a part played, a person's own predicate (董事长X因个人原因辞职, 主任X介绍): see ./weak-surname-acts
      const weakActs = !who.strongSurname && !who.latin && !who.rare && !ROLE_NOUNS.has(title) && (((strongTitle || who.name.length >= 3) && speaksOrMovesAt(t.simp, who.end)) || weakSurnameActs(t.simp, who.name, who.end));
      // …or the title heads a list of names (独立董事X、Y、Z): more than one name after one title is people, not a phrase
      const listed = who.strongSurname && !who.latin && listOfNamesAt(t.simp, who.end);
      // …or a dotted name whose first or last part the article then uses alone before a verb (社长A·B正在…。A说): the usual later form of the same person
      const dottedAgain = !who.latin && who.name.includes("·") && dottedPartNamedAgain(t.simp, who.name, who.start);
      if (!found.length && !strongTitle && !quoted && !weakActs && !listed && !dottedAgain && !(who.strongSurname && !who.latin && namedAgain(t.simp, who.name, who.start))) {
        if (who.strongSurname && !who.latin && !ROLE_NOUNS.has(title) && t.simp.charCodeAt(who.end) === IDEOGRAPHIC_COMMA) chained.push({ name: who.name, start: who.start, end: who.end, sentence });
        continue;
      }
      // a weak surname (步, 敬) after a strong title, the name then quoted at a clause start elsewhere (步晨阳说), is a name too
      // …and so is a surname the table lacks (总裁汲海川…。对此，汲海川回应称)
      const weakQuoted = !who.strongSurname && !who.latin && strongTitle && quotedElsewhere(t.simp, who.name, who.start);
      if (!who.strongSurname && !found.length && !(who.rare && speechRightAfter(t.simp, who.end)) && !weakQuoted && !weakActs) continue;
      const confidence = found.length ? 0.85 : 0.7;
      const author = BYLINE_TITLES.has(title) ? { author: true } : {};
      names.push({ type: "person", name: who.name, confidence, evidence: sentence, at: who.start, ...author });
    } else confirmedPeople.set(who.slug, who.start);
    for (const f of found) {
      roles.push({ personSlug: who.slug, personName: who.name, personStart: who.start, org: f.org, title: f.title, sentence });
    }
    lastPersonEnd = who.end;
  }

  names.push(...chainedHolders(t, chained, names));

  // organisations the patterns find (北京生命科学研究所) anchor a name right after them (…研究所邵峰荣获)
  const patternOrgs = orgPatternNames(t, allOrgs());
  const sure = patternOrgs.filter((n) => n.confidence >= 0.7).map((n): OrgSpan => ({ start: n.at, end: n.at + n.name.length, slug: null, name: n.name }));
  // …and an organisation found before a title, named again nearer the pointer (X创始人Y…。X日前公告，公司副总裁Z…), is the one meant
  if (pointed.length && (sure.length || discoveredOrgs.length)) repointPosts(t, roles, pointed, [...allOrgs(), ...everyPlace(t.simp, [...sure, ...discoveredOrgs], allOrgs())].sort((a, b) => a.start - b.start));
  if (unplaced.length) roles.push(...placeLater(t, unplaced, sure, allOrgs(), roles));
  const withSure = [...allOrgs(), ...sure];
  const described = copulaPosts(t, withSure, people);
  roles.push(...described.roles);
  names.push(...described.names, ...appositiveNames(t, people), ...calledNames(t, people));
  const appointed = appointmentNames(t, people);
  names.push(...founderNames(t, withSure, people), ...appointed.names, ...namesBeforeLifePredicates(t, withSure, people), ...apposedNames(t, withSure, people));
  const sureSorted = [...withSure].sort((a, b) => a.start - b.start);
  roles.push(...appointedPosts(t, appointed.appointments, sureSorted, peopleName));
  const heldBy = postsHeldBy(t, sureSorted, people, articleSubject(t, sureSorted));
  names.push(...heldBy.names);
  roles.push(...heldBy.roles);
  const glossed = glossedSpeakers(t, sureSorted, people);
  names.push(...glossed.names);
  roles.push(...glossed.roles);
  const scholars = orgNameScholars(t, sureSorted, people);
  names.push(...scholars.names, ...dottedLastParts(t, sureSorted, people), ...glossedDottedNames(t, sureSorted, people), ...comradeNames(t, sureSorted, people), ...kinAfterNames(t, sureSorted, people));
  roles.push(...scholars.roles);
  const respective = respectivePosts(t, sureSorted, people, peopleName, articleSubject(t, sureSorted));
  names.push(...respective.names, ...addressedNames(t, sureSorted, people));
  roles.push(...respective.roles);
  names.push(...namesBeforeVerbs(t, withSure, people), ...namesInOrgPairs(t, withSure, people), ...namesBeforeSpeech(t, withSure, people), ...namesBeforeOffices(t, withSure, people), ...bylineNames(t, people), ...speakerNames(t, people), ...countedNames(t, withSure, people), ...handleNames(t, withSure, people), ...glossedNames(t, withSure, people), ...agedNames(t, withSure, people), ...namesBehindSurnameAddress(t, withSure, people), ...resultNames(t, withSure, people), ...soundedSpeakers(t, withSure, people));
  const foreign = foreignOfficeNames(t, withSure, people);
  // a foreign name read whole here is no longer cut short at the same place by the surname table (卢特尼|克)
  const cut = (n: FoundName) => n.type === "person" && foreign.names.some((f) => f.at === n.at && f.name.length > n.name.length && f.name.startsWith(n.name));
  for (let k = names.length - 1; k >= 0; k--) if (cut(names[k]!)) names.splice(k, 1);
  names.push(...foreign.names);
  roles.push(...foreign.roles);
  const sounded = transliteratedPostNames(t, withSure, people, names);
  names.push(...sounded.names);
  roles.push(...sounded.roles);
  const placedAt = commaZaiRenPosts(t, withSure, people, names);
  names.push(...placedAt.names);
  roles.push(...placedAt.roles);

  // (作者系…院长): the author, by byline or by a gazetteer role at that organisation
  const noteRe = /作者(?:系|为|是)([^，。,;；)）]+)/g;
  for (let m = containsAny(t.simp, AUTHOR_NOTE) ? noteRe.exec(t.simp) : null; m; m = noteRe.exec(t.simp)) {
    const descS = m.index + m[0].length - m[1]!.length;
    const descE = m.index + m[0].length;
    const inside = orgsInside(allOrgs(), descS, descE);
    const org = inside[inside.length - 1] ?? null;
    const title = cleanTitle(t.original.slice(org ? org.end : descS, descE));
    const sentence = sentenceAt(t, m.index);
    const bySlug = authorRoles(org?.slug ?? null, t.simp.slice(org ? org.end : descS, descE));
    const author = authors[0];
    if (bySlug) {
      confirmedPeople.set(bySlug, m.index);
      if (org) roles.push({ personSlug: bySlug, personName: peopleName(bySlug), personStart: m.index, org, title, sentence });
    } else if (author) {
      names.push({ type: "person", name: author, confidence: 0.9, evidence: sentence, at: m.index });
      if (org) roles.push({ personSlug: null, personName: author, personStart: m.index, org, title, sentence });
    }
  }

  names.push(...patternOrgs);
  dropPseudonyms(t.simp, names);
  const placed: PlacedPerson[] = [
    ...people.map((x) => ({ start: x.start, end: x.end, slug: x.slug, name: peopleName(x.slug) })),
    ...everyMention(t.simp, names.filter((n) => n.type === "person" && !n.author)),
  ];
  // an organisation found before a title is named elsewhere too (加入|X|，出任首席科学家 … X创始人Y): every place counts
  const elsewhere = everyPlace(t.simp, [...sure, ...discoveredOrgs], allOrgs()).filter((o) => !discoveredOrgs.includes(o));
  const orgsNow = [...allOrgs(), ...elsewhere].sort((a, b) => a.start - b.start);
  roles.push(...rolesAfterNames(t, orgsNow, placed, articleSubject(t, orgsNow), roles));
  roles.push(...postsAfterOrgDeName(t, orgsNow, placed, roles));
  roles.push(...postsAfterAs(t, orgsNow, placed, roles));
  roles.push(...pronounPosts(t, orgsNow, placed, roles));
  roles.push(...subjectClausePosts(t, orgsNow, placed, roles));
  roles.push(...commaPronounPosts(t, orgsNow, placed, roles));
  roles.push(...commaApposedPosts(t, orgsNow, placed, roles));
  roles.push(...joinedCompanyPosts(t, orgsNow, placed, roles));
  roles.push(...joinedOrgPosts(t, orgsNow, placed, roles));
  roles.push(...pointedOfficerPosts(t, orgsNow, placed, roles, articleSubject(t, orgsNow)));
  roles.push(...unitChainPosts(t, orgsNow, placed, roles));
  roles.push(...chainedTitles(t, roles));
  return { roles, names, confirmedPeople };
}


/** What an author's note (作者系…) opens with: looked up in the shared pass over the article, not scanned for. */
const AUTHOR_NOTE = wordTable(["作者系", "作者为", "作者是"]);

const CHAIN_REACH = 24;
const CHAIN_BREAK = /[，。；：！？,;:!?\n“”]/;

/**
 * 省人大常委会副主任X、省政府副省长Y、省政协副主席Z出席: posts and names chained by 、 are one list of
 * office-holders, so a name after a weak title is a person when the next post in the chain
 * introduced a name the article accepted.
 */
function chainedHolders(t: ArticleText, chained: { name: string; start: number; end: number; sentence: string }[], names: FoundName[]): FoundName[] {
  const out: FoundName[] = [];
  for (const c of chained) {
    const next = names.find((n) => n.type === "person" && !n.author && n.at > c.end + 1 && n.at - c.end <= CHAIN_REACH && titleEndingAt(t.low, n.at) !== null);
    if (!next || CHAIN_BREAK.test(t.simp.slice(c.end, next.at))) continue;
    out.push({ type: "person", name: c.name, confidence: 0.75, evidence: c.sentence, at: c.start });
  }
  return out;
}

/** 公司 (or 本公司) before the post given: the appointing company, as the verb's subject is. */
const OWN_COMPANY = /^(?:本|该)?公司/;

/**
 * 公司聘任X、Y为副总裁, 董事会同意聘任X为公司首席技术官: a post given by appointment, titles only
 * after 为, is held at the company that appoints — the subject before the verb, as a pointer finds it.
 */
function appointedPosts(t: ArticleText, appointments: Appointment[], orgs: OrgSpan[], peopleName: (slug: string) => string): FoundRole[] {
  const out: FoundRole[] = [];
  for (const a of appointments) {
    const own = OWN_COMPANY.exec(t.simp.slice(a.postS, a.postS + 3));
    const titlesAt = a.postS + (own ? own[0].length : 0);
    if (!onlyTitles(t, titlesAt, a.postE)) continue;
    const org = lastOrgBefore(t.simp, orgs, a.verbAt, a.verbAt - POINTER_REACH);
    if (!org) continue;
    const title = cleanTitle(t.original.slice(titlesAt, a.postE));
    const sentence = sentenceAt(t, a.verbAt);
    for (const w of a.who) out.push({ personSlug: w.slug, personName: w.slug ? peopleName(w.slug) : w.name, personStart: w.at, org, title, sentence });
  }
  return out;
}

/** 李亮（化名）: a name the text marks as made up stands for nobody the article can be about. */
const PSEUDONYM_MARK = /[(（]化名/g;

function dropPseudonyms(text: string, names: FoundName[]): void {
  if (!containsAny(text, PSEUDONYM_WORD)) return;
  const marked = [...text.matchAll(PSEUDONYM_MARK)].map((m) => m.index);
  for (let i = names.length - 1; i >= 0; i--) {
    const n = names[i]!;
    if (n.type === "person" && marked.some((at) => text.slice(at - n.name.length, at) === n.name)) names.splice(i, 1);
  }
}

/**
 * A pattern's find at every place the text names it (灵启万物 found where it is described, named
 * first where someone joins it), outside spans already taken.
 */
function everyPlace(text: string, found: OrgSpan[], taken: OrgSpan[]): OrgSpan[] {
  const out: OrgSpan[] = [];
  for (const o of found) {
    out.push(o);
    if (o.name.length < 2) continue;
    for (let i = text.indexOf(o.name); i !== -1; i = text.indexOf(o.name, i + o.name.length)) {
      const e = i + o.name.length;
      if (i === o.start || taken.some((x) => x.start < e && x.end > i) || out.some((x) => x.start < e && x.end > i)) continue;
      out.push({ ...o, start: i, end: e });
    }
  }
  return out;
}

/** A discovered person at every place the text names them (聘任|聂小林|为公司副总裁 after the headline named them). */
function everyMention(text: string, found: FoundName[]): PlacedPerson[] {
  const out: PlacedPerson[] = [];
  const seen = new Set<string>();
  for (const n of found) {
    if (seen.has(n.name)) {
      out.push({ start: n.at, end: n.at + n.name.length, slug: null, name: n.name });
      continue;
    }
    seen.add(n.name);
    for (let i = text.indexOf(n.name); i !== -1; i = text.indexOf(n.name, i + n.name.length)) {
      // …with a name's boundary after it: a particle, or a word news puts after names (蒋杰|目前担任, 王迪|负责)
      if (i === n.at || (isHanAt(n.name, 0) && (nameRightOk(text, i + n.name.length) || verbStartsAt(text, i + n.name.length)))) out.push({ start: i, end: i + n.name.length, slug: null, name: n.name });
    }
  }
  return out;
}

interface Unplaced {
  s: number;
  e: number;
  title: string;
  who: { slug: string | null; name: string; start: number };
  sentence: string;
}

/**
 * Titles read before the organisation patterns ran, with no organisation then: one the patterns
 * found inside the segment (澜途智控的|海外业务负责人), or the one a pointer refers to (公司CTO).
 */
function placeLater(t: ArticleText, unplaced: Unplaced[], found: OrgSpan[], known: OrgSpan[], placed: FoundRole[]): FoundRole[] {
  const out: FoundRole[] = [];
  let all: OrgSpan[] | null = null;
  // every organisation known or found, by start: sorted once, when a title first needs it
  const allOrgs = () => (all ??= [...known, ...found].sort((a, b) => a.start - b.start));
  let described: { sentS: number; org: OrgSpan } | null = null;
  let officer: { sentS: number; org: OrgSpan } | null = null;
  let ours: { who: number; org: OrgSpan } | null = null;
  for (const u of unplaced) {
    const seg = t.simp.slice(u.s, u.e).trim();
    const pointer = COMPANY_POINTER.exec(seg);
    let org: OrgSpan | null;
    let title: string;
    // 其CEO: 其 points back as 公司 does (远帆科技是…公司，其CEO X)
    const qi = /^(?:但|而)?其/.exec(seg);
    const segAt = u.e - seg.length;
    // …or 公司 after a verb or particle inside the clause (我们…见到了|公司|创始人X, 向公司CEO X汇报)
    const mid = pointer ? null : midPointer(seg);
    const titlesAt = pointer ? pointedTitles(t, u.s, u.e, pointer[0].length) : mid ? pointedTitles(t, segAt + mid.at, u.e, mid.lead) : -1;
    const kind = kindPointerAt(seg);
    const kindTitlesAt = kind && kindAllowsTitle(kind.kind, u.title) ? pointedTitles(t, segAt + kind.at, u.e, kind.lead) : -1;
    let court: OrgSpan | null = null;
    if (kind && kindTitlesAt !== -1) {
      // 该行行长X where the bank was found by the patterns only (./kind-pointers)
      org = kindPointerOrg(t.simp, allOrgs(), kind.kind, segAt + kind.at);
      title = cleanTitle(t.original.slice(kindTitlesAt, u.e));
    } else if ((court = seg === u.title ? courtOfSentence(allOrgs(), u.title, articleSentenceSpan(t, u.s)[0], u.s) : null)) {
      // 该案由A法院审理，审判长X, the court found by the patterns only
      org = court;
      title = u.title;
    } else if (titlesAt !== -1 || (qi && seg.length - qi[0].length === u.title.length)) {
      // …or, when nothing before it can be meant, the company the headline is about
      org = pointedOrg(t, allOrgs(), u.s, true) ?? (titlesAt !== -1 ? articleSubject(t, allOrgs()) : null);
      title = cleanTitle(t.original.slice(titlesAt !== -1 ? titlesAt : u.e - u.title.length, u.e));
    } else {
      // the known organisations were looked for when the title was read: only the patterns' finds are new
      org = lastNamedInside(t.simp, found, u.s, u.e - u.title.length);
      title = org ? cleanTitle(t.original.slice(org.end, u.e)) : "";
      // 联盟秘书长X, 协会秘书处负责人X: the kind of organisation alone stands for the one of that kind named before
      const kind = org ? null : KIND_FOR_NAME.exec(seg.slice(0, seg.length - u.title.length));
      if (kind) {
        org = lastOfKind(allOrgs(), kind[1]!, u.s);
        if (org) title = cleanTitle(t.original.slice(u.e - u.title.length - (kind[2]?.length ?? 0), u.e));
      }
      if (!org && titleWithField(t, u.s, u.e)) {
        const every = allOrgs();
        const sentS = articleSentenceSpan(t, u.s)[0];
        // a later clause of the same sentence (…，联合创始人Z曾在大疆…) keeps the organisation the first one found
        const prev = described as { sentS: number; org: OrgSpan } | null;
        org = prev?.sentS === sentS ? prev.org : describedSubject(t, every, sentS, u.s);
        if (org) described = { sentS, org };
        // 寒武纪董事长X表示…。财务负责人Y则提醒…: a company officer's bare title in a sentence naming no
        // organisation belongs to the company the sentence before spoke as
        if (!org && OFFICER_TITLE.test(u.title) && !every.some((o) => o.start >= sentS && o.end <= u.s) && sentS > 0) {
          const prevS = articleSentenceSpan(t, sentS - 1)[0];
          // …；董事长Y…: officers listed clause by clause after ； belong to the company the first was placed at
          if (officer && officer.sentS === prevS && /[；;]/.test(t.simp[sentS - 1] ?? "")) org = officer.org;
          // …also further down a chain of ；-clauses (…，向创始人兼CEO X汇报；Y加入…；原首席运营官Z调任…)
          else if (officer && officer.sentS < prevS && onSemicolonChain(t, officer.sentS, sentS)) org = officer.org;
          else if (!t.simp.slice(prevS, sentS).includes("\n")) {
            org = lastOrgBefore(t.simp, every, sentS, prevS);
            // …or the one its 该公司 pointed to (X（以下简称“Y”）…。经查，该公司…。时任董事长Z…)
            const ptr = org ? -1 : t.simp.slice(prevS, sentS).search(/该公司|该企业/);
            if (ptr !== -1) org = lastOrgBefore(t.simp, every, prevS + ptr, prevS + ptr - POINTER_REACH);
          }
          // …and across a paragraph break where the paragraph before opened with that company's officer
          // (金山办公CEO章庆元…表示…。¶首席财务官魏秋菡在会上说…): the officers of one company, quoted in turn
          else {
            let k = sentS - 1;
            while (k > 0 && t.simp[k] === "\n") k--;
            const paraS = articleSentenceSpan(t, k)[0];
            const opener = every.find((o) => o.start === paraS && /^(?:ceo|cfo|cto|coo|首席\S{0,6}官|联合创始人|创始人|总裁|董事长|总经理)/.test(t.low.slice(o.end, o.end + 10)));
            // …or opened with the company putting out its results or holding its call (X（06682.HK）12月4日晚间发布…业绩):
            // the officers of the next paragraphs speak for it, each after the one before
            const prevPara = t.simp.lastIndexOf("\n", k) + 1;
            const reporter = opener ? null : every.find((o) => o.start === prevPara && REPORTS_RESULTS.test(t.simp.slice(o.end, o.end + 30)));
            if (opener) org = opener;
            else if (reporter) org = reporter;
            else if (officer && officer.sentS >= prevPara) org = officer.org;
          }
          // …and when no sentence before names it, the company the headline opens with (驭程科技高管变动 … 原CTO X已离职)
          org ??= articleSubject(t, every);
        }
        if (org && OFFICER_TITLE.test(u.title)) officer = { sentS, org };
        // …without a preposition before the titles (向|创始人兼CEO)
        title = cleanTitle(t.original.slice(u.s, u.e)).replace(/^[向由与和对据](?=.)/, "");
      }
    }
    // 我们的首席产品官X, 据我们CTO X介绍, or a bare CTO X in an interviewee's answer: the speaker's company
    if (!org && OFFICER_TITLE.test(u.title) && OUR.test(t.simp.slice(u.s, u.e - u.title.length).trim())) {
      // …the posts chained after it to the same name (我们的联合创始人、|首席技术官|Y) are the same organisation's
      const prevOurs = ours as { who: number; org: OrgSpan } | null;
      const chained = prevOurs?.who === u.who.start && seg === u.title ? prevOurs.org : null;
      // …or, in an organisation's own words (X在声明中表示：“我们的CTO Y…”), the organisation speaking
      // (a pattern's find counts wherever the text names it)
      org = chained ?? speakerOrg(t, placed, u.s, allOrgs()) ?? voicingOrg(t, everyPlace(t.simp, allOrgs(), allOrgs()), u.s);
      if (org) title = cleanTitle(t.original.slice(u.e - u.title.length, u.e));
      if (org) ours = { who: u.who.start, org };
    }
    // 接替…的原CTO X, 由新加入的CFO X负责: an officer the clause brings in or sees out with no organisation
    // of its own holds the post at the company the article is about, when its headline and lead make one clear
    // 此前担任推理平台|负责人|的X: a post the name held, its line of work before the title, at the company the article is about
    const held = org || t.simp[u.e] !== "的" ? null : HELD_POST_LEAD.exec(t.simp.slice(u.s, u.e - u.title.length));
    const bare = org ? null : (held && !PHRASE_CHARS.test(held[1]!) ? held : BARE_OFFICER_LEAD.exec(t.simp.slice(u.s, u.e - u.title.length)));
    if (bare && (OFFICER_TITLE.test(u.title) || /^首席/.test(u.title))) {
      org = articleSubject(t, allOrgs());
      if (org) title = cleanTitle(t.original.slice(u.e - u.title.length - (bare[1]?.length ?? 0), u.e));
    }
    if (org && title.length > 0 && title.length <= 24) out.push({ personSlug: u.who.slug, personName: u.who.name, personStart: u.who.start, org, title, sentence: u.sentence });
  }
  return out;
}

/** A bare kind of organisation, perhaps with its office, before a title (联盟|秘书处|负责人, 协会|会长). */
const KIND_FOR_NAME = /^(?:据|由)?(联盟|协会|学会|商会|基金会|研究会|促进会|俱乐部|救援队)(秘书处|理事会|办公室)?$/;

/** The last organisation named before `at` whose name ends in that kind (中国人工智能产业发展联盟 for 联盟). */
function lastOfKind(orgs: OrgSpan[], kind: string, at: number): OrgSpan | null {
  for (let i = orgs.length - 1; i >= 0; i--) {
    const o = orgs[i]!;
    if (o.end <= at && o.name.length > kind.length && o.name.endsWith(kind)) return o;
  }
  return null;
}

/** Nothing, or 我们 (据我们, 比如我们的, 我们公司的), before an officer's title: the speaker's own company, if a speaker is labelled. */
const OUR = /^(?:(?:据|比如|例如|像|包括|如)?(?:我们|我司)(?:公司)?的?)?$/;
/** What an organisation says, between its name and the words it says (在声明中表示：, 回应称，). */
const ORG_SAYS = /^[^，。；！？\n“”]{0,12}?(?:表示|称|说|回应|声明|指出|透露|强调|介绍)[：:，,]?\s*[“"「]?$/;

/** The organisation whose words hold `at`: the last one in the sentence before it, with only its speech verb between. */
function voicingOrg(t: ArticleText, orgs: OrgSpan[], at: number): OrgSpan | null {
  const sentS = articleSentenceSpan(t, at)[0];
  let best: OrgSpan | null = null;
  for (const o of orgs) if (o.start >= sentS && o.end <= at && (!best || o.start > best.start)) best = o;
  return best && ORG_SAYS.test(t.simp.slice(best.end, at)) ? best : null;
}

/**
 * The company a 公司 pointer at `at` refers to: in an interview's answer line (答：公司CTO X…) with
 * no organisation before it in its sentence, the interviewee's, named with them in the headline;
 * elsewhere the last one named before it. `settled` once every organisation is known: only then
 * may an answer's pointer fall back on the last one named (before, the headline's may not be found yet).
 */
function pointedOrg(t: ArticleText, orgs: OrgSpan[], at: number, settled: boolean): OrgSpan | null {
  const lineStart = t.simp.lastIndexOf("\n", at - 1) + 1;
  if (!ANSWER_LABEL.test(t.simp.slice(lineStart, lineStart + 4))) return lastOrgBefore(t.simp, orgs, at, at - POINTER_REACH);
  const own = lastOrgBefore(t.simp, orgs, at, articleSentenceSpan(t, at)[0]) ?? headlineSubject(t, orgs);
  return own ?? (settled ? lastOrgBefore(t.simp, orgs, at, at - POINTER_REACH) : null);
}

/** A Q&A interview's answer label (答：…, A：…). */
const ANSWER_LABEL = /^\s*(?:答|A)[：:]/;
/** A transcript line's speaker label (秦嘉禾：…). */
const SPEAKER_LABEL = /^([^：:\n，。,]{2,12})[：:]/;

/** The company of the person labelled as speaking the line `at` is in: the first post the text gave them that is not a former one. */
function speakerOrg(t: ArticleText, placed: FoundRole[], at: number, orgs: OrgSpan[]): OrgSpan | null {
  const lineStart = t.simp.lastIndexOf("\n", at - 1) + 1;
  // an interview's answer line (答：…) is the interviewee's voice: the company the headline names them with (对话X创始人：…)
  if (ANSWER_LABEL.test(t.simp.slice(lineStart, lineStart + 4))) return headlineSubject(t, orgs);
  const label = SPEAKER_LABEL.exec(t.simp.slice(lineStart, lineStart + 14));
  if (!label) return null;
  const speaker = label[1]!.trim();
  let best: FoundRole | null = null;
  for (const r of placed) {
    if (r.personName !== speaker || /^[前原]/.test(r.title) || r.personStart >= lineStart) continue;
    if (!best || r.personStart < best.personStart) best = r;
  }
  if (best) return best.org;
  // …or, the speaker's own post not read yet, the company the headline names with them (对话栖光智能温叙白：…)
  const headline = t.simp.slice(0, t.partStarts[1] ?? 0);
  return headline.includes(speaker) ? headlineSubject(t, orgs) : null;
}

/** The last organisation named in [s, e): a pattern's find counts at every place the text names it, not only where it was found. */
function lastNamedInside(text: string, orgs: OrgSpan[], s: number, e: number): OrgSpan | null {
  let best: OrgSpan | null = null;
  const seg = text.slice(s, e);
  for (const o of orgs) {
    const k = o.start >= s && o.end <= e ? o.start - s : seg.lastIndexOf(o.name);
    if (k !== -1 && (!best || s + k > best.start)) best = { ...o, start: s + k, end: s + k + o.name.length };
  }
  return best;
}

/** Every sentence from `to` back to `from` ends in ；: one chain of clauses. */
function onSemicolonChain(t: ArticleText, from: number, to: number): boolean {
  let ps = to;
  while (ps > from && /[；;]/.test(t.simp[ps - 1] ?? "")) ps = articleSentenceSpan(t, ps - 1)[0];
  return ps === from;
}

/** A company putting out its results or holding its call, after a stock code and a date (（06682.HK）12月4日晚间发布…). */
const REPORTS_RESULTS = /^(?:[(（][^)）]{1,14}[)）])?(?:\d{1,2}月\d{1,2}日)?(?:早间|晚间|上午|下午|盘后|今天|今日|昨天|昨日)?(?:发布|公布|披露)(?:了)?[^，。]{0,12}(?:业绩|财报|季报|年报|财务报告)/;
/** Posts only a company's own officers hold: an analyst, professor or lawyer is nobody's officer by position alone. */
const OFFICER_TITLE = /^(?:执行|高级|常务|资深)?(?:ceo|cfo|cto|coo|首席.*官|首席科学家|联合创始人|创始人|总裁|副总裁|董事长|副董事长|总经理|副总经理|负责人|董事会秘书|董秘)$/;

/** [s, e) holds titles and nothing else (创始人兼CEO, 董事长、总经理). */
function onlyTitles(t: ArticleText, s: number, e: number): boolean {
  let end = e;
  while (end > s) {
    const title = titleEndingAt(t.low, end);
    if (!title) return false;
    end -= title.length;
    while (end > s && /[兼、及和]/.test(t.simp[end - 1]!)) end--;
  }
  return end === s;
}

/** [s, e) is a title, perhaps after the line of work it covers (财务|负责人, 产品|副总裁), and names nothing else. */
function titleWithField(t: ArticleText, s: number, e: number): boolean {
  if (onlyTitles(t, s, e)) return true;
  // 向|创始人兼CEO X汇报: a preposition before the titles
  if (/^[向由与和对据]/.test(t.simp.slice(s, s + 1)) && onlyTitles(t, s + 1, e)) return true;
  const title = titleEndingAt(t.low, e);
  if (!title) return false;
  const field = t.simp.slice(s, e - title.length).trim();
  return /^[\u4e00-\u9fff]{1,4}$/.test(field) && !PHRASE_CHARS.test(field);
}

/**
 * What a sentence says first about the organisation it opens with (X成立于2023年, X总部位于…), or
 * the organisation speaking for itself (X公告称, X方面回应称, X宣布成立…): the bare officer titles
 * of its later clauses are its own (科大讯飞公告称，副总裁X辞去…).
 */
const DESCRIBES_ORG = /^(?:成立于|成立|创立于|创办于|创建于|诞生于|总部位于|总部设在|是一家|专注于|主要从事|孵化自|脱胎于|(?:今天|今日|近日|正式)?(?:宣布|发布|公布)(?:了)?(?:一系列|多项|新一轮|最新)?(?:的)?(?:人事|高管)(?:任命|调整|变动)|(?:[\d月日晚间]{0,8}(?:发布)?公告(?:称|显示|表示)|方面(?:回应|表示|称|证实|确认|透露)|(?:今天|今日|近日|正式)?宣布成立))/;

/**
 * X成立于2023年，创始人兼CEO Y…: a bare title opening a clause of a sentence that opened by
 * describing one organisation is a post at that organisation.
 */
function describedSubject(t: ArticleText, orgs: OrgSpan[], sentS: number, segS: number): OrgSpan | null {
  if (!CLAUSE_BREAK.test(charBefore(t.simp, segS) ?? "")) return null;
  // the organisation opening the sentence (X成立于…，由清华大学…孵化，CEO Y): later ones are in its description
  const o = orgs.find((x) => x.start >= sentS && x.end < segS);
  if (!o) return null;
  const lead = t.simp.slice(sentS, o.start).trim();
  // a date or 近日 may come first, and a noun head saying what the organisation is (大模型创业公司|衡元智能)
  if (lead !== "" && !/^(?:(?:[\d月日年]+|近日|日前|据悉|据了解)[，,]?)?(?:[\u4e00-\u9fffA-Za-z]{0,10}(?:公司|企业|创企|独角兽))?$/.test(lead)) return null;
  return DESCRIBES_ORG.test(t.simp.slice(o.end, o.end + 14)) ? o : null;
}

/** A pointer to the company the text speaks of, standing where an organisation's name would (公司CTO, 该公司首席科学家, 据公司CTO X介绍). */
/** …after an announcing verb too (内部信宣布|公司联合创始人X卸任): what is announced is about the company spoken of. */
const COMPANY_POINTER = /^(?:作为|身为|据|宣布|表示|透露|显示|称)?(?:该|这家|本|其)?(?:公司|企业)的?/;

/** Where the titles start when [s, e) is a pointer of `lead` characters (after blanks) and then titles only (公司CTO, 公司创始人兼CEO), else -1. */
function pointedTitles(t: ArticleText, s: number, e: number, lead: number): number {
  let k = s;
  while (k < e && /\s/.test(t.simp[k]!)) k++;
  // 公司另一位|联合创始人: the count of people between the pointer and the titles is not part of them
  const one = ONE_MORE_LEAD.exec(t.simp.slice(k + lead, e));
  if (one) lead += one[0].length;
  if (onlyTitles(t, k + lead, e)) return k + lead;
  // …perhaps after the line of work they cover (该公司法务|总监, 该行电子行业|首席分析师), kept with them
  const field = POINTED_FIELD.exec(t.simp.slice(k + lead, e));
  return field && onlyTitles(t, k + lead + field[0].length, e) ? k + lead : -1;
}


/**
 * Posts placed through a pointer before the organisation patterns ran: an organisation they found
 * nearer before the pointer (…股份（688652.SH）涨停。该公司董秘X…) is the one meant.
 */
function repointPosts(t: ArticleText, roles: FoundRole[], pointed: { s: number; org: OrgSpan; sentence: string }[], all: OrgSpan[]): void {
  for (const p of pointed) {
    const org = pointedOrg(t, all, p.s, true);
    if (!org || org.start <= p.org.start) continue;
    for (const r of roles) if (r.org === p.org && r.sentence === p.sentence) r.org = org;
  }
}
/** How far back the company a pointer refers to may have been named: about two sentences. */
const INVESTS = /^(?:联合)?(?:领投|跟投|参投|追投|加注)/;
const POINTER_REACH = 160;
/** What an outlet does when the news comes through it (获悉, 报道), not what the company spoken of does. */
const REPORTS = /^(?:(?:从|自)[^，。,]{0,10})?(?:独家)?(?:获悉|了解到|报道|讯)/;
/** A numbered item opening a line (1. / 2、/ 3．). */
const NUMBERED_ITEM = /^\s*\d{1,2}[.、．]/;
/** A list of a round's investors running up to a name (投资方为奇绩创坛和|X). */
const INVESTORS_BEFORE = /(?:投资方|投资人|投资机构|股东)(?:为|包括|是|有)[^，。；,;\n]*$/;
/** A clause's lead that says what kind of organisation follows (大模型创业公司|, 2. AI视频公司|). */
const NOUN_HEAD_LEAD = /^\s*(?:\d{1,2}[.、．]\s*)?[\u4e00-\u9fffA-Za-z]{0,10}(?:公司|企业|创企|独角兽|厂商|开发商)$/;

/**
 * The company a pointer refers to: the last organisation before `at` (and after `floor`) that was
 * the subject of its clause; one named as an object (与腾讯合作。公司CTO…) is not the one meant.
 */
function lastOrgBefore(text: string, orgs: OrgSpan[], at: number, floor: number): OrgSpan | null {
  // a numbered item of a brief (2. X公司完成融资。该公司…) is a story of its own: the pointer stays inside it
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  if (NUMBERED_ITEM.test(text.slice(lineStart, lineStart + 4))) floor = Math.max(floor, lineStart);
  // the last organisation that was the subject of its clause; ones named as objects between it and the
  // pointer (…曾在华为任职。公司CFO…) are not the one meant
  for (let i = orgs.length - 1; i >= 0; i--) {
    const o = orgs[i]!;
    if (o.start < floor) break;
    if (o.end > at) continue;
    // an investor in the round (…领投，Y资本跟投。公司CTO…) is not the company the text speaks of
    if (INVESTS.test(text.slice(o.end, o.end + 4))) continue;
    // nor the outlet the news came through (36氪从多个信源处获悉，…公司X…。该公司CTO…)
    if (REPORTS.test(text.slice(o.end, o.end + 14))) continue;
    // …nor one listed as the round's investors (投资方为A和B。该公司…)
    if (INVESTORS_BEFORE.test(text.slice(Math.max(0, o.start - 24), o.start))) continue;
    // …nor a firm named for the outside voice it lends (中金公司分析师X问及…。公司副总裁Y…)
    if (OUTSIDE_VOICE.test(text.slice(o.end, o.end + 14))) continue;
    // 该公司 is no regulator, court, ministry or university (江苏证监局对X公司（以下简称“X”）…。该公司…)
    if (NOT_A_COMPANY.test(o.name)) continue;
    // a company the text names for short from here on (X（以下简称“Y”）) is what it goes on to speak of, subject or not
    if (isClauseSubject(text, o) || SHORT_NAME_FOLLOWS.test(text.slice(o.end, o.end + 6))) return o;
  }
  return null;
}

/** The organisation opens its clause: at a clause break, after a date word, or after a noun head saying what it is (具身智能公司|X). */
function isClauseSubject(text: string, o: OrgSpan): boolean {
  const before = text.slice(Math.max(0, o.start - 2), o.start);
  if (o.start === 0 || CLAUSE_BREAK.test(before.slice(-1)) || /^(?:近日|日前|今天|今日)$/.test(before)) return true;
  let k = o.start;
  while (k > 0 && !CLAUSE_BREAK.test(text[k - 1]!)) k--;
  // …or after the city it is in (上海|星垣数据完成…融资)
  return NOUN_HEAD_LEAD.test(text.slice(k, o.start)) || isPlaceName(text.slice(k, o.start));
}

/** Names of bodies that are not companies: what 公司 never points to. */
const NOT_A_COMPANY = /(?:局|委员会|监管局|证监会|法院|检察院|大学|学院|政府|部)$/;
/** （以下简称“X”）, （下称X）: the text names the organisation for short from here on. */
const SHORT_NAME_FOLLOWS = /^[（(](?:以下简称|以下称|下称|简称)/;

/** Posts of people a news story quotes from outside the company it is about: an analyst's or an investor's. */
const OUTSIDE_VOICE = /^[\u4e00-\u9fffA-Za-z]{0,10}?(?:分析师|合伙人|经济学家|策略师|董事总经理)/;

/**
 * The company a headline opens with (金山云三季度业绩会…, 具身智能公司灵犀动力完成…), when the body
 * names it again: the company the article is about, which a bare 公司 in the body points to when
 * no organisation before it can be the one meant.
 */
function headlineSubject(t: ArticleText, orgs: OrgSpan[]): OrgSpan | null {
  const bodyStart = t.partStarts[1] ?? t.simp.length;
  const headline = t.simp.slice(0, bodyStart);
  let best: OrgSpan | null = null;
  let bestAt = bodyStart;
  // a body mention: a name found in the body may not have been looked for in the headline
  for (const o of orgs) {
    if (o.start < bodyStart || o.name.length < 2) continue;
    const at = headline.indexOf(o.name);
    if (at === -1 || at >= bestAt) continue;
    // …at the headline's start, after a noun head (智驾公司|X) or an interview's label (对话|X：)
    const lead = headline.slice(0, at);
    if (at === 0 || NOUN_HEAD_LEAD.test(lead) || /^(?:对话|专访)$/.test(lead)) {
      best = o;
      bestAt = at;
    }
  }
  return best;
}

/** 担任/出任 and the line of work before a title that 的 and a name follow (此前担任推理平台|负责人|的X). */
const HELD_POST_LEAD = /(?:担任|出任)([\u4e00-\u9fffA-Za-z]{0,6})$/;

/** The line of work an officer's title may name before it (由财务|副总裁X接任, 由算法|负责人X出任). */
const OFFICE_FIELDS = "财务|技术|算法|产品|研发|工程|市场|销售|营销|运营|商业化|战略|人力资源|人力|法务|数据|安全|投资|品牌|公关|供应链|基础设施";
/** 公司/该公司 inside a clause, after a verb or a particle that ends a word (见到了|公司, 向|公司): where it stands in `seg` and its length. */
function midPointer(seg: string): { at: number; lead: number } | null {
  let last: { at: number; lead: number } | null = null;
  for (const m of seg.matchAll(/(?<=[了到是为和与及向对由])(?:该|这家|本)?(?:公司|企业)的?/g)) last = { at: m.index, lead: m[0].length };
  return last;
}

/** 另一位, 一名: a count of people before a title, which names no organisation. */
const ONE_MORE = /^(?:另外|另|又)?[一两几]?[位名]$/;
const ONE_MORE_LEAD = /^(?:另外|另|又)?一[位名]/;
/** A line of work between a pointer and its titles: an office's (法务, 财务部) or a broker's sector (电子行业). */
const POINTED_FIELD = new RegExp(`^(?:(?:${OFFICE_FIELDS})部?|[\u4e00-\u9fff]{2,4}行业)`);

/**
 * What stands before an officer's title that names no organisation: nothing but a clause about the
 * person coming or going (接替上月离职的|原, 由新加入的, 其中包括|前, 接任者是公司|), and the 原/前/新任 and a line of work (由财务|副总裁) kept with the title.
 * A 的 after anything else (竞争对手的CTO, 另一家公司的CTO) is someone else's officer.
 */
const BARE_OFFICER_LEAD = new RegExp(
  `(?:^|由|向|与|和|及|接替|包括|接任者是|继任者是|接任者为|继任者为)(?:[^的，。、\\s]{0,8}?(?:加入|加盟|上任|到任|离职|离开|卸任|辞职|履新|入职|任命|聘请|引入)的)?(?:该?公司)?((?:原|前|新任|现任|时任)?(?:${OFFICE_FIELDS})?)$`,
);

/**
 * The company the article is about: the one its headline opens with, else the one that opens the
 * lead's first sentence (12月5日，大模型创业公司星图纪元宣布…) when the headline names it too.
 */
function articleSubject(t: ArticleText, orgs: OrgSpan[]): OrgSpan | null {
  const byHeadline = headlineSubject(t, orgs);
  if (byHeadline) return byHeadline;
  const bodyStart = t.partStarts[1];
  if (bodyStart === undefined) return null;
  const [, sentE] = articleSentenceSpan(t, bodyStart);
  const headline = t.simp.slice(0, bodyStart);
  const first = orgs.find((o) => o.start >= bodyStart && o.end <= sentE);
  if (!first || !isClauseSubject(t.simp, first) || !headline.includes(first.name)) return null;
  // the subject of the sentence, not an investor in it nor an outlet reporting it
  if (INVESTS.test(t.simp.slice(first.end, first.end + 4)) || REPORTS.test(t.simp.slice(first.end, first.end + 14))) return null;
  return first;
}

/** The name stands again elsewhere at a clause start with a speech verb right after it (…。步晨阳说，). */
function quotedElsewhere(text: string, name: string, at: number): boolean {
  for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + name.length)) {
    if (i !== at && (i === 0 || isClauseBreakAt(text, i - 1)) && speechRightAfter(text, i + name.length)) return true;
  }
  return false;
}

/** A speech verb right after the name (岂凡超表示, 回应称), not somewhere later in the clause (挽留的话…说). */
function speechRightAfter(text: string, end: number): boolean {
  return ["表示", "认为", "指出", "称", "说", "介绍", "透露", "坦言", "回应称", "回应说"].some((v) => text.startsWith(v, end));
}

/**
 * Verbs a news text puts right after a person it introduces without a title (X表示, 据X介绍, 由X接任),
 * and 「X等人」 closing a list of people. 告诉记者 / 向记者 name the addressee, which only a person's
 * speech has, so they are as sure as 表示.
 */
/**
 * …and the speech verbs news writes with a manner or a mode (说道, 补充道, 笑称, 举例说, 分析称): a
 * person's, as sure as 表示; 称 and 说 alone stay weak (韩方称, 一位人士说), and so do the verbs an
 * office or a company says as often (回应称, 承认, 重申; 提醒 and 呼吁 are left out: 温馨提醒, 卫生署呼吁).
 */
const MANNER_SPEECH = ["说道", "补充道", "补充说", "解释说", "解释道", "回忆道", "写道", "谈道", "感慨", "感叹", "笑称", "笑言", "笑着说", "笑着表示", "笑道", "举例说", "分析称", "分析说", "分析指出", "提到", "告诫", "反问",
  // speech to a named outlet's reporter (X告诉《科创板日报》记者, X接受《财经》采访时): only a person is interviewed so
  "告诉《", "接受《"];
const OFFICE_SPEECH = ["回应称", "回应说", "回应道", "承认", "重申"];
const NAME_VERBS = ["自称", "表示", "认为", "指出", "称", "告诉记者", "告诉", "向记者", "说", "介绍", "透露", "坦言", "强调", "谈到", "直言", "回忆", "坦承", "在接受", "接任", "出任", "担任", "加盟", "荣获", "当选", "等人", ...MANNER_SPEECH, ...OFFICE_SPEECH];
/** Of those, the ones that make the name a mention on their own (the rest need a second sighting). */
const STRONG_NAME_VERBS = new Set(["自称", "表示", "认为", "指出", "介绍", "透露", "坦言", "强调", "直言", "回忆", "坦承", "告诉记者", "向记者", "在接受", "接任", "出任", "荣获", "当选", "等人", ...MANNER_SPEECH]);
/** Adverbs news puts between a name and its speech verb (X还表示, X也认为, X则称, X进一步指出). */
const SPEECH_ADVERBS: ReadonlySet<string> = new Set(["也", "还", "则", "又", "更", "亦", "并", "同时", "进一步", "再次", "随后", "当时", "日前", "近日", "此前", "曾", "一再", "多次", "坦率地"]);
/** Speech verbs that an adverb may stand before (not 接任/等人…): the gap is read only for these. */
const SPEECH_AFTER_ADVERB: ReadonlySet<string> = new Set(["表示", "认为", "指出", "称", "说", "介绍", "透露", "坦言", "强调", "直言", "坦承", "告诉记者", "向记者", ...MANNER_SPEECH, ...OFFICE_SPEECH]);
/** The length of a SPEECH_ADVERBS word ending at `at`, longest first, or 0. */
function adverbEndingAt(text: string, at: number): number {
  for (let n = 3; n >= 1; n--) if (at - n >= 0 && SPEECH_ADVERBS.has(text.slice(at - n, at))) return n;
  return 0;
}
/** A closing quote before the name (“……”X说。): the quote is what the verb reports, so 说 and 称 are as sure as 表示. */
const CLOSE_QUOTE = /[”」』"]/;
/** What may stand before such a name: a clause start, an enumeration, or 据/由/而. */
const BEFORE_VERB_NAME = /[\s、据由而]/;
/** The verbs as one table: a single pass over the text finds them all, longest first at each position. */
const NAME_VERB_TABLE = wordTable([...NAME_VERBS].sort((a, b) => b.length - a.length));

/** Verbs of holding a post, and the adverbs of time news puts between them and the name (X目前担任…). */
const POST_VERBS: ReadonlySet<string> = new Set(["担任", "出任", "接任", "加盟"]);
const TIME_ADVERBS: ReadonlySet<string> = new Set(["目前", "现在", "此前", "曾经", "随后", "后来", "如今", "已经", "正式"]);

/** Name + speech or personnel verb without a title: the surname table decides, the clause start anchors it. */
function namesBeforeVerbs(t: ArticleText, orgs: OrgSpan[], people: PersonSpan[]): FoundName[] {
  const out: FoundName[] = [];
  const orgEnds = new Set<number>();
  for (const o of orgs) orgEnds.add(o.end);
  for (const { at, word: verb } of wordHits(t.simp, NAME_VERB_TABLE)) {
    // an adverb right before a speech verb (还|表示) widens the reach by its length; most hits have none
    const adverb = SPEECH_AFTER_ADVERB.has(verb) ? adverbEndingAt(t.simp, at) : 0;
    for (const len of POST_VERBS.has(verb) ? [6, 5, 4, 3, 2] : adverb ? [adverb + 4, adverb + 3, adverb + 2, 4, 3, 2] : [4, 3, 2]) {
      const s = at - len;
      if (s < 0) continue;
      const before = t.simp[s - 1];
      // …or right after an organisation, with no title between (阿里云X表示, 北京生命科学研究所X荣获)
      const afterOrg = orgEnds.has(s);
      // 的 ends a description of the person (做运营的|陈晓宇自称): only before a verb that makes the name a mention
      const described = before === "的" && STRONG_NAME_VERBS.has(verb);
      if (before !== undefined && !CLAUSE_BREAK.test(before) && !BEFORE_VERB_NAME.test(before) && !afterOrg && !described) continue;
      if (overlapsAny(people, s, at) || overlapsAny(orgs, s, at)) continue;
      const zh = chineseNameAt(t.simp, s);
      // an adverb of time may stand between the name and a post verb (X目前担任, X此前出任), an adverb before a speech verb (X还表示)
      const between = zh && zh.end < at ? t.simp.slice(zh.end, at) : "";
      const gap = zh && zh.end < at && ((POST_VERBS.has(verb) && TIME_ADVERBS.has(between)) || (SPEECH_AFTER_ADVERB.has(verb) && SPEECH_ADVERBS.has(between)));
      // a surname character and 方 is a side in talks or a deal (韩方表示, 鲁方称), not a name, when nothing else vouches for it
      if (zh && (zh.end === at || gap) && zh.strongSurname && (len <= 4 || gap) && !isParty(zh.name)) {
        // a post taken (X目前担任…) by a name the text names again with a name's boundary is as sure as a speech verb
        const quoted = before !== undefined && CLOSE_QUOTE.test(before) && SPEECH_AFTER_ADVERB.has(verb);
        const confidence = STRONG_NAME_VERBS.has(verb) || quoted || (POST_VERBS.has(verb) && namedAgain(t.simp, zh.name, s)) ? 0.75 : 0.6;
        out.push({ type: "person", name: zh.name, confidence, evidence: sentenceAt(t, s), at: s });
        break;
      }
    }
  }
  return out;
}

/**
 * Organisation + name items joined in a list (华为云王建峰、腾讯云李晓东; 中科院高能物理研究所王贻芳、
 * 美国加州伯克利大学教授陆锦标): the parallel shape says each name is a person of that organisation.
 */
const INVESTS_IN_CLAUSE = /(?:领投|跟投|参投|追投|共同投资)/;
/** The rest of the clause from `at`, at most 30 characters. */
function clauseAfter(text: string, at: number): string {
  let k = at;
  while (k < text.length && k < at + 30 && !isClauseBreakAt(text, k)) k++;
  return text.slice(at, k);
}

function namesInOrgPairs(t: ArticleText, orgs: OrgSpan[], people: PersonSpan[]): FoundName[] {
  const text = t.simp;
  const pairs: { name: string; start: number; end: number; orgStart: number }[] = [];
  for (const o of orgs) {
    if (people.some((p) => p.start === o.end)) continue;
    const zh = chineseNameAt(text, o.end);
    if (!zh || !zh.strongSurname || orgs.some((x) => x.start < zh.end && x.end > o.end)) continue;
    pairs.push({ name: zh.name, start: o.end, end: zh.end, orgStart: o.start });
  }
  const out: FoundName[] = [];
  for (const p of pairs) {
    const joinerAfter = "、和与及".includes(text[p.end] ?? "");
    // the next item opens with an organisation, perhaps after a place (、美国加州|伯克利大学)
    const nextOrg = joinerAfter && orgs.some((o) => o.start > p.end && o.start - (p.end + 1) <= 4 && !PHRASE_CHARS.test(text.slice(p.end + 1, o.start)) && [...text.slice(p.end + 1, o.start)].every((c) => isHan(c)));
    // a list of investors closed by 参投/领投 (华为哈勃、龙芯资本|参投) names units, not 华为 and a person 哈勃
    if (INVESTS_IN_CLAUSE.test(clauseAfter(text, p.end))) continue;
    const prevPair = "、和与及".includes(text[p.orgStart - 1] ?? "") && pairs.some((q) => q.end === p.orgStart - 1);
    if (nextOrg || prevPair) out.push({ type: "person", name: p.name, confidence: 0.75, evidence: sentenceAt(t, p.start), at: p.start });
  }
  return out;
}

/** Bylines in the text (记者 张明远, 作者：X, 编辑 X): people of the article, marked as authors. */
function bylineNames(t: ArticleText, people: PersonSpan[]): FoundName[] {
  const out: FoundName[] = [];
  const re = /(?:(?:记者|作者|编辑|撰文)\s*[|｜:：]?|文\s*[|｜:：])\s*(?=[\u4e00-\u9fff])/g;
  for (let m = re.exec(t.simp); m; m = re.exec(t.simp)) {
    const at = m.index + m[0].length;
    // only a byline shape: the keyword opens a line or follows a space/outlet prefix (每经记者)
    if (m[0].trim() === m[0] && !/[|｜:：]/.test(m[0])) {
      const lineStart = t.simp.lastIndexOf("\n", m.index) + 1;
      if (m.index - lineStart > 6) continue;
    }
    if (people.some((x) => x.start === at)) continue;
    const zh = chineseNameAt(t.simp, at);
    if (!zh || (isHanAt(t.simp, zh.end) && !/[\s]/.test(t.simp[zh.end]!))) continue;
    out.push({ type: "person", name: zh.name, confidence: 0.8, evidence: sentenceAt(t, at), at, author: true });
  }
  return out;
}
