/**
 * Mentions of a company or person by calendar month (Asia/Shanghai, taken from the stored
 * +08:00 text so no time-zone arithmetic is needed), for the profile timeline and list trends (a
 * page of entities at once), both counted over the listing snapshot.
 */
import { db, type Db } from "@/lib/db";
import { snapshotRead } from "../listing-index/listing-index";
import { mentionIndexOf, type EntityKind, type ListingSnapshot } from "../listing-index/snapshot";
import { entityMonths } from "../listing-index/tally";

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


export async function mentionMonths(kind: EntityKind, entityId: number, database: Db = db()): Promise<MonthCount[]> {
  return snapshotRead(database, `months:${kind}:${entityId}`, (s) => {
    return continuousMonths(entityMonths(s, mentionIndexOf(s, kind), entityId).map((t) => ({ month: t.value, count: t.count })));
  });
}

/** The month ("2024-05") of the newest dated article in the snapshot that has a local date, or null. */
function newestMonth(s: ListingSnapshot): string | null {
  for (let r = 0; r < s.dated; r++) {
    const m = s.month[r]!;
    if (m >= 0) return s.months[m]!;
  }
  return null;
}

/**
 * Per-entity counts over the last `months` months of the collection, for list sparklines:
 * read from the listing snapshot (each entity's months, counted when it was built), kept until the data changes. It
 * was a grouped SQL read of every mention of the page's entities (~1 s at 100,000 articles, in
 * the one worker thread searches also wait on) plus a Prisma query on the event loop per request.
 */
export async function recentTrends(kind: EntityKind, entityIds: number[], months = 12, database: Db = db()): Promise<Map<number, MonthCount[]>> {
  if (entityIds.length === 0) return new Map();
  return snapshotRead(database, `trends:${kind}:${months}:${entityIds.join(",")}`, (s) => {
    const out = new Map<number, MonthCount[]>();
    const to = newestMonth(s);
    if (to === null) return out;
    const [ty, tm] = to.split("-").map(Number) as [number, number];
    const start = new Date(Date.UTC(ty, tm - 1 - (months - 1), 1));
    const from = `${start.getUTCFullYear()}-${String(start.getUTCMonth() + 1).padStart(2, "0")}`;
    const index = mentionIndexOf(s, kind);
    for (const id of entityIds) {
      const counts = entityMonths(s, index, id)
        .filter((t) => t.value >= from && t.value <= to)
        .map((t) => ({ month: t.value, count: t.count }));
      out.set(id, continuousMonths(counts, from, to));
    }
    return out;
  });
}
