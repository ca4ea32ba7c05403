/**
 * The article list behind /, /articles and /api/articles: newest first, filtered, paged by
 * keyset (publishedAt, id) so page 500 costs what page 1 costs — no OFFSET scans.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import { db, type Db } from "@/lib/db";
import { encodeCursor, type ArticleFilters, type Cursor } from "@/lib/validation/article-filters";
import { cachedRead } from "../cache/generation-cache";
import { articleWhere } from "./article-where";
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
 * Rows after the cursor in (publishedAt desc, id desc) order. SQLite sorts NULL lowest, so
 * undated articles come last in descending order and form their own tail.
 */
function afterCursor(c: Cursor): Prisma.ArticleWhereInput {
  if (c.publishedAt === null) return { publishedAt: null, id: { lt: c.id } };
  return {
    OR: [
      { publishedAt: { lt: c.publishedAt } },
      { publishedAt: c.publishedAt, id: { lt: c.id } },
      { publishedAt: null },
    ],
  };
}

async function countArticles(filters: ArticleFilters, database: Db): Promise<number> {
  const rows = await database.$queryRaw<{ n: bigint | number }[]>`SELECT COUNT(*) AS n FROM "Article" a WHERE ${filterSql(filters, await filterEntityIds(filters, database))}`;
  return Number(rows[0]?.n ?? 0);
}

export async function listArticles(filters: ArticleFilters, database: Db = db()): Promise<ArticlePage> {
  const where = articleWhere(filters);
  const pageWhere: Prisma.ArticleWhereInput = filters.cursor ? { AND: [where, afterCursor(filters.cursor)] } : where;
  const [rows, total] = await Promise.all([
    database.article.findMany({
      where: pageWhere,
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      take: filters.limit + 1,
      select: listItemSelect,
    }),
    cachedRead(database, `count:${JSON.stringify([filters.company, filters.person, filters.source, filters.script, filters.from, filters.to])}`, () => countArticles(filters, database)),
  ]);
  const more = rows.length > filters.limit;
  const page = more ? rows.slice(0, filters.limit) : rows;
  const last = page[page.length - 1];
  return {
    items: page.map(toListItem),
    nextCursor: more && last ? encodeCursor({ publishedAt: last.publishedAt, id: last.id }) : null,
    total,
  };
}
