/**
 * Counts beside each filter choice on the article list: for each filter, how many articles
 * would match if that choice were taken, given the other filters already set.
 */
import { db, type Db } from "@/lib/db";
import { reader } from "../dialect";
import { snapshotRead } from "../listing-index/listing-index";
import { matchRanks } from "../listing-index/match";
import type { ListingSnapshot, MentionIndex } from "../listing-index/snapshot";
import { tallyCodes, topEntities } from "../listing-index/tally";
import { without, type WhereFilters } from "./article-where";
import type { FilterKey } from "@/lib/validation/article-filters";

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface ArticleFacets {
  sources: FacetValue[];
  scripts: FacetValue[];
  companies: FacetValue[];
  people: FacetValue[];
}

const FACET_SIZE = 12;

const SCRIPT_LABEL: Record<string, string> = { simplified: "简体", traditional: "繁体" };

const filterKey = (f: Partial<WhereFilters>) => JSON.stringify([f.company, f.person, f.source, f.script, f.from, f.to]);

/**
 * Each facet counts the articles matching every filter but its own (so the choices of a set
 * filter stay visible), from the listing snapshot; each is kept until the data changes under
 * the filters it depends on: the source counts beside "company X, source Y" are those of
 * "company X", shared by every source chosen with it.
 */
export async function articleFacets(filters: Partial<WhereFilters>, database: Db = db()): Promise<ArticleFacets> {
  const facet = (name: FilterKey, count: (s: ListingSnapshot, ranks: Int32Array) => FacetValue[]) => {
    const rest = without(filters, name);
    return snapshotRead(database, `facet:${name}:${filterKey(rest)}`, (s) => count(s, matchRanks(s, rest)));
  };
  const entities = (index: MentionIndex, ranks: Int32Array): FacetValue[] =>
    topEntities(index, ranks, FACET_SIZE).map((e) => ({ value: e.slug, label: e.name, count: e.count }));
  const [sources, scripts, companies, people] = await Promise.all([
    facet("source", (s, ranks) => tallyCodes(s.source, s.sources, ranks, FACET_SIZE).map((t) => ({ value: t.value, label: t.value, count: t.count }))),
    facet("script", (s, ranks) => tallyCodes(s.script, s.scripts, ranks).map((t) => ({ value: t.value, label: SCRIPT_LABEL[t.value] ?? t.value, count: t.count }))),
    facet("company", (s, ranks) => entities(s.companies, ranks)),
    facet("person", (s, ranks) => entities(s.people, ranks)),
  ]);
  return { sources, scripts, companies, people };
}

const LABEL_SQL = {
  company: `SELECT "name" FROM "Company" WHERE "slug" = ?`,
  person: `SELECT "name" FROM "Person" WHERE "slug" = ?`,
};

/** Display names of the company and person a filter names (the URL holds slugs). */
export async function filterLabels(
  filters: Partial<WhereFilters>,
  database: Db = db(),
): Promise<{ company: string | null; person: string | null }> {
  const r = reader(database);
  const name = async (sql: string, slug: string | undefined) => (slug ? ((await r.get<{ name: string }>(sql, slug))?.name ?? null) : null);
  return { company: await name(LABEL_SQL.company, filters.company), person: await name(LABEL_SQL.person, filters.person) };
}
