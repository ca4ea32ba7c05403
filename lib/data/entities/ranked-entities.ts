/**
 * The order of the company and person lists: most articles first, ties by pinyin (百度 before
 * 华为 before 腾讯), Latin names among them by letter. SQLite can only sort by code point, which
 * scatters Chinese names at random, so the visible entities and their counts are read once
 * (one grouped query, a few thousand rows at most) and sorted here; kept until the data changes.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";
import { comparePinyin } from "@/lib/text/pinyin-order";
import { cachedRead } from "../cache/generation-cache";
import { reader } from "../dialect";

export interface RankedEntity {
  id: number;
  articleCount: number;
}


/** Visible entities (not rejected, mentioned by an article still present), in list order. */
export function rankedEntities(database: Db, kind: "company" | "person", companyKind?: string): Promise<RankedEntity[]> {
  return cachedRead(database, `ranked:${kind}:${companyKind ?? ""}`, async () => {
    const [table, mention, key] = kind === "company" ? ['"Company"', '"CompanyMention"', '"companyId"'] : ['"Person"', '"PersonMention"', '"personId"'];
    const kindFilter = kind === "company" && companyKind ? Prisma.sql` AND e."kind" = ${companyKind}` : Prisma.empty;
    const rows = await reader(database).rows<{ id: number; name: string; n: number }>(
      Prisma.sql`SELECT e."id", e."name", count(*) AS "n" FROM ${Prisma.raw(table)} e
        JOIN ${Prisma.raw(mention)} m ON m.${Prisma.raw(key)} = e."id"
        JOIN "Article" a ON a."id" = m."articleId" AND a."missingSince" IS NULL
        WHERE e."status" <> 'rejected'${kindFilter} GROUP BY e."id"`,
    );
    rows.sort((x, y) => y.n - x.n || comparePinyin(x.name, y.name) || x.id - y.id);
    return rows.map((r) => ({ id: r.id, articleCount: r.n }));
  });
}
