/**
 * The order of the company and person lists: most articles first, ties by pinyin (百度 before
 * 华为 before 腾讯), Latin names among them by letter. SQLite can only sort by code point, which
 * scatters Chinese names at random, so the visible entities and their counts are read once
 * (one grouped query, a few thousand rows at most) and sorted here; kept until the data changes.
 * The query visits every mention (~0.3 s at 100,000 articles), so on SQLite it runs in the
 * listing worker thread, off the event loop.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";
import { comparePinyin } from "@/lib/text/pinyin-order";
import type { EntityCursor } from "@/lib/validation/entity-lists";
import { cachedRead } from "../cache/generation-cache";
import { readOffLoop } from "../listing-index/off-thread-build";

export interface RankedEntity {
  id: number;
  name: string;
  articleCount: number;
  /** publishedLocal of the newest article that mentions it (for the "latest mention" order). */
  lastMentioned: string | null;
}

/** Visible entities (not rejected, mentioned by an article still present), in list order. */
export function rankedEntities(database: Db, kind: "company" | "person", companyKind?: string): Promise<RankedEntity[]> {
  return cachedRead(database, `ranked:${kind}:${companyKind ?? ""}`, async () => {
    const [table, mention, key] = kind === "company" ? ['"Company"', '"CompanyMention"', '"companyId"'] : ['"Person"', '"PersonMention"', '"personId"'];
    const kindFilter = kind === "company" && companyKind ? Prisma.sql` AND e."kind" = ${companyKind}` : Prisma.empty;
    // The newest article's publishedLocal: its text sorts like the instant (ISO with the same offset)
    // closely enough for an order, and max() of it is portable where SQLite's bare column is not.
    type Row = { id: number; name: string; n: number; last: string | null; lastLocal: string | null };
    const query = Prisma.sql`SELECT e."id", e."name", count(*) AS "n", max(a."publishedAt") AS "last", max(a."publishedLocal") AS "lastLocal" FROM ${Prisma.raw(table)} e
        JOIN ${Prisma.raw(mention)} m ON m.${Prisma.raw(key)} = e."id"
        JOIN "Article" a ON a."id" = m."articleId" AND a."missingSince" IS NULL
        WHERE e."status" <> 'rejected'${kindFilter} GROUP BY e."id"`;
    const rows = await readOffLoop<Row>(database, query);
    rows.sort((x, y) => y.n - x.n || comparePinyin(x.name, y.name) || x.id - y.id);
    return rows.map((r) => ({ id: r.id, name: r.name, articleCount: r.n, lastMentioned: r.last === null ? null : r.lastLocal }));
  });
}

/** How many visible companies there are of each kind (the /companies filter), most first; kept until the data changes. */
export function companyKindCounts(database: Db): Promise<{ kind: string; count: number }[]> {
  return cachedRead(database, "company-kinds", async () => {
    const query = Prisma.sql`SELECT e."kind" AS "kind", count(*) AS "count" FROM "Company" e
      WHERE e."status" <> 'rejected' AND EXISTS (SELECT 1 FROM "CompanyMention" m JOIN "Article" a ON a."id" = m."articleId" AND a."missingSince" IS NULL WHERE m."companyId" = e."id")
      GROUP BY e."kind"`;
    const rows = await readOffLoop<{ kind: string; count: number | bigint | string }>(database, query);
    return rows.map((r) => ({ kind: r.kind, count: Number(r.count) })).sort((a, b) => b.count - a.count);
  });
}

/** Where the page after `cursor` starts in a ranked list (most articles first). */
export function startAfter(ranked: readonly { id: number; articleCount: number }[], cursor: EntityCursor | undefined, offset: number): number {
  if (!cursor) return offset;
  const at = ranked.findIndex((r) => r.id === cursor.id);
  if (at >= 0) return at + 1;
  const next = ranked.findIndex((r) => r.articleCount < cursor.articleCount);
  return next < 0 ? ranked.length : next;
}
