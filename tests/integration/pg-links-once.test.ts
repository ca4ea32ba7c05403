/**
 * Migration 0008 recomputes an index row's links once per article per transaction, at the
 * commit, where 0007 recomputed them once per mention row. The answers must not move: the same
 * random transactions of mention writes (inserts, deletes, the importer's delete-and-rewrite,
 * moves to another entity or article, updates of other columns, savepoints rolled back,
 * constraints made immediate mid-transaction, entities deleted with their mentions, transactions
 * rolled back, articles indexed late) run on a database migrated up to 0007 and on one migrated
 * through 0008; after each, every row's links are equal on both and equal to what the mention
 * tables say, and 0008's notes are gone.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db";
import { rng } from "@/lib/bench/synthetic-corpus";
import { closePgPool, pgPool } from "@/lib/data/pg-pool";
import { createPgDatabase, dropPgDatabase, withDatabase } from "@/lib/data/pg-database";
import { migratePostgres, POSTGRES_MIGRATIONS } from "@/lib/data/migrate-postgres";
import { indexArticlesPostgres } from "@/lib/data/search/pg-index";
import { PG_ENABLED, PG_SERVER } from "../helpers/temp-pg";

const ARTICLES = 30;
const COMPANIES = 6;
const PEOPLE = 4;
const TRANSACTIONS = 60;

interface Side {
  url: string;
  db: Db;
  client: pg.Client;
}

/** The same rows in either database (the same statements in the same order give the same ids). */
async function fill(db: Db): Promise<void> {
  for (let i = 0; i < COMPANIES; i++) await db.company.create({ data: { slug: `c${i}`, name: `公司${i}`, kind: "company" } });
  for (let i = 0; i < PEOPLE; i++) await db.person.create({ data: { slug: `p${i}`, name: `人物${i}` } });
  for (let i = 0; i < ARTICLES; i++) {
    const text = `第${i}篇新闻，关于模型。`;
    const at = new Date(Date.UTC(2024, 0, 1) + i * 86_400_000);
    await db.article.create({
      data: {
        path: `p${i}.txt`, title: text, titleSimplified: text, body: text, bodySimplified: text, summary: null, publishedAt: at,
        publishedLocal: at.toISOString().replace("Z", "+00:00"), source: null, script: "simplified", encoding: "utf-8",
        encodingReason: "test", rawText: text, contentHash: `h${i}`, nearDupKey: `k${i}`, cleaning: "{}",
      },
    });
  }
}

type Statement = [string, unknown[]];
const TABLES = [
  { table: "CompanyMention", column: "companyId", count: COMPANIES },
  { table: "PersonMention", column: "personId", count: PEOPLE },
] as const;

/** The entity ids still there, per mention table (entities deleted midway leave). */
const alive: Record<string, number[]> = Object.fromEntries(TABLES.map((m) => [m.table, Array.from({ length: m.count }, (_, i) => i + 1)]));

/** One random transaction's statements, as text and values to run on both sides. */
function transaction(r: () => number): { statements: Statement[]; commit: boolean } {
  const n = (k: number) => 1 + Math.floor(r() * k);
  const entity = (m: (typeof TABLES)[number]) => alive[m.table]![Math.floor(r() * alive[m.table]!.length)]!;
  const t = () => TABLES[Math.floor(r() * 2)]!;
  const out: Statement[] = [];
  const mention = (m: (typeof TABLES)[number], article: number, entity: number): Statement => [
    `INSERT INTO "${m.table}" ("articleId", "${m.column}", "count", "salience", "about", "snippet") VALUES ($1, $2, 1, 0.5, true, '…') ON CONFLICT DO NOTHING`,
    [article, entity],
  ];
  const op = (): Statement[] => {
    const m = t();
    const a = n(ARTICLES);
    switch (Math.floor(r() * 9)) {
      case 0:
      case 1:
        return [mention(m, a, entity(m))];
      case 2:
        return [[`DELETE FROM "${m.table}" WHERE "articleId" = $1`, [a]]];
      case 3: {
        // The importer: every mention of the article deleted, then a set written again in one statement.
        const set = [...new Set(Array.from({ length: Math.floor(r() * 4) }, () => entity(m)))];
        const back: Statement[] = set.length
          ? [[`INSERT INTO "${m.table}" ("articleId", "${m.column}", "count", "salience", "about", "snippet") SELECT $1, e, 1, 0.5, true, '…' FROM unnest($2::int[]) AS e`, [a, set]]]
          : [];
        return [[`DELETE FROM "${m.table}" WHERE "articleId" = $1`, [a]], ...back];
      }
      case 4: {
        // A merge: one entity's mentions moved to another where it has none, the rest deleted.
        const [from, to] = [entity(m), entity(m)];
        return [
          [`DELETE FROM "${m.table}" x WHERE x."${m.column}" = $1 AND EXISTS (SELECT 1 FROM "${m.table}" y WHERE y."articleId" = x."articleId" AND y."${m.column}" = $2) AND $1 <> $2`, [from, to]],
          [`UPDATE "${m.table}" SET "${m.column}" = $2 WHERE "${m.column}" = $1`, [from, to]],
        ];
      }
      case 5:
        // A mention moved to another article, where that article lacks the entity.
        return [[`UPDATE "${m.table}" x SET "articleId" = $2 WHERE x."articleId" = $1 AND NOT EXISTS (SELECT 1 FROM "${m.table}" y WHERE y."articleId" = $2 AND y."${m.column}" = x."${m.column}")`, [a, n(ARTICLES)]]];
      case 6:
        // Columns that are not links.
        return [[`UPDATE "${m.table}" SET "count" = "count" + 1, "salience" = $2 WHERE "articleId" = $1`, [a, r()]]];
      case 7:
        return [mention(m, a, entity(m)), [`DELETE FROM "${m.table}" WHERE "articleId" = $1 AND "${m.column}" = $2`, [a, entity(m)]]];
      default:
        return [["SET CONSTRAINTS ALL IMMEDIATE", []], mention(m, a, entity(m)), ["SET CONSTRAINTS ALL DEFERRED", []]];
    }
  };
  for (let i = 0, k = n(6); i < k; i++) {
    if (r() < 0.2) out.push(["SAVEPOINT s", []], ...op(), [r() < 0.5 ? "ROLLBACK TO SAVEPOINT s" : "RELEASE SAVEPOINT s", []]);
    else out.push(...op());
  }
  return { statements: out, commit: r() < 0.85 };
}

async function run(side: Side, tx: { statements: Statement[]; commit: boolean }): Promise<void> {
  await side.client.query("BEGIN");
  try {
    for (const [text, values] of tx.statements) await side.client.query(text, values);
  } catch (err) {
    await side.client.query("ROLLBACK");
    throw err;
  }
  await side.client.query(tx.commit ? "COMMIT" : "ROLLBACK");
}

async function links(side: Side): Promise<string[]> {
  const r = await side.client.query<{ k: string; l: string }>(`SELECT "key"::text AS k, "links"::text AS l FROM "ArticleSearch" ORDER BY "key"`);
  return r.rows.map((x) => `${x.k} ${x.l}`);
}

async function outOfStep(side: Side): Promise<number> {
  const r = await side.client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "ArticleSearch" a JOIN "SearchIndexState" s ON s."ftsRowid" = a."key" WHERE a."links" <> "article_links"(s."articleId")`,
  );
  return r.rows[0]!.n;
}

describe.runIf(PG_ENABLED)("links once per article per transaction (0008) answer as per mention row (0007)", () => {
  const sides: Side[] = [];
  let dir = "";

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "pg-migrations-"));
    for (const name of fs.readdirSync(POSTGRES_MIGRATIONS).filter((x) => x < "0008")) fs.cpSync(path.join(POSTGRES_MIGRATIONS, name), path.join(dir, name), { recursive: true });
    const tag = crypto.randomBytes(4).toString("hex");
    for (const [label, migrations] of [["v7", dir], ["v8", POSTGRES_MIGRATIONS]] as const) {
      const url = withDatabase(PG_SERVER, `links_once_${label}_${tag}`);
      await createPgDatabase(url);
      await migratePostgres(url, migrations);
      const db = createDb(url);
      await fill(db);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      sides.push({ url, db, client });
    }
    const r = rng(18);
    // Random mentions, then two thirds of the articles indexed; the rest are indexed midway.
    const first = Array.from({ length: 40 }, () => TABLES[Math.floor(r() * 2)]!).map((m): Statement => [
      `INSERT INTO "${m.table}" ("articleId", "${m.column}", "count", "salience", "about", "snippet") VALUES ($1, $2, 1, 0.5, true, '…') ON CONFLICT DO NOTHING`,
      [1 + Math.floor(r() * ARTICLES), 1 + Math.floor(r() * m.count)],
    ]);
    for (const side of sides) {
      await run(side, { statements: first, commit: true });
      await indexArticlesPostgres(pgPool(side.url), Array.from({ length: 20 }, (_, i) => i + 1));
    }
  }, 120_000);

  afterAll(async () => {
    for (const side of sides) {
      await side.client.end().catch(() => {});
      await side.db.$disconnect();
      await closePgPool(side.url);
      await dropPgDatabase(side.url);
    }
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("uses 0007's row triggers on one side and 0008's statement triggers on the other", async () => {
    const triggers = async (side: Side) =>
      (await side.client.query<{ t: string }>(`SELECT tgname AS t FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE c.relname = 'CompanyMention' AND NOT tgisinternal ORDER BY 1`)).rows.map((x) => x.t);
    expect(await triggers(sides[0]!)).toEqual(["CompanyMention_search_links"]);
    expect(await triggers(sides[1]!)).toEqual(["CompanyMention_links_delete", "CompanyMention_links_insert", "CompanyMention_links_update"]);
  });

  it("leaves the same links after each of the same random transactions", async () => {
    const [v7, v8] = sides as [Side, Side];
    expect(await links(v8)).toEqual(await links(v7));
    const r = rng(2026);
    let changed = 0;
    for (let i = 0; i < TRANSACTIONS; i++) {
      if (i === TRANSACTIONS / 2) for (const side of sides) await indexArticlesPostgres(pgPool(side.url), Array.from({ length: ARTICLES }, (_, k) => k + 1));
      if (i === TRANSACTIONS / 3) {
        for (const side of sides) await side.db.company.delete({ where: { slug: "c2" } });
        alive.CompanyMention = alive.CompanyMention!.filter((id) => id !== 3);
      }
      if (i === (2 * TRANSACTIONS) / 3) {
        for (const side of sides) await side.db.person.delete({ where: { slug: "p1" } });
        alive.PersonMention = alive.PersonMention!.filter((id) => id !== 2);
      }
      const tx = transaction(r);
      const previous = await links(v7);
      for (const side of sides) await run(side, tx);
      const [a, b] = [await links(v7), await links(v8)];
      expect(b, `transaction ${i}: ${JSON.stringify(tx)}`).toEqual(a);
      expect(await outOfStep(v8)).toBe(0);
      if (a.join() !== previous.join()) changed++;
    }
    // The sequence did move links, and left no notes behind.
    expect(changed).toBeGreaterThan(TRANSACTIONS / 4);
    const notes = await v8.client.query<{ n: number }>(`SELECT (SELECT count(*) FROM "ArticleSearchLinksPending") + (SELECT count(*) FROM "ArticleSearchLinksFlush") AS n`);
    expect(Number(notes.rows[0]!.n)).toBe(0);
  }, 120_000);
});
