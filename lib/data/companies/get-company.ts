/**
 * A company's profile: aliases, products, parent, the people the collection gives a title
 * there, co-mentioned companies and people, mentions by month, and its articles (the ones
 * about it before the ones that only mention it).
 */
import { toSimplified } from "@/lib/text/script";
import { cachedRead } from "../cache/generation-cache";
import { db, type Db } from "@/lib/db";
import { parseStringList } from "../articles/json-columns";
import type { ArticleListItem } from "../articles/list-articles";
import { entityArticles } from "../articles/entity-articles";
import { mentionMonths, type MonthCount } from "../articles/mention-months";
import { reader } from "../dialect";
import { coMentions, type CoMention } from "./co-mentions";

export interface CompanyPerson {
  slug: string;
  name: string;
  titles: { title: string; articleId: number; articleTitle: string; sentence: string }[];
}

export interface CompanyProfile {
  id: number;
  slug: string;
  name: string;
  kind: string;
  status: string;
  aliases: string[];
  products: string[];
  parent: { slug: string; name: string } | null;
  children: { slug: string; name: string }[];
  articleCount: number;
  aboutCount: number;
  people: CompanyPerson[];
  companies: CoMention[];
  coPeople: CoMention[];
  months: MonthCount[];
  articles: (ArticleListItem & { about: boolean })[];
}

const ARTICLE_LIMIT = 20;

interface CompanyRow {
  id: number;
  slug: string;
  name: string;
  kind: string;
  status: string;
  aliases: string;
  products: string;
  parentSlug: string | null;
}

interface RoleRow {
  personSlug: string;
  personName: string;
  title: string;
  sentence: string;
  articleId: number;
  articleTitle: string;
}

// The direct connection, not Prisma: a profile's first render made five Prisma queries at
// ~1 ms of engine overhead each, a third of its data cost.
const SQL = {
  company: `SELECT "id", "slug", "name", "kind", "status", "aliases", "products", "parentSlug" FROM "Company" WHERE "slug" = ?`,
  children: `SELECT "slug", "name" FROM "Company" WHERE "parentSlug" = ? ORDER BY "name"`,
  // Newest evidence first; NULL publication dates sort last in DESC order.
  roles: `SELECT p."slug" AS "personSlug", p."name" AS "personName", r."title", r."sentence", a."id" AS "articleId", coalesce(a."restoredTitle", a."title") AS "articleTitle"
     FROM "Role" r JOIN "Person" p ON p."id" = r."personId" JOIN "Article" a ON a."id" = r."articleId"
     WHERE r."companyId" = ? AND a."missingSince" IS NULL
     ORDER BY a."publishedAt" DESC NULLS LAST, r."id"`,
};

/** Profiles of much-mentioned companies read tens of thousands of mentions; kept until the data changes. */
export function getCompany(slug: string, database: Db = db()): Promise<CompanyProfile | null> {
  return cachedRead(database, `company:${slug}`, () => loadCompany(slug, database));
}

async function loadCompany(slug: string, database: Db): Promise<CompanyProfile | null> {
  const r = reader(database);
  const c = await r.get<CompanyRow>(SQL.company, slug);
  if (!c || c.status === "rejected") return null;
  const p = c.parentSlug ? await r.get<CompanyRow>(SQL.company, c.parentSlug) : undefined;
  const parent = p ? { slug: p.slug, name: p.name } : null;
  const children = await r.all<{ slug: string; name: string }>(SQL.children, c.slug);
  const [co, months, { articleCount, aboutCount, articles }] = await Promise.all([
    coMentions("company", c.id, database),
    mentionMonths("company", c.id, database),
    entityArticles(database, "company", c.id, ARTICLE_LIMIT),
  ]);
  const people = new Map<string, CompanyPerson>();
  for (const r of await reader(database).all<RoleRow>(SQL.roles, c.id)) {
    const p = people.get(r.personSlug) ?? { slug: r.personSlug, name: r.personName, titles: [] };
    // One role per meaning, in the reader's (simplified) script: 董事長 and 董事长 are one title.
    const title = toSimplified(r.title);
    if (!p.titles.some((t) => t.title === title)) {
      p.titles.push({ title, articleId: r.articleId, articleTitle: r.articleTitle, sentence: r.sentence });
    }
    people.set(r.personSlug, p);
  }
  return {
    id: c.id,
    slug: c.slug,
    name: c.name,
    kind: c.kind,
    status: c.status,
    aliases: parseStringList(c.aliases),
    products: parseStringList(c.products),
    parent,
    children,
    articleCount,
    aboutCount,
    people: [...people.values()],
    companies: co.companies,
    coPeople: co.people,
    months,
    articles,
  };
}
