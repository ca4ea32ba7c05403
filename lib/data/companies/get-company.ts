/**
 * A company's profile: aliases, products, parent, the people the collection gives a title
 * there, co-mentioned companies and people, mentions by month, and its articles (the ones
 * about it before the ones that only mention it).
 */
import { cachedRead } from "../cache/generation-cache";
import { db, type Db } from "@/lib/db";
import { parseStringList } from "../articles/json-columns";
import type { ArticleListItem } from "../articles/list-articles";
import { entityArticles } from "../articles/entity-articles";
import { mentionMonths, type MonthCount } from "../articles/mention-months";
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

/** Profiles of much-mentioned companies read tens of thousands of mentions; kept until the data changes. */
export function getCompany(slug: string, database: Db = db()): Promise<CompanyProfile | null> {
  return cachedRead(database, `company:${slug}`, () => loadCompany(slug, database));
}

async function loadCompany(slug: string, database: Db): Promise<CompanyProfile | null> {
  const c = await database.company.findUnique({ where: { slug } });
  if (!c || c.status === "rejected") return null;
  const [parent, children, roles, co, months] = await Promise.all([
    c.parentSlug ? database.company.findUnique({ where: { slug: c.parentSlug }, select: { slug: true, name: true } }) : null,
    database.company.findMany({ where: { parentSlug: c.slug }, select: { slug: true, name: true }, orderBy: { name: "asc" } }),
    database.role.findMany({
      where: { companyId: c.id, article: { missingSince: null } },
      include: { person: { select: { slug: true, name: true } }, article: { select: { id: true, title: true, publishedAt: true } } },
      orderBy: [{ article: { publishedAt: "desc" } }],
    }),
    coMentions("company", c.id, database),
    mentionMonths("company", c.id, database),
  ]);
  const { articleCount, aboutCount, articles } = await entityArticles(database, "company", c.id, ARTICLE_LIMIT);
  const people = new Map<string, CompanyPerson>();
  for (const r of roles) {
    const p = people.get(r.person.slug) ?? { slug: r.person.slug, name: r.person.name, titles: [] };
    if (!p.titles.some((t) => t.title === r.title)) {
      p.titles.push({ title: r.title, articleId: r.article.id, articleTitle: r.article.title, sentence: r.sentence });
    }
    people.set(r.person.slug, p);
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
