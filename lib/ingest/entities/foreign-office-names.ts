/**
 * Foreign leaders and executives, named in Han characters used for their sound (法国总统马克龙,
 * 德国经济部长哈贝克, 普京总统还…): the surname table cannot read such a name, so its place vouches
 * for it. A country (or, for a company's offices, an organisation) and an office stand right
 * before the name, or the name opens a clause right before a head of state's office; the name
 * ends where a verb, a particle or punctuation starts, and the article names it again that way.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import type { FoundName, FoundRole, OrgSpan, PersonSpan } from "./discover";
import { NOT_IN_TRANSLIT } from "./glossed-names";
import { COUNTRIES, isCountryName } from "./institution-names";
import { isCommonWord, nameVerbAt, titleStartsAt, verbStartsAt } from "./names";
import { containsAny, wordTable } from "./word-hits";

/** Offices a state gives, read right after a country (俄罗斯总统, 印度外长), and a minister's after the ministry's field (德国经济部长). */
const OFFICE_WORD = /副?(?:总统|总理|首相|总书记|国务卿|外长)|部长|大臣|首席执行官|首席技术官|CEO|创始人/gi;
const MINISTER = /^(?:部长|大臣)$/;
/** The words OFFICE_WORD cannot match without (CEO in any case; OFFICE_AFTER_NAME's offices are among them), looked up in the shared pass over the article. */
const OFFICE_WORDS = wordTable([
  ...["总统", "总理", "首相", "总书记", "国务卿", "外长", "部长", "大臣", "首席执行官", "首席技术官", "创始人"],
  ...["C", "c"].flatMap((c) => ["E", "e"].flatMap((e) => ["O", "o"].map((o) => c + e + o))),
]);
const COMPANY_OFFICE = /^(?:首席执行官|首席技术官|ceo|创始人)$/i;
/** Titles chained before a company's office (Kernwerk联合创始人兼|首席执行官). */
const CHAINED_BEFORE = /(?:联合)?(?:创始人|董事长)兼$|联合$/;
/** Offices written after the holder's name as a form of address (普京总统, 莫迪总理). */
const OFFICE_AFTER_NAME = /副?(?:总统|总理|首相|总书记|国务卿)/g;
/** Words after an office that are not a holder (总统大选, 总统府, 总理办公室, 首相官邸, 总统夫人, 总统特别代表). */
const NOT_A_HOLDER = /^(?:选举|大选|竞选|候选|府|办公|官邸|任期|特使|特别|私人|高级|首席|顾问|助理|继任|接班|当选|夫人|发言人|职位|职务|人选|一职|之位|权力|行政令|令|级)/;
/** Places, sides and times that stand before an office as a name would (该国总统, 美方总理, 新任首相). */
const NOT_A_NAME_END = /[国省市县区州方届任时代副前新院部会委局厅府]$/;
/** A time word between the office and the holder's act (普京总统当天表示). */
const TIME_AFTER = /^(?:当天|当日|今天|昨天|日前|近日|随后|此前|同日)/;
/** Acts only a head of state or government performs in office (访华, 会见, 出访). */
const STATE_ACT = /^(?:访华|访问|出访|会见|会晤|抵达)/;
const HAN = /^[\u4e00-\u9fff]+$/;
/** A negated act after a holder (斯塔默没有出席): it ends the name as a verb would. */
const NEGATED_ACT = /^(?:没有|并未|尚未|未能|未曾)/;

const actAt = (text: string, at: number) => verbStartsAt(text, at) || NEGATED_ACT.test(text.slice(at, at + 2));

function taken(orgs: OrgSpan[], people: PersonSpan[], s: number, e: number): boolean {
  return orgs.some((o) => o.start < e && o.end > s) || people.some((p) => p.start < e && p.end > s);
}

/** A name-shaped run at `s`: the shortest 2–5 Han characters that a verb, particle or mark ends. */
function holderAt(text: string, s: number): { name: string; end: number } | null {
  if (verbStartsAt(text, s) || NOT_A_HOLDER.test(text.slice(s, s + 3))) return null;
  for (let len = 2; len <= 5; len++) {
    const run = text.slice(s, s + len);
    if (run.length < len || !HAN.test(run) || NOT_IN_TRANSLIT.test(run)) return null;
    if (actAt(text, s + len)) return { name: run, end: s + len };
  }
  return null;
}

/**
 * Named again elsewhere with a verb or a mark after it, not a title: a body heading a chain of
 * posts twice (中共中央|总书记) is no one's name.
 */
function namedAgainAlone(text: string, name: string, at: number): boolean {
  for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + name.length)) {
    const end = i + name.length;
    if (i !== at && verbStartsAt(text, end) && !titleStartsAt(text, end)) return true;
  }
  return false;
}

/**
 * A state's office right before the run and a two-character act or a negation right after it
 * (英国首相斯塔默没有出席, 英国科学大臣凯尔代表政府): news names a minister once that way, so the
 * frame vouches for the name without a second mention; a company's office does not (its
 * holders have the surname table).
 */
function actedOnce(text: string, office: string, end: number): boolean {
  const last = text.slice(end - 2, end);
  return !COMPANY_OFFICE.test(office) && !TIME_AFTER.test(last) && !NOT_A_NAME_END.test(last) && (nameVerbAt(text, end) || NEGATED_ACT.test(text.slice(end, end + 2)));
}

function plausible(text: string, name: string, at: number, once: boolean): boolean {
  return !isCommonWord(name) && !isCommonWord(name.slice(0, 2)) && !isCountryName(name) && (once || namedAgainAlone(text, name, at));
}

/** A country ending at `end`, or null. */
function countryEndingAt(text: string, end: number): string | null {
  return COUNTRIES.find((c) => end >= c.length && text.startsWith(c, end - c.length)) ?? null;
}

/** Who gives the office found at `m`: a country right before it (or before a minister's field), or for a company's office an organisation. */
function holderOrg(text: string, orgs: OrgSpan[], at: number, office: string): { org: OrgSpan; title: string } | null {
  const officeEnd = at + office.length;
  if (COMPANY_OFFICE.test(office)) {
    const chained = CHAINED_BEFORE.exec(text.slice(Math.max(0, at - 6), at));
    const orgEnd = at - (chained ? chained[0].length : 0);
    const org = orgs.find((o) => o.end === orgEnd);
    return org ? { org, title: text.slice(orgEnd, officeEnd) } : null;
  }
  for (let k = 0; k <= (MINISTER.test(office) ? 4 : 0); k++) {
    const field = text.slice(at - k, at);
    if (k > 0 && (!HAN.test(field) || NOT_IN_TRANSLIT.test(field))) break;
    const country = countryEndingAt(text, at - k);
    // the ministry itself named before its minister (中国商务部|部长): it holds the post
    const ministry = k > 0 ? orgs.find((o) => o.end === at) : undefined;
    if (country && ministry) return { org: ministry, title: office };
    if (country) return { org: { start: at - k - country.length, end: at - k, slug: null, name: country }, title: text.slice(at - k, officeEnd) };
  }
  return null;
}

export function foreignOfficeNames(t: ArticleText, orgs: OrgSpan[], people: PersonSpan[]): { names: FoundName[]; roles: FoundRole[] } {
  const text = t.simp;
  const names: FoundName[] = [];
  const roles: FoundRole[] = [];
  if (!containsAny(text, OFFICE_WORDS)) return { names, roles };
  const push = (name: string, at: number) => {
    if (!names.some((n) => n.at === at)) names.push({ type: "person", name, confidence: 0.75, evidence: sentenceAt(t, at), at });
  };
  // a country or organisation, an office, then the holder
  for (const m of text.matchAll(OFFICE_WORD)) {
    const given = holderOrg(text, orgs, m.index, m[0]);
    if (!given) continue;
    const s = m.index + m[0].length;
    const who = holderAt(text, s);
    if (!who || taken(orgs, people, s, who.end) || !plausible(text, who.name, s, actedOnce(text, m[0], who.end))) continue;
    push(who.name, s);
    roles.push({ personSlug: null, personName: who.name, personStart: s, org: given.org, title: given.title, sentence: sentenceAt(t, s) });
  }
  // the holder opening a clause before the office (会谈结束后，普京总统还…)
  for (const m of text.matchAll(OFFICE_AFTER_NAME)) {
    const end = m.index;
    let s = end;
    while (s > 0 && HAN.test(text[s - 1]!)) s--;
    const name = text.slice(s, end);
    const after = end + m[0].length;
    if (name.length < 2 || name.length > 5 || NOT_IN_TRANSLIT.test(name) || NOT_A_NAME_END.test(name)) continue;
    // …and an act after the office, not a chain of posts (中共中央总书记、国家主席…)
    if (text[after] === "、" || (!verbStartsAt(text, after) && !TIME_AFTER.test(text.slice(after, after + 2)) && !STATE_ACT.test(text.slice(after, after + 2)))) continue;
    if (taken(orgs, people, s, end) || isCommonWord(name) || isCountryName(name)) continue;
    // a state visit or meeting after the office is said of a holder alone (X总理访华): once is enough
    if (!STATE_ACT.test(text.slice(after, after + 2)) && !plausible(text, name, s, false)) continue;
    push(name, s);
  }
  return { names, roles };
}
