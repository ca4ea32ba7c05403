/**
 * Entity extraction for one article, as named steps: scan and resolve (gazetteer aliases,
 * ambiguous names decided, the outlet dropped, units such as 京东探索研究院 split off) → discover
 * (patterns in ./discover) → accept (gazetteer people with support; discovered names merged, given
 * one boundary per article, short forms and script pairs folded, listed names added) → roles →
 * company and person hits with counts, snippets and salience. Pure: no database, no I/O; the alias
 * index is built once per process (or per custom gazetteer via createEntityExtractor).
 */
import { boundedMemo } from "../../text/bounded-memo";
import { toTraditional } from "../../text/script";
import { buildAliasIndex, type AliasIndex, type AliasTarget } from "./alias-index";
import { citedOutlet } from "./cited-outlets";
import { articleSentenceSpan, articleText, partOf, sentenceAt, type ArticleText } from "./article-text";
import { charBefore, nameRightOk, speechFollows, isHanAt } from "./context";
import { chineseNameAt, titleStartsAt, verbStartsAt } from "./names";
import { titleEndingAt } from "./titles";
import { discover, type Discovery, type FoundName, type OrgSpan, type PersonSpan } from "./discover";
import { buildGazetteer, loadGazetteer, type Gazetteer, type OrgEntry, type PersonEntry } from "./load-gazetteer";
import { aliasKey } from "./normalize";
import { companySalience, personSalience } from "./salience";
import { listedNames, nameLists } from "./listed-names";
import { opensDoctrineName } from "./doctrine-names";
import { postsSharedByList } from "./list-posts";
import { addShortForms, extendsName, scriptPairs, shorterReadingInArticle, standsAlone } from "./person-forms";
import { splitUnits, unitFollows, type Unit } from "./units";
import { chromeSpans } from "./chrome-lines";
import { scanAliases, type Occurrence } from "./scan";
import { slugForName } from "./slug";
import { mergeCourtShortForms, mergeLeadingShortForms, mergeLegalCores, mergeShortForms } from "./short-names";
import { mergeAdminShortForms } from "./admin-short-forms";
import { mergePlaceMarks } from "./place-marks";
import { addLocalOfficeRoles } from "./local-offices";
import { isBareAdmin, qualifyBareAdmin, renameDiscovered } from "./bare-admin";
import { isPlaceName } from "./institution-names";
import { ADMIN_AREA } from "./org-words";
import { namesNoOrganisation } from "./non-org-names";
import { cutInsideWord } from "./cut-names";
import type { CompanyHit, DiscoveredEntity, EntityInput, EntityResult, OrgKind, PersonHit, ProductHit, RoleHit } from "./types";

/** Discovered names at or above this confidence count as mentions; all are listed for review. */
export const MENTION_CONFIDENCE = 0.7;

/** A verb that gives a post (担任, 出任…) opens no organisation's name: a pattern that reads one (在公司|担任|联合创始人) misread the clause. */
const POST_VERB_START = /^(?:担任|出任|兼任|接任|升任|就任|调任|转任|聘任)/;
/** A name with 某 after the surname (陈某, 王某智, 李某某): the article withholds who it is, so it names nobody. */
const WITHHELD_NAME = /^[\u4e00-\u9fff]{1,2}某/;
/** A verb of setting something up inside a name (在香港|设立|办公室, 与企业|共建|联合实验室): the pattern read a clause, not a name. */
const SETS_UP = /设立|共建|成立|组建|筹建|搭建|新设|开设|建立/;
const COMPANY_CUE = /^(方面(?:表示|称|回应|回复|透露|证实|否认)|公司|集团|团队|旗下|支付|联合|旗舰店|发文|发帖|的大模型|大模型|模型|ceo|cto|创始人|董事长|总裁|发布|推出|宣布|手机|芯片|股价|财报|app|应用|用户|探讨|合作|签署|达成|领投|跟投|市值|上市|股东|收购|上线|接入|电商|ai(?![a-z])|(?:的)?(?:下载量|月活|日活|用户数))/;

/** A verb whose object is an employer or a target (加入小米, 跳槽至X, 收购X): the name after it is the organisation, not the word. */
const JOINS_BEFORE = /(?:加入|加盟|入职|跳槽至|跳槽到|转投|就职于|任职于|供职于|收购|入股|起诉)$/;
/** 在X + a verb of holding a job (在小米负责…, 曾在苹果工作): X is where someone works, an employer. */
const WORKS_AT_BEFORE = /在$/;
const WORKS_AT_AFTER = /^(?:工作|任职|供职|就职|负责|主管|分管|带领|领导|实习|担任|做过|干过)/;

/**
 * Talks or a deal with the name, an adverb perhaps between (和X已经在谈, 与X正在洽谈): only an
 * organisation is a party to them.
 */
const PARTY_BEFORE = /(?:与|和|同|跟)$/;
const TALKS_AFTER = /^(?:已经|正在|已|也|还|都|均)+(?:在谈|在洽谈|洽谈|谈判|商谈|接触|合作|签约|签署|达成)/;

/** A listing code (寒武纪（688256.SH）) or a Latin model name (三星 Galaxy S20) right after a name that is also a word. */
/** A model number and a kind of car after a name (08车型, 7 SUV, L9轿车): the name is a car's. */
const CAR_MODEL_AFTER = /^[\s-]?[A-Z]?\d{1,3}(?:\s?(?:Pro|Max|Plus|EV|DM-i|PHEV))?\s?(?:车型|新车|轿车|SUV|MPV|跑车|皮卡)/;
const CODE_OR_MODEL_AFTER = /^(?:[(（]\s*(?:SH|SZ|sh|sz)?\d{4,6}|\s?[A-Z][a-z]+\s?[A-Z0-9])/;

export interface ExtractorOptions {
  gazetteer?: Gazetteer;
  /** Extra entries (e.g. discovered entities an admin confirmed) merged into the gazetteer. */
  extraOrganisations?: OrgEntry[];
  extraPeople?: PersonEntry[];
  /** Names an admin rejected: never reported. */
  rejected?: string[];
}

interface Prepared {
  index: AliasIndex;
  g: Gazetteer;
  /** Display aliases by slug, one lookup per kind (a key built per hit cost a string and its hash each time). */
  orgAliases: (slug: string) => string[];
  personAliases: (slug: string) => string[];
  rejected: Set<string>;
  /** Folded names of every gazetteer entry (and product), so discovery does not re-find them. */
  knownKeys: Set<string>;
  /** Folded name, alias or product of a gazetteer organisation → its slug. */
  orgOfKey: Map<string, string>;
  /** Folded name or alias of a gazetteer person → slug, so a pattern's find can confirm them. */
  personKeys: Map<string, string>;
  /** orgKeys by organisation slug, filled on first use. */
  orgKeys: Map<string, OrgKeys>;
  /** personOrgs by person slug, filled on first use. */
  personOrgs: Map<string, string[]>;
}

/** A script conversion per discovered name per article adds up; the names recur. */
const traditionalOf = boundedMemo(toTraditional, 20_000);

function withTraditional(names: string[]): string[] {
  const out = new Set<string>();
  for (const n of names) {
    out.add(n);
    if (/[\u3400-\u9fff]/.test(n)) out.add(traditionalOf(n));
  }
  return [...out];
}

/**
 * An entry's display aliases (its aliases, and the traditional spelling of every name), worked
 * out when an article first names the entry and then kept: converting every gazetteer name up
 * front cost ~0.15 s at each start of `npm run extract`, for the few entries articles name.
 */
function aliasesBySlug(bySlug: ReadonlyMap<string, { name: string; aliases: string[] }>): (slug: string) => string[] {
  const done = new Map<string, string[]>();
  return (slug) => {
    let aliases = done.get(slug);
    if (aliases === undefined) {
      const e = bySlug.get(slug);
      aliases = e ? withTraditional([e.name, ...e.aliases]).filter((a) => a !== e.name) : [];
      done.set(slug, aliases);
    }
    return aliases;
  };
}

function prepare(opts: ExtractorOptions): Prepared {
  const base = opts.gazetteer ?? loadGazetteer();
  const g =
    opts.extraOrganisations?.length || opts.extraPeople?.length
      ? buildGazetteer([...base.organisations, ...(opts.extraOrganisations ?? [])], [...base.people, ...(opts.extraPeople ?? [])], base.version)
      : base;
  const knownKeys = new Set<string>();
  const orgOfKey = new Map<string, string>();
  for (const o of g.organisations) {
    for (const a of [o.name, ...o.aliases, ...o.spun, ...o.products]) {
      knownKeys.add(aliasKey(a));
      orgOfKey.set(aliasKey(a), o.slug);
    }
  }
  const personKeys = new Map<string, string>();
  for (const p of g.people) {
    for (const a of [p.name, ...p.aliases]) {
      knownKeys.add(aliasKey(a));
      personKeys.set(aliasKey(a), p.slug);
    }
  }
  return { index: buildAliasIndex(g), g, orgAliases: aliasesBySlug(g.orgBySlug), personAliases: aliasesBySlug(g.personBySlug), rejected: new Set((opts.rejected ?? []).map(aliasKey)), knownKeys, orgOfKey, personKeys, personOrgs: new Map(), orgKeys: new Map() };
}

interface Mention {
  start: number;
  end: number;
  target: AliasTarget;
}

/**
 * Media occurrence that only cites an outlet as the source of what is reported, not as a company
 * the article discusses: its own dateline and bylines (X讯, 《X》记者), 对X表示 / 接受X采访, 据X报道,
 * 《X》报道/援引, 【X】 heading a digest item. An outlet that does something else (《Fast Company》预测, 《X》调查) is a mention.
 */
function selfReference(t: ArticleText, m: Mention): boolean {
  const after = t.simp.slice(m.end, m.end + 6);
  if (/^》?(?:独家)?(记者|讯|编辑|作者|报道|援引|消息|披露|获悉|刊文|发文)/.test(after)) return true;
  // …and where it learnt it (X从多个信源处获悉, X从知情人士处了解到)
  if (/^》?(?:从|自)[^，。,；\n]{1,12}?(?:独家)?(?:获悉|了解到)/.test(t.simp.slice(m.end, m.end + 18))) return true;
  // a wire dateline (X11月18日电, X3日讯) and an account's credit line (X | 公众号 QbitAI)
  if (/^\d{1,2}月\d{1,2}日(?:电|讯)|^\d{1,2}日(?:电|讯)|^\s*[|｜]\s*公众号/.test(t.simp.slice(m.end, m.end + 9))) return true;
  // …with its city, a piece it ran that the article retells, a digest heading (./cited-outlets)
  if (citedOutlet(t.simp, m.start, m.end)) return true;
  // an interview transcript's question label (X：…) is the outlet asking
  if (/^[：:]/.test(after) && (m.start === 0 || t.simp[m.start - 1] === "\n")) return true;
  // …and the outlet holding that interview (X对话了Y, X专访Y): it asks, the article is its own
  if (/^》?(?:近日|日前)?(?:独家)?(?:对话|专访)了?/.test(after)) return true;
  // a channel's dateline (证券时报e公司讯, 新京报快讯, X网讯)
  if (/^(?:[a-z]{1,3}[\u4e00-\u9fff]{1,2}|快|网|客户端|app)讯/i.test(t.low.slice(m.end, m.end + 7))) return true;
  const before = t.simp.slice(Math.max(0, m.start - 3), m.start);
  if (/据《?$/.test(before)) return true;
  // the account named in that credit line (公众号 QbitAI, 公众号：X)
  if (/公众号[：:]?\s*$/.test(t.simp.slice(Math.max(0, m.start - 5), m.start))) return true;
  // 【X】 or 【X网】 heading an item of a news digest credits the outlet the item comes from
  if (/【$/.test(before) && /^网?】/.test(after)) return true;
  // someone 告诉X (told the outlet), whatever follows: X is who heard it, the source of the quote
  if (/告诉《?$/.test(before)) return true;
  return /(对|向|告诉|接受)《?$/.test(before) && /^》?(表示|称|说|采访|透露|介绍|提到|回忆|确认|证实|回应)/.test(after);
}

/**
 * A company's channel opening a paragraph with its dateline (腾讯财经讯 北京时间…, 网易科技讯): the
 * outlet naming itself, whether or not the source was read from the page.
 */
function channelDateline(t: ArticleText, m: Mention): boolean {
  const lineStart = t.simp.lastIndexOf("\n", m.start - 1) + 1;
  if (t.simp.slice(lineStart, m.start).trim() !== "") return false;
  return /^(?:财经|科技|新闻|网|汽车|娱乐|体育|数码|证券|教育|游戏|房产)?讯/.test(t.simp.slice(m.end, m.end + 4));
}

/** An organisation's name and aliases with their folded keys (and those of their first characters), in that order. */
interface OrgKeys {
  names: string[];
  keys: string[];
  firsts: string[];
}

/** OrgKeys of an organisation: fixed per gazetteer, asked for every organisation of every article with a source. */
function orgKeys(p: Prepared, org: OrgEntry): OrgKeys {
  let k = p.orgKeys.get(org.slug);
  if (!k) {
    const names = [org.name, ...org.aliases];
    k = { names, keys: names.map((a) => aliasKey(a)), firsts: names.map((a) => aliasKey(a[0]!)) };
    p.orgKeys.set(org.slug, k);
  }
  return k;
}

/** The outlet that published the article (source 澎湃新闻网 → 澎湃新闻): every mention of it is the outlet speaking of itself. */
function isOwnOutlet(k: OrgKeys, sourceKey: string | null): boolean {
  if (sourceKey === null) return false;
  return k.names.some((a, i) => a.length >= 2 && sourceKey.startsWith(k.keys[i]!));
}

/** The outlet is a channel of this organisation: its name is the outlet's name plus a channel word (新浪 → 新浪科技, 新浪财经). */
function ownsOutlet(k: OrgKeys, sourceKey: string | null): boolean {
  if (sourceKey === null) return false;
  // a cheap reject first: the outlet's name must open with the organisation's first character
  if (!k.firsts.some((f) => sourceKey.startsWith(f))) return false;
  return k.names.some((a, i) => a.length >= 2 && sourceKey.length > k.keys[i]!.length && sourceKey.startsWith(k.keys[i]!));
}

/**
 * How many other organisations the sentence names, counted up to 2 (all the caller asks): no set or array per pending mention.
 * The first `sorted` mentions are in text order (the scan's), so only the sentence's stretch of them is read, found by binary
 * search; the ones accepted later are read in full. A pass over every accepted mention per pending one was ~2% of extraction.
 */
function sameSentenceOrgs(t: ArticleText, accepted: Mention[], sorted: number, at: number, except: string): number {
  const [s, e] = articleSentenceSpan(t, at);
  let first: string | null = null;
  let lo = 0;
  let hi = sorted;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (accepted[mid]!.start < s) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < accepted.length; k++) {
    // past the sentence in the sorted part: the rest of it starts later still
    if (k < sorted && accepted[k]!.start >= e) {
      k = sorted - 1;
      continue;
    }
    const m = accepted[k]!;
    if (m.start < s || m.end > e || m.target.slug === except) continue;
    if (first === null) first = m.target.slug;
    else if (m.target.slug !== first) return 2;
  }
  return first === null ? 0 : 1;
}

/** In an enumeration next to an accepted organisation (华为、海光等). */
function listedWith(t: ArticleText, accepted: Mention[], m: Mention): boolean {
  const sep = /^(、|和|与|及|,|，)$/;
  const before = t.simp[m.start - 1];
  const after = t.simp[m.end];
  if (before && sep.test(before) && accepted.some((a) => a.end === m.start - 1)) return true;
  if (after && sep.test(after) && accepted.some((a) => a.start === m.end + 1)) return true;
  return false;
}

/** A company's regional arm before an officer's title (一加|中国区|总裁, 苹果|大中华区|董事总经理). */
const REGION_ARM = /^(?:中国区|大中华区|亚太区|全球|中国|海外|国际)?/;

/** A title right after the name, or after its regional arm: only a company has officers so named. */
function titleAfterRegion(t: ArticleText, end: number): boolean {
  const at = end + (REGION_ARM.exec(t.simp.slice(end, end + 4))?.[0].length ?? 0);
  return isHanAt(t.low, at) && titleStartsAt(t.low, at);
}

/**
 * An ambiguous name alone in brackets right after another name (李开复 (微博), 三星(微博)): the
 * label of a link to that name's account, which portals print after every name they link.
 */
function linkLabel(t: ArticleText, start: number, end: number): boolean {
  return /[(（]\s*$/.test(t.simp.slice(Math.max(0, start - 3), start)) && /^\s*[)）]/.test(t.simp.slice(end, end + 3)) && isHanAt(t.simp, start) && /[\u4e00-\u9fffA-Za-z]\s*[(（]\s*$/.test(t.simp.slice(Math.max(0, start - 4), start));
}
/** A posting verb before an ambiguous platform (发微博称, 转发微博): the post, not the company. */
const POSTED_BEFORE = /(?:^|[^出开研])(?:发|转发)$/;

/** A ministry's 部 then 长 (not 长期, 长远, 长达…): the minister's title, 商务部长. */
const MINISTER_AFTER = /^部长(?![期远达足久效])/;

function resolveOrgs(p: Prepared, t: ArticleText, occs: Occurrence[], source: string | null): Mention[] {
  const all: Mention[] = [];
  const chrome = chromeSpans(t);
  for (const o of occs) {
    if (chrome.some(([s, e]) => o.start >= s && o.end <= e)) continue;
    // 官方微博, 官方抖音号: an account on the platform, not the company behind it
    if (t.simp.startsWith("官方", o.start - 2)) continue;
    // 美国商务部|长X: the ministry's name is inside its minister's title (部长), which names the post, not the body
    if (MINISTER_AFTER.test(t.simp.slice(o.end - 1, o.end + 2))) continue;
    const labelOrPost = linkLabel(t, o.start, o.end) || POSTED_BEFORE.test(t.simp.slice(Math.max(0, o.start - 3), o.start));
    // 天工08车型, 星河7轿车: a car model's name, which another maker's product may share, is the car's
    const vehicle = CAR_MODEL_AFTER.test(t.simp.slice(o.end, o.end + 8));
    for (const tg of o.targets) if (tg.type === "org" && !(tg.ambiguous && (labelOrPost || (vehicle && tg.product)))) all.push({ start: o.start, end: o.end, target: tg });
  }
  const accepted = all.filter((m) => !m.target.ambiguous);
  const inTextOrder = accepted.length;
  const slugs = new Set(accepted.map((m) => m.target.slug));
  let pending = all.filter((m) => m.target.ambiguous);
  for (let round = 0; round < 2 && pending.length; round++) {
    const still: Mention[] = [];
    for (const m of pending) {
      const org = p.g.orgBySlug.get(m.target.slug);
      const related = slugs.has(m.target.slug) || (org?.parent ? slugs.has(org.parent) : false);
      // a unit of it or a job at it follows (北大|信息技术高等研究院, 北大|教授张三)
      const cue = COMPANY_CUE.test(t.low.slice(m.end, m.end + 4).trimStart()) || (PARTY_BEFORE.test(t.simp.slice(Math.max(0, m.start - 1), m.start)) && TALKS_AFTER.test(t.simp.slice(m.end, m.end + 8))) || JOINS_BEFORE.test(t.simp.slice(Math.max(0, m.start - 4), m.start)) || (WORKS_AT_BEFORE.test(t.simp.slice(m.start - 1, m.start)) && WORKS_AT_AFTER.test(t.simp.slice(m.end, m.end + 2))) || CODE_OR_MODEL_AFTER.test(t.simp.slice(m.end, m.end + 16)) || (!m.target.product && (unitFollows(t.simp, m.end) || titleAfterRegion(t, m.end)));
      if (related || cue || listedWith(t, accepted, m) || sameSentenceOrgs(t, accepted, inTextOrder, m.start, m.target.slug) >= 2) {
        accepted.push(m);
        slugs.add(m.target.slug);
      } else still.push(m);
    }
    pending = still;
  }
  // an outlet only cited as a source (its own dateline, 据X报道, 《X》) is not a company the article discusses
  const bySlug = new Map<string, Mention[]>();
  for (const m of accepted) pushTo(bySlug, m.target.slug, m);
  const sourceKey = source ? aliasKey(source) : null;
  const drop = new Set<string>();
  for (const [slug, ms] of bySlug) {
    const org = p.g.orgBySlug.get(slug);
    if (!org) continue;
    // the company behind the outlet (新浪 of 新浪科技): its mentions are the outlet's datelines and promotions unless the title names it
    if (org.kind !== "media") {
      if (ownsOutlet(orgKeys(p, org), sourceKey) && !ms.some((m) => partOf(t, m.start) === 0)) drop.add(slug);
      else if (ms.every((m) => channelDateline(t, m))) drop.add(slug);
      continue;
    }
    if (isOwnOutlet(orgKeys(p, org), sourceKey) || ms.every((m) => selfReference(t, m))) drop.add(slug);
  }
  return accepted.filter((m) => !drop.has(m.target.slug)).sort((a, b) => a.start - b.start);
}

/** The organisations a gazetteer person holds roles at, with their parents: fixed per gazetteer, so worked out once per person. */
function personOrgs(p: Prepared, slug: string): string[] {
  const cached = p.personOrgs.get(slug);
  if (cached) return cached;
  const person = p.g.personBySlug.get(slug);
  const out = new Set<string>();
  for (const r of person?.roles ?? []) {
    out.add(r.org);
    const parent = p.g.orgBySlug.get(r.org)?.parent;
    if (parent) out.add(parent);
  }
  const list = [...out];
  p.personOrgs.set(slug, list);
  return list;
}

interface Counted {
  name: string;
  spans: [number, number][];
}

/** Occurrences of a discovered name, skipping spans already taken and false friends. */
function countName(t: ArticleText, name: string, taken: [number, number][]): [number, number][] {
  const key = name.length && /[A-Za-z]/.test(name) ? name : name;
  const out: [number, number][] = [];
  let i = t.simp.indexOf(key);
  while (i !== -1) {
    const e = i + key.length;
    // a loop, not taken.some with a closure over e and i: that kept a scope per occurrence
    let overlaps = false;
    for (let k = 0; k < taken.length && !overlaps; k++) overlaps = taken[k]![0] < e && taken[k]![1] > i;
    const hanName = isHanAt(key, 0) && key.length <= 3;
    const boundaryOk = hanName ? nameRightOk(t.low, e) : !/[A-Za-z0-9]/.test(t.simp[i - 1] ?? "") && !/[A-Za-z]/.test(t.simp[e] ?? "");
    if (!overlaps && boundaryOk) out.push([i, e]);
    i = t.simp.indexOf(key, e);
  }
  return out;
}

function roleKey(r: RoleHit): string {
  return `${r.organisation}|${r.title}`;
}

type PersonMention = Mention & { strong: boolean };

/** Appends to the list under a key (no copy per item: groups of mentions can be long). */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** What the scan and resolve steps hand on: the text and the mentions they accepted. */
interface Resolved {
  t: ArticleText;
  orgMentions: Mention[];
  personMentions: PersonMention[];
  /** Units named after an organisation (科大讯飞研究院): their own entities, linked to the parent. */
  units: Unit[];
}

/**
 * A short organisation alias that is the given name of someone a title introduces (高级工程师王|清华,
 * 教授李|华为): surname + alias read as one name right after the title is the person, there and
 * wherever the article names them again (王清华分析称).
 */
function withoutGivenNames(t: ArticleText, mentions: Mention[]): Mention[] {
  const short = (m: Mention) => m.end - m.start <= 2 && m.start >= 2 && isHanAt(t.simp, m.start);
  const names = new Set<string>();
  for (const m of mentions) {
    if (short(m) && titleEndingAt(t.low, m.start - 1) && chineseNameAt(t.simp, m.start - 1)?.end === m.end) names.add(t.simp.slice(m.start - 1, m.end));
  }
  if (names.size === 0) return mentions;
  return mentions.filter((m) => !(short(m) && names.has(t.simp.slice(m.start - 1, m.end))));
}

/**
 * A name in quotation marks that modifies the noun after it (“奥特曼”图片生成案, “乔布斯”式): a
 * character, a brand or a byword, not the person; a person's nickname in quotes is followed by
 * their name or a verb, which nameRightOk accepts.
 */
function quotedTerm(t: ArticleText, start: number, end: number): boolean {
  const open = charBefore(t.simp, start);
  const close = t.simp[end];
  if (!((open === "“" && close === "”") || (open === "「" && close === "」") || (open === '"' && close === '"'))) return false;
  return isHanAt(t.simp, end + 1) && !nameRightOk(t.low, end + 1) && chineseNameAt(t.simp, end + 1) === null;
}

/** Step 1–2, scan and resolve: gazetteer aliases, ambiguous organisations decided, the outlet dropped. */
function scanAndResolve(p: Prepared, input: EntityInput): Resolved {
  const t = articleText(input);
  const occs = scanAliases(p.index, t);
  const resolved = withoutGivenNames(t, resolveOrgs(p, t, occs, input.source ?? null));
  const { mentions: orgMentions, units } = splitUnits(
    t,
    resolved,
    (name) => p.knownKeys.has(aliasKey(name)),
    (slug) => p.g.orgBySlug.get(slug)?.kind,
  );
  const personMentions: PersonMention[] = [];
  for (const o of occs) {
    if (quotedTerm(t, o.start, o.end)) continue;
    // a known leader's name opening a doctrine's name (毛泽东思想) mentions the doctrine
    for (const tg of o.targets) if (tg.type === "person" && !opensDoctrineName(t.simp, o.end)) personMentions.push({ start: o.start, end: o.end, target: tg, strong: o.strong });
  }
  return { t, orgMentions, personMentions, units };
}

/**
 * A product written with its maker's name in front (腾讯混元, 百度文心): the maker is named there
 * too, so a post after it (腾讯混元大模型技术负责人X) is at the maker, not at the organisation of
 * the post listed before it.
 */
function makerBeforeProduct(p: Prepared, t: ArticleText, m: Mention): OrgSpan[] {
  const org = p.g.orgBySlug.get(m.target.slug);
  if (!org) return [];
  const written = t.simp.slice(m.start, m.end);
  const maker = [org.name, ...org.aliases].filter((a) => a.length >= 2 && a.length < written.length && written.startsWith(a)).sort((a, b) => b.length - a.length)[0];
  return maker ? [{ start: m.start, end: m.start + maker.length, slug: org.slug, name: org.name }] : [];
}

/** Step 3, discover: pattern finds (title + name, name + verb, bylines, suffixed organisations). */
function discoverInArticle(p: Prepared, r: Resolved, input: EntityInput): Discovery {
  const orgSpans: OrgSpan[] = [
    ...r.orgMentions.filter((m) => !m.target.product).map((m) => ({ start: m.start, end: m.end, slug: m.target.slug, name: p.g.orgBySlug.get(m.target.slug)?.name ?? m.target.form })),
    ...r.orgMentions.flatMap((m) => (m.target.product ? makerBeforeProduct(p, r.t, m) : [])),
    ...r.units.map(({ start, end, name }) => ({ start, end, slug: null, name })),
  ].sort((a, b) => a.start - b.start);
  const personSpans: PersonSpan[] = r.personMentions.map((m) => ({ start: m.start, end: m.end, slug: m.target.slug }));
  const peopleName = (slug: string) => p.g.personBySlug.get(slug)?.name ?? slug;
  const authorRoles = (orgSlug: string | null, title: string): string | null => {
    if (!orgSlug) return null;
    const hit = p.g.people.find((x) => x.roles.some((r) => r.org === orgSlug && title.endsWith(r.title)));
    return hit?.slug ?? null;
  };
  return discover(r.t, orgSpans, personSpans, peopleName, authorRoles, input.authors ?? []);
}

interface Accepted {
  people: Map<string, [number, number][]>;
  byName: Map<string, FoundName>;
  discoveredOrgs: Counted[];
  discoveredPeople: Counted[];
  /** Short forms (雷总, 刘董) and folded variants counted as a person already accepted. */
  extraForms: Map<string, string[]>;
  authorsOnly: Set<string>;
}

/**
 * Step 4, accept: gazetteer people with enough support; discovered names merged, raised when
 * repeated, and given one boundary per article (谭待 vs 谭待重: the reading the article also uses
 * on its own wins, and a gazetteer name wins over a longer unknown one); 「X总」「X董」 fold into
 * the one accepted person with that surname, or are dropped.
 */
function accept(p: Prepared, r: Resolved, found: Discovery): Accepted {
  const { t } = r;
  const acceptedOrgSlugs = new Set(r.orgMentions.map((m) => m.target.slug));
  for (const u of r.units) acceptedOrgSlugs.add(u.parentSlug);
  const people = new Map<string, [number, number][]>();
  const hasStrong = new Set(r.personMentions.filter((m) => m.strong && !m.target.ambiguous && !m.target.contextual).map((m) => m.target.slug));
  for (const m of r.personMentions) {
    const slug = m.target.slug;
    const orgsPresent = personOrgs(p, slug).some((o) => acceptedOrgSlugs.has(o));
    const confirmed = found.confirmedPeople.has(slug);
    let ok: boolean;
    if (m.target.contextual) ok = orgsPresent;
    else if (m.target.ambiguous) ok = orgsPresent || confirmed;
    else ok = m.strong || hasStrong.has(slug) || confirmed;
    if (ok) pushTo(people, slug, [m.start, m.end] as [number, number]);
  }
  for (const [slug, at] of found.confirmedPeople) if (!people.has(slug)) people.set(slug, [[at, at]]);

  const byName = new Map<string, FoundName>();
  const seen = new Map<string, number>();
  const nonAuthor = new Set<string>();
  const bylined = new Set<string>();
  for (const n of found.names) {
    // a name cut before the end of its last word (…协商会|议) is no name of its own
    if (n.type === "company" && cutInsideWord(t.simp, n.name, n.at)) continue;
    const key = `${n.type}:${n.name}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
    if (n.author) bylined.add(key);
    else nonAuthor.add(key);
    const prev = byName.get(key);
    if (!prev || prev.confidence < n.confidence) byName.set(key, { ...n, ...(n.parent ?? prev?.parent ? { parent: n.parent ?? prev?.parent } : {}) });
    else if (n.parent && !prev.parent) prev.parent = n.parent;
  }
  for (const [key, n] of byName) {
    if ((seen.get(key) ?? 0) >= 2 && n.confidence < MENTION_CONFIDENCE) n.confidence = MENTION_CONFIDENCE;
    const k = aliasKey(n.name);
    // a pattern that reads a gazetteer person's name confirms that person (谭待 after 总裁)
    const known = n.type === "person" ? p.personKeys.get(k) : undefined;
    if (known && n.confidence >= MENTION_CONFIDENCE && !people.has(known)) people.set(known, [[n.at, n.at]]);
    // …and the roles read with it are that person's (极客公园创始人|张鹏|最后…, where the scan's boundary test refused the name)
    if (known && people.has(known)) for (const r of found.roles) if (r.personSlug === null && r.personName === n.name) r.personSlug = known;
    if (p.knownKeys.has(k) || p.rejected.has(k) || (n.type === "person" && WITHHELD_NAME.test(n.name)) || (n.type === "company" && (knownPair(p, k) || ADMIN_AREA.test(n.name) || namesNoOrganisation(n.name) || POST_VERB_START.test(n.name) || SETS_UP.test(n.name)))) byName.delete(key);
  }

  // a discovered short name of a discovered organisation (龙湖方面 beside 龙湖集团) is that organisation
  // sorted, the names starting with a name are the run right after it, and its tails are looked up: no pass over every name per name
  const companyNames = [...byName.values()].filter((n) => n.type === "company").map((n) => n.name).sort();
  const companySet = new Set(companyNames);
  for (const [key, n] of [...byName]) {
    if (n.type === "company" && extendedBy(companyNames, n.name, 4)) byName.delete(key);
    // …and the same name with its seat before it (北京知道创宇 beside 知道创宇) is that organisation too
    else if (n.type === "company" && seatBefore(companySet, n.name)) byName.delete(key);
  }

  trimOverreadNames(p, t, people, byName, found);

  const extraForms = new Map<string, string[]>();
  const personNames = () => [
    ...[...people.keys()].map((slug) => ({ key: slug, name: p.g.personBySlug.get(slug)!.name })),
    ...[...byName.values()].filter((n) => n.type === "person" && n.confidence >= MENTION_CONFIDENCE).map((n) => ({ key: `person:${n.name}`, name: n.name })),
  ];
  const addForm = (key: string, form: string) => pushTo(extraForms, key, form);
  // read once: an entry dropped below is skipped by the byName test, as a fresh read would skip it
  const namesBefore = personNames();
  for (const [key, n] of [...byName]) {
    if (n.type !== "person") continue;
    // one boundary per article: the shorter reading wins when the article uses it on its own
    const shorter = namesBefore.find((x) => x.key !== key && (!x.key.startsWith("person:") || byName.has(x.key)) && extendsName(n.name, x.name) && x.name.length >= 2 && standsAlone(t, x.name, n.name));
    if (shorter) {
      byName.delete(key);
      addForm(shorter.key, n.name);
    }
  }
  addShortForms(t, personNames(), addForm);
  for (const [key, n] of byName) {
    if (n.type !== "person" || n.confidence < MENTION_CONFIDENCE) continue;
    let longer: FoundName | undefined;
    for (const x of byName.values()) {
      if (x !== n && x.type === "person" && x.confidence >= MENTION_CONFIDENCE && extendsName(x.name, n.name)) {
        longer = x;
        break;
      }
    }
    // the longer reading is real when the shorter never stands alone (林百里说 vs 林百)
    if (longer && !standsAlone(t, n.name, longer.name)) byName.delete(key);
  }

  addListedNames(p, t, people, byName);
  pairScripts(p, t, people, byName, addForm, found);
  foldLastParts(p, people, byName, addForm, found);

  const taken: [number, number][] = [...r.orgMentions.map((m): [number, number] => [m.start, m.end]), ...r.units.map((u): [number, number] => [u.start, u.end]), ...[...people.values()].flat()];
  const discoveredOrgs: Counted[] = [];
  const discoveredPeople: Counted[] = [];
  for (const n of byName.values()) {
    if (n.confidence < MENTION_CONFIDENCE) continue;
    const spans = countName(t, n.name, taken);
    if (spans.length === 0) spans.push([n.at, n.at]);
    taken.push(...spans);
    (n.type === "company" ? discoveredOrgs : discoveredPeople).push({ name: n.name, spans });
  }
  // a discovered name read inside a discovered organisation's name wherever it stands (篁岭村民|宿旅游|专业合作社) is part of that name, no person
  const orgSpans = discoveredOrgs.flatMap((d) => countName(t, d.name, []));
  // (a name whose every reading a found organisation took keeps only the point where it was read: inside that organisation too)
  const lone = (d: Counted) => d.spans.length === 1 && d.spans[0]![0] === d.spans[0]![1];
  const insideOrg = (d: Counted) =>
    orgSpans.length > 0 && (lone(d) ? orgSpans.some(([os, oe]) => os < d.spans[0]![0] && d.spans[0]![0] < oe) : d.spans.every(([s, e]) => e > s && orgSpans.some(([os, oe]) => os <= s && e <= oe && oe - os > e - s)));
  for (let k = discoveredPeople.length - 1; k >= 0; k--) if (insideOrg(discoveredPeople[k]!)) discoveredPeople.splice(k, 1);
  const authorsOnly = new Set([...byName.keys()].filter((k) => bylined.has(k) && !nonAuthor.has(k)).map((k) => k.slice("person:".length)));
  return { people, byName, discoveredOrgs, discoveredPeople, extraForms, authorsOnly };
}

/** Whether `sorted` (code-unit order) holds a name that is `name` with 1 to `most` more characters after it. */
function extendedBy(sorted: string[], name: string, most: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < name) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < sorted.length && sorted[k]!.startsWith(name); k++) if (sorted[k] !== name && sorted[k]!.length - name.length <= most) return true;
  return false;
}

/** Whether `name` is another of `names` with a place before it (北京|知道创宇). */
function seatBefore(names: ReadonlySet<string>, name: string): boolean {
  // …but 山西|省商务厅 is the full name of a bare department, which ./bare-admin folds into it
  for (let j = 1; j <= name.length; j++) if (names.has(name.slice(j)) && isPlaceName(name.slice(0, j)) && !isBareAdmin(name.slice(j))) return true;
  return false;
}

/** A name made of two known names of one organisation (华为|昇腾: the maker and its product) is that organisation, not another. */
function knownPair(p: Prepared, key: string): boolean {
  // two names of one organisation make a short run; a long one is a legal name or a phrase
  if (key.length > 10) return false;
  for (let i = 1; i < key.length; i++) {
    const a = p.orgOfKey.get(key.slice(0, i));
    if (a !== undefined && a === p.orgOfKey.get(key.slice(i))) return true;
  }
  return false;
}

/**
 * One boundary per article from the other mentions: a discovered 蒋峰因 (…负责人蒋峰因个人原因离职)
 * becomes 蒋峰 when the article also writes 蒋峰 with a verb or punctuation after it; its roles follow.
 */
function trimOverreadNames(p: Prepared, t: ArticleText, people: Map<string, [number, number][]>, byName: Map<string, FoundName>, found: Discovery): void {
  for (const [key, n] of [...byName]) {
    if (n.type !== "person") continue;
    const short = shorterReadingInArticle(t, n.name, chineseNameAt, verbStartsAt);
    if (!short) continue;
    byName.delete(key);
    for (const r of found.roles) if (r.personSlug === null && r.personName === n.name) r.personName = short;
    const slug = p.personKeys.get(aliasKey(short));
    if (slug) {
      if (!people.has(slug)) people.set(slug, [[n.at, n.at + short.length]]);
      for (const r of found.roles) if (r.personSlug === null && r.personName === short) r.personSlug = slug;
      continue;
    }
    const prev = byName.get(`person:${short}`);
    if (!prev || prev.confidence < n.confidence) byName.set(`person:${short}`, { ...n, name: short });
  }
}

/**
 * An English name and its Chinese form given together are one person: the other form becomes a
 * form of the accepted one, and a separate find under the other form is dropped.
 */
function pairScripts(p: Prepared, t: ArticleText, people: Map<string, [number, number][]>, byName: Map<string, FoundName>, addForm: (key: string, form: string) => void, found: Discovery): void {
  const accepted = [
    ...[...people.keys()].map((slug) => ({ key: slug, names: [p.g.personBySlug.get(slug)!.name, ...p.g.personBySlug.get(slug)!.aliases] })),
    ...[...byName.values()].filter((n) => n.type === "person" && n.confidence >= MENTION_CONFIDENCE).map((n) => ({ key: `person:${n.name}`, names: [n.name] })),
  ];
  for (const { han, latin } of scriptPairs(t.simp)) {
    const owner = accepted.find((a) => a.names.some((n) => han.endsWith(n) || n === latin));
    if (!owner) continue;
    // the Han run before the bracket may hold a title too (联合创始人杰瑞德·卡普兰): the form is the accepted name it ends with
    const hanForm = accepted.flatMap((a) => a.names).filter((n) => n.length >= 2 && han.endsWith(n)).sort((a, b) => b.length - a.length)[0];
    for (const form of hanForm && hanForm !== han ? [han, hanForm, latin] : [han, latin]) {
      const other = byName.get(`person:${form}`);
      if (other && owner.key !== `person:${form}`) byName.delete(`person:${form}`);
    }
    if (!owner.names.includes(latin)) addForm(owner.key, latin);
    if (hanForm && !owner.names.includes(hanForm)) {
      addForm(owner.key, hanForm);
      // the roles read at the Han form (Anthropic联合创始人|杰瑞德·卡普兰) are the owner's
      const ownerName = owner.key.startsWith("person:") ? owner.key.slice("person:".length) : null;
      for (const r of found.roles) {
        if (r.personSlug !== null || r.personName !== hanForm) continue;
        if (ownerName === null) r.personSlug = owner.key;
        else r.personName = ownerName;
      }
    }
  }
}

/**
 * A transliterated name's last part used alone after the full name (埃里克·施密特 … 施密特认为): a
 * form of that person, not a second one. Only when one accepted name ends with it.
 */
function foldLastParts(p: Prepared, people: Map<string, [number, number][]>, byName: Map<string, FoundName>, addForm: (key: string, form: string) => void, found: Discovery): void {
  const dotted: { key: string; name: string }[] = [];
  for (const slug of people.keys()) {
    const e = p.g.personBySlug.get(slug)!;
    for (const n of [e.name, ...e.aliases]) if (n.includes("·")) dotted.push({ key: slug, name: n });
  }
  for (const n of byName.values()) if (n.type === "person" && n.confidence >= MENTION_CONFIDENCE && n.name.includes("·")) dotted.push({ key: `person:${n.name}`, name: n.name });
  if (dotted.length === 0) return;
  for (const [key, n] of [...byName]) {
    if (n.type !== "person" || n.name.includes("·") || !isHanAt(n.name, 0)) continue;
    const owners = new Set(dotted.filter((d) => d.name.endsWith(`·${n.name}`)).map((d) => d.key));
    if (owners.size !== 1) continue;
    const owner = [...owners][0]!;
    byName.delete(key);
    addForm(owner, n.name);
    for (const r of found.roles) {
      if (r.personSlug !== null || r.personName !== n.name) continue;
      if (owner.startsWith("person:")) r.personName = owner.slice("person:".length);
      else r.personSlug = owner;
    }
  }
}

/** People listed with an accepted one (丁健、李彦宏、沈南鹏): gazetteer names among them are confirmed, others discovered. */
function addListedNames(p: Prepared, t: ArticleText, people: Map<string, [number, number][]>, byName: Map<string, FoundName>): void {
  const spans: [number, number][] = [...people.values()].flat();
  for (const n of byName.values()) {
    // a byline's names are the article's authors: their neighbours (黎旭阳、李妍摄) are credits, not people it is about
    if (n.type !== "person" || n.confidence < MENTION_CONFIDENCE || n.author) continue;
    for (let i = t.simp.indexOf(n.name); i !== -1; i = t.simp.indexOf(n.name, i + n.name.length)) spans.push([i, i + n.name.length]);
  }
  const isOrgName = (name: string) => p.knownKeys.has(aliasKey(name)) && !p.personKeys.has(aliasKey(name));
  const lists = nameLists(t, isOrgName);
  for (const n of lists) spans.push([n.at, n.at + n.name.length]);
  for (const n of [...lists, ...listedNames(t, spans)]) {
    const k = aliasKey(n.name);
    const slug = p.personKeys.get(k);
    if (slug) {
      if (!people.has(slug)) people.set(slug, [[n.at, n.at + n.name.length]]);
      continue;
    }
    const key = `person:${n.name}`;
    if (!p.knownKeys.has(k) && !p.rejected.has(k) && !byName.has(key) && !WITHHELD_NAME.test(n.name)) byName.set(key, n);
  }
}

/**
 * A known person introduced by a bare title (联合创始人周昕宇, in a paragraph that names no
 * organisation): the post the gazetteer gives them, at an organisation the article names.
 */
function addKnownPosts(p: Prepared, r: Resolved, a: Accepted, bySlug: Map<string, RoleHit[]>): void {
  const named = new Set(r.orgMentions.map((m) => m.target.slug));
  for (const [slug, spans] of a.people) {
    // a post read from the text (朱军|是清华大学计算机系教授) does not hide the known one its title names (首席科学家|朱军)
    const read = bySlug.get(slug) ?? [];
    const person = p.g.personBySlug.get(slug);
    if (!person?.roles.length) continue;
    for (const [s, e] of spans) {
      if (e <= s) continue;
      const title = titleEndingAt(r.t.low, s);
      if (!title) continue;
      const post = person.roles.find((x) => named.has(x.org) && aliasKey(x.title).endsWith(title));
      const org = post ? p.g.orgBySlug.get(post.org) : undefined;
      if (!org) continue;
      // …unless a post read from the text already explains that title (通义实验室负责人|林俊旸)
      if (read.some((x) => x.organisationSlug === org.slug || aliasKey(x.title).endsWith(title))) break;
      bySlug.set(slug, [...read, { organisation: org.name, organisationSlug: org.slug, title: r.t.original.slice(s - title.length, s), sentence: sentenceAt(r.t, s) }]);
      break;
    }
  }
}

/** Step 5, roles: keyed by gazetteer slug or by discovered name. */
function collectRoles(found: Discovery) {
  const bySlug = new Map<string, RoleHit[]>();
  const byName = new Map<string, RoleHit[]>();
  const orgs = new Set<string>();
  for (const r of found.roles) {
    const role: RoleHit = { organisation: r.org.name, title: r.title, sentence: r.sentence };
    if (r.org.slug) role.organisationSlug = r.org.slug;
    orgs.add(r.org.slug ?? r.org.name);
    const map = r.personSlug ? bySlug : byName;
    const key = r.personSlug ?? r.personName;
    const list = map.get(key) ?? [];
    if (!list.some((x) => roleKey(x) === roleKey(role))) list.push(role);
    map.set(key, list);
  }
  for (const map of [bySlug, byName]) for (const [key, list] of map) map.set(key, withoutUnitlessTwins(list));
  return { bySlug, byName, orgs };
}

/** A unit of an organisation written between it and a post (学院, 系, 研究所, 实验室, 中心, 部). */
const UNIT_PREFIX = /(?:学院|学系|系|研究所|研究院|实验室|研究中心|中心|事业部|部|所)$/;

/**
 * One post read twice in one sentence, once with its unit and once without (南京大学法学院X副教授:
 * 法学院副教授 and 副教授): the same post at the same organisation, kept in its fuller form.
 */
function withoutUnitlessTwins(list: RoleHit[]): RoleHit[] {
  // titles keep the article's script (法學院副教授), so they are compared folded
  const twin = (x: RoleHit, r: RoleHit) => {
    const [long, short] = [aliasKey(x.title), aliasKey(r.title)];
    return long.length > short.length && long.endsWith(short) && UNIT_PREFIX.test(long.slice(0, -short.length));
  };
  return list.filter((r) => !list.some((x) => x !== r && x.organisation === r.organisation && x.sentence === r.sentence && twin(x, r)));
}

function run(p: Prepared, input: EntityInput): EntityResult {
  const r = scanAndResolve(p, input);
  const found = discoverInArticle(p, r, input);
  const a = accept(p, r, found);
  r.orgMentions = withoutInnerAliases(r.t.simp, r.orgMentions, found, a);
  // a title before a list of names holds for each (总裁助理李泉、贾明怡): the list's names are known only now
  const placed = [
    ...[...a.people].flatMap(([slug, spans]) => spans.map(([start, end]) => ({ start, end, slug, name: p.g.personBySlug.get(slug)?.name ?? slug }))),
    ...a.discoveredPeople.flatMap((d) => d.spans.map(([start, end]) => ({ start, end, slug: null, name: d.name }))),
  ];
  found.roles.push(...postsSharedByList(r.t, found.roles, placed));
  const roles = collectRoles(found);
  addKnownPosts(p, r, a, roles.bySlug);
  const { t } = r;
  const ctx: BuildContext = {
    t,
    lead: (s: number) => partOf(t, s) === 1,
    inTitle: (s: number) => partOf(t, s) === 0,
    snippet: (s: number) => sentenceAt(t, s),
  };
  const built = buildCompanies(p, ctx, r, a, roles.orgs);
  const people = buildPeople(p, ctx, input, a, roles);
  const qualified = qualifyBareAdmin(t, mergeAdminShortForms(mergeLeadingShortForms(mergeCourtShortForms(mergeLegalCores(mergeShortForms(t, built.companies, people), people), people), people), people), people, (name) => withTraditional([name]).filter((x) => x !== name));
  const companies = mergePlaceMarks(qualified.companies, people, qualified.renamed);
  // a post read at a unit's other written form (中科院|地理科学与资源研究所) is at the unit under its reported name
  for (const person of people) {
    for (const r of person.roles) {
      const unit = companies.find((c) => c.parentSlug !== undefined && c.status === "discovered" && c.name !== r.organisation && c.forms.includes(r.organisation));
      if (unit) r.organisation = unit.name;
    }
  }
  addLocalOfficeRoles(t, people);
  const { products } = built;
  const discovered = renameDiscovered([...a.byName.values()].map((n): DiscoveredEntity => ({ type: n.type, name: n.name, confidence: n.confidence, evidence: n.evidence })), qualified.renamed);
  const bySalience = <T extends { salience: number; count: number }>(x: T, y: T) => y.salience - x.salience || y.count - x.count;
  return { companies: companies.sort(bySalience), people: people.sort(bySalience), products, discovered };
}

/**
 * A gazetteer alias inside a longer discovered name (讯飞|智元|科技 is not 智元机器人; 上汽|大众
 * is not 上汽集团): the discovered organisation is what the text names there.
 */
function withoutInnerAliases(simp: string, mentions: Mention[], found: Discovery, a: Accepted): Mention[] {
  const kept = new Set(a.discoveredOrgs.map((d) => d.name));
  const spans = found.names.filter((n) => n.type === "company" && kept.has(n.name)).map((n): [number, number] => [n.at, n.at + n.name.length]);
  // …wherever the discovered name stands, not only where a pattern read it (星链数智领投 … 领投方星链数智合伙人)
  for (const d of a.discoveredOrgs) for (let i = simp.indexOf(d.name); i !== -1; i = simp.indexOf(d.name, i + d.name.length)) spans.push([i, i + d.name.length]);
  if (spans.length === 0) return mentions;
  return mentions.filter((m) => !spans.some(([s, e]) => s <= m.start && m.end <= e && (s < m.start || m.end < e)));
}

interface BuildContext {
  t: ArticleText;
  lead: (s: number) => boolean;
  inTitle: (s: number) => boolean;
  snippet: (s: number) => string;
}

/** An admin rejected this name; most extractors have no rejections, and then no key is worked out. */
function rejectedName(p: Prepared, name: string): boolean {
  return p.rejected.size > 0 && p.rejected.has(aliasKey(name));
}

/** A unit's parent and what follows the parent's name in it (中科院地理科学与资源研究所 → cas|地理科学与资源研究所). */
function unitKey(p: Prepared, u: Unit): string {
  const parent = p.g.orgBySlug.get(u.parentSlug);
  const opener = parent ? [parent.name, ...parent.aliases].filter((n) => u.name.startsWith(n)).sort((x, y) => y.length - x.length)[0] : undefined;
  return opener ? `${u.parentSlug}|${u.name.slice(opener.length)}` : u.name;
}

/** Company hits: gazetteer organisations, then units named after them, then discovered ones. */
function buildCompanies(p: Prepared, c: BuildContext, r: Resolved, a: Accepted, orgsWithRoles: Set<string>) {
  const companies: CompanyHit[] = [];
  const products: ProductHit[] = [];
  const orgGroups = new Map<string, Mention[]>();
  for (const m of r.orgMentions) pushTo(orgGroups, m.target.slug, m);
  for (const [slug, ms] of orgGroups) {
    const org = p.g.orgBySlug.get(slug)!;
    if (rejectedName(p, org.name)) continue;
    const first = ms[0]!;
    const forms = [...new Set(ms.map((m) => c.t.original.slice(m.start, m.end)))];
    for (const m of ms) if (m.target.product && !products.some((x) => x.name === m.target.form)) products.push({ name: m.target.form, maker: org.name });
    const sal = companySalience({ count: ms.length, inTitle: ms.some((m) => c.inTitle(m.start)), inLead: ms.some((m) => c.lead(m.start)), quoted: false, hasRoles: orgsWithRoles.has(slug) });
    const parent = org.parent ? p.g.orgBySlug.get(org.parent) : undefined;
    companies.push({
      name: org.name,
      slug,
      kind: org.kind,
      aliases: p.orgAliases(slug),
      count: ms.length,
      ...sal,
      snippet: c.snippet(first.start),
      forms,
      ...(parent ? { parent: parent.name, parentSlug: parent.slug } : {}),
      status: "gazetteer",
      confidence: 1,
    });
  }
  // one unit written after two names of its parent (中国科学院|地理科学与资源研究所, 中科院|…) is one unit, under the longer name
  const unitGroups = new Map<string, Unit[]>();
  for (const u of r.units) pushTo(unitGroups, unitKey(p, u), u);
  for (const us of unitGroups.values()) {
    const names = [...new Set(us.map((u) => u.name))].sort((x, y) => y.length - x.length);
    const name = names[0]!;
    if (rejectedName(p, name)) continue;
    const parent = p.g.orgBySlug.get(us[0]!.parentSlug)!;
    const sal = companySalience({ count: us.length, inTitle: us.some((u) => c.inTitle(u.start)), inLead: us.some((u) => c.lead(u.start)), quoted: false, hasRoles: orgsWithRoles.has(name) });
    companies.push({
      name,
      get slug() { return slugForName(name, "company"); },
      kind: /学院|研究|实验室/.test(name) ? "lab" : parent.kind,
      get aliases() { return withTraditional([name]).filter((x) => x !== name); },
      count: us.length,
      ...sal,
      snippet: c.snippet(us[0]!.start),
      forms: names,
      parent: parent.name,
      parentSlug: parent.slug,
      status: "discovered",
      confidence: UNIT_CONFIDENCE,
    });
  }
  // a unit's own name found alone (四川大学华西医院 … 华西医院副院长): the same body, counted under the unit's full name
  const unitByOwnName = new Map<string, CompanyHit>();
  for (const hit of companies) if (hit.status === "discovered" && hit.parent && hit.name.startsWith(hit.parent) && hit.name.length - hit.parent.length >= 3) unitByOwnName.set(hit.name.slice(hit.parent.length), hit);
  for (const d of a.discoveredOrgs) {
    const unit = unitByOwnName.get(d.name);
    if (unit) {
      unit.count += d.spans.length;
      unit.forms.push(d.name);
      continue;
    }
    const first = d.spans[0]!;
    const sal = companySalience({ count: d.spans.length, inTitle: d.spans.some(([s]) => c.inTitle(s)), inLead: d.spans.some(([s]) => c.lead(s)), quoted: false, hasRoles: orgsWithRoles.has(d.name) });
    const named = a.byName.get(`company:${d.name}`);
    const conf = named?.confidence ?? MENTION_CONFIDENCE;
    // a subsidiary found after 旗下 links to its parent as a gazetteer unit does
    const parent = named?.parent ? { parent: named.parent.name, ...(named.parent.slug ? { parentSlug: named.parent.slug } : {}) } : {};
    companies.push({ name: d.name, get slug() { return slugForName(d.name, "company"); }, kind: discoveredKind(d.name), get aliases() { return withTraditional([d.name]).filter((x) => x !== d.name); }, count: d.spans.length, ...sal, snippet: c.snippet(first[0]), forms: [d.name], status: "discovered", confidence: conf, ...parent });
  }
  return { companies, products };
}

/**
 * What a discovered name's last word says it is: a society or association (中国半导体行业协会) is an
 * association, not a company; universities and research units likewise.
 */
export function discoveredKind(name: string): OrgKind {
  if (/(协会|学会|联合会|商会|研究会|联盟)$/.test(name)) return "association";
  if (/(大学|学院)$/.test(name)) return "university";
  if (/(研究院|研究所|实验室)$/.test(name)) return "lab";
  return "company";
}

/** A unit named by a known organisation and a unit suffix: as sure as the organisation, still reviewable. */
const UNIT_CONFIDENCE = 0.9;

/** Person hits: accepted gazetteer people, then discovered ones; bylined-only people are marked as authors. */
function buildPeople(p: Prepared, c: BuildContext, input: EntityInput, a: Accepted, roles: ReturnType<typeof collectRoles>): PersonHit[] {
  const people: PersonHit[] = [];
  const authorKeys = new Set((input.authors ?? []).map(aliasKey));
  for (const [slug, spans] of a.people) {
    const person = p.g.personBySlug.get(slug)!;
    const real = spans.filter(([s, e]) => e > s);
    const quoted = real.some(([, e]) => speechFollows(c.t.simp, e));
    const count = Math.max(1, real.length);
    const authored = [person.name, ...person.aliases].some((n) => authorKeys.has(aliasKey(n)));
    const sal = personSalience({ count, inTitle: real.some(([s]) => c.inTitle(s)), inLead: real.some(([s]) => c.lead(s)), quoted, hasRoles: roles.bySlug.has(slug), authored });
    const first = spans[0]!;
    people.push({
      name: person.name,
      slug,
      aliases: p.personAliases(slug),
      count,
      ...sal,
      snippet: c.snippet(first[0]),
      forms: [...new Set([...real.map(([s, e]) => c.t.original.slice(s, e)), ...(a.extraForms.get(slug) ?? [])])],
      roles: roles.bySlug.get(slug) ?? [],
      status: "gazetteer",
      confidence: 1,
    });
  }
  for (const d of a.discoveredPeople) {
    const real = d.spans.filter(([s, e]) => e > s);
    const quoted = real.some(([, e]) => speechFollows(c.t.simp, e));
    const authored = authorKeys.has(aliasKey(d.name)) || a.authorsOnly.has(d.name);
    const sal = personSalience({ count: Math.max(1, real.length), inTitle: real.some(([s]) => c.inTitle(s)), inLead: real.some(([s]) => c.lead(s)), quoted, hasRoles: roles.byName.has(d.name), authored });
    const conf = a.byName.get(`person:${d.name}`)?.confidence ?? MENTION_CONFIDENCE;
    people.push({
      name: d.name,
      get slug() { return slugForName(d.name, "person"); },
      get aliases() { return withTraditional([d.name]).filter((x) => x !== d.name); },
      count: Math.max(1, real.length),
      ...sal,
      snippet: c.snippet(d.spans[0]![0]),
      forms: [d.name, ...(a.extraForms.get(`person:${d.name}`) ?? [])],
      roles: roles.byName.get(d.name) ?? [],
      status: "discovered",
      confidence: conf,
      ...(a.authorsOnly.has(d.name) ? { author: true } : {}),
    });
  }
  return people;
}

/** An extractor over a given (or the shipped) gazetteer; build it once and reuse it. */
export function createEntityExtractor(opts: ExtractorOptions = {}): (input: EntityInput) => EntityResult {
  const prepared = prepare(opts);
  return (input) => run(prepared, input);
}

let shared: ((input: EntityInput) => EntityResult) | null = null;

/** Companies, people, products and discovered entities of one article (shipped gazetteer). */
export function extractEntities(input: EntityInput): EntityResult {
  shared ??= createEntityExtractor();
  return shared(input);
}
