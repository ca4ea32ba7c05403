/**
 * A saved search as an Atom feed: the newest articles matching the query (operators included),
 * so a reader can follow `company:智谱 after:2024-01-01` in a feed reader.
 */
import { db as defaultDb } from "@/lib/db";
import { atomFeed } from "../articles/atom-feed";
import { feedArticles } from "../articles/feed-articles";
import { listItemsByIds } from "../articles/list-articles";
import { searchEverything, type SearchDeps } from "./search";

const FEED_SIZE = 30;

export async function searchFeed(q: string, origin: string, deps: SearchDeps = {}): Promise<string> {
  const database = deps.db ?? defaultDb();
  const result = await searchEverything({ q, sort: "recent", pageSize: FEED_SIZE }, { ...deps, db: database });
  const ids = result.articles.items.map((a) => a.id);
  const page = `${origin}/search?${new URLSearchParams({ q })}`;
  return atomFeed({
    selfUrl: `${origin}/search/feed.xml?${new URLSearchParams({ q })}`,
    pageUrl: page,
    origin,
    title: `搜索「${q}」· 大模型新闻追踪`,
    subtitle: `符合「${q}」的最新文章`,
    articles: await feedArticles(database, await listItemsByIds(database, ids)),
    now: new Date(),
  });
}
