/** The newest articles of a company or person as an Atom document, or null when the entity does not exist. */
import { db, type Db } from "@/lib/db";
import { ArticleFiltersSchema } from "@/lib/validation/article-filters";
import { atomFeed } from "./atom-feed";
import { feedArticles } from "./feed-articles";
import { listArticles } from "./list-articles";

const FEED_SIZE = 30;

export async function entityFeed(kind: "company" | "person", slug: string, origin: string, database: Db = db()): Promise<string | null> {
  const entity =
    kind === "company"
      ? await database.company.findUnique({ where: { slug }, select: { name: true, status: true } })
      : await database.person.findUnique({ where: { slug }, select: { name: true, status: true } });
  if (!entity || entity.status === "rejected") return null;
  const filters = ArticleFiltersSchema.parse(kind === "company" ? { company: slug, limit: FEED_SIZE } : { person: slug, limit: FEED_SIZE });
  const { items } = await listArticles(filters, database);
  const page = `${origin}/${kind === "company" ? "companies" : "people"}/${encodeURIComponent(slug)}`;
  return atomFeed({
    selfUrl: `${page}/feed.xml`,
    pageUrl: page,
    origin,
    title: `${entity.name} · 大模型新闻追踪`,
    subtitle: `提到${entity.name}的最新文章`,
    articles: await feedArticles(database, items),
    now: new Date(),
  });
}
