/**
 * The article list behind /, /articles and /api/articles: newest first, filtered, paged by
 * keyset (publishedAt, id) so page 500 costs what page 1 costs — no OFFSET scans.
 * Rows and their entity links come from the direct connection (see ../read-connection.ts).
 */
import { Prisma } from "@/lib/generated/prisma/client";
import { db, type Db } from "@/lib/db";
import { encodeCursor, type ArticleFilters, type Cursor } from "@/lib/validation/article-filters";
import { cachedRead } from "../cache/generation-cache";
import { readConnection, sqliteDate } from "../read-connection";
import { prismaDate, type Sqlite } from "../sqlite";
import { filterEntityIds, filterSql } from "./filter-sql";

export interface EntityLink {
  slug: string;
  name: string;
  about: boolean;
}

export interface ArticleListItem {
  id: number;
  title: string;
  summary: string | null;
  publishedAt: Date | null;
  publishedLocal: string | null;
  dateInferred: boolean;
  source: string | null;
  script: string;
  duplicateOfId: number | null;
  companies: EntityLink[];
  people: EntityLink[];
}

export interface ArticlePage {
  items: ArticleListItem[];
  /** Cursor of the next page, or null on the last page. */
  nextCursor: string | null;
  /** How many articles match the filters in all. */
  total: number;
}

const TOP_ENTITIES = 3;

/**
 * Rows after the cursor in (publishedAt desc, id desc) order; undated articles come last and
 * form their own tail.
 */
function afterCursorSql(c: Cursor): Prisma.Sql {
  if (c.publishedAt === null) return Prisma.sql`a."publishedAt" IS NULL AND a."id" < ${c.id}`;
  const at = prismaDate(c.publishedAt);
  return Prisma.sql`(a."publishedAt" < ${at} OR (a."publishedAt" = ${at} AND a."id" < ${c.id}) OR a."publishedAt" IS NULL)`;
}

interface ListRow {
  id: number;
  title: string;
  summary: string | null;
  publishedAt: string | null;
  publishedLocal: string | null;
  dateInferred: number;
  source: string | null;
  script: string;
  duplicateOfId: number | null;
}

interface LinkRow {
  articleId: number;
  slug: string;
  name: string;
  about: number;
}

/** The top entities of each listed article, one query per kind for the whole page. */
function topLinks(conn: Sqlite, table: "CompanyMention" | "PersonMention", ids: number[]): Map<number, EntityLink[]> {
  const [entity, key] = table === "CompanyMention" ? ['"Company"', '"companyId"'] : ['"Person"', '"personId"'];
  const rows = conn
    .prepare<number[], LinkRow>(
      `SELECT "articleId", "slug", "name", "about" FROM (
         SELECT m."articleId", e."slug", e."name", m."about",
                ROW_NUMBER() OVER (PARTITION BY m."articleId" ORDER BY m."about" DESC, m."count" DESC) AS rn
         FROM "${table}" m JOIN ${entity} e ON e."id" = m.${key}
         WHERE m."articleId" IN (${ids.map(() => "?").join(", ")})
       ) WHERE rn <= ${TOP_ENTITIES} ORDER BY "articleId", rn`,
    )
    .all(...ids);
  const out = new Map<number, EntityLink[]>();
  for (const r of rows) {
    const list = out.get(r.articleId) ?? [];
    list.push({ slug: r.slug, name: r.name, about: r.about !== 0 });
    out.set(r.articleId, list);
  }
  return out;
}

function withLinks(conn: Sqlite, rows: ListRow[]): ArticleListItem[] {
  const ids = rows.map((r) => r.id);
  const companies = ids.length ? topLinks(conn, "CompanyMention", ids) : new Map<number, EntityLink[]>();
  const people = ids.length ? topLinks(conn, "PersonMention", ids) : new Map<number, EntityLink[]>();
  return rows.map((r) => ({
    ...r,
    publishedAt: sqliteDate(r.publishedAt),
    dateInferred: r.dateInferred !== 0,
    companies: companies.get(r.id) ?? [],
    people: people.get(r.id) ?? [],
  }));
}

const LIST_COLUMNS = `a."id", a."title", a."summary", a."publishedAt", a."publishedLocal", a."dateInferred", a."source", a."script", a."duplicateOfId"`;

/** List items for the given article ids, in that order (missing ids are skipped). */
export function listItemsByIds(database: Db, ids: number[]): ArticleListItem[] {
  if (ids.length === 0) return [];
  const conn = readConnection(database);
  const rows = conn.prepare<number[], ListRow>(`SELECT ${LIST_COLUMNS} FROM "Article" a WHERE a."id" IN (${ids.map(() => "?").join(", ")})`).all(...ids);
  const byId = new Map(withLinks(conn, rows).map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

async function countArticles(filters: ArticleFilters, database: Db): Promise<number> {
  const rows = await database.$queryRaw<{ n: bigint | number }[]>`SELECT COUNT(*) AS n FROM "Article" a WHERE ${filterSql(filters, await filterEntityIds(filters, database))}`;
  return Number(rows[0]?.n ?? 0);
}

/**
 * Read on the direct connection: the list is the front page. A page of results is kept until
 * the data changes (readers share filter links, and everyone lands on the first page).
 */
export function listArticles(filters: ArticleFilters, database: Db = db()): Promise<ArticlePage> {
  return cachedRead(database, `list:${JSON.stringify(filters)}`, () => readPage(filters, database));
}

async function readPage(filters: ArticleFilters, database: Db): Promise<ArticlePage> {
  const ids = await filterEntityIds(filters, database);
  const where = filters.cursor ? Prisma.sql`${filterSql(filters, ids)} AND ${afterCursorSql(filters.cursor)}` : filterSql(filters, ids);
  const query = Prisma.sql`SELECT ${Prisma.raw(LIST_COLUMNS)}
    FROM "Article" a WHERE ${where} ORDER BY a."publishedAt" DESC NULLS LAST, a."id" DESC LIMIT ${filters.limit + 1}`;
  const conn = readConnection(database);
  const [rows, total] = await Promise.all([
    Promise.resolve(conn.prepare<unknown[], ListRow>(query.sql).all(...query.values)),
    cachedRead(database, `count:${JSON.stringify([filters.company, filters.person, filters.source, filters.script, filters.from, filters.to])}`, () => countArticles(filters, database)),
  ]);
  const more = rows.length > filters.limit;
  const items = withLinks(conn, more ? rows.slice(0, filters.limit) : rows);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: more && last ? encodeCursor({ publishedAt: last.publishedAt, id: last.id }) : null,
    total,
  };
}
