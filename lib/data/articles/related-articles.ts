/**
 * Articles related to one article by the companies and people they share. An entity the
 * article is about weighs more than one it mentions in passing; near-duplicates are left out
 * (they are listed separately as the same story).
 */
import { db, type Db } from "@/lib/db";
import type { ArticleRef } from "./get-article";

export interface RelatedArticle extends ArticleRef {
  shared: string[];
  score: number;
}

const ABOUT_WEIGHT = 2;
const CANDIDATES_PER_ENTITY = 300;

export async function relatedArticles(
  article: { id: number; companies: { id: number; name: string; about: boolean }[]; people: { id: number; name: string; about: boolean }[]; nearDuplicates: { id: number }[] },
  limit = 5,
  database: Db = db(),
): Promise<RelatedArticle[]> {
  if (article.companies.length === 0 && article.people.length === 0) return [];
  const exclude = new Set([article.id, ...article.nearDuplicates.map((d) => d.id)]);
  // Only each entity's newest mentions are candidates: a much-mentioned company has tens of
  // thousands, and the reader wants recent related stories (index on entity id, article id).
  const newest = { orderBy: { articleId: "desc" as const }, take: CANDIDATES_PER_ENTITY };
  const [companyLists, personLists] = await Promise.all([
    Promise.all(article.companies.map((c) => database.companyMention.findMany({ where: { companyId: c.id }, select: { articleId: true, companyId: true, about: true }, ...newest }))),
    Promise.all(article.people.map((p) => database.personMention.findMany({ where: { personId: p.id }, select: { articleId: true, personId: true, about: true }, ...newest }))),
  ]);
  const companyHits = companyLists.flat().filter((h) => !exclude.has(h.articleId));
  const personHits = personLists.flat().filter((h) => !exclude.has(h.articleId));
  const companyById = new Map(article.companies.map((c) => [c.id, c]));
  const personById = new Map(article.people.map((p) => [p.id, p]));
  const scores = new Map<number, { score: number; shared: string[] }>();
  const add = (articleId: number, entity: { name: string; about: boolean } | undefined, aboutThere: boolean) => {
    if (!entity) return;
    const s = scores.get(articleId) ?? { score: 0, shared: [] };
    s.score += 1 + (entity.about ? ABOUT_WEIGHT - 1 : 0) + (aboutThere ? ABOUT_WEIGHT - 1 : 0);
    s.shared.push(entity.name);
    scores.set(articleId, s);
  };
  for (const h of companyHits) add(h.articleId, companyById.get(h.companyId), h.about);
  for (const h of personHits) add(h.articleId, personById.get(h.personId), h.about);
  // A few spare candidates, since articles whose file went missing are dropped below.
  const top = [...scores.entries()].sort((a, b) => b[1].score - a[1].score || b[0] - a[0]).slice(0, limit * 3);
  if (top.length === 0) return [];
  const rows = await database.article.findMany({
    where: { id: { in: top.map(([id]) => id) }, missingSince: null },
    select: { id: true, title: true, source: true, publishedLocal: true, dateInferred: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return top
    .flatMap(([id, s]) => {
      const r = byId.get(id);
      return r ? [{ ...r, shared: s.shared, score: s.score }] : [];
    })
    .slice(0, limit);
}
