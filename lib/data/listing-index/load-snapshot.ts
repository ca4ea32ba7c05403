/**
 * Reads a listing snapshot's rows from SQLite (one pass over each table, ~0.35 s at 100,000
 * articles and 300,000 mentions) and builds it.
 */
import type { Sqlite } from "../sqlite";
import { buildSnapshot, type ArticleRowIn, type EntityRowIn, type ListingSnapshot, type MentionRowIn, type StoryRowIn } from "./snapshot";

/** `generation` is read inside the same read transaction as the rows, so the two agree. */
export function loadSnapshot(conn: Sqlite, generation: () => bigint | null): ListingSnapshot {
  return conn.transaction(() =>
    buildSnapshot({
      generation: generation(),
      articles: conn
        .prepare<[], ArticleRowIn>(
          `SELECT "id", "publishedAt", "publishedLocal", "source", "script" FROM "Article" INDEXED BY "Article_join_cover_idx" WHERE "missingSince" IS NULL`,
        )
        .all(),
      companyMentions: conn.prepare<[], MentionRowIn>(`SELECT "articleId", "companyId" AS "entityId", "about", "count" FROM "CompanyMention"`).all(),
      personMentions: conn.prepare<[], MentionRowIn>(`SELECT "articleId", "personId" AS "entityId", "about", "count" FROM "PersonMention"`).all(),
      companies: conn.prepare<[], EntityRowIn>(`SELECT "id", "slug", "name", "status" FROM "Company"`).all(),
      people: conn.prepare<[], EntityRowIn>(`SELECT "id", "slug", "name", "status" FROM "Person"`).all(),
      stories: conn.prepare<[], StoryRowIn>(`SELECT "articleId", "storyId", "bodyChars" FROM "ArticleStory"`).all(),
    }),
  )();
}
