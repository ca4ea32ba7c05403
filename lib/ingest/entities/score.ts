/**
 * Entity quality against hand-labelled gold, per document: precision/recall/F1 of companies and
 * of people (an alias counts as its entity; names folded across script, width and case), and
 * the share of gold roles (person, organisation, title) found, and how many discovered names (not
 * from the gazetteer) were right. People marked as the article's authors (bylines) are not what it
 * is about: they count only when the gold lists them. Used by tests and `npm run eval`.
 */
import { z } from "zod";
import { loadGazetteer } from "./load-gazetteer";
import { aliasKey } from "./normalize";

export const GoldEntitySchema = z.object({ name: z.string(), aliases: z.array(z.string()).default([]) });
export const GoldRoleSchema = z.object({ person: z.string(), organisation: z.string(), title: z.string() });
export const GoldDocSchema = z.object({
  file: z.string(),
  companies: z.array(GoldEntitySchema),
  people: z.array(GoldEntitySchema),
  roles: z.array(GoldRoleSchema).default([]),
  excludedByRule: z.array(z.string()).default([]),
  /** A real article's text whose misses may be read to steer the rules ("dev"); by default such texts are held out. */
  split: z.literal("dev").optional(),
  /** A batch of written texts labelled blind (before the finder ran on them): eval prints its figures as a group of its own. */
  batch: z.string().optional(),
});
export const EntitiesGoldSchema = z.object({ docs: z.array(GoldDocSchema) });
export type GoldDoc = z.infer<typeof GoldDocSchema>;

/** What is scored of a prediction: the shape of EntityResult, loosely (so stored rows can be scored too). */
export interface PredictedEntities {
  companies: { name: string; aliases?: string[]; forms?: string[]; status?: string }[];
  people: { name: string; aliases?: string[]; forms?: string[]; roles?: { organisation: string; title: string }[]; status?: string; author?: boolean }[];
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  predicted: number;
  gold: number;
}

export interface EntityScore {
  companies: Prf;
  people: Prf;
  roles: { found: number; total: number; recall: number };
  missed: { companies: string[]; people: string[]; roles: string[] };
  extra: { companies: string[]; people: string[] };
  /** Discovered (non-gazetteer) predictions: how many matched a gold entity. */
  discovered: { tp: number; predicted: number };
}

function prf(tp: number, predicted: number, gold: number): Prf {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : tp / predicted;
  const recall = gold === 0 ? 1 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, predicted, gold };
}

const fold = (n: string) => aliasKey(n).replace(/\s+/g, "");

let synonyms: Map<string, string[]> | null = null;
/** Every gazetteer name of the entity a name belongs to, so any alias counts as its entity. */
function gazetteerSynonyms(): Map<string, string[]> {
  if (synonyms) return synonyms;
  synonyms = new Map();
  const g = loadGazetteer();
  for (const e of [...g.organisations.map((o) => [o.name, ...o.aliases, ...o.spun]), ...g.people.map((p) => [p.name, ...p.aliases])]) {
    const ks = e.map(fold);
    for (const k of ks) synonyms.set(k, ks);
  }
  return synonyms;
}

function keys(names: (string | undefined)[]): Set<string> {
  const out = new Set<string>();
  for (const n of names) {
    if (!n) continue;
    const k = fold(n);
    out.add(k);
    for (const s of gazetteerSynonyms().get(k) ?? []) out.add(s);
  }
  return out;
}

function matchSets(gold: { name: string; aliases: string[] }[], predicted: { name: string; aliases?: string[]; forms?: string[] }[]) {
  const goldKeys = gold.map((g) => keys([g.name, ...g.aliases]));
  const predKeys = predicted.map((p) => keys([p.name, ...(p.aliases ?? []), ...(p.forms ?? [])]));
  const usedGold = new Set<number>();
  const pairs = new Map<number, number>();
  predKeys.forEach((pk, pi) => {
    const gi = goldKeys.findIndex((gk, i) => !usedGold.has(i) && [...pk].some((k) => gk.has(k)));
    if (gi !== -1) {
      usedGold.add(gi);
      pairs.set(pi, gi);
    }
  });
  return {
    score: prf(pairs.size, predicted.length, gold.length),
    missed: gold.filter((_, i) => !usedGold.has(i)).map((g) => g.name),
    extra: predicted.filter((_, i) => !pairs.has(i)).map((p) => p.name),
    pairs,
  };
}

const contains = (a: string, b: string) => {
  const x = fold(a);
  const y = fold(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
};

/** Bylined people the gold does not list are not counted as wrong: they are the article's authors, not its subject. */
function withoutUnlabelledAuthors(gold: GoldDoc, people: PredictedEntities["people"]): PredictedEntities["people"] {
  const goldKeys = gold.people.map((g) => keys([g.name, ...g.aliases]));
  return people.filter((p) => !p.author || [...keys([p.name, ...(p.aliases ?? []), ...(p.forms ?? [])])].some((k) => goldKeys.some((g) => g.has(k))));
}

export function scoreEntities(gold: GoldDoc, all: PredictedEntities): EntityScore {
  const predicted = { companies: all.companies, people: withoutUnlabelledAuthors(gold, all.people) };
  const companies = matchSets(gold.companies, predicted.companies);
  const people = matchSets(gold.people, predicted.people);
  const discovered = { tp: 0, predicted: 0 };
  for (const [list, set] of [[predicted.companies, companies.pairs], [predicted.people, people.pairs]] as const) {
    list.forEach((p, i) => {
      if (p.status !== "discovered") return;
      discovered.predicted++;
      if (set.has(i)) discovered.tp++;
    });
  }
  const goldPersonOf = new Map<number, number>();
  for (const [pi, gi] of people.pairs) goldPersonOf.set(gi, pi);
  const missedRoles: string[] = [];
  let found = 0;
  for (const r of gold.roles) {
    const gi = gold.people.findIndex((g) => keys([g.name, ...g.aliases]).has(fold(r.person)));
    const pi = gi === -1 ? undefined : goldPersonOf.get(gi);
    const roles = pi === undefined ? [] : (predicted.people[pi]?.roles ?? []);
    // the organisation may be written in any of the gold company's names (中国科学院 / 中科院)
    const company = gold.companies.find((c) => [c.name, ...c.aliases].some((n) => fold(n) === fold(r.organisation)));
    // …or in any gazetteer name of it (a lab's full name or its short form), as companies are matched
    const orgNames = [...keys(company ? [company.name, ...company.aliases] : [r.organisation])];
    if (roles.some((x) => orgNames.some((n) => contains(x.organisation, n)) && contains(x.title, r.title))) found++;
    else missedRoles.push(`${r.person}/${r.organisation}/${r.title}`);
  }
  return {
    companies: companies.score,
    people: people.score,
    roles: { found, total: gold.roles.length, recall: gold.roles.length ? found / gold.roles.length : 1 },
    missed: { companies: companies.missed, people: people.missed, roles: missedRoles },
    extra: { companies: companies.extra, people: people.extra },
    discovered,
  };
}
