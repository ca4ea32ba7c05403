/**
 * Admin review decisions as extractor options: confirmed companies and people join the
 * gazetteer (names and aliases), names merged into an entity become aliases of it, rejected
 * names are never reported. Pure: the caller reads the decisions (lib/data/entities).
 */
import type { ExtractorOptions } from "./extract-entities";
import { buildGazetteer, loadGazetteer, OrgEntrySchema, PersonEntrySchema, type Gazetteer, type OrgEntry, type PersonEntry } from "./load-gazetteer";

export type ReviewedKind = "company" | "person";

export interface ConfirmedEntity {
  kind: ReviewedKind;
  slug: string;
  name: string;
  /** Organisation kind for companies (company, lab, investor…); anything else counts as a company. */
  orgKind: string | null;
  /** Names the entity goes by in text (not search-only spellings such as pinyin). */
  aliases: string[];
}

export interface MergedName {
  kind: ReviewedKind;
  /** The discovered name an admin merged away. */
  alias: string;
  targetSlug: string;
}

export interface ReviewDecisions {
  confirmed: ConfirmedEntity[];
  rejected: { kind: ReviewedKind; name: string }[];
  merges: MergedName[];
}

export const NO_DECISIONS: ReviewDecisions = { confirmed: [], rejected: [], merges: [] };

function withAlias<T extends { aliases: string[]; name: string }>(entry: T, alias: string): T {
  if (alias === entry.name || entry.aliases.includes(alias)) return entry;
  return { ...entry, aliases: [...entry.aliases, alias] };
}

function textAliases(e: ConfirmedEntity): string[] {
  return [...new Set(e.aliases.filter((a) => a.length > 0 && a !== e.name))];
}

function confirmedPerson(e: ConfirmedEntity): PersonEntry | null {
  const p = PersonEntrySchema.safeParse({ slug: e.slug, name: e.name, aliases: textAliases(e) });
  return p.success ? p.data : null;
}

function confirmedOrg(e: ConfirmedEntity): OrgEntry | null {
  const kind = OrgEntrySchema.shape.kind.safeParse(e.orgKind);
  const o = OrgEntrySchema.safeParse({ slug: e.slug, name: e.name, kind: kind.success ? kind.data : "company", aliases: textAliases(e) });
  return o.success ? o.data : null;
}

/**
 * The gazetteer `base` (the shipped one by default) extended with the decisions. A confirmed
 * entity whose slug is already taken (by the gazetteer or by another confirmed entity of
 * either kind) is left out rather than break the gazetteer's unique slugs; a merge into an
 * entity the gazetteer does not know is ignored.
 */
export function reviewedGazetteer(d: ReviewDecisions, base: Gazetteer = loadGazetteer()): Gazetteer {
  if (d.confirmed.length === 0 && d.merges.length === 0) return base;
  const orgs = new Map<string, OrgEntry>(base.organisations.map((o) => [o.slug, o]));
  const people = new Map<string, PersonEntry>(base.people.map((p) => [p.slug, p]));
  for (const e of d.confirmed) {
    if (orgs.has(e.slug) || people.has(e.slug)) continue;
    if (e.kind === "company") {
      const o = confirmedOrg(e);
      if (o) orgs.set(e.slug, o);
    } else {
      const p = confirmedPerson(e);
      if (p) people.set(e.slug, p);
    }
  }
  for (const m of d.merges) {
    if (m.kind === "company") {
      const target = orgs.get(m.targetSlug);
      if (target) orgs.set(m.targetSlug, withAlias(target, m.alias));
    } else {
      const target = people.get(m.targetSlug);
      if (target) people.set(m.targetSlug, withAlias(target, m.alias));
    }
  }
  return buildGazetteer([...orgs.values()], [...people.values()], base.version);
}

/** Options for createEntityExtractor that apply the decisions. */
export function reviewedExtractorOptions(d: ReviewDecisions, base: Gazetteer = loadGazetteer()): ExtractorOptions {
  return { gazetteer: reviewedGazetteer(d, base), rejected: d.rejected.map((r) => r.name) };
}
