/**
 * Counts beside each filter choice on the article list: for each filter, how many articles
 * would match if that choice were taken, given the other filters already set.
 */
import { db, type Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { cachedRead } from "../cache/generation-cache";
import { readConnection } from "../read-connection";
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

const filterKey = (f: Partial<WhereFilters>) => JSON.stringify([f.company, f.person, f.source, f.script, f.from, f.to]);

/**
 * Counts over the whole collection are costly at scale, so each facet is kept until the data
 * changes, under the filters it depends on: the source counts beside "company X, source Y" are
 * those of "company X", shared by every source chosen with it.
 */
export async function articleFacets(filters: Partial<WhereFilters>, database: Db = db()): Promise<ArticleFacets> {
  const conn = readConnection(database);
  const ids = await filterEntityIds(filters, database);
  const facet = <T>(name: FilterKey, query: (where: Prisma.Sql) => Prisma.Sql) => {
    const rest = without(filters, name);
    return cachedRead(database, `facet:${name}:${filterKey(rest)}`, async () => {
      const q = query(filterSql(rest, ids));
      return conn.prepare<unknown[], Row<T>>(q.sql).all(...q.values);
    });
  };
  const [sources, scripts, companies, people] = await Promise.all([
    facet<string>("source", (w) => Prisma.sql`SELECT a."source" AS v, COUNT(*) AS n FROM "Article" a
      WHERE ${w} AND a."source" IS NOT NULL GROUP BY a."source" ORDER BY n DESC, v LIMIT ${FACET_SIZE}`),
    facet<string>("script", (w) => Prisma.sql`SELECT a."script" AS v, COUNT(*) AS n FROM "Article" a WHERE ${w} GROUP BY a."script"`),
    facet<number>("company", (w) => Prisma.sql`SELECT m."companyId" AS v, COUNT(*) AS n FROM "CompanyMention" m JOIN "Article" a ON a."id" = m."articleId"
      WHERE ${w} GROUP BY m."companyId" ORDER BY n DESC, v LIMIT ${FACET_SIZE}`),
    facet<number>("person", (w) => Prisma.sql`SELECT m."personId" AS v, COUNT(*) AS n FROM "PersonMention" m JOIN "Article" a ON a."id" = m."articleId"
      WHERE ${w} GROUP BY m."personId" ORDER BY n DESC, v LIMIT ${FACET_SIZE}`),
  ]);
  const names = (table: "Company" | "Person", rowIds: number[]) =>
    rowIds.length === 0
      ? new Map<number, { slug: string; name: string }>()
      : new Map(
          conn
            .prepare<number[], { id: number; slug: string; name: string }>(`SELECT "id", "slug", "name" FROM "${table}" WHERE "id" IN (${rowIds.map(() => "?").join(", ")})`)
            .all(...rowIds)
            .map((r) => [r.id, r]),
        );
  const companyById = names("Company", companies.map((c) => Number(c.v)));
  const personById = names("Person", people.map((p) => Number(p.v)));
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
  const conn = readConnection(database);
  const name = (table: "Company" | "Person", slug: string | undefined) =>
    slug ? (conn.prepare<[string], { name: string }>(`SELECT "name" FROM "${table}" WHERE "slug" = ?`).get(slug)?.name ?? null) : null;
  return { company: name("Company", filters.company), person: name("Person", filters.person) };
}
