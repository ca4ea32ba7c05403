/**
 * Counts beside each filter choice on the article list: for each filter, how many articles
 * would match if that choice were taken, given the other filters already set.
 */
import { db, type Db } from "@/lib/db";
import { articleWhere, without, type WhereFilters } from "./article-where";

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

export async function articleFacets(filters: Partial<WhereFilters>, database: Db = db()): Promise<ArticleFacets> {
  const [sources, scripts, companies, people] = await Promise.all([
    database.article.groupBy({
      by: ["source"],
      where: { AND: [articleWhere(without(filters, "source")), { source: { not: null } }] },
      _count: { _all: true },
      orderBy: { _count: { id: "desc" } },
      take: FACET_SIZE,
    }),
    database.article.groupBy({
      by: ["script"],
      where: articleWhere(without(filters, "script")),
      _count: { _all: true },
    }),
    database.companyMention.groupBy({
      by: ["companyId"],
      where: { article: articleWhere(without(filters, "company")) },
      _count: { _all: true },
      orderBy: { _count: { articleId: "desc" } },
      take: FACET_SIZE,
    }),
    database.personMention.groupBy({
      by: ["personId"],
      where: { article: articleWhere(without(filters, "person")) },
      _count: { _all: true },
      orderBy: { _count: { articleId: "desc" } },
      take: FACET_SIZE,
    }),
  ]);
  const [companyRows, personRows] = await Promise.all([
    database.company.findMany({ where: { id: { in: companies.map((c) => c.companyId) } }, select: { id: true, slug: true, name: true } }),
    database.person.findMany({ where: { id: { in: people.map((p) => p.personId) } }, select: { id: true, slug: true, name: true } }),
  ]);
  const companyById = new Map(companyRows.map((c) => [c.id, c]));
  const personById = new Map(personRows.map((p) => [p.id, p]));
  return {
    sources: sources.flatMap((s) => (s.source ? [{ value: s.source, label: s.source, count: s._count._all }] : [])),
    scripts: scripts
      .map((s) => ({ value: s.script, label: SCRIPT_LABEL[s.script] ?? s.script, count: s._count._all }))
      .sort((a, b) => b.count - a.count),
    companies: companies.flatMap((c) => {
      const row = companyById.get(c.companyId);
      return row ? [{ value: row.slug, label: row.name, count: c._count._all }] : [];
    }),
    people: people.flatMap((p) => {
      const row = personById.get(p.personId);
      return row ? [{ value: row.slug, label: row.name, count: p._count._all }] : [];
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
