/** Companies and people that appear in the same articles as a given company or person, by number of shared articles. */
import { Prisma } from "@/lib/generated/prisma/client";
import { db, type Db } from "@/lib/db";

export interface CoMention {
  slug: string;
  name: string;
  articles: number;
}

const LIMIT = 12;

interface CountRow {
  v: bigint | number;
  n: bigint | number;
}

export async function coMentions(
  kind: "company" | "person",
  id: number,
  database: Db = db(),
): Promise<{ companies: CoMention[]; people: CoMention[] }> {
  // The entity's articles come from the (entity, article) index as an IN list; a relation
  // filter here became a correlated EXISTS over every mention row in the table.
  const articles =
    kind === "company"
      ? Prisma.sql`SELECT "articleId" FROM "CompanyMention" WHERE "companyId" = ${id}`
      : Prisma.sql`SELECT "articleId" FROM "PersonMention" WHERE "personId" = ${id}`;
  const [companyRows, personRows] = await Promise.all([
    database.$queryRaw<CountRow[]>`SELECT m."companyId" AS v, COUNT(*) AS n FROM "CompanyMention" m JOIN "Article" a INDEXED BY "Article_join_cover_idx" ON a."id" = m."articleId"
      WHERE a."missingSince" IS NULL AND m."articleId" IN (${articles}) AND m."companyId" <> ${kind === "company" ? id : -1}
      GROUP BY m."companyId" ORDER BY n DESC, v LIMIT ${LIMIT}`,
    database.$queryRaw<CountRow[]>`SELECT m."personId" AS v, COUNT(*) AS n FROM "PersonMention" m JOIN "Article" a INDEXED BY "Article_join_cover_idx" ON a."id" = m."articleId"
      WHERE a."missingSince" IS NULL AND m."articleId" IN (${articles}) AND m."personId" <> ${kind === "person" ? id : -1}
      GROUP BY m."personId" ORDER BY n DESC, v LIMIT ${LIMIT}`,
  ]);
  const companyCounts = companyRows.map((r) => ({ companyId: Number(r.v), _count: { _all: Number(r.n) } }));
  const personCounts = personRows.map((r) => ({ personId: Number(r.v), _count: { _all: Number(r.n) } }));
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
