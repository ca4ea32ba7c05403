/**
 * A provincial or city department written with a bare 省/市 (省商务厅, 市经信局) is one body only
 * inside its province or city: stored under the bare name it would gather every province's 商务厅
 * on one company page. It is named after the place the article makes clear (山西省商务厅), with the
 * bare form kept as what was written; when no single place is clear it is not reported as a
 * company at all (a role still says 省商务厅 as written, linked to no page), since no name for it
 * would be true across articles. The bare form is never an alias: confirmed in review, an alias
 * joins the gazetteer, and every other province's 省商务厅 would resolve to this one.
 */
import type { ArticleText } from "./article-text";
import { placesMarked, PROVINCE_OF_CITY, PROVINCES } from "./institution-names";
import { moveRoles, withoutLazy } from "./short-names";
import { slugForName } from "./slug";
import type { CompanyHit, DiscoveredEntity, PersonHit } from "./types";

/** What follows 省/市 in a word that is not a bare department (市场, 市值, 省区, 市委 is the party's). */
const NOT_BARE = /^[省市][场值民面区县长]/;
/** Province-level cities: their departments are 市 ones (北京市经信局); the regions name no 省. */
const MUNICIPALITIES: ReadonlySet<string> = new Set(["北京", "天津", "上海", "重庆"]);
const NOT_PROVINCE: ReadonlySet<string> = new Set([...MUNICIPALITIES, "香港", "澳门", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆"]);
/** How far into the first paragraph a dateline or lead names the place (本报太原12月3日讯, 新华社长沙电). */
const LEAD_REACH = 24;

export const isBareAdmin = (name: string): boolean => (/^[省市][\u4e00-\u9fff]{2,}$/.test(name) && !NOT_BARE.test(name)) || /^[省市]委$/.test(name);

/** Places of one level named in `text`, in order of first mention. */
function placesIn(text: string, level: "省" | "市", marked: ReadonlySet<string>): string[] {
  const found: [number, string][] = [];
  const look = (p: string) => {
    const at = text.indexOf(p);
    if (at !== -1) found.push([at, p]);
  };
  if (level === "省") for (const p of PROVINCES) if (!NOT_PROVINCE.has(p)) look(p);
  if (level === "市") {
    for (const p of MUNICIPALITIES) look(p);
    for (const p of PROVINCE_OF_CITY.keys()) look(p);
    for (const p of marked) if (!PROVINCES.has(p) || MUNICIPALITIES.has(p)) look(p);
  }
  return [...new Set(found.sort((a, b) => a[0] - b[0]).map(([, p]) => p))];
}

/** The place a bare 省/市 stands for: the dateline or lead's, else the only one of its level the article names. */
function placeOf(t: ArticleText, level: "省" | "市", cityMarked: ReadonlySet<string>): string | null {
  const leadStart = t.partStarts[1] ?? t.simp.length;
  const lead = t.simp.slice(leadStart, leadStart + LEAD_REACH);
  const marked = level === "市" ? cityMarked : new Set<string>();
  const inLead = placesIn(lead, level, marked);
  if (inLead.length === 1) return inLead[0]!;
  // a provincial department in an article datelined from a city of that province (太原讯 … 省商务厅)
  if (level === "省" && inLead.length === 0) {
    const cities = [...new Set(placesIn(lead, "市", cityMarked).map((c) => PROVINCE_OF_CITY.get(c)).filter((p): p is string => p !== undefined))];
    if (cities.length === 1) return cities[0]!;
  }
  const all = placesIn(t.simp, level, marked);
  return all.length === 1 ? all[0]! : null;
}

/** The short forms departments go by and the words they stand for (工信局 is 工业和信息化局, 发改委 发展和改革委员会). */
const DEPARTMENT_SHORT: readonly [string, string][] = [
  ["工信", "工业和信息化"],
  ["经信", "经济和信息化"],
  ["发改", "发展和改革"],
  ["发展改革", "发展和改革"],
  ["科技", "科学技术"],
  ["人社", "人力资源和社会保障"],
  ["住建", "住房和城乡建设"],
  ["市场监管", "市场监督管理"],
];

/** The bare name with its short form written out, when it has one (市工信局 → 市工业和信息化局). */
function writtenOut(bare: string): string[] {
  const out: string[] = [];
  for (const [short, long] of DEPARTMENT_SHORT) if (bare.startsWith(short, 1)) out.push(bare[0] + long + bare.slice(1 + short.length));
  return out;
}

/** 山西省商务厅 for 省商务厅, 深圳市交通运输委员会 for 市交通运输委 (委 is 委员会 cut short), 惠阳市工业和信息化局 for 市工信局. */
function fullFormOf(full: string, bare: string): boolean {
  for (const form of [bare, ...writtenOut(bare)]) if (endsAsPlaceOf(full, form)) return true;
  return false;
}

function endsAsPlaceOf(full: string, bare: string): boolean {
  for (const name of bare.endsWith("委") ? [bare, `${bare}员会`] : [bare]) {
    const at = full.length - name.length;
    if (at >= 2 && at <= 4 && full.endsWith(name)) return true;
  }
  return false;
}

export interface Qualified {
  companies: CompanyHit[];
  /** Bare name → the name it now has, or null when it is no longer reported. */
  renamed: Map<string, string | null>;
}

/**
 * Every discovered bare department named after its place, folded into the qualified hit when the
 * article also writes that out (省商务厅 beside 山西省商务厅), or dropped when no place is clear.
 */
export function qualifyBareAdmin(t: ArticleText, companies: CompanyHit[], people: PersonHit[], aliasesOf: (name: string) => string[]): Qualified {
  const renamed = new Map<string, string | null>();
  if (!companies.some((c) => c.status === "discovered" && isBareAdmin(c.name))) return { companies, renamed };
  const cityMarked = placesMarked(t.simp, "市");
  let out = companies;
  for (const bare of companies) {
    if (bare.status !== "discovered" || !isBareAdmin(bare.name)) continue;
    const level = bare.name[0] as "省" | "市";
    const rest = bare.name.slice(1);
    // the article writes the full name too (山西省商务厅): that one, when it is the only one
    const written = out.filter((c) => c !== bare && !isBareAdmin(c.name) && fullFormOf(c.name, bare.name));
    const place = written.length === 1 ? null : placeOf(t, level, cityMarked);
    const name = written.length === 1 ? written[0]!.name : place ? `${place}${level}${rest}` : null;
    renamed.set(bare.name, name);
    if (name === null) {
      out = out.filter((c) => c !== bare);
      continue;
    }
    const into = out.find((c) => c !== bare && (c.name === name || c.forms.includes(name)));
    const hit: CompanyHit = into
      ? { ...into, count: into.count + bare.count, salience: Math.max(into.salience, bare.salience), about: into.about || bare.about, forms: [...new Set([...into.forms, ...bare.forms])] }
      : { ...withoutLazy(bare), name, get slug() { return slugForName(name, "company"); }, get aliases() { return aliasesOf(name); }, forms: [...bare.forms] };
    out = out.filter((c) => c !== bare).map((c) => (c === into ? hit : c));
    if (!into) out.push(hit);
    moveRoles(people, bare.name, hit);
  }
  return { companies: out, renamed };
}

/** The review queue's names follow: a qualified name replaces the bare one, a dropped one leaves. */
export function renameDiscovered(found: DiscoveredEntity[], renamed: Map<string, string | null>): DiscoveredEntity[] {
  if (renamed.size === 0) return found;
  const out: DiscoveredEntity[] = [];
  for (const d of found) {
    const to = d.type === "company" ? renamed.get(d.name) : undefined;
    if (to === null) continue;
    if (to === undefined || !out.some((x) => x.type === "company" && x.name === to)) out.push(to === undefined ? d : { ...d, name: to });
  }
  return out;
}
