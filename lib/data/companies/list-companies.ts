/** Companies and organisations ordered by how many articles mention them, with a kind filter and a 12-month trend. */
import { db, type Db } from "@/lib/db";
import type { CompanyListQuery } from "@/lib/validation/entity-lists";
import { recentTrends, type MonthCount } from "../articles/mention-months";

export interface CompanyListItem {
  id: number;
  slug: string;
  name: string;
  kind: string;
  articleCount: number;
  trend: MonthCount[];
}

export interface CompanyList {
  items: CompanyListItem[];
  total: number;
  kinds: { kind: string; count: number }[];
}

/** Readers see entities with at least one mention that an admin has not rejected. */
const visible = { status: { not: "rejected" }, mentions: { some: { article: { missingSince: null } } } } as const;

export async function listCompanies(q: CompanyListQuery, database: Db = db()): Promise<CompanyList> {
  const where = { ...visible, ...(q.kind ? { kind: q.kind } : {}) };
  const [rows, total, kinds] = await Promise.all([
    database.company.findMany({
      where,
      orderBy: [{ mentions: { _count: "desc" } }, { name: "asc" }],
      skip: q.offset,
      take: q.limit,
      select: { id: true, slug: true, name: true, kind: true, _count: { select: { mentions: { where: { article: { missingSince: null } } } } } },
    }),
    database.company.count({ where }),
    database.company.groupBy({ by: ["kind"], where: visible, _count: { _all: true } }),
  ]);
  const trends = await recentTrends("company", rows.map((r) => r.id), 12, database);
  return {
    items: rows.map((r) => ({ id: r.id, slug: r.slug, name: r.name, kind: r.kind, articleCount: r._count.mentions, trend: trends.get(r.id) ?? [] })),
    total,
    kinds: kinds.map((k) => ({ kind: k.kind, count: k._count._all })).sort((a, b) => b.count - a.count),
  };
}
