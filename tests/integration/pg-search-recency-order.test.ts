/**
 * PostgreSQL's index rows lie in the heap in recency-key order (migration
 * 0011_pgsearch_recency_order), so a search's newest matches share heap and TOAST pages: the
 * indexer writes a backlog oldest first and each batch in key order, and the migration puts the
 * rows of a database indexed before it in that order. Articles here are written with their
 * dates shuffled against their ids, as db:copy and an import of a folder write them.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { createDb } from "@/lib/db";
import { closePgPool, pgPool } from "@/lib/data/pg-pool";
import { createPgDatabase, dropPgDatabase, withDatabase } from "@/lib/data/pg-database";
import { migratePostgres, POSTGRES_MIGRATIONS } from "@/lib/data/migrate-postgres";
import { indexArticlesPostgres, syncSearchIndexPostgres } from "@/lib/data/search/pg-index";
import { PG_ENABLED, PG_SERVER } from "../helpers/temp-pg";

const COUNT = 30;

/** Article i (ids ascending) published on day (i * 7) % COUNT: neither ascending nor descending. */
async function write(db: Db): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < COUNT; i++) {
    const text = `第${i}篇模型新闻`;
    const at = new Date(Date.UTC(2024, 0, 1) + ((i * 7) % COUNT) * 86_400_000);
    const a = await db.article.create({
      data: {
        path: `p${i}.txt`, title: text, titleSimplified: text, body: text, bodySimplified: text, summary: null, publishedAt: at,
        publishedLocal: at.toISOString().replace("Z", "+00:00"), source: null, script: "simplified", encoding: "utf-8",
        encodingReason: "test", rawText: text, contentHash: `h${i}`, nearDupKey: `k${i}`, cleaning: "{}",
      },
    });
    ids.push(a.id);
  }
  return ids;
}

/** The index rows' keys in heap order. */
async function heapKeys(url: string): Promise<number[]> {
  const r = await pgPool(url).query<{ key: string }>(`SELECT "key" FROM "ArticleSearch" ORDER BY ctid`);
  return r.rows.map((x) => Number(x.key));
}

const ascending = (xs: number[]) => [...xs].sort((a, b) => a - b);

describe.runIf(PG_ENABLED)("PostgreSQL search rows in recency order", () => {
  const made: { url: string; db: Db }[] = [];
  async function database(upTo?: string): Promise<{ url: string; db: Db }> {
    const url = withDatabase(PG_SERVER, `recency_${crypto.randomBytes(5).toString("hex")}`);
    await createPgDatabase(url);
    if (upTo === undefined) await migratePostgres(url);
    else {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pg-migrations-"));
      for (const name of fs.readdirSync(POSTGRES_MIGRATIONS).filter((n) => n < upTo)) fs.cpSync(path.join(POSTGRES_MIGRATIONS, name), path.join(dir, name), { recursive: true });
      await migratePostgres(url, dir);
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const db = createDb(url);
    made.push({ url, db });
    return { url, db };
  }
  afterAll(async () => {
    for (const { url, db } of made) {
      await db.$disconnect();
      await closePgPool(url);
      await dropPgDatabase(url);
    }
  });

  it("indexes a backlog oldest first, across batches", async () => {
    const { url, db } = await database();
    await write(db);
    const synced = await syncSearchIndexPostgres(pgPool(url), 7);
    expect(synced.indexed).toBe(COUNT);
    const keys = await heapKeys(url);
    expect(keys).toHaveLength(COUNT);
    expect(keys).toEqual(ascending(keys));
  });

  it("writes one batch in key order whatever order its ids come in", async () => {
    const { url, db } = await database();
    const ids = await write(db);
    await indexArticlesPostgres(pgPool(url), [...ids].reverse());
    const keys = await heapKeys(url);
    expect(keys).toHaveLength(COUNT);
    expect(keys).toEqual(ascending(keys));
  });

  it("puts the rows of a database indexed before the migration in key order", async () => {
    const { url, db } = await database("0011");
    const ids = await write(db);
    // One article per transaction in id order: the heap in id order, as before the migration.
    for (const id of ids) await indexArticlesPostgres(pgPool(url), [id]);
    const before = await heapKeys(url);
    expect(before).not.toEqual(ascending(before));
    const applied = await migratePostgres(url);
    expect(applied.applied).toContain("0011_pgsearch_recency_order");
    const after = await heapKeys(url);
    expect(after).toEqual(ascending(before));
  });
});
