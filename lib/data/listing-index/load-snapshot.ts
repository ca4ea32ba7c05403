/**
 * Reads a listing snapshot's rows (one pass over each table, ~0.35 s at 100,000 articles and
 * 300,000 mentions on SQLite) and builds it. SQLite builds run on a raw connection, usually in
 * the worker thread (off-thread-build.ts); PostgreSQL builds await the pool, which does not
 * block the event loop, so they run in the server process.
 */
import type { Db } from "@/lib/db";
import { dataGeneration } from "../cache/generation-cache";
import { indexedBy, reader } from "../dialect";
import type { Sqlite } from "../sqlite";
import { buildSnapshot, type ArticleRowIn, type EntityRowIn, type ListingSnapshot, type MentionRowIn, type StoryRowIn } from "./snapshot";

const sql = (kind: "sqlite" | "postgres") => ({
  articles: `SELECT "id", "publishedAt", "publishedLocal", "source", "script" FROM "Article" ${indexedBy(kind, "Article_join_cover_idx")} WHERE "missingSince" IS NULL`,
  companyMentions: `SELECT "articleId", "companyId" AS "entityId", "about", "count" FROM "CompanyMention"`,
  personMentions: `SELECT "articleId", "personId" AS "entityId", "about", "count" FROM "PersonMention"`,
  companies: `SELECT "id", "slug", "name", "status", "kind" FROM "Company"`,
  people: `SELECT "id", "slug", "name", "status" FROM "Person"`,
  stories: `SELECT "articleId", "storyId", "bodyChars" FROM "ArticleStory"`,
});

/** SQLite: `generation` is read inside the same read transaction as the rows, so the two agree. */
export function loadSnapshot(conn: Sqlite, generation: () => bigint | null): ListingSnapshot {
  const q = sql("sqlite");
  return conn.transaction(() =>
    buildSnapshot({
      generation: generation(),
      articles: conn.prepare<[], ArticleRowIn>(q.articles).all(),
      companyMentions: conn.prepare<[], MentionRowIn>(q.companyMentions).all(),
      personMentions: conn.prepare<[], MentionRowIn>(q.personMentions).all(),
      companies: conn.prepare<[], EntityRowIn>(q.companies).all(),
      people: conn.prepare<[], EntityRowIn>(q.people).all(),
      stories: conn.prepare<[], StoryRowIn>(q.stories).all(),
    }),
  )();
}

/**
 * PostgreSQL: the generation is read before the rows, so the rows are at least as new as the
 * generation the snapshot is labelled with; a write in between only makes the next read rebuild.
 */
export async function loadPostgresSnapshot(database: Db): Promise<ListingSnapshot> {
  const r = reader(database);
  const q = sql("postgres");
  const generation = await dataGeneration(database);
  const [articles, companyMentions, personMentions, companies, people, stories] = await Promise.all([
    r.all<ArticleRowIn>(q.articles),
    r.all<MentionRowIn>(q.companyMentions),
    r.all<MentionRowIn>(q.personMentions),
    r.all<EntityRowIn>(q.companies),
    r.all<EntityRowIn>(q.people),
    r.all<StoryRowIn>(q.stories),
  ]);
  return buildSnapshot({ generation, articles, companyMentions, personMentions, companies, people, stories });
}

/** The data generation on this connection, or null on a database from before the counter (migration 0010). */
export function readGeneration(conn: Sqlite): bigint | null {
  const hasTable = conn.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'DataGeneration'`).get() !== undefined;
  if (!hasTable) return null;
  const row = conn.prepare<[], { value: number | bigint }>(`SELECT "value" FROM "DataGeneration" WHERE "id" = 1`).get();
  return row === undefined ? null : BigInt(row.value);
}
