/**
 * The article list behind /, /articles and /api/articles: newest first, filtered, paged by
 * keyset (publishedAt, id) so page 500 costs what page 1 costs — no OFFSET scans.
 * Rows come from the direct connection (see ../read-connection.ts), their companies and people
 * from the listing snapshot.
 */
import { db, type Db } from "@/lib/db";
import { displayTitleSql } from "./display-title";
import { encodeCursor, type ArticleFilters } from "@/lib/validation/article-filters";
import { snapshotRead } from "../listing-index/listing-index";
import { firstWhere, matchRanks, rankAfter } from "../listing-index/match";
import { storyLeads, storyRanks } from "../listing-index/stories";
import { rankIn, topMentions, type EntityLink, type ListingSnapshot } from "../listing-index/snapshot";
import { sqliteDate } from "../read-connection";
import { reader, type Reader } from "../dialect";

export interface ArticleListItem {
  id: number;
  /** The title the article page leads with (see display-title.ts). */
  title: string;
  titleRestored: boolean;
  summary: string | null;
  publishedAt: Date | null;
  publishedLocal: string | null;
  dateInferred: boolean;
  source: string | null;
  script: string;
  duplicateOfId: number | null;
  /** When the article was first imported (ISO 8601): "new since your last visit" counts from it. */
  addedAt: string;
  companies: EntityLink[];
  people: EntityLink[];
  /** In a list grouped by story: the story's other listed articles (whatever the filters), oldest first. */
  story?: StoryOthers;
}

/** The other reports of a listed article's story. */
export interface StoryOthers {
  /** How many outlets report it, the listed one included (articles without a source count one each). */
  outlets: number;
  others: { id: number; title: string; titleRestored: boolean; source: string | null; publishedAt: Date | null; publishedLocal: string | null; script: string }[];
}

export interface ArticlePage {
  items: ArticleListItem[];
  /** Cursor of the next page, or null on the last page. */
  nextCursor: string | null;
  /** How many articles match the filters in all. */
  total: number;
  /** How many rows the matching articles make: stories when grouped, else the total. */
  rows: number;
  grouped: boolean;
  /** The cursor or page asked for lies beyond the last article (the reader is told, not shown page 1). */
  pastEnd: boolean;
}

const TOP_ENTITIES = 3;

interface ListRow {
  id: number;
  title: string;
  titleRestored: number;
  summary: string | null;
  publishedAt: string | null;
  publishedLocal: string | null;
  dateInferred: number;
  source: string | null;
  script: string;
  duplicateOfId: number | null;
  createdAt: string;
}

interface LinkRow {
  articleId: number;
  slug: string;
  name: string;
  about: number;
}

/** The top entities of each listed article, one query per kind for the whole page. */
async function topLinks(r: Reader, table: "CompanyMention" | "PersonMention", ids: number[]): Promise<Map<number, EntityLink[]>> {
  const [entity, key] = table === "CompanyMention" ? ['"Company"', '"companyId"'] : ['"Person"', '"personId"'];
  const rows = await r.all<LinkRow>(
      `SELECT "articleId", "slug", "name", "about" FROM (
         SELECT m."articleId", e."slug", e."name", m."about",
                ROW_NUMBER() OVER (PARTITION BY m."articleId" ORDER BY m."about" DESC, m."count" DESC) AS rn
         FROM "${table}" m JOIN ${entity} e ON e."id" = m.${key}
         WHERE m."articleId" IN (${ids.map(() => "?").join(", ")})
       ) ranked WHERE rn <= ${TOP_ENTITIES} ORDER BY "articleId", rn`,
      ...ids,
  );
  const out = new Map<number, EntityLink[]>();
  for (const r of rows) {
    const list = out.get(r.articleId) ?? [];
    list.push({ slug: r.slug, name: r.name, about: r.about !== 0 });
    out.set(r.articleId, list);
  }
  return out;
}

/**
 * Rows with their top companies and people: from the listing snapshot for the articles it holds
 * (no SQL), from the mention tables for any it does not (written while an import runs, after the
 * snapshot was taken).
 */
async function withLinks(r: Reader, rows: ListRow[], s: ListingSnapshot | null): Promise<ArticleListItem[]> {
  const ranks = rows.map((r) => (s === null ? -1 : rankIn(s.rankOfId, r.id)));
  const unheld = rows.filter((_, i) => ranks[i]! < 0).map((r) => r.id);
  const companies = unheld.length ? await topLinks(r, "CompanyMention", unheld) : new Map<number, EntityLink[]>();
  const people = unheld.length ? await topLinks(r, "PersonMention", unheld) : new Map<number, EntityLink[]>();
  return rows.map((r, i) => {
    const rank = ranks[i]!;
    const held = s !== null && rank >= 0;
    const { createdAt, ...row } = r;
    return {
      ...row,
      addedAt: sqliteDate(createdAt)?.toISOString() ?? createdAt,
      publishedAt: sqliteDate(r.publishedAt),
      dateInferred: r.dateInferred !== 0,
      titleRestored: r.titleRestored !== 0,
      companies: held ? topMentions(s.companies, rank, TOP_ENTITIES) : (companies.get(r.id) ?? []),
      people: held ? topMentions(s.people, rank, TOP_ENTITIES) : (people.get(r.id) ?? []),
    };
  });
}

const LIST_COLUMNS = `a."id", ${displayTitleSql("a")}, a."summary", a."publishedAt", a."publishedLocal", a."dateInferred", a."source", a."script", a."duplicateOfId", a."createdAt"`;

/** List items for the given article ids, in that order (missing ids are skipped); `s`, when given, supplies the entity links. */
export async function listItemsByIds(database: Db, ids: number[], s: ListingSnapshot | null = null): Promise<ArticleListItem[]> {
  if (ids.length === 0) return [];
  const r = reader(database);
  const rows = await r.all<ListRow>(`SELECT ${LIST_COLUMNS} FROM "Article" a WHERE a."id" IN (${ids.map(() => "?").join(", ")})`, ...ids);
  const byId = new Map((await withLinks(r, rows, s)).map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The other reports of each given article whose story has several (one query for them all). */
export async function storyOthersOf(database: Db, s: ListingSnapshot, items: { id: number; source: string | null }[]): Promise<Map<number, StoryOthers>> {
  const othersOf = new Map<number, number[]>();
  for (const item of items) {
    const rank = rankIn(s.rankOfId, item.id);
    if (rank < 0) continue;
    const ranks = storyRanks(s, rank);
    if (ranks.length < 2) continue;
    // Oldest first: the order the story was reported in.
    othersOf.set(item.id, Array.from(ranks, (r) => s.id[r]!).filter((id) => id !== item.id).reverse());
  }
  const out = new Map<number, StoryOthers>();
  if (othersOf.size === 0) return out;
  const rows = new Map((await listItemsByIds(database, [...othersOf.values()].flat(), s)).map((r) => [r.id, r]));
  for (const item of items) {
    const ids = othersOf.get(item.id);
    if (!ids) continue;
    const others = ids.flatMap((id) => rows.get(id) ?? []).map((o) => ({
      id: o.id,
      title: o.title,
      titleRestored: o.titleRestored,
      source: o.source,
      publishedAt: o.publishedAt,
      publishedLocal: o.publishedLocal,
      script: o.script,
    }));
    const sources = [item, ...others].map((a) => a.source);
    out.set(item.id, { outlets: new Set(sources.filter((x) => x !== null)).size + sources.filter((x) => x === null).length, others });
  }
  return out;
}

/**
 * A page of results is kept until the data changes (readers share filter links, and everyone
 * lands on the first page). Which articles match, and how many, comes from the listing snapshot;
 * the rows of the page from the direct connection.
 */
export function listArticles(filters: ArticleFilters, database: Db = db()): Promise<ArticlePage> {
  return snapshotRead(database, `list:${JSON.stringify(filters)}`, async (s) => {
    const articles = matchRanks(s, filters);
    const grouped = filters.group !== "off";
    const matched = grouped ? storyLeads(s, articles) : articles;
    const after = filters.cursor ? rankAfter(s, filters.cursor) : 0;
    const from = filters.cursor || !filters.page ? firstWhere(0, matched.length, (i) => matched[i]! >= after) : (filters.page - 1) * filters.limit;
    const ranks = matched.subarray(from, from + filters.limit + 1);
    const more = ranks.length > filters.limit;
    const pageRanks = more ? ranks.subarray(0, filters.limit) : ranks;
    const items = await listItemsByIds(database, Array.from(pageRanks, (r) => s.id[r]!), s);
    if (grouped) {
      const others = await storyOthersOf(database, s, items);
      for (const item of items) item.story = others.get(item.id);
    }
    const last = items[items.length - 1];
    return {
      items,
      nextCursor: more && last ? encodeCursor({ publishedAt: last.publishedAt, id: last.id }) : null,
      total: articles.length,
      rows: matched.length,
      grouped,
      pastEnd: items.length === 0 && from > 0,
    };
  });
}
