/**
 * One article for the reading view: clean text, metadata, cleaning record, entities and
 * near-duplicates. Read on the direct connection: it is the most requested page.
 */
import { db, type Db } from "@/lib/db";
import { sqliteDate } from "../read-connection";
import { indexedBy, reader } from "../dialect";
import { parseCleaning, parseStringList, type Cleaning } from "./json-columns";
import { displayTitleSql } from "./display-title";

export interface MentionedEntity {
  id: number;
  slug: string;
  name: string;
  about: boolean;
  count: number;
  /** Surface forms seen in this article (aliases, products, other script). */
  forms: string[];
}

export interface ArticleRef {
  id: number;
  /** The title its page leads with (see display-title.ts). */
  title: string;
  titleRestored: boolean;
  source: string | null;
  publishedLocal: string | null;
  dateInferred: boolean;
}

export interface ArticleDetail {
  id: number;
  path: string;
  title: string;
  titleSimplified: string;
  body: string;
  bodySimplified: string;
  summary: string | null;
  publishedAt: Date | null;
  publishedLocal: string | null;
  dateInferred: boolean;
  source: string | null;
  site: string | null;
  originalPublisher: string | null;
  /** Where the article was first published (absolute http(s)), for the 阅读原文 link. */
  originalUrl: string | null;
  authors: string[];
  reporters: string[];
  editors: string[];
  views: number | null;
  script: string;
  encoding: string;
  restoredTitle: string | null;
  restoredBody: string | null;
  flags: string[];
  cleaning: Cleaning;
  missing: boolean;
  companies: MentionedEntity[];
  people: MentionedEntity[];
  roles: { personSlug: string; personName: string; organisation: string; companySlug: string | null; title: string; sentence: string }[];
  /** The same story from other sites: the original this one duplicates and its other copies. */
  nearDuplicates: ArticleRef[];
}

/** The stored row: the text columns as they are, JSON and flags still encoded. */
type ArticleRow = Pick<
  ArticleDetail,
  "id" | "path" | "title" | "titleSimplified" | "body" | "bodySimplified" | "summary" | "publishedLocal" | "source" | "site" | "originalPublisher" | "originalUrl" | "views" | "script" | "encoding" | "restoredTitle" | "restoredBody"
> & {
  publishedAt: string | null;
  dateInferred: number;
  authors: string;
  reporters: string;
  editors: string;
  flags: string;
  cleaning: string;
  missingSince: string | null;
  duplicateOfId: number | null;
};

interface MentionRow {
  id: number;
  slug: string;
  name: string;
  about: number;
  count: number;
  forms: string;
}

interface RefRow {
  id: number;
  title: string;
  titleRestored: number;
  source: string | null;
  publishedLocal: string | null;
  dateInferred: number;
}

const REF = `"id", ${displayTitleSql()}, "source", "publishedLocal", "dateInferred"`;

function statements(kind: "sqlite" | "postgres") {
  return {
    article: `SELECT "id", "path", "title", "titleSimplified", "body", "bodySimplified", "summary", "publishedAt", "publishedLocal", "dateInferred",
              "source", "site", "originalPublisher", "originalUrl", "authors", "reporters", "editors", "views", "script", "encoding", "restoredTitle",
              "restoredBody", "flags", "cleaning", "missingSince", "duplicateOfId"
       FROM "Article" WHERE "id" = ?`,
    companies: `SELECT c."id", c."slug", c."name", m."about", m."count", m."forms" FROM "CompanyMention" m JOIN "Company" c ON c."id" = m."companyId" WHERE m."articleId" = ?`,
    people: `SELECT p."id", p."slug", p."name", m."about", m."count", m."forms" FROM "PersonMention" m JOIN "Person" p ON p."id" = m."personId" WHERE m."articleId" = ?`,
    roles: `SELECT p."slug" AS "personSlug", p."name" AS "personName", r."organisation", c."slug" AS "companySlug", r."title", r."sentence"
       FROM "Role" r JOIN "Person" p ON p."id" = r."personId" LEFT JOIN "Company" c ON c."id" = r."companyId" WHERE r."articleId" = ? ORDER BY r."id"`,
    ref: `SELECT ${REF} FROM "Article" WHERE "id" = ?`,
    // The original's other copies and this article's own copies: the same story elsewhere.
    // INDEXED BY: most articles have no copies, so the statistics say the index narrows nothing,
    // and the planner would rather walk the whole table in id order than sort a few rows.
    copies: `SELECT ${REF} FROM "Article" ${indexedBy(kind, "Article_duplicateOfId_idx")} WHERE "duplicateOfId" = ? AND "id" <> ? ORDER BY "id"`,
  };
}

const SQL = { sqlite: statements("sqlite"), postgres: statements("postgres") };
type RoleRow = ArticleDetail["roles"][number];

const toRef = (r: RefRow): ArticleRef => ({ ...r, dateInferred: r.dateInferred !== 0, titleRestored: r.titleRestored !== 0 });
const toEntity = (m: MentionRow): MentionedEntity => ({ id: m.id, slug: m.slug, name: m.name, about: m.about !== 0, count: m.count, forms: parseStringList(m.forms) });

export async function getArticle(id: number, database: Db = db()): Promise<ArticleDetail | null> {
  const r = reader(database);
  const q = SQL[r.kind];
  const a = await r.get<ArticleRow>(q.article, id);
  if (!a) return null;

  const [original, siblings, copies, companies, people, roles] = await Promise.all([
    a.duplicateOfId !== null ? r.get<RefRow>(q.ref, a.duplicateOfId) : undefined,
    a.duplicateOfId !== null ? r.all<RefRow>(q.copies, a.duplicateOfId, a.id) : [],
    r.all<RefRow>(q.copies, a.id, a.id),
    r.all<MentionRow>(q.companies, a.id),
    r.all<MentionRow>(q.people, a.id),
    r.all<RoleRow>(q.roles, a.id),
  ]);
  const nearDuplicates = [...(original ? [original] : []), ...siblings, ...copies].map(toRef);

  const byRank = (x: MentionedEntity, y: MentionedEntity) =>
    Number(y.about) - Number(x.about) || y.count - x.count || x.name.localeCompare(y.name, "zh-CN");

  return {
    id: a.id,
    path: a.path,
    title: a.title,
    titleSimplified: a.titleSimplified,
    body: a.body,
    bodySimplified: a.bodySimplified,
    summary: a.summary,
    publishedAt: sqliteDate(a.publishedAt),
    publishedLocal: a.publishedLocal,
    dateInferred: a.dateInferred !== 0,
    source: a.source,
    site: a.site,
    originalPublisher: a.originalPublisher,
    originalUrl: a.originalUrl,
    authors: parseStringList(a.authors),
    reporters: parseStringList(a.reporters),
    editors: parseStringList(a.editors),
    views: a.views,
    script: a.script,
    encoding: a.encoding,
    restoredTitle: a.restoredTitle,
    restoredBody: a.restoredBody,
    flags: parseStringList(a.flags),
    cleaning: parseCleaning(a.cleaning),
    missing: a.missingSince !== null,
    companies: companies.map(toEntity).sort(byRank),
    people: people.map(toEntity).sort(byRank),
    roles,
    nearDuplicates,
  };
}
