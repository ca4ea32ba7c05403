/** The whole site's newest articles as an Atom document (/feed.xml). */
import { db, type Db } from "@/lib/db";
import { ArticleFiltersSchema } from "@/lib/validation/article-filters";
import { atomFeed } from "./atom-feed";
import { feedArticles } from "./feed-articles";
import { listArticles } from "./list-articles";

const FEED_SIZE = 30;

export async function siteFeed(origin: string, database: Db = db()): Promise<string> {
  const { items } = await listArticles(ArticleFiltersSchema.parse({ limit: FEED_SIZE }), database);
  return atomFeed({
    selfUrl: `${origin}/feed.xml`,
    pageUrl: `${origin}/`,
    origin,
    title: "大模型新闻追踪",
    subtitle: "中国大模型行业的最新文章",
    articles: await feedArticles(database, items),
    now: new Date(),
  });
}
