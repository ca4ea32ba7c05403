/**
 * Articles related to one article by the companies and people they share (scored over the
 * listing snapshot, see ../listing-index/related-ranks.ts); near-duplicates are left out (they
 * are listed separately as the same story).
 */
import { db, type Db } from "@/lib/db";
import { listingSnapshot } from "../listing-index/listing-index";
import { relatedRanks } from "../listing-index/related-ranks";
import { displayTitleSql } from "./display-title";
import { reader } from "../dialect";
import type { ArticleRef } from "./get-article";

export interface RelatedArticle extends ArticleRef {
  shared: string[];
  score: number;
}

const REF_SQL = `SELECT "id", ${displayTitleSql()}, "source", "publishedLocal", "dateInferred" FROM "Article" WHERE "id" = ? AND "missingSince" IS NULL`;
type RefRow = { id: number; title: string; titleRestored: number; source: string | null; publishedLocal: string | null; dateInferred: number };

export async function relatedArticles(
  article: { id: number; companies: { id: number; name: string; about: boolean }[]; people: { id: number; name: string; about: boolean }[]; nearDuplicates: { id: number }[] },
  limit = 5,
  database: Db = db(),
): Promise<RelatedArticle[]> {
  if (article.companies.length === 0 && article.people.length === 0) return [];
  const exclude = new Set([article.id, ...article.nearDuplicates.map((d) => d.id)]);
  // Not cached: it costs ~0.1 ms, and one entry per article read would crowd lists out of the cache.
  const top = relatedRanks(await listingSnapshot(database), article, exclude, limit);
  if (top.length === 0) return [];
  const rows = await Promise.all(top.map((t) => reader(database).get<RefRow>(REF_SQL, t.id)));
  return top.flatMap((t, i) => {
    const r = rows[i];
    return r ? [{ ...r, dateInferred: r.dateInferred !== 0, titleRestored: r.titleRestored !== 0, shared: t.shared, score: t.score }] : [];
  });
}
