/**
 * Loads the curated gazetteer (JSON data in ./gazetteer), validates it (./gazetteer-reader, which
 * reads the files as the zod schemas here would) and checks its cross-references (parents and
 * role organisations must exist, slugs unique). Extra entries (e.g. discovered entities an admin
 * confirmed) can be merged in by the caller.
 */
import { z } from "zod";
import orgsTech from "./gazetteer/orgs-tech.json";
import orgsGlobal from "./gazetteer/orgs-global.json";
import orgsInstitutions from "./gazetteer/orgs-institutions.json";
import peopleData from "./gazetteer/people.json";
import orgsIndustry from "./gazetteer/orgs-industry-2023-2026.json";
import peopleIndustry from "./gazetteer/people-industry-2023-2026.json";
import orgsPublicFinance from "./gazetteer/orgs-public-finance-2023-2026.json";
import orgsMakers from "./gazetteer/orgs-makers-2023-2026.json";
import orgsInvestorsBrokers from "./gazetteer/orgs-investors-brokers-2023-2026.json";
import orgsChinaBroad from "./gazetteer/orgs-china-broad-2026.json";
import orgsServicesTrade from "./gazetteer/orgs-services-trade-2023-2026.json";
import orgsBrandsMediaBodies from "./gazetteer/orgs-brands-media-bodies-2026.json";
import versionData from "./gazetteer/version.json";
import { withAiSpellings } from "./ai-variants";
import { readOrgFile, readPeopleFile, readVersion } from "./gazetteer-reader";

const Slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "slug must be lowercase ascii with dashes");

export const OrgEntrySchema = z.object({
  slug: Slug,
  name: z.string().min(1),
  kind: z.enum(["company", "investor", "lab", "university", "media", "government", "association"]),
  aliases: z.array(z.string().min(1)).default([]),
  products: z.array(z.string().min(1)).default([]),
  /** Names (canonical, alias or product) that are also ordinary words: they need support in the article. */
  ambiguous: z.array(z.string().min(1)).default([]),
  /** Spun (伪原创) forms that certainly mean this organisation (立异工场 → 创新工场). */
  spun: z.array(z.string().min(1)).default([]),
  /** Longer strings containing an alias where it is not this organisation (北京东 is not 京东). */
  falseFriends: z.array(z.string().min(1)).default([]),
  parent: Slug.optional(),
  /** Where the entry's facts come from (extension files give one per entry). */
  source: z.string().optional(),
});

export const PersonEntrySchema = z.object({
  slug: Slug,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  /** Common names: counted only when the article names one of their organisations or gives them a role. */
  ambiguous: z.boolean().default(false),
  /** Nicknames that count only when one of the person's organisations is in the article (星爵 of Zilliz). */
  contextAliases: z.array(z.string().min(1)).default([]),
  roles: z.array(z.object({ org: Slug, title: z.string().min(1) })).default([]),
  source: z.string().optional(),
});

export type OrgEntry = z.infer<typeof OrgEntrySchema>;
export type PersonEntry = z.infer<typeof PersonEntrySchema>;

export interface Gazetteer {
  version: string;
  organisations: OrgEntry[];
  people: PersonEntry[];
  orgBySlug: Map<string, OrgEntry>;
  personBySlug: Map<string, PersonEntry>;
}

/** The shipped files by name, in load order, and the schemas of their contents (the reader's reference). */
export const ORG_FILES = {
  "orgs-tech.json": orgsTech,
  "orgs-global.json": orgsGlobal,
  "orgs-institutions.json": orgsInstitutions,
  "orgs-industry-2023-2026.json": orgsIndustry,
  "orgs-public-finance-2023-2026.json": orgsPublicFinance,
  "orgs-makers-2023-2026.json": orgsMakers,
  "orgs-investors-brokers-2023-2026.json": orgsInvestorsBrokers,
  "orgs-china-broad-2026.json": orgsChinaBroad,
  "orgs-services-trade-2023-2026.json": orgsServicesTrade,
  "orgs-brands-media-bodies-2026.json": orgsBrandsMediaBodies,
};
export const PEOPLE_FILES = { "people.json": peopleData, "people-industry-2023-2026.json": peopleIndustry };
export const VERSION_FILE = versionData;
export const OrgFile = z.object({ organisations: z.array(OrgEntrySchema) });
export const PeopleFile = z.object({ people: z.array(PersonEntrySchema) });
export const VersionFile = z.object({ version: z.string().min(1) });

/** Adds the AI ⇄ 人工智能 spelling of every name and alias, so entries list only one. */
function withSpellings(o: OrgEntry): OrgEntry {
  const aliases = withAiSpellings([o.name, ...o.aliases]).filter((a) => a !== o.name);
  return { ...o, aliases, ambiguous: withAiSpellings(o.ambiguous) };
}

export function buildGazetteer(listed: OrgEntry[], people: PersonEntry[], version: string): Gazetteer {
  const organisations = listed.map(withSpellings);
  const orgBySlug = new Map<string, OrgEntry>();
  for (const o of organisations) {
    if (orgBySlug.has(o.slug)) throw new Error(`gazetteer: duplicate organisation slug ${o.slug}`);
    orgBySlug.set(o.slug, o);
  }
  const personBySlug = new Map<string, PersonEntry>();
  for (const p of people) {
    if (personBySlug.has(p.slug) || orgBySlug.has(p.slug)) throw new Error(`gazetteer: duplicate slug ${p.slug}`);
    personBySlug.set(p.slug, p);
  }
  for (const o of organisations) {
    if (o.parent && !orgBySlug.has(o.parent)) throw new Error(`gazetteer: ${o.slug} has unknown parent ${o.parent}`);
  }
  for (const p of people) {
    for (const r of p.roles) if (!orgBySlug.has(r.org)) throw new Error(`gazetteer: ${p.slug} has a role at unknown ${r.org}`);
  }
  return { version, organisations, people, orgBySlug, personBySlug };
}

let cached: Gazetteer | null = null;

/** The curated gazetteer shipped with the code, validated once per process (without zod: see ./gazetteer-reader). */
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const organisations = Object.entries(ORG_FILES).flatMap(([name, f]) => readOrgFile(f, name));
  const people = Object.entries(PEOPLE_FILES).flatMap(([name, f]) => readPeopleFile(f, name));
  cached = buildGazetteer(organisations, people, readVersion(versionData));
  return cached;
}
