/** Companies and organisations ordered by how many articles mention them, with a kind filter and a 12-month trend. */
import { db, type Db } from "@/lib/db";
import { encodeEntityCursor, type CompanyListQuery } from "@/lib/validation/entity-lists";
import { companyKindCounts, rankedEntities, startAfter } from "../entities/ranked-entities";
import { viewEntityList, type EntityListView } from "../entities/entity-list-view";
import { recentTrends, type MonthCount } from "../articles/mention-months";
import { reader } from "../dialect";

export interface CompanyListItem {
  id: number;
  slug: string;
  name: string;
  kind: string;
  articleCount: number;
  /** publishedLocal of the newest article that mentions it. */
  lastMentioned: string | null;
  /** The alias or product a name search matched. */
  via: string | null;
  trend: MonthCount[];
}

export interface CompanyList {
  items: CompanyListItem[];
  total: number;
  /** Cursor of the next page, or null on the last page. */
  nextCursor: string | null;
  kinds: { kind: string; count: number }[];
}

export async function listCompanies(q: CompanyListQuery & EntityListView, database: Db = db()): Promise<CompanyList> {
  const [all, kinds] = await Promise.all([
    rankedEntities(database, "company", q.kind),
    companyKindCounts(database),
  ]);
  const ranked = await viewEntityList(database, "company", all, q);
  const from = startAfter(ranked, q.cursor, q.offset);
  const page = ranked.slice(from, from + q.limit);
  const last = page[page.length - 1];
  const ids = page.map((r) => r.id);
  const found = ids.length === 0 ? [] : await reader(database).all<{ id: number; slug: string; name: string; kind: string }>(
    `SELECT "id", "slug", "name", "kind" FROM "Company" WHERE "id" IN (${ids.map(() => "?").join(", ")})`, ...ids);
  const byId = new Map(found.map((r) => [r.id, r]));
  const trends = await recentTrends("company", page.map((r) => r.id), 12, database);
  return {
    items: page.flatMap((r) => {
      const c = byId.get(r.id);
      return c ? [{ ...c, articleCount: r.articleCount, lastMentioned: r.lastMentioned, via: r.via, trend: trends.get(r.id) ?? [] }] : [];
    }),
    total: ranked.length,
    nextCursor: last && from + q.limit < ranked.length ? encodeEntityCursor(last) : null,
    kinds,
  };
}
