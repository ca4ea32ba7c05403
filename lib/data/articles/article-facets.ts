/**
 * Counts beside each filter choice on the article list: for each filter, how many articles
 * would match if that choice were taken, given the other filters already set.
 */
import { db, type Db } from "@/lib/db";
import { reader } from "../dialect";
import { snapshotRead } from "../listing-index/listing-index";
import { matchRanks } from "../listing-index/match";
import type { ListingSnapshot, MentionIndex } from "../listing-index/snapshot";
import { tallyCodes, tallyMentions } from "../listing-index/tally";
import { comparePinyin } from "@/lib/text/pinyin-order";
import { slugList, without, type WhereFilters } from "./article-where";
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

const filterKey = (f: Partial<WhereFilters>) => JSON.stringify([slugList(f.company), slugList(f.person), f.match, f.source, f.script, f.from, f.to]);

/**
 * The counts beside company and person choices, each what the list would hold after clicking it:
 * a chosen one's count is its articles in the list as it is (clicking removes it); another's is
 * the list with it added: under "all", the listed articles that also name it; under "any", the
 * list plus the articles (under the other filters) that name only it.
 */
function entityCounts(s: ListingSnapshot, index: MentionIndex, filters: Partial<WhereFilters>): FacetValue[] {
  const matched = matchRanks(s, filters);
  const picked = slugList(filters.company).length + slugList(filters.person).length;
  const inList = tallyMentions(index, matched, Infinity);
  let counts = inList;
  if (filters.match === "any" && picked > 0) {
    const base = matchRanks(s, without(without(filters, "company"), "person"));
    const listed = new Uint8Array(s.size);
    for (const r of matched) listed[r] = 1;
    const rest = Int32Array.from(base.filter((r) => !listed[r]));
    const chosen = new Set([...slugList(filters.company), ...slugList(filters.person)]);
    const added = new Map(tallyMentions(index, rest, Infinity).map((t) => [t.value, t.count]));
    const own = new Map(inList.map((t) => [t.value, t.count]));
    counts = [...new Set([...own.keys(), ...added.keys()])].map((e) => ({
      value: e,
      count: chosen.has(index.entities.byId.get(e)!.slug) ? (own.get(e) ?? 0) : matched.length + (added.get(e) ?? 0),
    }));
  }
  const name = (e: number) => index.entities.byId.get(e)!.name;
  return counts
    .sort((a, b) => b.count - a.count || comparePinyin(name(a.value), name(b.value)) || a.value - b.value)
    .slice(0, FACET_SIZE)
    .map((t) => ({ value: index.entities.byId.get(t.value)!.slug, label: name(t.value), count: t.count }));
}

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
  const entities = (key: string, index: (s: ListingSnapshot) => MentionIndex) =>
    snapshotRead(database, `facet:${key}:${filterKey(filters)}`, (s) => entityCounts(s, index(s), filters));
  const [sources, scripts, companies, people] = await Promise.all([
    facet("source", (s, ranks) => tallyCodes(s.source, s.sources, ranks, FACET_SIZE).map((t) => ({ value: t.value, label: t.value, count: t.count }))),
    facet("script", (s, ranks) => tallyCodes(s.script, s.scripts, ranks).map((t) => ({ value: t.value, label: SCRIPT_LABEL[t.value] ?? t.value, count: t.count }))),
    entities("company", (s) => s.companies),
    entities("person", (s) => s.people),
  ]);
  return { sources, scripts, companies, people };
}

const LABEL_SQL = {
  company: `SELECT "name" FROM "Company" WHERE "slug" = ?`,
  person: `SELECT "name" FROM "Person" WHERE "slug" = ?`,
};

/** Display names of the companies and people a filter names (the URL holds slugs); unknown slugs are left out. */
export async function filterLabels(
  filters: Partial<WhereFilters>,
  database: Db = db(),
): Promise<{ company: Record<string, string>; person: Record<string, string> }> {
  const r = reader(database);
  const names = async (sql: string, slugs: readonly string[]) => {
    const out: Record<string, string> = {};
    for (const slug of slugs) {
      const name = (await r.get<{ name: string }>(sql, slug))?.name;
      if (name !== undefined) out[slug] = name;
    }
    return out;
  };
  return { company: await names(LABEL_SQL.company, slugList(filters.company)), person: await names(LABEL_SQL.person, slugList(filters.person)) };
}
