/**
 * Entity extraction for one article: gazetteer aliases (scan), support for ambiguous names,
 * the media-as-source rule, discovery of people and organisations from patterns (discover),
 * roles, counts, snippets and salience. Pure: no database, no I/O; the alias index is built
 * once per process (or per custom gazetteer via createEntityExtractor).
 */
import { toTraditional } from "../../text/script";
import { buildAliasIndex, type AliasIndex, type AliasTarget } from "./alias-index";
import { articleText, partOf, sentenceAt, sentenceSpan, type ArticleText } from "./article-text";
import { isHan, nameRightOk, speechFollows } from "./context";
import { discover, type FoundName, type OrgSpan, type PersonSpan } from "./discover";
import { buildGazetteer, loadGazetteer, type Gazetteer, type OrgEntry, type PersonEntry } from "./load-gazetteer";
import { aliasKey } from "./normalize";
import { companySalience, personSalience } from "./salience";
import { scanAliases, type Occurrence } from "./scan";
import { slugForName } from "./slug";
import type { CompanyHit, DiscoveredEntity, EntityInput, EntityResult, PersonHit, ProductHit, RoleHit } from "./types";

/** Discovered names at or above this confidence count as mentions; all are listed for review. */
export const MENTION_CONFIDENCE = 0.7;

const COMPANY_CUE = /^(公司|集团|旗下|的大模型|大模型|模型|ceo|cto|创始人|董事长|总裁|发布|推出|宣布|手机|芯片|股价|财报|app|应用|用户)/;

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
  displayAliases: Map<string, string[]>;
  rejected: Set<string>;
  /** Folded names of every gazetteer entry, so discovery does not re-find them. */
  knownKeys: Set<string>;
}

function withTraditional(names: string[]): string[] {
  const out = new Set<string>();
  for (const n of names) {
    out.add(n);
    if (/[\u3400-\u9fff]/.test(n)) out.add(toTraditional(n));
  }
  return [...out];
}

function prepare(opts: ExtractorOptions): Prepared {
  const base = opts.gazetteer ?? loadGazetteer();
  const g =
    opts.extraOrganisations?.length || opts.extraPeople?.length
      ? buildGazetteer([...base.organisations, ...(opts.extraOrganisations ?? [])], [...base.people, ...(opts.extraPeople ?? [])], base.version)
      : base;
  const displayAliases = new Map<string, string[]>();
  const knownKeys = new Set<string>();
  for (const o of g.organisations) {
    displayAliases.set(`org:${o.slug}`, withTraditional([o.name, ...o.aliases]).filter((a) => a !== o.name));
    for (const a of [o.name, ...o.aliases, ...o.spun]) knownKeys.add(aliasKey(a));
  }
  for (const p of g.people) {
    displayAliases.set(`person:${p.slug}`, withTraditional([p.name, ...p.aliases]).filter((a) => a !== p.name));
    for (const a of [p.name, ...p.aliases]) knownKeys.add(aliasKey(a));
  }
  return { index: buildAliasIndex(g), g, displayAliases, rejected: new Set((opts.rejected ?? []).map(aliasKey)), knownKeys };
}

interface Mention {
  start: number;
  end: number;
  target: AliasTarget;
}

/** Media occurrence that only names the article's own outlet (《X》记者, 对X表示, 接受X采访). */
function selfReference(t: ArticleText, m: Mention): boolean {
  const after = t.simp.slice(m.end, m.end + 6);
  if (/^》?记者/.test(after)) return true;
  const before = t.simp.slice(Math.max(0, m.start - 3), m.start).replace(/《$/, "");
  return /(对|向|告诉|接受)$/.test(before) && /^》?(表示|称|说|采访)/.test(after);
}

function sameSentenceOrgs(t: ArticleText, accepted: Mention[], at: number, except: string): number {
  const [s, e] = sentenceSpan(t.simp, at);
  const slugs = new Set(accepted.filter((m) => m.start >= s && m.end <= e && m.target.slug !== except).map((m) => m.target.slug));
  return slugs.size;
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

function resolveOrgs(p: Prepared, t: ArticleText, occs: Occurrence[], source: string | null): Mention[] {
  const all: Mention[] = [];
  for (const o of occs) for (const tg of o.targets) if (tg.type === "org") all.push({ start: o.start, end: o.end, target: tg });
  const accepted = all.filter((m) => !m.target.ambiguous);
  const slugs = new Set(accepted.map((m) => m.target.slug));
  let pending = all.filter((m) => m.target.ambiguous);
  for (let round = 0; round < 2 && pending.length; round++) {
    const still: Mention[] = [];
    for (const m of pending) {
      const org = p.g.orgBySlug.get(m.target.slug);
      const related = slugs.has(m.target.slug) || (org?.parent ? slugs.has(org.parent) : false);
      const cue = COMPANY_CUE.test(t.low.slice(m.end, m.end + 4).trimStart());
      if (related || cue || listedWith(t, accepted, m) || sameSentenceOrgs(t, accepted, m.start, m.target.slug) >= 2) {
        accepted.push(m);
        slugs.add(m.target.slug);
      } else still.push(m);
    }
    pending = still;
  }
  // the article's own outlet is its source, not a company it discusses
  const sourceKey = source ? aliasKey(source) : null;
  const bySlug = new Map<string, Mention[]>();
  for (const m of accepted) bySlug.set(m.target.slug, [...(bySlug.get(m.target.slug) ?? []), m]);
  const drop = new Set<string>();
  for (const [slug, ms] of bySlug) {
    const org = p.g.orgBySlug.get(slug);
    if (!org || org.kind !== "media") continue;
    const isSource = sourceKey !== null && [org.name, ...org.aliases].some((a) => aliasKey(a) === sourceKey);
    if (ms.every((m) => selfReference(t, m)) || (isSource && ms.every((m) => selfReference(t, m) || t.simp[m.start - 1] === "《"))) drop.add(slug);
  }
  return accepted.filter((m) => !drop.has(m.target.slug)).sort((a, b) => a.start - b.start);
}

function personOrgs(p: Prepared, slug: string): Set<string> {
  const person = p.g.personBySlug.get(slug);
  const out = new Set<string>();
  for (const r of person?.roles ?? []) {
    out.add(r.org);
    const parent = p.g.orgBySlug.get(r.org)?.parent;
    if (parent) out.add(parent);
  }
  return out;
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
    const overlaps = taken.some(([s, en]) => s < e && en > i);
    const hanName = isHan(key[0]) && key.length <= 3;
    const boundaryOk = hanName ? nameRightOk(t.low, e) : !/[A-Za-z0-9]/.test(t.simp[i - 1] ?? "") && !/[A-Za-z]/.test(t.simp[e] ?? "");
    if (!overlaps && boundaryOk) out.push([i, e]);
    i = t.simp.indexOf(key, e);
  }
  return out;
}

function roleKey(r: RoleHit): string {
  return `${r.organisation}|${r.title}`;
}

function run(p: Prepared, input: EntityInput): EntityResult {
  const t = articleText(input);
  const occs = scanAliases(p.index, t);
  const orgMentions = resolveOrgs(p, t, occs, input.source ?? null);
  const acceptedOrgSlugs = new Set(orgMentions.map((m) => m.target.slug));

  // person candidates from the gazetteer scan
  const personMentions: (Mention & { strong: boolean })[] = [];
  for (const o of occs) for (const tg of o.targets) if (tg.type === "person") personMentions.push({ start: o.start, end: o.end, target: tg, strong: o.strong });

  const orgSpans: OrgSpan[] = orgMentions
    .filter((m) => !m.target.product)
    .map((m) => ({ start: m.start, end: m.end, slug: m.target.slug, name: p.g.orgBySlug.get(m.target.slug)?.name ?? m.target.form }));
  const personSpans: PersonSpan[] = personMentions.map((m) => ({ start: m.start, end: m.end, slug: m.target.slug }));
  const peopleName = (slug: string) => p.g.personBySlug.get(slug)?.name ?? slug;
  const authorRoles = (orgSlug: string | null, title: string): string | null => {
    if (!orgSlug) return null;
    const hit = p.g.people.find((x) => x.roles.some((r) => r.org === orgSlug && title.endsWith(r.title)));
    return hit?.slug ?? null;
  };
  const found = discover(t, orgSpans, personSpans, peopleName, authorRoles, input.authors ?? []);

  // accept gazetteer people: strong context, or confirmed by a pattern, or (for common names and
  // nicknames) one of their organisations in the article
  const acceptedPeople = new Map<string, [number, number][]>();
  const hasStrong = new Set(personMentions.filter((m) => m.strong && !m.target.ambiguous && !m.target.contextual).map((m) => m.target.slug));
  for (const m of personMentions) {
    const slug = m.target.slug;
    const orgsPresent = [...personOrgs(p, slug)].some((o) => acceptedOrgSlugs.has(o));
    const confirmed = found.confirmedPeople.has(slug);
    let ok: boolean;
    if (m.target.contextual) ok = orgsPresent;
    else if (m.target.ambiguous) ok = orgsPresent || confirmed;
    else ok = m.strong || hasStrong.has(slug) || confirmed;
    if (ok) acceptedPeople.set(slug, [...(acceptedPeople.get(slug) ?? []), [m.start, m.end]]);
  }
  for (const [slug, at] of found.confirmedPeople) if (!acceptedPeople.has(slug)) acceptedPeople.set(slug, [[at, at]]);

  // discovered names: merge duplicates, raise repeated weak finds, drop known and rejected ones
  const byName = new Map<string, FoundName>();
  const seen = new Map<string, number>();
  for (const n of found.names) {
    const key = `${n.type}:${n.name}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
    const prev = byName.get(key);
    if (!prev || prev.confidence < n.confidence) byName.set(key, { ...n });
  }
  for (const [key, n] of byName) {
    if ((seen.get(key) ?? 0) >= 2 && n.confidence < MENTION_CONFIDENCE) n.confidence = MENTION_CONFIDENCE;
    if (p.knownKeys.has(aliasKey(n.name)) || p.rejected.has(aliasKey(n.name))) byName.delete(key);
  }

  const taken: [number, number][] = [...orgMentions.map((m): [number, number] => [m.start, m.end]), ...[...acceptedPeople.values()].flat()];
  const discoveredOrgs: Counted[] = [];
  const discoveredPeople: Counted[] = [];
  for (const n of byName.values()) {
    if (n.confidence < MENTION_CONFIDENCE) continue;
    const spans = countName(t, n.name, taken);
    if (spans.length === 0) spans.push([n.at, n.at]);
    taken.push(...spans);
    (n.type === "company" ? discoveredOrgs : discoveredPeople).push({ name: n.name, spans });
  }

  const lead = (s: number) => partOf(t, s) === 1;
  const inTitle = (s: number) => partOf(t, s) === 0;
  const snippet = (s: number) => sentenceAt(t, s);

  // roles, keyed by person
  const rolesBySlug = new Map<string, RoleHit[]>();
  const rolesByName = new Map<string, RoleHit[]>();
  const orgsWithRoles = new Set<string>();
  for (const r of found.roles) {
    const role: RoleHit = { organisation: r.org.name, title: r.title, sentence: r.sentence };
    if (r.org.slug) role.organisationSlug = r.org.slug;
    orgsWithRoles.add(r.org.slug ?? r.org.name);
    const map = r.personSlug ? rolesBySlug : rolesByName;
    const key = r.personSlug ?? r.personName;
    const list = map.get(key) ?? [];
    if (!list.some((x) => roleKey(x) === roleKey(role))) list.push(role);
    map.set(key, list);
  }

  // companies
  const companies: CompanyHit[] = [];
  const products: ProductHit[] = [];
  const orgGroups = new Map<string, Mention[]>();
  for (const m of orgMentions) orgGroups.set(m.target.slug, [...(orgGroups.get(m.target.slug) ?? []), m]);
  for (const [slug, ms] of orgGroups) {
    const org = p.g.orgBySlug.get(slug)!;
    if (p.rejected.has(aliasKey(org.name))) continue;
    const first = ms[0]!;
    const forms = [...new Set(ms.map((m) => t.original.slice(m.start, m.end)))];
    for (const m of ms) if (m.target.product && !products.some((x) => x.name === m.target.form)) products.push({ name: m.target.form, maker: org.name });
    const sal = companySalience({ count: ms.length, inTitle: ms.some((m) => inTitle(m.start)), inLead: ms.some((m) => lead(m.start)), quoted: false, hasRoles: orgsWithRoles.has(slug) });
    const parent = org.parent ? p.g.orgBySlug.get(org.parent) : undefined;
    companies.push({
      name: org.name,
      slug,
      kind: org.kind,
      aliases: p.displayAliases.get(`org:${slug}`) ?? [],
      count: ms.length,
      ...sal,
      snippet: snippet(first.start),
      forms,
      ...(parent ? { parent: parent.name, parentSlug: parent.slug } : {}),
      status: "gazetteer",
      confidence: 1,
    });
  }
  // Discovered entities' slugs are getters: pinyin (a 25 MB dictionary) loads only when a caller
  // reads one (the database does; `npm run extract` never does).
  for (const d of discoveredOrgs) {
    const first = d.spans[0]!;
    const sal = companySalience({ count: d.spans.length, inTitle: d.spans.some(([s]) => inTitle(s)), inLead: d.spans.some(([s]) => lead(s)), quoted: false, hasRoles: orgsWithRoles.has(d.name) });
    const conf = byName.get(`company:${d.name}`)?.confidence ?? MENTION_CONFIDENCE;
    companies.push({ name: d.name, get slug() { return slugForName(d.name, "company"); }, kind: "company", aliases: withTraditional([d.name]).filter((a) => a !== d.name), count: d.spans.length, ...sal, snippet: snippet(first[0]), forms: [d.name], status: "discovered", confidence: conf });
  }

  // people
  const people: PersonHit[] = [];
  const authorKeys = new Set((input.authors ?? []).map(aliasKey));
  for (const [slug, spans] of acceptedPeople) {
    const person = p.g.personBySlug.get(slug)!;
    const real = spans.filter(([s, e]) => e > s);
    const quoted = real.some(([, e]) => speechFollows(t.simp, e));
    const count = Math.max(1, real.length);
    const authored = [person.name, ...person.aliases].some((n) => authorKeys.has(aliasKey(n)));
    const sal = personSalience({ count, inTitle: real.some(([s]) => inTitle(s)), inLead: real.some(([s]) => lead(s)), quoted, hasRoles: rolesBySlug.has(slug), authored });
    const first = spans[0]!;
    people.push({
      name: person.name,
      slug,
      aliases: p.displayAliases.get(`person:${slug}`) ?? [],
      count,
      ...sal,
      snippet: snippet(first[0]),
      forms: [...new Set(real.map(([s, e]) => t.original.slice(s, e)))],
      roles: rolesBySlug.get(slug) ?? [],
      status: "gazetteer",
      confidence: 1,
    });
  }
  for (const d of discoveredPeople) {
    const real = d.spans.filter(([s, e]) => e > s);
    const quoted = real.some(([, e]) => speechFollows(t.simp, e));
    const sal = personSalience({ count: Math.max(1, real.length), inTitle: real.some(([s]) => inTitle(s)), inLead: real.some(([s]) => lead(s)), quoted, hasRoles: rolesByName.has(d.name), authored: authorKeys.has(aliasKey(d.name)) });
    const conf = byName.get(`person:${d.name}`)?.confidence ?? MENTION_CONFIDENCE;
    people.push({ name: d.name, get slug() { return slugForName(d.name, "person"); }, aliases: withTraditional([d.name]).filter((a) => a !== d.name), count: Math.max(1, real.length), ...sal, snippet: snippet(d.spans[0]![0]), forms: [d.name], roles: rolesByName.get(d.name) ?? [], status: "discovered", confidence: conf });
  }

  const discovered: DiscoveredEntity[] = [...byName.values()].map((n) => ({ type: n.type, name: n.name, confidence: n.confidence, evidence: n.evidence }));
  const bySalience = <T extends { salience: number; count: number }>(a: T, b: T) => b.salience - a.salience || b.count - a.count;
  return { companies: companies.sort(bySalience), people: people.sort(bySalience), products, discovered };
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
