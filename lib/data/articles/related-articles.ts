/**
 * Articles related to one article by the companies and people they share. An entity the
 * article is about weighs more than one it mentions in passing; near-duplicates are left out
 * (they are listed separately as the same story).
 */
import { db, type Db } from "@/lib/db";
import { readConnection } from "../read-connection";
import type { ArticleRef } from "./get-article";

export interface RelatedArticle extends ArticleRef {
  shared: string[];
  score: number;
}

const ABOUT_WEIGHT = 2;
const CANDIDATES_PER_ENTITY = 300;

/** One candidate set per entity: its newest mentions, each worth `base` plus ABOUT_WEIGHT - 1 when that article is about it. */
function candidates(table: "CompanyMention" | "PersonMention", column: "companyId" | "personId"): string {
  return `SELECT * FROM (SELECT "articleId", ? AS "key", ? + "about" * ${ABOUT_WEIGHT - 1} AS "w" FROM "${table}" WHERE "${column}" = ? ORDER BY "articleId" DESC LIMIT ${CANDIDATES_PER_ENTITY})`;
}

/** Scored in SQL: the candidates are thousands of rows, the answer a handful. */
function scoreSql(companies: number, people: number, excluded: number): string {
  const sets = [...Array<string>(companies).fill(candidates("CompanyMention", "companyId")), ...Array<string>(people).fill(candidates("PersonMention", "personId"))];
  return `SELECT "articleId" AS id, sum("w") AS score, group_concat("key", ',') AS keys FROM (${sets.join(" UNION ALL ")})
    WHERE "articleId" NOT IN (${Array<string>(excluded).fill("?").join(", ")}) GROUP BY "articleId" ORDER BY score DESC, "articleId" DESC LIMIT ?`;
}

const REF_SQL = `SELECT "id", "title", "source", "publishedLocal", "dateInferred" FROM "Article" WHERE "id" = ? AND "missingSince" IS NULL`;
type RefRow = { id: number; title: string; source: string | null; publishedLocal: string | null; dateInferred: number };

export async function relatedArticles(
  article: { id: number; companies: { id: number; name: string; about: boolean }[]; people: { id: number; name: string; about: boolean }[]; nearDuplicates: { id: number }[] },
  limit = 5,
  database: Db = db(),
): Promise<RelatedArticle[]> {
  if (article.companies.length === 0 && article.people.length === 0) return [];
  const exclude = [...new Set([article.id, ...article.nearDuplicates.map((d) => d.id)])];
  const conn = readConnection(database);
  // Only each entity's newest mentions are candidates: a much-mentioned company has tens of
  // thousands, and the reader wants recent related stories (index on entity id, article id).
  const entityParams = (kind: string, list: { id: number; about: boolean }[]) => list.flatMap((e, i) => [`${kind}${i}`, e.about ? ABOUT_WEIGHT : 1, e.id]);
  const names = new Map<string, string>([...article.companies.map((c, i) => [`c${i}`, c.name] as const), ...article.people.map((p, i) => [`p${i}`, p.name] as const)]);
  // A few spare candidates, since articles whose file went missing are dropped below.
  const top = conn
    .prepare<unknown[], { id: number; score: number; keys: string }>(scoreSql(article.companies.length, article.people.length, exclude.length))
    .all(...entityParams("c", article.companies), ...entityParams("p", article.people), ...exclude, limit * 3)
    .map((r) => [r.id, { score: r.score, shared: r.keys.split(",").flatMap((k) => names.get(k) ?? []) }] as const);
  if (top.length === 0) return [];
  const ref = conn.prepare<[number], RefRow>(REF_SQL);
  const rows = top.flatMap(([id]) => ref.get(id) ?? []).map((r) => ({ ...r, dateInferred: r.dateInferred !== 0 }));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return top
    .flatMap(([id, s]) => {
      const r = byId.get(id);
      return r ? [{ ...r, shared: s.shared, score: s.score }] : [];
    })
    .slice(0, limit);
}
