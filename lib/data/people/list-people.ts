/** People ordered by how many articles mention them, with their latest known title and a 12-month trend. */
import { db, type Db } from "@/lib/db";
import type { PersonListQuery } from "@/lib/validation/entity-lists";
import { recentTrends, type MonthCount } from "../articles/mention-months";

export interface PersonListItem {
  id: number;
  slug: string;
  name: string;
  articleCount: number;
  /** The most recent role the collection gives, e.g. "创新工场 董事长". */
  role: { organisation: string; title: string } | null;
  trend: MonthCount[];
}

const visible = { status: { not: "rejected" }, mentions: { some: { article: { missingSince: null } } } } as const;

export async function listPeople(q: PersonListQuery, database: Db = db()): Promise<{ items: PersonListItem[]; total: number }> {
  const [rows, total] = await Promise.all([
    database.person.findMany({
      where: visible,
      orderBy: [{ mentions: { _count: "desc" } }, { name: "asc" }],
      skip: q.offset,
      take: q.limit,
      select: {
        id: true,
        slug: true,
        name: true,
        _count: { select: { mentions: { where: { article: { missingSince: null } } } } },
        roles: { orderBy: { article: { publishedAt: "desc" } }, take: 1, select: { organisation: true, title: true } },
      },
    }),
    database.person.count({ where: visible }),
  ]);
  const trends = await recentTrends("person", rows.map((r) => r.id), 12, database);
  return {
    items: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      name: r.name,
      articleCount: r._count.mentions,
      role: r.roles[0] ?? null,
      trend: trends.get(r.id) ?? [],
    })),
    total,
  };
}
