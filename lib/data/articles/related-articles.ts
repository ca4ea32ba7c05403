/**
 * Articles related to one article by the companies and people they share. An entity the
 * article is about weighs more than one it mentions in passing; near-duplicates are left out
 * (they are listed separately as the same story).
 */
import { db, type Db } from "@/lib/db";
import { readConnection } from "../read-connection";
import type { Sqlite } from "../sqlite";
import type { ArticleRef } from "./get-article";

export interface RelatedArticle extends ArticleRef {
  shared: string[];
  score: number;
}

const ABOUT_WEIGHT = 2;
const CANDIDATES_PER_ENTITY = 300;

interface CompanyHit {
  articleId: number;
  companyId: number;
  about: number;
}

interface PersonHit {
  articleId: number;
  personId: number;
  about: number;
}

function statements(conn: Sqlite) {
  return {
    company: conn.prepare<[number, number], CompanyHit>(`SELECT "articleId", "companyId", "about" FROM "CompanyMention" WHERE "companyId" = ? ORDER BY "articleId" DESC LIMIT ?`),
    person: conn.prepare<[number, number], PersonHit>(`SELECT "articleId", "personId", "about" FROM "PersonMention" WHERE "personId" = ? ORDER BY "articleId" DESC LIMIT ?`),
    ref: conn.prepare<[number], { id: number; title: string; source: string | null; publishedLocal: string | null; dateInferred: number }>(
      `SELECT "id", "title", "source", "publishedLocal", "dateInferred" FROM "Article" WHERE "id" = ? AND "missingSince" IS NULL`,
    ),
  };
}

const cache = new WeakMap<Sqlite, ReturnType<typeof statements>>();
function st(conn: Sqlite) {
  let s = cache.get(conn);
  if (!s) cache.set(conn, (s = statements(conn)));
  return s;
}

export async function relatedArticles(
  article: { id: number; companies: { id: number; name: string; about: boolean }[]; people: { id: number; name: string; about: boolean }[]; nearDuplicates: { id: number }[] },
  limit = 5,
  database: Db = db(),
): Promise<RelatedArticle[]> {
  if (article.companies.length === 0 && article.people.length === 0) return [];
  const exclude = new Set([article.id, ...article.nearDuplicates.map((d) => d.id)]);
  // Only each entity's newest mentions are candidates: a much-mentioned company has tens of
  // thousands, and the reader wants recent related stories (index on entity id, article id).
  const s = st(readConnection(database));
  const companyHits = article.companies.flatMap((c) => s.company.all(c.id, CANDIDATES_PER_ENTITY)).filter((h) => !exclude.has(h.articleId));
  const personHits = article.people.flatMap((p) => s.person.all(p.id, CANDIDATES_PER_ENTITY)).filter((h) => !exclude.has(h.articleId));
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
  for (const h of companyHits) add(h.articleId, companyById.get(h.companyId), h.about !== 0);
  for (const h of personHits) add(h.articleId, personById.get(h.personId), h.about !== 0);
  // A few spare candidates, since articles whose file went missing are dropped below.
  const top = [...scores.entries()].sort((a, b) => b[1].score - a[1].score || b[0] - a[0]).slice(0, limit * 3);
  if (top.length === 0) return [];
  const rows = top.flatMap(([id]) => s.ref.get(id) ?? []).map((r) => ({ ...r, dateInferred: r.dateInferred !== 0 }));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return top
    .flatMap(([id, s]) => {
      const r = byId.get(id);
      return r ? [{ ...r, shared: s.shared, score: s.score }] : [];
    })
    .slice(0, limit);
}
