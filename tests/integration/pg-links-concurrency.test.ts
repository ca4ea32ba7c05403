/**
 * The links of an index row (migration 0007) are written by two parties: the indexer, which reads
 * an article's mentions while it writes the row, and the mention triggers, which update a row that
 * is already indexed. A mention committed while an index batch is between its read and its commit
 * would be lost to both (the trigger finds no committed row; the batch read the mentions before),
 * unless the trigger waits for the batch: the batch holds advisory lock 72707370 exclusively, the
 * trigger shared. This test holds a real index batch open at that point, commits a mention
 * meanwhile, and checks the row's links once both are done. Without the trigger's lock the
 * mention's commit does not wait and its link is missing.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pgPool } from "@/lib/data/pg-pool";
import { indexArticlesPostgres } from "@/lib/data/search/pg-index";
import { createTempPg, PG_ENABLED, type TempPg } from "../helpers/temp-pg";

/** Polls until `probe` is true, at most `ms`; false when it never was. */
async function until(probe: () => Promise<boolean>, ms = 10_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await probe()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

describe.runIf(PG_ENABLED)("a mention committed during an index batch keeps its link", () => {
  let post: TempPg;
  const clients: pg.Client[] = [];

  async function client(): Promise<pg.Client> {
    const c = new pg.Client({ connectionString: post.url });
    await c.connect();
    clients.push(c);
    return c;
  }

  /** Sessions of this database waiting for a lock of this type (advisory, transactionid). */
  async function waiting(type: string): Promise<boolean> {
    const r = await pgPool(post.url).query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity s ON s.pid = l.pid WHERE NOT l.granted AND l.locktype = $1 AND s.datname = current_database()`,
      [type],
    );
    return r.rows[0]!.n > 0;
  }

  beforeAll(async () => {
    post = await createTempPg("links_race_");
  }, 60_000);

  afterAll(async () => {
    for (const c of clients) await c.end().catch(() => {});
    await post?.cleanup();
  });

  it("waits for the batch, then writes the link into the row the batch committed", async () => {
    const db = post.db;
    const [baidu, zhipu] = [
      await db.company.create({ data: { slug: "baidu", name: "百度", kind: "company" } }),
      await db.company.create({ data: { slug: "zhipu", name: "智谱", kind: "company" } }),
    ];
    const text = "百度与智谱发布新模型。";
    const at = new Date(Date.UTC(2025, 0, 1));
    const article = await db.article.create({
      data: {
        path: "race.txt", title: text, titleSimplified: text, body: text, bodySimplified: text, summary: null, publishedAt: at,
        publishedLocal: at.toISOString().replace("Z", "+00:00"), source: null, script: "simplified", encoding: "utf-8",
        encodingReason: "test", rawText: text, contentHash: "race", nearDupKey: "race", cleaning: "{}",
      },
    });
    await db.companyMention.create({ data: { articleId: article.id, companyId: baidu.id, count: 1, salience: 0.5, about: true, snippet: "…" } });

    // A stand-in holds the article's index-state key, so the batch stops at its own insert of
    // that key: after it has read the mentions and written the row, before its commit.
    const blocker = await client();
    await blocker.query("BEGIN");
    await blocker.query(`INSERT INTO "SearchIndexState" ("articleId", "ftsRowid", "articleUpdatedAt") VALUES ($1, -1, 'x')`, [article.id]);
    const batch = indexArticlesPostgres(pgPool(post.url), [article.id]);
    expect(await until(() => waiting("transactionid"))).toBe(true);

    // The mention commits while the batch is open: its deferred trigger must wait for the batch.
    const writer = await client();
    await writer.query("BEGIN");
    await writer.query(`INSERT INTO "CompanyMention" ("articleId", "companyId", "count", "salience", "about", "snippet") VALUES ($1, $2, 1, 0.5, true, '…')`, [
      article.id,
      zhipu.id,
    ]);
    const committed = writer.query("COMMIT");
    const waited = await until(() => waiting("advisory"), 3_000);

    await blocker.query("ROLLBACK");
    await batch;
    await committed;
    expect(waited).toBe(true);

    const row = await pgPool(post.url).query<{ links: string; expected: string }>(
      `SELECT a."links"::text AS links, "article_links"($1)::text AS expected FROM "ArticleSearch" a JOIN "SearchIndexState" s ON s."ftsRowid" = a."key" WHERE s."articleId" = $1`,
      [article.id],
    );
    expect(row.rows).toHaveLength(1);
    expect(row.rows[0]!.links).toBe(row.rows[0]!.expected);
    expect(row.rows[0]!.links.split(" ").sort()).toEqual([`'c${baidu.id}'`, `'c${zhipu.id}'`].sort());
  }, 60_000);
});
