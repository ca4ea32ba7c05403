/**
 * A company's or person's articles for its profile: how many mention it, how many are about it,
 * and the first page of them (about-first, then newest). Read on the direct connection through
 * the article join index, since a much-mentioned company has tens of thousands of mentions.
 */
import type { Db } from "@/lib/db";
import { readConnection } from "../read-connection";
import { listItemsByIds, type ArticleListItem } from "./list-articles";
import type { EntityKind } from "./mention-months";

export interface EntityArticles {
  articleCount: number;
  aboutCount: number;
  articles: (ArticleListItem & { about: boolean })[];
}

export function entityArticles(database: Db, kind: EntityKind, entityId: number, limit: number): EntityArticles {
  const conn = readConnection(database);
  const [table, column] = kind === "company" ? ['"CompanyMention"', '"companyId"'] : ['"PersonMention"', '"personId"'];
  const from = `FROM ${table} m JOIN "Article" a INDEXED BY "Article_join_cover_idx" ON a."id" = m."articleId" WHERE m.${column} = ? AND a."missingSince" IS NULL`;
  const counts = conn.prepare<[number], { n: number; about: number | null }>(`SELECT COUNT(*) AS n, SUM(m."about") AS about ${from}`).get(entityId);
  const page = conn
    .prepare<[number, number], { articleId: number; about: number }>(
      `SELECT m."articleId", m."about" ${from} ORDER BY m."about" DESC, a."publishedAt" DESC NULLS LAST, m."articleId" DESC LIMIT ?`,
    )
    .all(entityId, limit);
  const about = new Map(page.map((r) => [r.articleId, r.about !== 0]));
  return {
    articleCount: counts?.n ?? 0,
    aboutCount: counts?.about ?? 0,
    articles: listItemsByIds(database, page.map((r) => r.articleId)).map((a) => ({ ...a, about: about.get(a.id) ?? false })),
  };
}
