/**
 * Roles a personnel sentence gives after the name rather than before it: 「X已出任百度智能云总裁」,
 * 「X将担任该公司首席科学家一职」, 「X正式加盟，担任公司首席运营官」, 「X离职，转投壁仞科技任执行副总裁」.
 * Title-first patterns (百度智能云总裁X) cannot see these, and personnel news is written this way
 * as often as the other.
 */
import type { ArticleText } from "./article-text";
import { articleSentenceSpan, sentenceAt } from "./article-text";
import type { FoundRole, OrgSpan } from "./discover";
import { FOUNDED_AFTER } from "./founder-names";
import { ROLE_NOUNS, titleEndingAt } from "./titles";

/** A person already placed in the text: gazetteer (slug) or discovered (slug null). */
export interface PlacedPerson {
  start: number;
  end: number;
  slug: string | null;
  name: string;
}

/** Verbs that give a person a post (出任, 担任 …); 任 alone only right after an organisation (转投X任CTO), as it starts many words. */
const POST_VERB_FIRST = "出担接升就兼转改曾历调";
/**
 * Moves inside one organisation (原副总裁X升任首席运营官, X调任战略投资部总经理): the post is at the
 * company the text speaks of, which the sentence need not name again.
 */
const INTERNAL_MOVE: ReadonlySet<string> = new Set(["升任", "调任", "转任"]);
/** After 任, a word of its own (任务, 任何, 任意…), not the verb. */
const REN_WORD_NEXT = "务何意性命期职";

/**
 * Where a post-giving verb stands (出任, 担任 … 任, and 履新), by looking for 任 with indexOf: one
 * pass of a fast string search instead of a regex tried at every position of the article.
 */
function postVerbs(text: string): { index: number; verb: string }[] {
  const out: { index: number; verb: string }[] = [];
  for (let k = text.indexOf("任"); k !== -1; k = text.indexOf("任", k + 1)) {
    const before = text[k - 1];
    if (before !== undefined && POST_VERB_FIRST.includes(before)) out.push({ index: k - 1, verb: before + "任" });
    else if (before !== undefined && /[\u4e00-\u9fffA-Za-z]/.test(before) && !REN_WORD_NEXT.includes(text[k + 1] ?? "务")) out.push({ index: k, verb: "任" });
  }
  for (let k = text.indexOf("履新"); k !== -1; k = text.indexOf("履新", k + 2)) out.push({ index: k, verb: "履新" });
  return out.sort((a, b) => a.index - b.index);
}
/** Verbs that bring a person into an organisation whose post the next clause names (加盟X，担任CTO; 加盟AI眼镜创业公司X，…). */
const JOINS = /(?:加盟|加入|转投|入职|回归|跳槽至|跳槽到|进入)(?:[\u4e00-\u9fffA-Za-z]{0,10}?(?:公司|企业|平台|机构|创企|独角兽|初创公司))?$/;
/** Words after the title that close the post (…总裁一职), and a Latin gloss of it (首席财务官（CFO）). */
const POST_TAIL = /(?:一职|职务|职位|的职务|的职位|[(（][A-Za-z][A-Za-z .&-]{0,30}[)）])$/;
/** Where the post's clause ends. */
const CLAUSE_END = /[，。；！？,;!?：:\n]/;
/** How far the name may stand before the verb, inside one sentence (X于2024年10月正式加盟，担任…). */
const NAME_REACH = 40;
/** 公司/该公司 standing where the organisation's name would. */
const POINTER = /^(?:该|这家|本|其)?(?:公司|企业)的?$/;

function clauseEndAfter(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (CLAUSE_END.test(text[i]!)) return i;
  return limit;
}

function lastInside(orgs: OrgSpan[], s: number, e: number): OrgSpan | null {
  let best: OrgSpan | null = null;
  // the last one, and of two starting there the longer (讯飞医疗科技股份有限公司 over its 讯飞)
  for (const o of orgs) if (o.start >= s && o.end <= e && (!best || o.start > best.start || (o.start === best.start && o.end > best.end))) best = o;
  return best;
}

/** The organisation a 加盟/转投 between the name and the verb names (加盟|昆仑芯|，担任…). */
function joinedOrg(text: string, orgs: OrgSpan[], s: number, e: number): OrgSpan | null {
  let best: OrgSpan | null = null;
  for (const o of orgs) {
    if (o.start < s || o.end > e) continue;
    if (JOINS.test(text.slice(Math.max(s, o.start - 14), o.start)) && (!best || o.start > best.start)) best = o;
  }
  return best;
}

/** How far back 公司 may point: about two sentences. */
const POINTER_REACH = 160;

/** Words before an organisation that make it a past employer (曾在X, 曾任职于X, 此前就职于X). */
const PAST_EMPLOYER_LEAD = /(?:曾在|曾经在|曾任职于|曾就职于|曾供职于|曾效力于|此前在|之前在)$/;

/**
 * The company 公司 points back to: the last one named before, leaving out a former employer
 * (前英特尔副总裁X加盟，担任公司COO: 公司 is not 英特尔).
 */
function pointedAt(text: string, orgs: OrgSpan[], at: number): OrgSpan | null {
  let best: OrgSpan | null = null;
  for (const o of orgs) {
    if (o.end > at || o.start < at - POINTER_REACH || /[前原]/.test(text[o.start - 1] ?? "")) continue;
    // 公司 is not a university (毕业于上海交通大学，…出任公司CTO)
    if (/(?:大学|学院)$/.test(o.name)) continue;
    // …nor where someone worked before (曾在波士顿动力从事…研究。…出任公司CTO): a past employer, as 前X is
    if (PAST_EMPLOYER_LEAD.test(text.slice(Math.max(0, o.start - 4), o.start))) continue;
    // an investor in a round (由顺为资本领投) is not the company the text speaks of
    if (/^(?:联合)?(?:领投|跟投|参投|追投|加注)/.test(text.slice(o.end, o.end + 4))) continue;
    if (!best || o.start > best.start) best = o;
  }
  return best;
}

/** Verbs whose bare officer title (X担任联合创始人兼COO, 由X出任CTO, X兼任董事长) is a post at the company the text is about. */
const OWN_POST_VERBS: ReadonlySet<string> = new Set(["出任", "担任", "兼任", "接任"]);

/** The organisation right before the verb after 在 (X此前在商汤科技担任研究总监). */
function atOrg(text: string, orgs: OrgSpan[], s: number, v: number): OrgSpan | null {
  let best: OrgSpan | null = null;
  for (const o of orgs) {
    if (o.start <= s || o.end > v || text[o.start - 1] !== "在" || !/^(?:期间|时)?$/.test(text.slice(o.end, v))) continue;
    if (!best || o.end - o.start > best.end - best.start) best = o;
  }
  return best;
}

/**
 * `subject` is the company the article is about; `earlier` the roles already read, so a second post
 * a person takes on (X兼任…事业群总裁) is at the organisation of the post the sentence gave them first.
 */
export function rolesAfterNames(
  t: ArticleText,
  orgs: OrgSpan[],
  people: PlacedPerson[],
  subject: OrgSpan | null = null,
  earlier: FoundRole[] = [],
): FoundRole[] {
  const out: FoundRole[] = [];
  if (people.length === 0) return out;
  const text = t.simp;
  const byStart = [...people].sort((a, b) => a.start - b.start);
  const founders = foundedBy(t, orgs, byStart);
  for (const m of postVerbs(text)) {
    const v = m.index;
    const verbEnd = v + m.verb.length;
    const [sentS, sentE] = articleSentenceSpan(t, v);
    let who: PlacedPerson | null = null;
    for (const p of byStart) {
      if (p.start < sentS || p.end > v) continue;
      if (!who || p.start > who.start) who = p;
    }
    // X和Y联合创立，X任CEO，Y任首席科学家: the founder's name again right before 任 (a mention the places may lack)
    const founder = m.verb === "任" ? founders.find((r) => r.personStart >= sentS && r.personStart < v && text.startsWith(r.personName, v - r.personName.length)) : undefined;
    if (founder) who = { start: v - founder.personName.length, end: v, slug: founder.personSlug, name: founder.personName };
    if (!who || v - who.end > NAME_REACH) continue;
    // 由X接任: X takes the post the sentence's subject leaves, and is the nearest name anyway; a name
    // inside an organisation span (…的X) is no subject at all
    if (orgs.some((o) => o.start <= who!.start && o.end >= who!.end)) continue;
    // the single-character 任 only after the organisation it follows (转投壁仞科技任CTO), or right after a
    // name the sentence made a founder (X和Y联合创立，X任CEO，Y任首席科学家: officer posts at what they founded)
    const founded = founder?.org;
    if (m.verb === "任" && !founded && !orgs.some((o) => o.end === v)) continue;
    const clauseEnd = clauseEndAfter(text, verbEnd, sentE);
    const sentence = sentenceAt(t, v);
    // 其职务由X接任: X takes over the posts the sentence gave the person before (此前担任…负责人的Y已离职，其职务由X接任)
    if (m.verb === "接任" && clauseEnd === verbEnd && TAKEN_OVER.test(text.slice(Math.max(sentS, who.start - 8), who.start))) {
      for (const r of earlier) {
        if (r.sentence !== sentence || r.personStart >= who.start || r.personStart === who.start) continue;
        const title = r.title.replace(/^[原前]/, "");
        if (!out.some((x) => x.personStart === who!.start && x.title === title)) out.push({ personSlug: who.slug, personName: who.name, personStart: who.start, org: r.org, title, sentence });
      }
      continue;
    }
    let prev: OrgSpan | null = null;
    // posts listed with 、 (曾任华为CTO、大疆总工程师): each item names its organisation or keeps the one before
    // a post the sentence gave this person before the verb, or the company the article is about
    // …only for the subject of the verb's own clause (X同时兼任董事长), not a name a clause before (X担任…，公司CEO由Y出任，Y兼任…)
    // …and not where the sentence names a unit first (宣布成立医疗事业部，由X兼任CEO: the unit's CEO)
    const sameClause = !CLAUSE_END.test(text.slice(who.end, v)) && !UNIT_NAMED.test(text.slice(sentS, v));
    // a former post (前OpenAI研究员X出任…) says where the person was, not where the new post is; a current one
    // elsewhere than the article's company leaves the new post's place open, unless 兼任 keeps it there
    const current = sameClause ? earlier.find((r) => r.personStart === who!.start && r.sentence === sentence && !/^[前原]/.test(r.title))?.org : undefined;
    const own = founded ?? (!sameClause || !OWN_POST_VERBS.has(m.verb) ? null : m.verb === "兼任" ? (current ?? subject) : current && current !== subject && current.name !== subject?.name ? null : subject);
    for (const [segS, segE] of segments(text, verbEnd, clauseEnd)) {
      const post = postIn(t, orgs, segS, segE, segS === verbEnd ? { who, v, internal: INTERNAL_MOVE.has(m.verb), own } : null, prev);
      if (!post) break;
      prev = post.org;
      out.push({ personSlug: who.slug, personName: who.name, personStart: who.start, org: post.org, title: post.title, sentence });
    }
  }
  out.push(...rolesAfterCopula(t, orgs, byStart));
  out.push(...bracketedTitles(t, orgs, byStart, earlier));
  out.push(...founders);
  out.push(...academicTitlesAfter(t, orgs, byStart));
  return out;
}

/** What may stand before the organisation opening a sentence: a date, 近日, a noun head saying what it is. */
const SUBJECT_LEAD = /^(?:(?:[\d年月日]+|近日|日前|据悉|据了解)[，,]?)?(?:[\u4e00-\u9fffA-Za-z]{0,10}(?:公司|企业|创企|独角兽|初创公司))?$/;

/**
 * X成立于2023年，由（前…研究员）Y创立 / X是由Y联合创办的: Y is the founder (联合/共同: a co-founder) of
 * the organisation the sentence opens with. The clause holding the name opens with 由.
 */
function foundedBy(t: ArticleText, orgs: OrgSpan[], people: PlacedPerson[]): FoundRole[] {
  const out: FoundRole[] = [];
  const text = t.simp;
  for (const who of people) {
    const m = FOUNDED_AFTER.exec(text.slice(who.end, who.end + 16));
    if (!m) continue;
    const [sentS] = articleSentenceSpan(t, who.start);
    let k = who.start;
    while (k > sentS && !CLAUSE_END.test(text[k - 1]!)) k--;
    const by = text.indexOf("由", k);
    if (by === -1 || by >= who.start) continue;
    const org = orgs.find((o) => o.start >= sentS && o.end <= by);
    if (!org || !SUBJECT_LEAD.test(text.slice(sentS, org.start).trim())) continue;
    // the organisation opens the sentence; anything between it and 由 describes it (成立于2023年，| 是)
    const title = /联合|共同/.test(m[0]) ? "联合创始人" : "创始人";
    out.push({ personSlug: who.slug, personName: who.name, personStart: who.start, org, title, sentence: sentenceAt(t, who.start) });
    // 由X和Y联合创立: the names joined to this one in the 由 clause founded it together
    if (title !== "联合创始人") continue;
    for (const p of people) {
      if (p.start <= by || p.end >= who.start || !/[和与及、]/.test(text[p.end] ?? "") || out.some((r) => r.personStart === p.start && r.org === org)) continue;
      out.push({ personSlug: p.slug, personName: p.name, personStart: p.start, org, title, sentence: sentenceAt(t, p.start) });
    }
  }
  return out;
}

/** Brackets right after a name, and what separates the posts inside them. */
const BRACKET_AFTER = /^[（(]([^（()）\n]{1,32})[)）]/;
const FULL_OPEN_PAREN = "（".charCodeAt(0);
const OPEN_PAREN = "(".charCodeAt(0);
const LATIN_ONLY = /^[A-Za-z][A-Za-z .&-]*$/;

/**
 * X（首席执行官，CEO）, X（Helio Labs首席执行官）: posts in brackets right after a name, and nothing
 * else in them; at the organisation inside the brackets, else at the one a post before the name in
 * the same sentence gave the person (Helio Labs创始人X（首席执行官，CEO）). A Latin item after a
 * Han one is its gloss, not a second post.
 */
function bracketedTitles(t: ArticleText, orgs: OrgSpan[], people: PlacedPerson[], earlier: FoundRole[]): FoundRole[] {
  const out: FoundRole[] = [];
  const text = t.simp;
  for (const who of people) {
    // most names have no bracket after them: no slice and no match for those
    const open = text.charCodeAt(who.end);
    if (open !== FULL_OPEN_PAREN && open !== OPEN_PAREN) continue;
    const m = BRACKET_AFTER.exec(text.slice(who.end, who.end + 36));
    if (!m) continue;
    const inS = who.end + 1;
    const items: [number, number][] = [];
    let from = inS;
    for (let k = inS; k <= inS + m[1]!.length; k++) {
      if (k === inS + m[1]!.length || /[，,、/]/.test(text[k]!)) {
        items.push([from, k]);
        from = k + 1;
      }
    }
    const sentence = sentenceAt(t, who.start);
    const before = earlier.find((r) => r.personStart === who.start && r.sentence === sentence)?.org ?? null;
    const posts: { org: OrgSpan; title: string }[] = [];
    let prevHan = false;
    for (const [s, e] of items) {
      const item = text.slice(s, e).trim();
      const title = titleEndingAt(t.low, e);
      if (!title) {
        posts.length = 0;
        break;
      }
      const org = lastInside(orgs, s, e - title.length);
      const head = org ? t.original.slice(org.end, e).trim() : item;
      // the item is a title and nothing else, after its organisation if any
      if (head !== title && t.low.slice(e - head.length, e) !== title) {
        posts.length = 0;
        break;
      }
      const latin = LATIN_ONLY.test(item);
      if (latin && prevHan) continue;
      prevHan = !latin;
      const at = org ?? before;
      if (at) posts.push({ org: at, title: head });
    }
    for (const p of posts) out.push({ personSlug: who.slug, personName: who.name, personStart: who.start, org: p.org, title: p.title, sentence });
  }
  return out;
}

/** Academic posts news writes after the name, as a form of address (夏宁邵教授, 吕致远副研究员). */
const ACADEMIC_AFTER = /^(?:助理教授|副教授|教授|副研究员|助理研究员|研究员|院士)/;
/** A school, department or lab of the organisation, between it and the name (浙江大学|计算机科学与技术学院|吕致远教授). */
const ACADEMIC_UNIT = /^[\u4e00-\u9fff]{0,14}(?:学院|学系|系|研究院|研究所|实验室|研究中心|学部)$/;

/**
 * 厦门大学夏宁邵教授, 浙江大学计算机科学与技术学院吕致远教授: an academic title right after the name,
 * the organisation (and its school or lab) right before it, is the person's post there.
 */
function academicTitlesAfter(t: ArticleText, orgs: OrgSpan[], people: PlacedPerson[]): FoundRole[] {
  const out: FoundRole[] = [];
  const text = t.simp;
  for (const who of people) {
    const m = ACADEMIC_AFTER.exec(text.slice(who.end, who.end + 4));
    if (!m) continue;
    let org: OrgSpan | null = null;
    for (const o of orgs) {
      if (o.end > who.start || o.end < who.start - 16) continue;
      const between = text.slice(o.end, who.start);
      if (between !== "" && (!ACADEMIC_UNIT.test(between) || PHRASE.test(between))) continue;
      if (!org || o.end > org.end || (o.end === org.end && o.start < org.start)) org = o;
    }
    if (!org) continue;
    const title = t.original.slice(org.end, who.start) + t.original.slice(who.end, who.end + m[0].length);
    out.push({ personSlug: who.slug, personName: who.name, personStart: who.start, org, title, sentence: sentenceAt(t, who.start) });
  }
  return out;
}

/** Function words a unit's name does not hold (…合作的): the span is a phrase, not a unit; 与 and 和 stay (计算机科学与技术学院). */
const PHRASE = /[的了是在等由为对从于被把也都将已会要]/;

/** [s, e) cut at each 、. */
function segments(text: string, s: number, e: number): [number, number][] {
  const out: [number, number][] = [];
  let from = s;
  for (let k = text.indexOf("、", s); k !== -1 && k < e; k = text.indexOf("、", k + 1)) {
    out.push([from, k]);
    from = k + 1;
  }
  out.push([from, e]);
  return out;
}

/**
 * The post one item names: a title at its end, after an organisation inside it; in the first
 * item also after 加盟X (joined) or 公司 (a pointer); in a later one the organisation before it.
 */
function postIn(t: ArticleText, orgs: OrgSpan[], segS: number, segE: number, first: { who: PlacedPerson; v: number; internal?: boolean; own?: OrgSpan | null } | null, prev: OrgSpan | null): { org: OrgSpan; title: string } | null {
  const text = t.simp;
  const tail = POST_TAIL.exec(text.slice(segS, segE));
  const titleEnd = segE - (tail ? tail[0].length : 0);
  const title = titleEndingAt(t.low, titleEnd);
  if (!title || ROLE_NOUNS.has(title)) return null;
  const titleStart = titleEnd - title.length;
  if (titleStart < segS) return null;
  let org = lastInside(orgs, segS, titleStart);
  let titleText: string;
  if (org) {
    titleText = t.original.slice(org.end, titleEnd).replace(/^的/, "").trim();
  } else {
    // titles chained by 兼 before the last (担任公司|创始人兼|CEO) belong to the post, not to what stands before it
    let chainStart = titleStart;
    while (text[chainStart - 1] === "兼" && chainStart - 1 > segS) {
      const prevTitle = titleEndingAt(t.low, chainStart - 1);
      if (!prevTitle || chainStart - 1 - prevTitle.length < segS) break;
      chainStart = chainStart - 1 - prevTitle.length;
    }
    const between = text.slice(segS, chainStart).trim();
    if (first && (between === "" || UNIT_BETWEEN.test(between))) {
      org = joinedOrg(text, orgs, first.who.end, first.v) ?? atOrg(text, orgs, first.who.end, first.v) ?? (first.internal ? pointedAt(text, orgs, first.who.start) : null);
      // officer titles alone (担任联合创始人兼COO), or a unit's head when the sentence already placed the person (兼任生成式AI事业群总裁)
      if (!org && first.own && (between === "" ? OWN_OFFICER.test(text.slice(chainStart, titleEnd)) : UNIT_HEAD.test(title))) {
        org = first.own;
        // the unit is part of the post taken on (兼任|医疗事业群总裁)
        chainStart = segS + text.slice(segS, chainStart).length - text.slice(segS, chainStart).trimStart().length;
      }
    }
    else if (first && POINTER.test(between)) org = pointedAt(text, orgs, first.v);
    else if (!first) org = prev;
    // after the verb the title alone (担任公司|首席运营官); a later item keeps its field (、|智能驾驶事业群组总裁)
    titleText = t.original.slice(first ? chainStart : segS, titleEnd).trim();
  }
  if (!org || titleText.length === 0 || titleText.length > 24 || /[，。、]/.test(titleText)) return null;
  return { org, title: titleText };
}

/** 其职务由, 该职位由 before the name: the post of someone named before is handed on. */
const TAKEN_OVER = /(?:其|该|上述)(?:职务|职位|岗位|工作)(?:将|已|则)?由$/;

/** A unit of a company, named before a bare officer title that may then be its own. */
const UNIT_NAMED = /事业部|事业群|部门|子公司|业务线|业务部|实验室|研究院|工作室/;

/** Officer titles only a company's own people hold, chained by 兼 (联合创始人兼COO). */
const OWN_OFFICER = /^(?:(?:执行|高级|常务)?(?:ceo|cfo|cto|coo|cso|cpo|首席[\u4e00-\u9fffa-z]{0,6}?(?:官|科学家)|联合创始人|创始人|总裁|副总裁|董事长|副董事长|总经理|副总经理|董事会秘书)兼?)+$/i;
/** A unit's head (事业群总裁, 研究院院长). */
const UNIT_HEAD = /^(?:总裁|副总裁|总经理|副总经理|负责人|院长|总监)$/;

/** A unit of the organisation just joined, between the verb and the title (加入腾讯，出任|“CEO/总裁办公室”|首席AI科学家). */
const UNIT_BETWEEN = /^[“"「]?[^，。；“”"「」]{1,12}?(?:办公室|事业群|事业部|研究院|实验室|部门|部|团队|中心)[”"」]?$/;

/** 现为, 此前为, 系: the person is described by a post (丁文超为复旦大学教授, 李震宇此前为百度集团资深副总裁). */
const COPULA = /^(?:现任|现为|目前为|目前是|现在是|如今是|现在为|如今为|此前为|此前是|此前任|以前是|之前是|以前为|之前为|曾任|曾为|曾是|原任|原为|历任|为|系|是)/;

/** X，这家公司的创始人兼CEO，…: an appositive after the name's comma, only with a pointer to the company (X，一位前员工，… is nobody's post). */
const APPOSITIVE = /^[，,](?=(?:该|这家)公司的)/;

/**
 * Posts a copula gives right after the name: an organisation must follow it at once, and the
 * clause must end in a title (X为Y教授), so 为 as a preposition (X为公司带来…) gives none.
 */
function rolesAfterCopula(t: ArticleText, orgs: OrgSpan[], people: PlacedPerson[]): FoundRole[] {
  const out: FoundRole[] = [];
  const text = t.simp;
  for (const who of people) {
    const copula = COPULA.exec(text.slice(who.end, who.end + 4));
    const m = copula ?? APPOSITIVE.exec(text.slice(who.end, who.end + 6));
    if (!m) continue;
    const at = who.end + m[0].length;
    // 聘任X为公司副总裁: 公司 points back to the company the text speaks of
    // …and 这家公司的 (乔牧野是这家公司的创始人兼CEO) the same way
    const pointer = /^(?:该|本|这家)?公司的?/.exec(text.slice(at, at + 5));
    if (!copula && !pointer) continue;
    let org: OrgSpan | null = null;
    for (const o of orgs) if (o.start === at && (!org || o.end > org.end)) org = o;
    if (!org && pointer) org = pointedAt(text, orgs, at);
    if (!org) continue;
    const [, sentE] = articleSentenceSpan(t, at);
    const clauseEnd = clauseEndAfter(text, Math.max(at, org.end), sentE);
    let prev: OrgSpan | null = null;
    for (const [segS, segE] of segments(text, at, clauseEnd)) {
      const post = postIn(t, orgs, segS === at && pointer ? at + pointer[0].length : segS, segE, null, prev ?? org);
      if (!post) break;
      prev = post.org;
      out.push({ personSlug: who.slug, personName: who.name, personStart: who.start, org: post.org, title: post.title, sentence: sentenceAt(t, at) });
    }
  }
  return out;
}
