/**
 * Organisations named by the shape of the text rather than by a title: suffixed names (…科技) in
 * apposition or joined to another organisation, listed companies with their code (重庆啤酒(600132)),
 * registered legal names (…有限公司), and 「X方面表示」. Each find carries a confidence; those
 * below the mention level are listed for review only.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import { CLAUSE_BREAK, isHan, isHanAt, isClauseBreakAt } from "./context";
import type { FoundName, OrgSpan } from "./discover";
import { GENERIC_LATIN, isGenericStem, LEAD_NOISE, PHRASE_CHARS, STANDALONE_SUFFIXES } from "./org-words";
import { containsAny, wordHits, wordProduct, wordTable, type WordTable } from "./word-hits";
import { institutionNames, isPlaceName } from "./institution-names";
import { BUSINESS_AFTER_ORG } from "./units";
import { appositionNames, comparedNames, headedPairNames, jointVentureNames, listedOrgNames, stockHeadNames, suffixedPairNames } from "./org-lists";
import { contextOrgNames } from "./org-contexts";
import { frameOrgNames } from "./frame-names";
import { shapedOrgNames } from "./org-shapes";
import { briefListNames } from "./brief-list-names";
import { listedCueAfter, subjectNames } from "./subject-names";
import { subsidiaryNames } from "./subsidiary-names";
import { stakeNames } from "./stake-names";
import { headedSubjectNames } from "./headed-subjects";
import { officerSubjectNames } from "./officer-subjects";
import { journalNames } from "./journal-names";
import { universityNames } from "./university-names";
import { ownerListNames } from "./owner-lists";
import { bodyListNames } from "./body-lists";
import { employerNames } from "./employer-names";
import { soleInvestorNames } from "./sole-investor";
import { placeClubNames, sportsClubNames } from "./sports-clubs";
import { cooperativeNames } from "./cooperative-names";
import { formerMinistryNames } from "./former-ministries";
import { venueListNames } from "./venue-lists";
import { placeBranchNames } from "./place-branches";
import { makerNames } from "./maker-names";
import { fieldStartBefore, properStemOk } from "./field-stems";

/** 分公司, looked up in the shared pass over the article rather than scanned for. */
const BRANCH_WORD = wordTable(["分公司"]);

/** The legal forms, looked up in the shared pass over the article rather than scanned for. */
const LEGAL_FORM_WORDS = wordTable(["有限公司", "有限责任公司"]);

/** 师事务所, looked up in the shared pass over the article rather than scanned for. */
const FIRM_WORD = wordTable(["师事务所"]);

/** Every organisation these patterns find, outside the spans already taken. */
export function orgPatternNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  // one growing list of the spans known so far, each find's span made once; every reader gets its
  // own copy (a reader may keep or index the list it is given), not a fresh spread of every find
  const known = taken.slice();
  const institutions = institutionNames(t, taken);
  addSpans(known, institutions, 0);
  const universities = universityNames(t, known.slice());
  institutions.push(...universities);
  addSpans(known, universities, 0);
  const branches = groupBranchNames(t, known.slice());
  addSpans(known, branches, 0);
  const shaped = shapedOrgNames(t, known.slice());
  addSpans(known, shaped, 0);
  const briefs = briefListNames(t, known.slice());
  addSpans(known, briefs, 0);
  const withInstitutions = known.slice();
  const found = [...institutions, ...branches, ...shaped, ...briefs, ...journalNames(t, withInstitutions), ...bodyListNames(t, withInstitutions), ...suffixedNames(t, withInstitutions), ...stockCodeNames(t, withInstitutions), ...legalNames(t, withInstitutions), ...spokesNames(t, withInstitutions), ...sportsClubNames(t, withInstitutions), ...placeClubNames(t, withInstitutions), ...cooperativeNames(t, withInstitutions), ...formerMinistryNames(t, withInstitutions), ...venueListNames(t, withInstitutions), ...makerNames(t, withInstitutions)];
  // readers from here on get the spans so far and then every find's (the first four lists twice, as before)
  let added = addSpans(known, found, 0);
  const readers = [firmNames, latinSuffixedNames, latinDataSources, latinInvestors, latinOrgWordNames, latinAfterHeads];
  for (const read of readers) {
    found.push(...read(t, known.slice()));
    added = addSpans(known, found, added);
  }
  found.push(...jointVentureNames(t, taken));
  added = addSpans(known, found, added);
  // short names with no cue of their own are read last, outside every span found above
  for (const read of [subsidiaryNames, stakeNames, headedSubjectNames, officerSubjectNames, subjectNames, ownerListNames]) {
    found.push(...read(t, known.slice()));
    added = addSpans(known, found, added);
  }
  // a doubtful find (one sighting of X集团) that then acts as only a listed company does (…在投资者互动平台表示) is sure
  for (const f of found) if (f.type === "company" && f.confidence < MENTION_LEVEL && listedCueAfter(t.simp, f.at + f.name.length)) f.confidence = MENTION_LEVEL;
  // lists and appositions are read last: a sibling found by the patterns above counts as known
  // only sure finds count as known: a list or apposition may raise a doubtful one (丙丁资本 listed after 股东包括)
  const all = taken.slice();
  for (const f of found) if (f.confidence >= MENTION_LEVEL) all.push(spanOf(f));
  const contexts = contextOrgNames(t, all.slice());
  addSpans(all, contexts, 0);
  const employers = employerNames(t, all.slice());
  contexts.push(...employers);
  addSpans(all, employers, 0);
  const framed = frameOrgNames(t, all.slice());
  contexts.push(...framed);
  addSpans(all, framed, 0);
  const withContexts = all;
  const listed = [...listedOrgNames(t, withContexts), ...suffixedPairNames(t, withContexts), ...appositionNames(t, withContexts), ...headedPairNames(t, withContexts), ...comparedNames(t, withContexts), ...stockHeadNames(t, withContexts), ...placeBranchNames(t, withContexts)];
  const last = withContexts.slice();
  addSpans(last, listed, 0);
  return [...found, ...contexts, ...listed, ...soleInvestorNames(t, last)];
}

/** Appends the spans of `finds` from index `from` on to `spans`; returns the index after the last. */
function addSpans(spans: OrgSpan[], finds: FoundName[], from: number): number {
  for (let k = from; k < finds.length; k++) spans.push(spanOf(finds[k]!));
  return finds.length;
}

const spanOf = (f: FoundName): OrgSpan => ({ start: f.at, end: f.at + f.name.length, slug: null, name: f.name });

/** Words that stand right before a name in apposition or as a joiner (数据公司|新颜科技, 头部平台|同盾科技, 任|隆平高科). */
const APPOSITION_HEAD = /(公司|平台|企业|机构|巨头|龙头|独角兽|厂商|品牌|团队|旗下的?|股东|投资方|合作方|被告|原告|任|(?:创立|创办|孵化|控股)的)$/;
/**
 * …and 团队 (国内安全团队|云盾科技): a team named by its company name; 老股东|九合创投 and 由…创立的|言之有物科技:
 * a round's shareholder and what someone founded are organisations.
 */
const NOUN_HEAD = /(公司|平台|企业|机构|巨头|龙头|独角兽|厂商|品牌|团队|旗下的?|股东|投资方|合作方|被告|原告|(?:创立|创办|孵化|控股)的)$/;
/** A noun head that the name is one of (全球最大女鞋生产企业之一的|华坚集团): apposition through 之一的. */
const ONE_OF_HEAD = /(公司|平台|企业|机构|巨头|龙头|独角兽|厂商|品牌)之一的$/;
const headBefore = (text: string, at: number): boolean => NOUN_HEAD.test(text.slice(Math.max(0, at - 3), at)) || ONE_OF_HEAD.test(text.slice(Math.max(0, at - 7), at));
const JOINER = "、和与及";
/** The name does what only an organisation does: publishes a report or data (亿欧智库2018年11月发布的《…》, X证券12月10日发布, X研究院连续第八年发布), advises a deal (X资本担任本轮独家财务顾问). */
const ACTS_AFTER = /^(?:于?(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:早间|晚间|上午|下午|盘后)?)?(?:近日|日前|昨日|今日|再次|首次|(?:连续)?第[\d一二三四五六七八九十]+(?:年|次))?(?:发布|公布|披露|数据显示|报告显示|统计|调查显示|宣布)|^(?:担任|任|作为)(?:本轮|本次|此次|该轮)?(?:融资)?的?(?:独家|联席|唯一)?(?:财务顾问|法律顾问)/;

/** Where the name before a suffix starts: after a clause break, or after an apposition head; -1 when neither. */
function suffixedStemStart(text: string, suffixAt: number): number {
  let s = suffixAt;
  while (s > suffixAt - 4 && isHanAt(text, s - 1) && !isClauseBreakAt(text, s - 1)) s--;
  if (s === 0 || !isHanAt(text, s - 1)) {
    // a Latin word before the head (AI公司|声启科技, GPU厂商|…): the head inside the run still says where the name starts
    if (s === 0 || !/[A-Za-z0-9]/.test(text[s - 1]!)) return s;
    for (let len = 2; len <= suffixAt - s - 2; len++) if (COMPANY_HEAD.test(text.slice(suffixAt - len - 2, suffixAt - len))) return suffixAt - len;
    return s;
  }
  for (let len = 4; len >= 2; len--) {
    const at = suffixAt - len;
    // a head opening the run is the apposition's own head (孵化的|企业|牧云科技), not part of the name after it
    if (HEAD_WORD_FIRST.test(text.slice(at, suffixAt))) continue;
    // 被告人|…, 原告人|…: the party is a person, and what follows is no firm's name
    if (text[at] === "人" && /[被原]告$/.test(text.slice(at - 2, at))) continue;
    if (at > 0 && (APPOSITION_HEAD.test(text.slice(Math.max(0, at - 3), at)) || ONE_OF_HEAD.test(text.slice(Math.max(0, at - 7), at)))) return at;
  }
  return -1;
}
/** A run that opens with a head noun (企业|牧云, 公司|声启): the name starts after it. */
const HEAD_WORD_FIRST = /^(?:公司|企业|机构|厂商|平台|品牌|团队)/;

/** Verbs whose object is an organisation (创办了|帧跃科技, 就职于|…, 收购|…; 设有|X实验室, a body's own unit): the name starts right after. */
const ORG_OBJECT_VERB = /(?:设有|下设|建有|创办了?|创立了?|创建了?|成立了?|加入了?|加盟了?|转投|跳槽至|跳槽到|入职|收购了?|入股了?|投资了?|就职于|任职于|供职于|来自)$/;

function stemAfterOrgVerb(text: string, suffixAt: number): number {
  for (let len = 4; len >= 2; len--) {
    const at = suffixAt - len;
    if (at > 1 && text[at] !== "了" && text[at] !== "于" && ORG_OBJECT_VERB.test(text.slice(Math.max(0, at - 3), at))) return at;
  }
  return -1;
}

function stemAfterJoinedOrg(text: string, suffixAt: number, spans: [number, number][]): number {
  for (let len = 4; len >= 2; len--) {
    const at = suffixAt - len;
    if (at > 1 && "和与及".includes(text[at - 1]!) && spans.some(([, e]) => e === at - 1)) return at;
  }
  return -1;
}

/**
 * Trades that end a firm's name (曜石|视觉, 铭途|互娱, 澄芯|微电子, 筑梦|数科, 煤联|重工) but also a field or a
 * line of work (机器视觉, 电子游戏互娱): read, like 智能, only where a head, a verb or an owner says a firm follows.
 */
const HEADED_TRADES = ["视觉", "互娱", "微电子", "数科", "数智", "重工"];
/** Fields a trade word goes on from (计算机|视觉, 游戏|互娱, 工业|数智): no firm's own name. */
const FIELD_BEFORE_TRADE = /(?:计算机|机器|游戏|娱乐|工业|产业|行业|数字|智能|能源|装备|电子|光电)$/;
/**
 * Suffixes that end a field or a product as often as a company (具身智能, 办公软件): a name only where
 * a noun head, a verb or a joined organisation says so (创业公司|衡元智能, 创办了|…, 华为、|麒麟软件).
 */
const HEADED_SUFFIXES: ReadonlySet<string> = new Set(["智能", "软件", ...HEADED_TRADES]);
/** The noun heads that make the next run a company's name (创业公司|衡元智能), not any head (平台|下客户端软件). */
const COMPANY_HEAD = /(?:公司|企业|厂商|供应商|服务商|开发商|运营商|合作方|创企|独角兽|巨头)$/;
/** What may follow a X科技 read as a name from a second sighting: a break, a particle or a company's act (目前有, 获…, 已完成). */
const AGAIN_ENDS_BEFORE = /^(?:[，。；：、,.;:！？!?）)”"和与及的在是已将于也还则]|目前|获|宣布|表示|发布|推出|完成|正式|近日|今年|成立|创始人|联合创始人|首席|ceo|CEO)/;

/** A company's own founders and officers right after the name (砚芯智能|联合创始人, 星枢智能|副总裁). */
const OFFICER_AFTER = /^(?:联合创始人|创始人|ceo|CEO|首席|董事长|总裁|副总裁|总经理)/;

/** Fields named like a company (具身智能, 空间智能, 群体智能): a chief scientist of the field is no officer of a firm. */
const FIELD_OF_SUFFIX = /^(?:具身|群体|类脑|认知|情感|计算|感知|决策|通用|机器|环境|空间|边缘|端侧|交通|城市|制造|商业|产业|物流|家居|穿戴|驾驶|座舱|终端|硬件|语音|视觉|文本|多模态|生成式|超级|强人工|弱人工|混合|协同|分布式)$/;

function namedTwice(text: string, name: string): boolean {
  const first = text.indexOf(name);
  return first !== -1 && text.indexOf(name, first + name.length) !== -1;
}

/** The name owns something (金山软件旗下, X方面表示): only an organisation does. */
const OWNER_AFTER = /^(?:旗下|方面)/;
/** What may follow a name of this kind: punctuation, a verb a company does, a particle; not more noun (智能算力, 智能化). */
const NAME_ENDS_BEFORE = /^(?:[，。；：、,.;:！？!?）)”"和与及的在是已将于也还则]|宣布|表示|发布|推出|完成|获得|正式|近日|今年|成立|成为|达成|签署|签下|合作|创始人|联合创始人|首席|ceo|CEO)/;
const SUFFIX_TABLE = wordTable([...STANDALONE_SUFFIXES, ...HEADED_SUFFIXES]);
/** A counted or pointed-at run (一家具身, 这家): no name. */
const VAGUE_STEM = /^[一二三四五六七八九十两几多数某该此这那各]/;
/** A seat in brackets and a legal form right after a suffix: the run is the head of a legal name. */
const SEAT_THEN_LEGAL_FORM = /^[（(][\u4e00-\u9fff]{2,4}[)）](?:股份有限公司|有限责任公司|有限公司|公司)/;
/** 资本/证券 opening a compound (资本开支, 资本市场, 证券交易所): the word is no organisation's tail there. */
const COMPOUND_SUFFIXES: ReadonlySet<string> = new Set(["资本", "证券"]);
const SUFFIX_IN_COMPOUND = /^(?:开支|支出|市场|运作|化|主义|金|结构|充足|实力|投入|回报|论|交易|法|时报|日报|账户)/;
/** Suffixes that only ever end a company's name, never a field or a kind (隆平高科; 农业科技 is a field). */
/** What makes 科技 the first half of a place or event word rather than a suffix (科技园, 科技城, 科技馆, 科技节, 科技周, 科技展). */
const PLACE_AFTER_TECH = /^[园城馆节周展]/;
const BRAND_TAILS = new Set(["高科"]);

/**
 * Standalone organisation suffixes (…科技, …资本): low confidence, listed for admins; a name
 * joined to another organisation (新颜科技和魔蝎科技) counts as a mention.
 */
function suffixedNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const found: FoundName[] = [];
  const spans: [number, number][] = taken.map((o) => [o.start, o.end]);
  for (const hit of wordHits(t.simp, SUFFIX_TABLE)) {
    const m = { index: hit.at, 0: hit.word };
    const end = m.index + m[0].length;
    if (taken.some((o) => o.start < end && o.end > m.index)) continue;
    // a legal name goes on with its seat in brackets (唯冠科技|（深圳）有限公司): the legal-name reader names it whole
    if (SEAT_THEN_LEGAL_FORM.test(t.simp.slice(end, end + 16))) continue;
    if (SUFFIX_IN_COMPOUND.test(t.simp.slice(end, end + 2)) && COMPOUND_SUFFIXES.has(m[0])) continue;
    // 科技 opening a place or an event (中关村科技园区, 未来科技城, 科技馆, 科技节): no company ends there
    if (m[0] === "科技" && PLACE_AFTER_TECH.test(t.simp.slice(end, end + 1))) continue;
    let s = suffixedStemStart(t.simp, m.index);
    // 和/与/及 start a name only after another organisation (新颜科技和|魔蝎科技, not 资产和|投入资本)
    if (s === -1) s = stemAfterJoinedOrg(t.simp, m.index, spans);
    let objectOfVerb = s === -1 ? stemAfterOrgVerb(t.simp, m.index) : -1;
    if (objectOfVerb !== -1) s = objectOfVerb;
    // a field between the name and a research kind (成立|衡川|人工智能|研究院): read the name back from the field
    const field = s === -1 ? fieldStartBefore(t.simp, m.index, m[0]) : -1;
    if (field !== -1) {
      s = suffixedStemStart(t.simp, field);
      if (s === -1) s = stemAfterJoinedOrg(t.simp, field, spans);
      if (s === -1) objectOfVerb = s = stemAfterOrgVerb(t.simp, field);
      if (s !== -1 && !properStemOk(t.simp.slice(s, field).replace(LEAD_NOISE, ""))) s = -1;
    }
    if (s === -1) continue;
    // where the run opened, before a lead word is cut off (专访|砚芯智能)
    const runOpens = s === 0 || CLAUSE_BREAK.test(t.simp[s - 1]!);
    // a lead word is no part of the name (根据|亿欧智库, 获|源码资本)
    const lead = LEAD_NOISE.exec(t.simp.slice(s, m.index));
    if (lead) s += lead[0].length;
    // 转投|汇屿科技, 加盟|…: the verb's object is an organisation, as after 加入 below
    const joinedBy = lead !== null && /(?:转投|跳槽至|跳槽到|入职|加盟|加入)$/.test(lead[0]);
    if (t.simp[s] === "的") s++;
    const stem = t.simp.slice(s, m.index);
    if (stem.length < 2) continue;
    // 已 is an adverb before a verb (已接入|集团自研): a run holding it is a clause, not a name
    if (isGenericStem(stem) || [...stem].some((c) => "的了是在和与等这那其该各每个们不为对从于被把已".includes(c))) continue;
    // a noun head in apposition (头部平台|同盾科技) says what the name is; 任|… only where it is
    const opensClause = s === 0 || CLAUSE_BREAK.test(t.simp[s - 1]!);
    // …and a X科技 that opens its clause and that the article names again is a company it writes about
    // (not a compound going on: 加强科技|创新, 新一轮科技|革命)
    const again = opensClause && m[0] === "科技" && AGAIN_ENDS_BEFORE.test(t.simp.slice(end, end + 4)) && namedTwice(t.simp, stem + m[0]);
    const named = objectOfVerb !== -1 || joinedBy || again || (BRAND_TAILS.has(m[0]) && opensClause) || headBefore(t.simp, s) || ACTS_AFTER.test(t.simp.slice(end, end + 16));
    if (HEADED_SUFFIXES.has(m[0])) {
      // …named by a head or a verb, not a known name with a field after it (公司|华为|智能汽车)
      const joinedAfterKnown = JOINER.includes(t.simp[s - 1] ?? "") && taken.some((o) => o.end === s - 1);
      const after = t.simp.slice(end, end + 4);
      // what only a company does: owning (X旗下), filing as a listed company (X12月8日晚间公告), or
      // having founders and officers where the run opens a clause and the article names it again
      const owns = OWNER_AFTER.test(after) || listedCueAfter(t.simp, end) || (runOpens && !FIELD_OF_SUFFIX.test(stem) && OFFICER_AFTER.test(t.simp.slice(end, end + 5)) && namedTwice(t.simp, stem + m[0]));
      const headed = objectOfVerb !== -1 || COMPANY_HEAD.test(t.simp.slice(Math.max(0, s - 3), s)) || joinedAfterKnown || owns;
      if (!headed || !(owns || NAME_ENDS_BEFORE.test(after)) || VAGUE_STEM.test(stem) || taken.some((o) => o.start < m.index && o.end > s)) continue;
      // a trade after a field (公司|机器|视觉, 游戏|互娱) is the field's line of work, not a firm's name
      if (HEADED_TRADES.includes(m[0]) && (FIELD_OF_SUFFIX.test(stem) || FIELD_BEFORE_TRADE.test(stem))) continue;
    }
    // a headed suffix's name got here only by its head, verb or owner: as sure as a named one
    found.push({ type: "company", name: stem + m[0], confidence: named || HEADED_SUFFIXES.has(m[0]) ? MENTION_LEVEL : 0.6, evidence: sentenceAt(t, s), at: s });
    spans.push([s, end]);
  }
  for (const f of found) {
    const s = f.at;
    const e = s + f.name.length;
    const joined = (JOINER.includes(t.simp[e] ?? "") && spans.some(([a]) => a === e + 1)) || (JOINER.includes(t.simp[s - 1] ?? "") && spans.some(([, b]) => b === s - 1));
    if (joined) f.confidence = MENTION_LEVEL;
  }
  return found;
}

/** A law or accounting firm's suffix: nothing but a firm ends so (金杜|律师事务所, 北京市中伦|律师事务所). */
const FIRM_SUFFIX = /(?:律师事务所|会计师事务所)/g;
/** Everything up to the last function word or verb before the firm's name (首批客户包括|金杜…, 聘请|…). */
/** …and a verb of holding a post (X现任|君合…, X曾任职于|…): the person before it is no part of the firm's name. */
const FIRM_LEAD = /^.*(?:包括|以及|和|与|及|由|在|是|为|等|的|了|聘请|委托|担任|现任|曾任|历任|任职于|就职于|供职于|代理|来自|选择|联合|携手)/;

/**
 * Where the name before a suffix at `at` starts: back over at most `reach` Han characters within
 * the clause, then past the last word of `lead` (a verb or joiner the name follows).
 */
function stemStart(text: string, at: number, reach: number, lead: RegExp): number {
  let s = at;
  while (s > at - reach && isHanAt(text, s - 1) && !isClauseBreakAt(text, s - 1)) s--;
  const m = lead.exec(text.slice(s, at));
  return m ? s + m[0].length : s;
}

/** Law and accounting firms named by their suffix (首批客户包括金杜律师事务所): always organisations. */
function firmNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const out: FoundName[] = [];
  if (!containsAny(t.simp, FIRM_WORD)) return out;
  for (const m of t.simp.matchAll(FIRM_SUFFIX)) {
    const end = m.index + m[0].length;
    const s = stemStart(t.simp, m.index, 8, FIRM_LEAD);
    const stem = t.simp.slice(s, m.index);
    if (stem.length < 2 || isGenericStem(stem) || PHRASE_CHARS.test(stem) || taken.some((o) => o.start < end && o.end > s)) continue;
    out.push({ type: "company", name: stem + m[0], confidence: MENTION_LEVEL, evidence: sentenceAt(t, s), at: s });
  }
  return out;
}

/**
 * A Latin name with a Han suffix that only organisations take (XYZ创投, KDR资本集团, ABC控股). 科技
 * and 投资 are left out: 「Meta科技巨头」「Meta投资了」 are a known name and a word.
 */
const LATIN_SUFFIXED = /(?<![A-Za-z0-9&.-])([A-Z][A-Za-z0-9&.-]{1,11})(资本集团|资本|创投|集团|控股|证券)/g;
const LATIN_SUFFIX_WORDS = wordTable(["资本", "创投", "集团", "控股", "证券"]);

function latinSuffixedNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const out: FoundName[] = [];
  if (!containsAny(t.simp, LATIN_SUFFIX_WORDS) || !/[A-Z]/.test(t.simp)) return out;
  for (const m of t.simp.matchAll(LATIN_SUFFIXED)) {
    const s = m.index;
    const e = s + m[0].length;
    if (GENERIC_LATIN.has(m[1]!.toLowerCase()) || taken.some((o) => o.start < e && o.end > s)) continue;
    out.push({ type: "company", name: m[0], confidence: MENTION_LEVEL, evidence: sentenceAt(t, s), at: s });
  }
  return out;
}

/**
 * A Latin name whose data or report is cited (OpenRouter数据显示, Sensor Tower的报告指出): a tracker,
 * platform or research firm; a person's words are said, not shown by data.
 */
const LATIN_DATA_SOURCE = /(?<![A-Za-z0-9&.-])([A-Z][A-Za-z0-9&.-]{2,20}(?: [A-Z][A-Za-z0-9&.-]+){0,2})(?=的?(?:最新|公开)?(?:数据|报告|统计|调查|榜单|排名)(?:显示|表明|指出|称))/g;

/** The Latin names `pattern` captures, not generic and not inside a span already taken; `cue` is a cheap look first. */
function latinNamesBefore(t: ArticleText, taken: OrgSpan[], cue: WordTable, pattern: RegExp): FoundName[] {
  const out: FoundName[] = [];
  if (!containsAny(t.simp, cue) || !/[A-Z]/.test(t.simp)) return out;
  for (const m of t.simp.matchAll(pattern)) {
    const s = m.index;
    const e = s + m[0].length;
    if (GENERIC_LATIN.has(m[1]!.toLowerCase()) || taken.some((o) => o.start < e && o.end > s)) continue;
    out.push({ type: "company", name: m[1]!, confidence: MENTION_LEVEL, evidence: sentenceAt(t, s), at: s });
  }
  return out;
}

// most articles cite no data after a Latin name: a cheap look for the cue words first (in the shared pass over the article)
const DATA_CUES = wordTable(["数据", "报告", "统计", "调查", "榜单", "排名"].flatMap((w) => ["显示", "表明", "指出", "称"].map((v) => w + v)));
const ROUND_CUES = wordTable(["领投", "跟投", "参投", "追投", "共同投资"]);
const latinDataSources = (t: ArticleText, taken: OrgSpan[]): FoundName[] =>
  latinNamesBefore(t, taken, DATA_CUES, LATIN_DATA_SOURCE);

/**
 * A Latin name that leads or joins a round (由Andreessen Horowitz领投，Greylock跟投): only an investor
 * does that. The name opens its clause or follows 由, so a product or a person's handle is not taken.
 */
const LATIN_INVESTOR = /(?<=^|[，,、。；;\n由和与及])([A-Z][A-Za-z0-9&.-]{2,20}(?: [A-Z][A-Za-z0-9&.-]+){0,2})(?=(?:联合)?(?:领投|跟投|参投|追投|共同投资))/g;

const latinInvestors = (t: ArticleText, taken: OrgSpan[]): FoundName[] => latinNamesBefore(t, taken, ROUND_CUES, LATIN_INVESTOR);

/**
 * Capitalised Latin words ending in a word only organisations end with (Thinking Machines Lab,
 * Safe Superintelligence Inc, Physical Intelligence Labs, Primary Venture Partners, Preferred
 * Networks): an organisation wherever it stands.
 */
export const LATIN_ORG_WORDS = /(?<![A-Za-z0-9&.-])((?:[A-Z][A-Za-z0-9&'-]*\s){1,3}(?:Lab|Labs|Inc|Inc\.|Corp|Corporation|Technologies|Robotics|Ventures|Capital|Holdings|Foundation|Institute|Partners|Networks|Systems))(?![A-Za-z0-9])/g;

/** A closing word after a Latin word: most articles with Latin runs have none, and then no LATIN_ORG_WORDS match. */
export const LATIN_ORG_CLOSING = /[a-z0-9] (?:Lab|Labs|Inc|Corp|Corporation|Technologies|Robotics|Ventures|Capital|Holdings|Foundation|Institute|Partners|Networks|Systems)\b/;
/** The closing words after their space, one of which every LATIN_ORG_CLOSING match holds: looked up in the shared pass first. */
export const LATIN_ORG_CLOSERS = wordTable(wordProduct([" "], ["Lab", "Inc", "Corp", "Technologies", "Robotics", "Ventures", "Capital", "Holdings", "Foundation", "Institute", "Partners", "Networks", "Systems"]));

function latinOrgWordNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const out: FoundName[] = [];
  // the closing word first: most articles with Latin runs name no such organisation
  if (!containsAny(t.simp, LATIN_ORG_CLOSERS) || !LATIN_ORG_CLOSING.test(t.simp)) return out;
  for (const m of t.simp.matchAll(LATIN_ORG_WORDS)) {
    const s = m.index;
    const e = s + m[0].length;
    if (taken.some((o) => o.start < e && o.end > s)) continue;
    out.push({ type: "company", name: m[1]!, confidence: MENTION_LEVEL, evidence: sentenceAt(t, s), at: s });
  }
  return out;
}

/**
 * A capitalised Latin name right after a maker's kind (开发商Legend Studio, 厂商Kurobane, 初创公司Xyz; not a
 * bare 公司 or 企业, which also stand before what a company makes: 公司DCU, 企业Agent), or glued to a city and followed by 一家公司 (东京Telemessage一家公司): a company wherever the head stands.
 */
const LATIN_AFTER_HEAD = /(?:开发商|发行商|厂商|制造商|生产商|供应商|运营商|服务商|工作室|初创公司|创业公司|游戏公司|科技公司)((?:[A-Z][A-Za-z0-9&'.-]*)(?: [A-Z][A-Za-z0-9&'.-]*){0,2})(?![A-Za-z0-9])/g;
/** The words LATIN_BEFORE_ONE_FIRM's lookahead ends in. */
const ONE_FIRM_WORDS = wordTable(["一家公司", "这家公司"]);
/** LATIN_AFTER_HEAD's heads, one of which it cannot match without. */
const MAKER_HEADS = wordTable(["开发商", "发行商", "厂商", "制造商", "生产商", "供应商", "运营商", "服务商", "工作室", "初创公司", "创业公司", "游戏公司", "科技公司"]);
const LATIN_BEFORE_ONE_FIRM = /(?<=[\u4e00-\u9fff“"])([A-Z][A-Za-z0-9&'.-]{2,20}(?: [A-Z][A-Za-z0-9&'.-]+){0,2})(?=[”"]?(?:一家公司|这家公司))/g;

/** Capitalised business words a maker's kind may stand before (厂商OEM, 供应商ERP, 科技公司IPO): no names. */
const BUSINESS_LATIN: ReadonlySet<string> = new Set("ipo esg logo vip ppt pdf oem odm kpi crm erp sdk gdp cmo cio cso ceo cfo coo cto".split(" "));

function latinAfterHeads(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const out: FoundName[] = [];
  for (const pattern of [LATIN_AFTER_HEAD, LATIN_BEFORE_ONE_FIRM]) {
    // the second pattern's match needs one of its closing words: without them its scan, which tries every capital, is skipped
    if (pattern === LATIN_BEFORE_ONE_FIRM && !containsAny(t.simp, ONE_FIRM_WORDS)) continue;
    if (pattern === LATIN_AFTER_HEAD && !containsAny(t.simp, MAKER_HEADS)) continue;
    for (const m of t.simp.matchAll(pattern)) {
      const name = m[1]!;
      const s = m.index + m[0].length - name.length;
      const e = s + name.length;
      if (name.length < 3 || GENERIC_LATIN.has(name.toLowerCase()) || BUSINESS_LATIN.has(name.toLowerCase()) || taken.some((o) => o.start < e && o.end > s)) continue;
      out.push({ type: "company", name, confidence: MENTION_LEVEL, evidence: sentenceAt(t, s), at: s });
    }
  }
  return out;
}

/** A listing code right after a name (重庆啤酒(600132, 寒武纪（688256.SH）, 商汤（0020.HK）): the name is a listed company. */
const STOCK_CODE = /^[(（]\s*(?:(?:sh|sz|SH|SZ)?\d{6}(?:\.(?:SH|SZ|BJ))?|\d{4,5}\.HK|(?:NASDAQ|NYSE|Nasdaq|纳斯达克|纽交所|港股)[:：]\s*[A-Z]{1,5})\s*[)）,，;；]/;

/**
 * Listed companies named with their code. The name is the run of Han characters before the code,
 * cut to the longest reading that starts a clause or that the article uses again (甩卖|重庆啤酒).
 */
function stockCodeNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const out: FoundName[] = [];
  for (let at = t.simp.search(/[(（]/); at !== -1; at = nextParen(t.simp, at + 1)) {
    if (!STOCK_CODE.test(t.simp.slice(at, at + 24))) continue;
    if (taken.some((o) => o.end === at || (o.start < at && o.end > at - 2))) continue;
    let runStart = at;
    while (runStart > at - 6 && isHanAt(t.simp, runStart - 1) && !isClauseBreakAt(t.simp, runStart - 1)) runStart--;
    let pick: number = -1;
    for (let s = runStart; s <= at - 2; s++) {
      const name = t.simp.slice(s, at);
      const clauseStart = s === runStart && (s === 0 || !isHanAt(t.simp, s - 1));
      const again = t.simp.indexOf(name) !== s || t.simp.indexOf(name, at) !== -1;
      if (clauseStart || again) {
        pick = s;
        break;
      }
    }
    if (pick === -1) continue;
    const name = t.simp.slice(pick, at);
    if (isGenericStem(name) || PHRASE_CHARS.test(name)) continue;
    out.push({ type: "company", name, confidence: 0.8, evidence: sentenceAt(t, pick), at: pick });
  }
  return out;
}

function nextParen(text: string, from: number): number {
  const a = text.indexOf("(", from);
  const b = text.indexOf("（", from);
  return a === -1 ? b : b === -1 ? a : Math.min(a, b);
}

/** A registered company's legal name (中山市X电器制造有限公司, 唯冠科技（深圳）有限公司): always a company. */
const LEGAL_NAME = /[\u4e00-\u9fffA-Za-z0-9（）()]{2,24}?(?:股份有限公司|有限责任公司|有限公司)/g;
/** Where a legal name's run really starts: after the last function word or verb before it (由|中山市…). */
const LEGAL_LEAD = /^.*(?:担任|出任|兼任|现任|曾任|此前任|历任|任职于|被告|原告|同时|由|在|与|和|及|向|对|是|为|被|将|把|从|即|称|以|同|跟|给|让|(?<![数证票单收凭占论])据|经|旗下|子公司|母公司|股东|收购|起诉|设立|成立|注册|创办|控股|入股|投资|连线|致电|联系|走访|采访|探访|前往|来到|委托)/;
/**
 * A legal name's branch written right after it (X有限公司|余姚分公司, X有限公司|上海浦东分公司): the branch is
 * the actor, its own entity under the company; a verb before 分公司 (成立|分公司) is the company acting.
 */
/** The trade a legal name holds after 投资 or 控股 (投资管理有限公司, 控股集团有限公司, 投资有限公司). */
const TRADE_AFTER_INVEST = /^(?:管理|咨询|发展|顾问|基金|集团|合伙|股份有限|有限)/;
const BRANCH_AFTER_LEGAL = /^([\u4e00-\u9fff]{2,5}?)分公司/;
const NOT_BRANCH_STEM = /^(?:成立|设立|新设|新建|注销|旗下|下属|所属|各地|多家|及其|其|下设|开设)/;
/** A description before a legal name that opens with its seat (芯片公司|安徽X技术有限公司): the kind of company, not its name. */
function afterDescription(text: string, s: number, end: number): number {
  for (let k = text.indexOf("公司", s); k !== -1 && k + 2 < end - 4; k = text.indexOf("公司", k + 2)) {
    if (seatLength(text, k + 2) > 0) return k + 2;
  }
  return s;
}

/** A place in brackets before a legal name ((英国)IP申请发展有限公司) says where it is registered, not what it is called. */
const PLACE_PREFIX = /^[(（][\u4e00-\u9fff]{1,4}[)）]/;

/** The city or province a legal name opens with (北京|…, 杭州市|…): its seat, not its name. */
function seatLength(text: string, s: number): number {
  for (const len of [3, 2]) {
    if (!isPlaceName(text.slice(s, s + len))) continue;
    return len + (/[市省]/.test(text[s + len] ?? "") ? 1 : 0);
  }
  return 0;
}

function legalNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const out: FoundName[] = [];
  // the pattern tries every position: most articles name no legal entity, so look for one first
  if (!containsAny(t.simp, LEGAL_FORM_WORDS)) return out;
  for (let m = LEGAL_NAME.exec(t.simp); m; m = LEGAL_NAME.exec(t.simp)) {
    let s = m.index;
    const end = s + m[0].length;
    let lead = LEGAL_LEAD.exec(m[0].slice(0, -4));
    // 投资/控股 before a trade word is part of the name (国投创新|投资管理|有限公司), not the verb of investing: cut earlier
    while (lead && /(?:投资|控股)$/.test(lead[0]) && TRADE_AFTER_INVEST.test(m[0].slice(lead[0].length))) lead = LEGAL_LEAD.exec(lead[0].slice(0, -2));
    if (lead) s += lead[0].length;
    const place = PLACE_PREFIX.exec(t.simp.slice(s, end));
    if (place) s += place[0].length;
    // a known organisation's legal name (摩尔线程智能科技(北京)股份有限公司, 北京|智谱华章科技…) is that organisation
    s = afterDescription(t.simp, s, end);
    const seat = seatLength(t.simp, s);
    // …unless a line of business follows the known name (讯飞|医疗科技股份有限公司): a subsidiary, named in full
    if (taken.some((o) => (o.start === s || o.start === s + seat) && o.end < end && !BUSINESS_AFTER_ORG.test(t.simp.slice(o.end, o.end + 2)))) continue;
    const name = t.simp.slice(s, end);
    const stem = name.replace(/(?:股份有限公司|有限责任公司|有限公司)$/, "");
    if (stem.length < 2 || isGenericStem(stem) || PHRASE_CHARS.test(stem.replace(/[（）()]/g, ""))) continue;
    if (taken.some((o) => o.start <= s && o.end >= end)) continue;
    const branch = BRANCH_AFTER_LEGAL.exec(t.simp.slice(end, end + 8));
    if (branch && !PHRASE_CHARS.test(branch[1]!) && !NOT_BRANCH_STEM.test(branch[1]!) && !taken.some((o) => o.start < end + branch[0].length && o.end > end)) {
      out.push({ type: "company", name: name + branch[0], confidence: 0.8, evidence: sentenceAt(t, s), at: s, parent: { name, slug: null } });
      LEGAL_NAME.lastIndex = end + branch[0].length;
      continue;
    }
    out.push({ type: "company", name, confidence: 0.8, evidence: sentenceAt(t, s), at: s });
  }
  LEGAL_NAME.lastIndex = 0;
  return out;
}

/**
 * A group's branch in a city (X集团|深圳分公司, X集团|广州市分公司): the branch is its own entity under the
 * group, and the group is named there too. The group's name runs back to a clause break, after the
 * last lead word (的, 还有, 包括, 由…); the city is one of the general place list.
 */
const GROUP_BRANCH = /集团([\u4e00-\u9fff]{2,3}?)市?分公司/g;
const GROUP_LEAD = /^.*(?:的|还有|包括|以及|其中|由|在|与|和|及|向|对|是|为|被|将|把|从|即|称|同|跟|给|让|据|经|曾|到|至|于)/;

function groupBranchNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const out: FoundName[] = [];
  if (!containsAny(t.simp, BRANCH_WORD)) return out;
  for (const m of t.simp.matchAll(GROUP_BRANCH)) {
    if (!isPlaceName(m[1]!)) continue;
    const groupEnd = m.index + 2;
    const end = m.index + m[0].length;
    const s = stemStart(t.simp, m.index, 10, GROUP_LEAD);
    const stem = t.simp.slice(s, m.index);
    if (stem.length < 2 || isGenericStem(stem) || PHRASE_CHARS.test(stem)) continue;
    if (taken.some((o) => o.start < end && o.end > s)) continue;
    const group = t.simp.slice(s, groupEnd);
    const evidence = sentenceAt(t, s);
    out.push({ type: "company", name: group, confidence: 0.8, evidence, at: s });
    out.push({ type: "company", name: t.simp.slice(s, end), confidence: 0.8, evidence, at: s, parent: { name: group, slug: null } });
  }
  return out;
}

/** 「X方面表示」: a company speaking through its spokespeople (拼多多方面表示, 龙湖方面回应). */
const SPOKES_AFTER = /^(?:表示|称|回应|回复|透露|介绍|证实|否认|人士|负责人|相关负责人)/;

function spokesNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const out: FoundName[] = [];
  for (let at = t.simp.indexOf("方面"); at !== -1; at = t.simp.indexOf("方面", at + 2)) {
    if (!SPOKES_AFTER.test(t.simp.slice(at + 2, at + 7))) continue;
    let runStart = at;
    while (runStart > at - 6 && isHanAt(t.simp, runStart - 1)) runStart--;
    if (at - runStart < 2) continue;
    if (taken.some((o) => o.end === at || (o.start < at && o.end > runStart))) continue;
    // the name starts the clause, or follows 向/对/据/与 (向格兰仕方面咨询)
    const run = t.simp.slice(runStart, at);
    const before = t.simp[runStart - 1];
    let s = runStart;
    const cut = /^.*(?:向|对|据|与|和|但|而|则|即|由)/.exec(run);
    if (cut) s += cut[0].length;
    else if (before !== undefined && isHan(before) && !CLAUSE_BREAK.test(before)) continue;
    const name = t.simp.slice(s, at);
    if (name.length < 2 || isGenericStem(name) || PHRASE_CHARS.test(name) || /^(官方|双方|各方|对方|校方|警方|院方|厂方|资方|买方|卖方|甲方|乙方|相关|有关|监管|政府|公司|企业)/.test(name)) continue;
    out.push({ type: "company", name, confidence: 0.7, evidence: sentenceAt(t, s), at: s });
  }
  return out;
}

/** The confidence at which a discovered name counts as a mention (MENTION_CONFIDENCE in extract-entities). */
const MENTION_LEVEL = 0.7;
