/**
 * Counts beside each filter choice on the article list: for each filter, how many articles
 * would match if that choice were taken, given the other filters already set.
 */
import { db, type Db } from "@/lib/db";
import { cachedRead } from "../cache/generation-cache";
import { without, type WhereFilters } from "./article-where";
import { filterEntityIds, filterSql } from "./filter-sql";
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

/** One facet row: the value and how many articles have it (SQLite COUNT comes back as bigint). */
interface Row<T> {
  v: T;
  n: bigint | number;
}
const SCRIPT_LABEL: Record<string, string> = { simplified: "简体", traditional: "繁体" };

/** Counts over the whole collection are costly at scale, so they are kept until the data changes. */
export async function articleFacets(filters: Partial<WhereFilters>, database: Db = db()): Promise<ArticleFacets> {
  const key = `facets:${JSON.stringify([filters.company, filters.person, filters.source, filters.script, filters.from, filters.to])}`;
  return cachedRead(database, key, () => computeFacets(filters, database));
}

async function computeFacets(filters: Partial<WhereFilters>, database: Db): Promise<ArticleFacets> {
  const ids = await filterEntityIds(filters, database);
  const where = (key: FilterKey) => filterSql(without(filters, key), ids);
  const [sources, scripts, companies, people] = await Promise.all([
    database.$queryRaw<Row<string>[]>`SELECT a."source" AS v, COUNT(*) AS n FROM "Article" a
      WHERE ${where("source")} AND a."source" IS NOT NULL GROUP BY a."source" ORDER BY n DESC, v LIMIT ${FACET_SIZE}`,
    database.$queryRaw<Row<string>[]>`SELECT a."script" AS v, COUNT(*) AS n FROM "Article" a WHERE ${where("script")} GROUP BY a."script"`,
    database.$queryRaw<Row<number>[]>`SELECT m."companyId" AS v, COUNT(*) AS n FROM "CompanyMention" m JOIN "Article" a ON a."id" = m."articleId"
      WHERE ${where("company")} GROUP BY m."companyId" ORDER BY n DESC, v LIMIT ${FACET_SIZE}`,
    database.$queryRaw<Row<number>[]>`SELECT m."personId" AS v, COUNT(*) AS n FROM "PersonMention" m JOIN "Article" a ON a."id" = m."articleId"
      WHERE ${where("person")} GROUP BY m."personId" ORDER BY n DESC, v LIMIT ${FACET_SIZE}`,
  ]);
  const [companyRows, personRows] = await Promise.all([
    database.company.findMany({ where: { id: { in: companies.map((c) => Number(c.v)) } }, select: { id: true, slug: true, name: true } }),
    database.person.findMany({ where: { id: { in: people.map((p) => Number(p.v)) } }, select: { id: true, slug: true, name: true } }),
  ]);
  const companyById = new Map(companyRows.map((c) => [c.id, c]));
  const personById = new Map(personRows.map((p) => [p.id, p]));
  return {
    sources: sources.map((s) => ({ value: s.v, label: s.v, count: Number(s.n) })),
    scripts: scripts
      .map((s) => ({ value: s.v, label: SCRIPT_LABEL[s.v] ?? s.v, count: Number(s.n) }))
      .sort((a, b) => b.count - a.count),
    companies: companies.flatMap((c) => {
      const row = companyById.get(Number(c.v));
      return row ? [{ value: row.slug, label: row.name, count: Number(c.n) }] : [];
    }),
    people: people.flatMap((p) => {
      const row = personById.get(Number(p.v));
      return row ? [{ value: row.slug, label: row.name, count: Number(p.n) }] : [];
    }),
  };
}

/** Display names of the company and person a filter names (the URL holds slugs). */
export async function filterLabels(
  filters: Partial<WhereFilters>,
  database: Db = db(),
): Promise<{ company: string | null; person: string | null }> {
  const [company, person] = await Promise.all([
    filters.company ? database.company.findUnique({ where: { slug: filters.company }, select: { name: true } }) : null,
    filters.person ? database.person.findUnique({ where: { slug: filters.person }, select: { name: true } }) : null,
  ]);
  return { company: company?.name ?? null, person: person?.name ?? null };
}
