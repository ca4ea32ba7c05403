/** People ordered by how many articles mention them, with their latest known title and a 12-month trend. */
import { toSimplified } from "@/lib/text/script";
import { db, type Db } from "@/lib/db";
import { encodeEntityCursor, type PersonListQuery } from "@/lib/validation/entity-lists";
import { rankedEntities, startAfter } from "../entities/ranked-entities";
import { viewEntityList, type EntityListView } from "../entities/entity-list-view";
import { recentTrends, type MonthCount } from "../articles/mention-months";
import { reader } from "../dialect";
import { Prisma } from "@/lib/generated/prisma/client";
import { readOffLoop } from "../listing-index/off-thread-build";

const latestRole = (personId: number) => Prisma.sql`SELECT r."organisation", r."title" FROM "Role" r JOIN "Article" a ON a."id" = r."articleId"
  WHERE r."personId" = ${personId} ORDER BY a."publishedAt" DESC LIMIT 1`;

export interface PersonListItem {
  id: number;
  slug: string;
  name: string;
  articleCount: number;
  /** publishedLocal of the newest article that mentions them. */
  lastMentioned: string | null;
  /** The alias a name search matched. */
  via: string | null;
  /** The most recent role the collection gives, e.g. "创新工场 董事长". */
  role: { organisation: string; title: string } | null;
  trend: MonthCount[];
}


export async function listPeople(q: PersonListQuery & EntityListView, database: Db = db()): Promise<{ items: PersonListItem[]; total: number; nextCursor: string | null }> {
  const ranked = await viewEntityList(database, "person", await rankedEntities(database, "person"), q);
  const from = startAfter(ranked, q.cursor, q.offset);
  const page = ranked.slice(from, from + q.limit);
  const last = page[page.length - 1];
  const byRank = new Map(page.map((r) => [r.id, r]));
  const r = reader(database);
  const ids = page.map((p) => p.id);
  const found = ids.length === 0 ? [] : await r.all<{ id: number; slug: string; name: string }>(`SELECT "id", "slug", "name" FROM "Person" WHERE "id" IN (${ids.map(() => "?").join(", ")})`, ...ids);
  // One read per listed person (its roles, newest article first, the first kept), in the worker
  // thread: a much-named person's roles are sorted whole, and the page's reads held the loop
  // (~10 s of bench:web's server profile during an import; the Prisma form before was worse).
  const roles = await Promise.all(ids.map(async (id) => (await readOffLoop<{ organisation: string; title: string }>(database, latestRole(id)))[0]));
  const roleOf = new Map(ids.map((id, i) => [id, roles[i]]));
  const byId = new Map(found.map((p) => [p.id, { ...p, roles: roleOf.get(p.id) ? [roleOf.get(p.id)!] : [] }]));
  const rows = page.flatMap((r) => byId.get(r.id) ?? []);
  const total = ranked.length;
  const trends = await recentTrends("person", rows.map((r) => r.id), 12, database);
  return {
    items: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      name: r.name,
      articleCount: byRank.get(r.id)?.articleCount ?? 0,
      lastMentioned: byRank.get(r.id)?.lastMentioned ?? null,
      via: byRank.get(r.id)?.via ?? null,
      role: r.roles[0] ? { organisation: toSimplified(r.roles[0].organisation), title: toSimplified(r.roles[0].title) } : null,
      trend: trends.get(r.id) ?? [],
    })),
    total,
    nextCursor: last && from + q.limit < total ? encodeEntityCursor(last) : null,
  };
}
