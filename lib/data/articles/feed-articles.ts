/**
 * What a feed entry adds to a list row: the clean body (feed readers show the whole article, as
 * Feedly and Miniflux users expect) and who wrote it. Read in one query for the feed's articles.
 */
import type { Db } from "@/lib/db";
import { reader } from "../dialect";
import { parseStringList } from "./json-columns";
import type { ArticleListItem } from "./list-articles";

export interface FeedArticle extends ArticleListItem {
  body: string;
  restoredBody: string | null;
  /** The bylines (authors, then reporters), without repeats; empty when the page named nobody. */
  bylines: string[];
}

interface Row {
  id: number;
  body: string;
  restoredBody: string | null;
  authors: string;
  reporters: string;
}

export async function feedArticles(database: Db, items: ArticleListItem[]): Promise<FeedArticle[]> {
  if (items.length === 0) return [];
  const rows = await reader(database).all<Row>(
    `SELECT "id", "body", "restoredBody", "authors", "reporters" FROM "Article" WHERE "id" IN (${items.map(() => "?").join(", ")})`,
    ...items.map((i) => i.id),
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return items.flatMap((item) => {
    const r = byId.get(item.id);
    if (!r) return [];
    const bylines = [...new Set([...parseStringList(r.authors), ...parseStringList(r.reporters)].map((n) => n.trim()).filter((n) => n !== ""))];
    return [{ ...item, body: r.body, restoredBody: r.restoredBody, bylines }];
  });
}
