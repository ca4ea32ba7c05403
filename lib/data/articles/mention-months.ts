/**
 * Mentions of a company or person by calendar month (Asia/Shanghai, taken from the stored
 * +08:00 text so no time-zone arithmetic is needed), for the profile timeline (counted over the
 * listing snapshot) and list trends (grouped in SQL, for a page of entities at once).
 */
import { Prisma } from "@/lib/generated/prisma/client";
import { db, type Db } from "@/lib/db";
import { dialectOf, indexedBy } from "../dialect";
import { cachedRead } from "../cache/generation-cache";
import { snapshotRead } from "../listing-index/listing-index";
import { readOffLoop } from "../listing-index/off-thread-build";
import { mentionIndexOf, postingsOf, type EntityKind } from "../listing-index/snapshot";
import { tallyMonths } from "../listing-index/tally";

export interface MonthCount {
  month: string;
  count: number;
}

/** Fills the months between the first and last with zeros so a chart shows gaps as gaps. */
export function continuousMonths(counts: MonthCount[], from?: string, to?: string): MonthCount[] {
  if (counts.length === 0 && (!from || !to)) return [];
  const byMonth = new Map(counts.map((c) => [c.month, c.count]));
  const sorted = counts.map((c) => c.month).sort();
  const first = from ?? sorted[0]!;
  const last = to ?? sorted[sorted.length - 1]!;
  const out: MonthCount[] = [];
  let [y, m] = first.split("-").map(Number) as [number, number];
  const [ly, lm] = last.split("-").map(Number) as [number, number];
  // Bounded: a corrupt date far away must not make a million-bar chart.
  for (let guard = 0; (y < ly || (y === ly && m <= lm)) && guard < 600; guard++) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    out.push({ month: key, count: byMonth.get(key) ?? 0 });
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

function mentionTable(kind: EntityKind) {
  return kind === "company"
    ? { table: Prisma.raw(`"CompanyMention"`), column: Prisma.raw(`"companyId"`) }
    : { table: Prisma.raw(`"PersonMention"`), column: Prisma.raw(`"personId"`) };
}

export async function mentionMonths(kind: EntityKind, entityId: number, database: Db = db()): Promise<MonthCount[]> {
  return snapshotRead(database, `months:${kind}:${entityId}`, (s) => {
    return continuousMonths(tallyMonths(s, postingsOf(mentionIndexOf(s, kind), entityId)).map((t) => ({ month: t.value, count: t.count })));
  });
}

/** Per-entity counts over the last `months` months of the collection, for list sparklines. */
export async function recentTrends(kind: EntityKind, entityIds: number[], months = 12, database: Db = db()): Promise<Map<number, MonthCount[]>> {
  const out = new Map<number, MonthCount[]>();
  if (entityIds.length === 0) return out;
  const newest = await database.article.findFirst({
    where: { publishedLocal: { not: null }, missingSince: null },
    orderBy: { publishedAt: "desc" },
    select: { publishedLocal: true },
  });
  if (!newest?.publishedLocal) return out;
  const to = newest.publishedLocal.slice(0, 7);
  const [ty, tm] = to.split("-").map(Number) as [number, number];
  const start = new Date(Date.UTC(ty, tm - 1 - (months - 1), 1));
  const from = `${start.getUTCFullYear()}-${String(start.getUTCMonth() + 1).padStart(2, "0")}`;
  const { table, column } = mentionTable(kind);
  // Every mention of the listed entities (~0.6 s of the loop at 100,000 articles): kept until the
  // data changes, and read off the event loop.
  const query = Prisma.sql`
    SELECT m.${column} AS id, substr(a."publishedLocal", 1, 7) AS month, COUNT(*) AS n
    FROM ${table} m JOIN "Article" a ${Prisma.raw(indexedBy(dialectOf(database), "Article_join_cover_idx"))} ON a."id" = m."articleId"
    WHERE m.${column} IN (${Prisma.join(entityIds)}) AND a."publishedLocal" >= ${from} AND a."missingSince" IS NULL
    GROUP BY m.${column}, month`;
  const rows = await cachedRead(database, `trends:${kind}:${months}:${from}:${entityIds.join(",")}`, () =>
    readOffLoop<{ id: number | bigint; month: string; n: number | bigint }>(database, query),
  );
  const grouped = new Map<number, MonthCount[]>();
  for (const r of rows) {
    const id = Number(r.id);
    grouped.set(id, [...(grouped.get(id) ?? []), { month: r.month, count: Number(r.n) }]);
  }
  for (const id of entityIds) out.set(id, continuousMonths(grouped.get(id) ?? [], from, to));
  return out;
}
