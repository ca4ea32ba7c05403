/** Companies and people that appear in the same articles as a given company or person, by number of shared articles. */
import { db, type Db } from "@/lib/db";

export interface CoMention {
  slug: string;
  name: string;
  articles: number;
}

const LIMIT = 12;

export async function coMentions(
  kind: "company" | "person",
  id: number,
  database: Db = db(),
): Promise<{ companies: CoMention[]; people: CoMention[] }> {
  // Articles that mention the entity, expressed as a relation filter so SQLite does the join.
  const inArticles =
    kind === "company"
      ? { companyMentions: { some: { companyId: id } }, missingSince: null }
      : { personMentions: { some: { personId: id } }, missingSince: null };
  const [companyCounts, personCounts] = await Promise.all([
    database.companyMention.groupBy({
      by: ["companyId"],
      where: { article: inArticles, ...(kind === "company" ? { companyId: { not: id } } : {}) },
      _count: { _all: true },
      orderBy: { _count: { articleId: "desc" } },
      take: LIMIT,
    }),
    database.personMention.groupBy({
      by: ["personId"],
      where: { article: inArticles, ...(kind === "person" ? { personId: { not: id } } : {}) },
      _count: { _all: true },
      orderBy: { _count: { articleId: "desc" } },
      take: LIMIT,
    }),
  ]);
  const [companies, people] = await Promise.all([
    database.company.findMany({ where: { id: { in: companyCounts.map((c) => c.companyId) }, status: { not: "rejected" } }, select: { id: true, slug: true, name: true } }),
    database.person.findMany({ where: { id: { in: personCounts.map((p) => p.personId) }, status: { not: "rejected" } }, select: { id: true, slug: true, name: true } }),
  ]);
  const cById = new Map(companies.map((c) => [c.id, c]));
  const pById = new Map(people.map((p) => [p.id, p]));
  return {
    companies: companyCounts.flatMap((c) => {
      const row = cById.get(c.companyId);
      return row ? [{ slug: row.slug, name: row.name, articles: c._count._all }] : [];
    }),
    people: personCounts.flatMap((p) => {
      const row = pById.get(p.personId);
      return row ? [{ slug: row.slug, name: row.name, articles: p._count._all }] : [];
    }),
  };
}
