/**
 * Keeps PostgreSQL's ArticleSearch table (migration 0002_pg_runtime) in step with Article: the
 * twin of index-article.ts, with the same stored terms (searchColumns) written as a weighted
 * tsvector (lib/search/tsquery.ts) under the same recency key, with the article's links to
 * companies and people (migration 0007_pgsearch_links). Deletions, "missing" marks and mentions
 * changed after indexing are handled by the migrations' triggers (mentions: 0008, once per
 * article per transaction).
 */
import type pg from "pg";
import { recencyKey } from "../../search/recency-key";
import { columnTerms, tsvectorLiteral } from "../../search/tsquery";
import { searchColumns, type ArticleForIndex, type SyncResult } from "./index-article";

// Oldest first by publication (the recency key's order; see indexArticlesPostgres).
const STALE = `SELECT a."id" FROM "Article" a LEFT JOIN "SearchIndexState" s ON s."articleId" = a."id"
  WHERE a."missingSince" IS NULL AND (s."articleId" IS NULL OR s."articleUpdatedAt" <> to_char(a."updatedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
  ORDER BY a."publishedAt" ASC NULLS FIRST, a."id"`;
const ORPHANS = `SELECT s."articleId" AS "id" FROM "SearchIndexState" s LEFT JOIN "Article" a ON a."id" = s."articleId"
  WHERE a."id" IS NULL OR a."missingSince" IS NOT NULL`;

/** The index row of an article: the recency key and the tsvector literal. */
export function pgSearchRow(a: ArticleForIndex): { key: number; doc: string } {
  const [title, body, source, byline] = searchColumns(a);
  return {
    key: recencyKey(a.id, a.publishedAt ? new Date(a.publishedAt) : null),
    doc: tsvectorLiteral({ title: columnTerms(title), source: columnTerms(source), byline: columnTerms(byline), body: columnTerms(body) }),
  };
}

/**
 * Held exclusively by each indexing transaction; the commit-time links update of the mention
 * triggers (migration 0008_links_once_per_article, which replaced 0007's) holds it shared, so a
 * mention committed while a batch is indexed is either read by the batch or updates its rows.
 */
const LINKS_LOCK = 72707370;

async function unindex(client: pg.PoolClient, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await client.query(`DELETE FROM "ArticleSearch" WHERE "key" IN (SELECT "ftsRowid" FROM "SearchIndexState" WHERE "articleId" = ANY($1::int[]))`, [ids]);
  await client.query(`DELETE FROM "SearchIndexState" WHERE "articleId" = ANY($1::int[])`, [ids]);
}

/** (Re)indexes these articles from what Article holds, in one transaction; missing ones are unindexed. */
export async function indexArticlesPostgres(pool: pg.Pool, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query(`SELECT pg_advisory_xact_lock(${LINKS_LOCK})`);
    const rows = (await client.query<ArticleForIndex>(
      `SELECT "id", "titleSimplified", "bodySimplified", "restoredTitle", "restoredBody", "summary", "source", "originalPublisher",
              "authors", "reporters", "editors", "publishedAt", "missingSince", "updatedAt"
       FROM "Article" WHERE "id" = ANY($1::int[])`,
      [ids],
    )).rows;
    await unindex(client, ids);
    const live = rows.filter((r) => r.missingSince === null);
    // Written in recency-key order: the heap then holds the rows in the order a search walks them
    // (newest first), so the newest few hundred matches sit on a few pages (see migration
    // 0011_pgsearch_recency_order).
    const indexed = live.map((a) => ({ id: a.id, updatedAt: a.updatedAt, ...pgSearchRow(a) })).sort((x, y) => x.key - y.key);
    // Two statements per batch, not two per article: each is a round trip to the server.
    if (indexed.length > 0) {
      await client.query(
        `INSERT INTO "ArticleSearch" ("key", "doc", "links") SELECT k, d::tsvector, "article_links"(i) FROM unnest($1::bigint[], $2::text[], $3::int[]) AS t(k, d, i)`,
        [indexed.map((r) => r.key), indexed.map((r) => r.doc), indexed.map((r) => r.id)],
      );
      await client.query(`INSERT INTO "SearchIndexState" ("articleId", "ftsRowid", "articleUpdatedAt") SELECT * FROM unnest($1::int[], $2::bigint[], $3::text[])`, [
        indexed.map((r) => r.id),
        indexed.map((r) => r.key),
        indexed.map((r) => r.updatedAt),
      ]);
    }
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}

/** The articles whose index row is missing or older than the article, and index rows of gone or missing articles. */
export async function staleInPostgres(pool: pg.Pool, limit?: number): Promise<{ stale: number[]; orphans: number[] }> {
  const cap = limit === undefined ? "" : ` LIMIT ${Math.max(1, Math.floor(limit))}`;
  const [stale, orphans] = await Promise.all([pool.query<{ id: number }>(STALE + cap), pool.query<{ id: number }>(ORPHANS + cap)]);
  return { stale: stale.rows.map((r) => r.id), orphans: orphans.rows.map((r) => r.id) };
}

/** Indexes every stale article in batches of `batch` per transaction (the PostgreSQL syncSearchIndex). */
export async function syncSearchIndexPostgres(pool: pg.Pool, batch = 500): Promise<SyncResult> {
  const { stale, orphans } = await staleInPostgres(pool);
  if (orphans.length > 0) {
    const client = await pool.connect();
    try {
      await unindex(client, orphans);
    } finally {
      client.release();
    }
  }
  for (let i = 0; i < stale.length; i += batch) await indexArticlesPostgres(pool, stale.slice(i, i + batch));
  return { indexed: stale.length, removed: orphans.length };
}
