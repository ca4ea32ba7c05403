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

export const listItemSelect = {
  id: true,
  title: true,
  summary: true,
  publishedAt: true,
  publishedLocal: true,
  dateInferred: true,
  source: true,
  script: true,
  duplicateOfId: true,
  companyMentions: {
    orderBy: [{ about: "desc" }, { count: "desc" }],
    take: TOP_ENTITIES,
    select: { about: true, company: { select: { slug: true, name: true } } },
  },
  personMentions: {
    orderBy: [{ about: "desc" }, { count: "desc" }],
    take: TOP_ENTITIES,
    select: { about: true, person: { select: { slug: true, name: true } } },
  },
} satisfies Prisma.ArticleSelect;

type SelectedRow = Prisma.ArticleGetPayload<{ select: typeof listItemSelect }>;

export function toListItem(r: SelectedRow): ArticleListItem {
  return {
    id: r.id,
    title: r.title,
    summary: r.summary,
    publishedAt: r.publishedAt,
    publishedLocal: r.publishedLocal,
    dateInferred: r.dateInferred,
    source: r.source,
    script: r.script,
    duplicateOfId: r.duplicateOfId,
    companies: r.companyMentions.map((m) => ({ slug: m.company.slug, name: m.company.name, about: m.about })),
    people: r.personMentions.map((m) => ({ slug: m.person.slug, name: m.person.name, about: m.about })),
  };
}

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

async function countArticles(filters: ArticleFilters, database: Db): Promise<number> {
  const rows = await database.$queryRaw<{ n: bigint | number }[]>`SELECT COUNT(*) AS n FROM "Article" a WHERE ${filterSql(filters, await filterEntityIds(filters, database))}`;
  return Number(rows[0]?.n ?? 0);
}

/** Read on the direct connection: the list is the front page. */
export async function listArticles(filters: ArticleFilters, database: Db = db()): Promise<ArticlePage> {
  const ids = await filterEntityIds(filters, database);
  const where = filters.cursor ? Prisma.sql`${filterSql(filters, ids)} AND ${afterCursorSql(filters.cursor)}` : filterSql(filters, ids);
  const query = Prisma.sql`SELECT a."id", a."title", a."summary", a."publishedAt", a."publishedLocal", a."dateInferred", a."source", a."script", a."duplicateOfId"
    FROM "Article" a WHERE ${where} ORDER BY a."publishedAt" DESC NULLS LAST, a."id" DESC LIMIT ${filters.limit + 1}`;
  const conn = readConnection(database);
  const [rows, total] = await Promise.all([
    Promise.resolve(conn.prepare<unknown[], ListRow>(query.sql).all(...query.values)),
    cachedRead(database, `count:${JSON.stringify([filters.company, filters.person, filters.source, filters.script, filters.from, filters.to])}`, () => countArticles(filters, database)),
  ]);
  const more = rows.length > filters.limit;
  const page = more ? rows.slice(0, filters.limit) : rows;
  const pageIds = page.map((r) => r.id);
  const companies = pageIds.length ? topLinks(conn, "CompanyMention", pageIds) : new Map<number, EntityLink[]>();
  const people = pageIds.length ? topLinks(conn, "PersonMention", pageIds) : new Map<number, EntityLink[]>();
  const items: ArticleListItem[] = page.map((r) => ({
    ...r,
    publishedAt: sqliteDate(r.publishedAt),
    dateInferred: r.dateInferred !== 0,
    companies: companies.get(r.id) ?? [],
    people: people.get(r.id) ?? [],
  }));
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: more && last ? encodeCursor({ publishedAt: last.publishedAt, id: last.id }) : null,
    total,
  };
}
