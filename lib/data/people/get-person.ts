/**
 * A person's profile: aliases, roles over time (organisation, title, and the article and
 * sentence that say so), co-mentioned people and companies, mentions by month, and articles.
 */
import { toSimplified } from "@/lib/text/script";
import { cachedRead } from "../cache/generation-cache";
import { db, type Db } from "@/lib/db";
import { parseStringList } from "../articles/json-columns";
import type { ArticleListItem } from "../articles/list-articles";
import { entityArticles } from "../articles/entity-articles";
import { mentionMonths, type MonthCount } from "../articles/mention-months";
import { coMentions, type CoMention } from "../companies/co-mentions";
import { reader } from "../dialect";

export interface PersonRole {
  organisation: string;
  company: { slug: string; name: string } | null;
  title: string;
  sentence: string;
  article: { id: number; title: string; publishedLocal: string | null; dateInferred: boolean };
}

export interface PersonProfile {
  id: number;
  slug: string;
  name: string;
  status: string;
  aliases: string[];
  articleCount: number;
  aboutCount: number;
  roles: PersonRole[];
  companies: CoMention[];
  people: CoMention[];
  months: MonthCount[];
  articles: (ArticleListItem & { about: boolean })[];
}

const ARTICLE_LIMIT = 20;

interface PersonRow {
  id: number;
  slug: string;
  name: string;
  status: string;
  aliases: string;
}

interface RoleRow {
  organisation: string;
  companySlug: string | null;
  companyName: string | null;
  title: string;
  sentence: string;
  articleId: number;
  articleTitle: string;
  publishedLocal: string | null;
  dateInferred: number;
}

// The direct connection, not Prisma (~1 ms of engine overhead per query on a first render).
const SQL = {
  person: `SELECT "id", "slug", "name", "status", "aliases" FROM "Person" WHERE "slug" = ?`,
  // Roles over time: newest evidence first (NULL dates last); a rejected company is not linked.
  roles: `SELECT r."organisation", c."slug" AS "companySlug", c."name" AS "companyName", r."title", r."sentence",
            a."id" AS "articleId", coalesce(a."restoredTitle", a."title") AS "articleTitle", a."publishedLocal", a."dateInferred"
     FROM "Role" r JOIN "Article" a ON a."id" = r."articleId"
     LEFT JOIN "Company" c ON c."id" = r."companyId" AND c."status" <> 'rejected'
     WHERE r."personId" = ? AND a."missingSince" IS NULL
     ORDER BY a."publishedAt" DESC NULLS LAST, r."id"`,
};

/**
 * One role per meaning, shown in the reader's (simplified) script: the same title at the same
 * organisation found in a traditional and a simplified article is one role, with its newest
 * evidence (the rows come newest first).
 */
function oneRolePerMeaning(rows: RoleRow[]): PersonProfile["roles"] {
  const seen = new Set<string>();
  const out: PersonProfile["roles"] = [];
  for (const r of rows) {
    const organisation = r.companyName ?? toSimplified(r.organisation);
    const title = toSimplified(r.title);
    const key = `${r.companySlug ?? toSimplified(r.organisation)}\u0000${title}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      organisation,
      company: r.companySlug !== null && r.companyName !== null ? { slug: r.companySlug, name: r.companyName } : null,
      title,
      sentence: r.sentence,
      article: { id: r.articleId, title: r.articleTitle, publishedLocal: r.publishedLocal, dateInferred: r.dateInferred !== 0 },
    });
  }
  return out;
}

/** Kept until the data changes, like company profiles. */
export function getPerson(slug: string, database: Db = db()): Promise<PersonProfile | null> {
  return cachedRead(database, `person:${slug}`, () => loadPerson(slug, database));
}

async function loadPerson(slug: string, database: Db): Promise<PersonProfile | null> {
  const r = reader(database);
  const p = await r.get<PersonRow>(SQL.person, slug);
  if (!p || p.status === "rejected") return null;
  const [co, months, { articleCount, aboutCount, articles }] = await Promise.all([
    coMentions("person", p.id, database),
    mentionMonths("person", p.id, database),
    entityArticles(database, "person", p.id, ARTICLE_LIMIT),
  ]);
  return {
    id: p.id,
    slug: p.slug,
    name: p.name,
    status: p.status,
    aliases: parseStringList(p.aliases),
    articleCount,
    aboutCount,
    roles: oneRolePerMeaning(await r.all<RoleRow>(SQL.roles, p.id)),
    companies: co.companies,
    people: co.people,
    months,
    articles,
  };
}
