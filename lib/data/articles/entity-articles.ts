/**
 * A company's or person's articles for its profile: how many mention it, how many are about it,
 * and the first page of them (about-first, then newest), from the listing snapshot (a
 * much-mentioned company has tens of thousands of mentions); the page's rows from the direct
 * connection.
 */
import type { Db } from "@/lib/db";
import { snapshotRead } from "../listing-index/listing-index";
import { mentionIndexOf, postingsOf, type EntityKind } from "../listing-index/snapshot";
import { entityPage } from "../listing-index/tally";
import { listItemsByIds, type ArticleListItem } from "./list-articles";

export interface EntityArticles {
  articleCount: number;
  aboutCount: number;
  articles: (ArticleListItem & { about: boolean })[];
}

export function entityArticles(database: Db, kind: EntityKind, entityId: number, limit: number): Promise<EntityArticles> {
  return snapshotRead(database, `entity-articles:${kind}:${entityId}:${limit}`, async (s) => {
    const index = mentionIndexOf(s, kind);
    const { aboutCount, page } = entityPage(index, entityId, limit);
    const about = new Map(page.map((p) => [s.id[p.rank]!, p.about]));
    return {
      articleCount: postingsOf(index, entityId).length,
      aboutCount,
      articles: (await listItemsByIds(database, [...about.keys()], s)).map((a) => ({ ...a, about: about.get(a.id) ?? false })),
    };
  });
}
