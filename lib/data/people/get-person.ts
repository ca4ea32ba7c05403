/**
 * A person's profile: aliases, roles over time (organisation, title, and the article and
 * sentence that say so), co-mentioned people and companies, mentions by month, and articles.
 */
import { cachedRead } from "../cache/generation-cache";
import { db, type Db } from "@/lib/db";
import { parseStringList } from "../articles/json-columns";
import type { ArticleListItem } from "../articles/list-articles";
import { entityArticles } from "../articles/entity-articles";
import { mentionMonths, type MonthCount } from "../articles/mention-months";
import { coMentions, type CoMention } from "../companies/co-mentions";

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

/** Kept until the data changes, like company profiles. */
export function getPerson(slug: string, database: Db = db()): Promise<PersonProfile | null> {
  return cachedRead(database, `person:${slug}`, () => loadPerson(slug, database));
}

async function loadPerson(slug: string, database: Db): Promise<PersonProfile | null> {
  const p = await database.person.findUnique({ where: { slug } });
  if (!p || p.status === "rejected") return null;
  const live = { article: { missingSince: null } };
  const [roles, co, months] = await Promise.all([
    database.role.findMany({
      where: { personId: p.id, ...live },
      include: {
        company: { select: { slug: true, name: true, status: true } },
        article: { select: { id: true, title: true, publishedLocal: true, dateInferred: true } },
      },
      // Roles over time: newest evidence first.
      orderBy: [{ article: { publishedAt: "desc" } }, { id: "asc" }],
    }),
    coMentions("person", p.id, database),
    mentionMonths("person", p.id, database),
  ]);
  const { articleCount, aboutCount, articles } = await entityArticles(database, "person", p.id, ARTICLE_LIMIT);
  return {
    id: p.id,
    slug: p.slug,
    name: p.name,
    status: p.status,
    aliases: parseStringList(p.aliases),
    articleCount,
    aboutCount,
    roles: roles.map((r) => ({
      organisation: r.organisation,
      company: r.company && r.company.status !== "rejected" ? { slug: r.company.slug, name: r.company.name } : null,
      title: r.title,
      sentence: r.sentence,
      article: r.article,
    })),
    companies: co.companies,
    people: co.people,
    months,
    articles,
  };
}
