/**
 * PostgreSQL's index rows carry each article's links to companies and people (migration
 * 0007_pgsearch_links), and company:/person: filters and entity words are decided on them, where
 * SQLite probes the mention tables. So the links must follow the mentions: written after the
 * article was indexed, moved by a merge, removed with a rejected or deleted entity, rewritten by
 * a re-import; and a database indexed before the migration gets them. Each case compares the
 * answers with SQLite's and the stored links with the mention tables.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { createDb } from "@/lib/db";
import { openSqlite } from "@/lib/data/sqlite";
import { closePgPool, pgPool } from "@/lib/data/pg-pool";
import { createPgDatabase, dropPgDatabase, withDatabase } from "@/lib/data/pg-database";
import { migratePostgres, POSTGRES_MIGRATIONS } from "@/lib/data/migrate-postgres";
import { syncSearchIndex } from "@/lib/data/search/index-article";
import { pgSearchRow, syncSearchIndexPostgres } from "@/lib/data/search/pg-index";
import { searchEverything } from "@/lib/data/search/search";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { createTempPg, PG_ENABLED, PG_SERVER, type TempPg } from "../helpers/temp-pg";

const COMPANIES: [string, string][] = [["baidu", "百度"], ["zhipu", "智谱"], ["moonshot", "月之暗面"], ["lanzhou", "澜舟科技"]];
const PEOPLE: [string, string][] = [["li-kaifu", "李开复"], ["yang-zhilin", "杨植麟"]];
const WORDS = ["发布", "模型", "融资", "开源", "芯片"];
const COUNT = 40;

/** Article i: two of the words in its text, linked to companies i % 4 and (i + 1) % 4 when i % 3 is 0, and to person i % 2 when i % 5 is 0. */
async function write(db: Db): Promise<void> {
  for (const [slug, name] of COMPANIES) await db.company.create({ data: { slug, name, kind: "company" } });
  for (const [slug, name] of PEOPLE) await db.person.create({ data: { slug, name } });
  const companies = await db.company.findMany({ orderBy: { id: "asc" } });
  const people = await db.person.findMany({ orderBy: { id: "asc" } });
  for (let i = 0; i < COUNT; i++) {
    const text = `${WORDS[i % WORDS.length]}的新闻，关于${WORDS[(i * 3 + 1) % WORDS.length]}。`;
    const at = new Date(Date.UTC(2024, 0, 1) + i * 86_400_000);
    const a = await db.article.create({
      data: {
        path: `p${i}.txt`, title: text, titleSimplified: text, body: text, bodySimplified: text, summary: null, publishedAt: at,
        publishedLocal: at.toISOString().replace("Z", "+00:00"), source: null, script: "simplified", encoding: "utf-8",
        encodingReason: "test", rawText: text, contentHash: `h${i}`, nearDupKey: `k${i}`, cleaning: "{}",
      },
    });
    const linked = i % 3 === 0 ? [i % 4, (i + 1) % 4] : [i % 4];
    for (const c of linked) await db.companyMention.create({ data: { articleId: a.id, companyId: companies[c]!.id, count: 1, salience: 0.5, about: true, snippet: "…" } });
    if (i % 5 === 0) await db.personMention.create({ data: { articleId: a.id, personId: people[i % 2]!.id, count: 1, salience: 0.5, about: false, snippet: "…" } });
  }
}

const QUERIES = [
  "company:百度", "company:智谱 发布", "company:月之暗面 模型", "company:澜舟科技", "person:李开复", "person:杨植麟 融资",
  "百度", "智谱 开源", "-company:百度 模型", "company:百度 -company:智谱", "李开复 OR 月之暗面",
];

async function answers(db: Db, url: string): Promise<Record<string, { ids: number[]; total: number }>> {
  const out: Record<string, { ids: number[]; total: number }> = {};
  for (const q of QUERIES) {
    const r = await searchEverything({ q, sort: "recent", pageSize: 100 }, { db, url });
    out[q] = { ids: r.articles.items.map((h) => h.id), total: r.articles.total };
  }
  return out;
}

/** Index rows whose links differ from what the mention tables say (none, when in step). */
async function linksOutOfStep(url: string): Promise<number> {
  const r = await pgPool(url).query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "ArticleSearch" a JOIN "SearchIndexState" s ON s."ftsRowid" = a."key" WHERE a."links" <> "article_links"(s."articleId")`,
  );
  return r.rows[0]!.n;
}

/** The same change on both stores, then a new data generation so neither answers from its cache. */
async function onBoth(lite: TempDb, post: TempPg, change: (db: Db) => Promise<unknown>): Promise<void> {
  await change(lite.db);
  await change(post.db);
  for (const db of [lite.db, post.db]) await db.dataGeneration.update({ where: { id: 1 }, data: { value: { increment: 1 } } });
}

describe.runIf(PG_ENABLED)("PostgreSQL index links follow the mentions", () => {
  let lite: TempDb;
  let post: TempPg;

  beforeAll(async () => {
    [lite, post] = await Promise.all([createTempDb("search-links-"), createTempPg("search_links_")]);
    await write(lite.db);
    await write(post.db);
    const conn = openSqlite(lite.url);
    try {
      syncSearchIndex(conn);
    } finally {
      conn.close();
    }
    expect((await syncSearchIndexPostgres(pgPool(post.url))).indexed).toBe(COUNT);
  }, 60_000);

  afterAll(async () => {
    await lite?.cleanup();
    await post?.cleanup();
  });

  const company = (db: Db, name: string) => db.company.findFirstOrThrow({ where: { name } });
  const article = (db: Db, i: number) => db.article.findFirstOrThrow({ where: { path: `p${i}.txt` } });

  it("indexes each article's links", async () => {
    expect(await linksOutOfStep(post.url)).toBe(0);
    const linked = await pgPool(post.url).query<{ n: number }>(`SELECT count(*)::int AS n FROM "ArticleSearch" WHERE "links" <> ''`);
    expect(linked.rows[0]!.n).toBe(COUNT);
    expect(await answers(post.db, post.url)).toEqual(await answers(lite.db, lite.url));
  });

  it("follows mentions added, moved and removed after indexing", async () => {
    // Added: article 1 (linked to 智谱 only) to 百度, and to 杨植麟.
    await onBoth(lite, post, async (db) => {
      const a = await article(db, 1);
      await db.companyMention.create({ data: { articleId: a.id, companyId: (await company(db, "百度")).id, count: 1, salience: 0.5, about: true, snippet: "…" } });
      await db.personMention.create({ data: { articleId: a.id, personId: (await db.person.findFirstOrThrow({ where: { name: "杨植麟" } })).id, count: 1, salience: 0.5, about: false, snippet: "…" } });
    });
    // Moved, as a merge does: 月之暗面's mentions to 澜舟科技.
    await onBoth(lite, post, async (db) => {
      const [from, to] = [await company(db, "月之暗面"), await company(db, "澜舟科技")];
      for (const m of await db.companyMention.findMany({ where: { companyId: from.id } })) {
        const existing = await db.companyMention.findUnique({ where: { articleId_companyId: { articleId: m.articleId, companyId: to.id } } });
        if (existing) await db.companyMention.delete({ where: { id: m.id } });
        else await db.companyMention.update({ where: { id: m.id }, data: { companyId: to.id } });
      }
    });
    // Removed: every mention of 智谱 (a rejection), in one transaction.
    await onBoth(lite, post, async (db) => db.$transaction([db.companyMention.deleteMany({ where: { companyId: (await company(db, "智谱")).id } })]));
    expect(await linksOutOfStep(post.url)).toBe(0);
    expect(await answers(post.db, post.url)).toEqual(await answers(lite.db, lite.url));
    expect((await answers(post.db, post.url))["company:月之暗面 模型"]!.total).toBe(0);
  });

  it("follows an entity deleted with its mentions, and a re-import that writes an article's mentions again", async () => {
    await onBoth(lite, post, async (db) => db.person.delete({ where: { slug: "li-kaifu" } }));
    // As the importer saves an article: its mentions deleted and written again, one changed.
    await onBoth(lite, post, async (db) => {
      const a = await article(db, 6);
      const baidu = await company(db, "百度");
      await db.$transaction(async (tx) => {
        const before = await tx.companyMention.findMany({ where: { articleId: a.id } });
        await tx.companyMention.deleteMany({ where: { articleId: a.id } });
        for (const m of before) await tx.companyMention.create({ data: { articleId: a.id, companyId: m.companyId, count: m.count, salience: m.salience, about: m.about, snippet: m.snippet } });
        if (!before.some((m) => m.companyId === baidu.id)) await tx.companyMention.create({ data: { articleId: a.id, companyId: baidu.id, count: 1, salience: 0.5, about: true, snippet: "…" } });
      });
    });
    expect(await linksOutOfStep(post.url)).toBe(0);
    expect(await answers(post.db, post.url)).toEqual(await answers(lite.db, lite.url));
  });
});

describe.runIf(PG_ENABLED)("a PostgreSQL database indexed before migration 0007 gets its links", () => {
  let lite: TempDb;
  let url = "";
  let dir = "";
  let db: Db | undefined;

  beforeAll(async () => {
    lite = await createTempDb("search-links-old-");
    url = withDatabase(PG_SERVER, `search_links_old_${crypto.randomBytes(5).toString("hex")}`);
    await createPgDatabase(url);
    // The migrations before 0007, then the articles indexed as that version did (no links column).
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "pg-migrations-"));
    for (const name of fs.readdirSync(POSTGRES_MIGRATIONS).filter((n) => n < "0007")) fs.cpSync(path.join(POSTGRES_MIGRATIONS, name), path.join(dir, name), { recursive: true });
    await migratePostgres(url, dir);
    db = createDb(url);
    await write(lite.db);
    await write(db);
    const conn = openSqlite(lite.url);
    try {
      syncSearchIndex(conn);
    } finally {
      conn.close();
    }
    const rows = await pgPool(url).query(`SELECT "id", "titleSimplified", "bodySimplified", "restoredTitle", "restoredBody", "summary", "source", "originalPublisher",
      "authors", "reporters", "editors", "publishedAt", "missingSince", "updatedAt" FROM "Article"`);
    for (const a of rows.rows) {
      const { key, doc } = pgSearchRow(a);
      await pgPool(url).query(`INSERT INTO "ArticleSearch" ("key", "doc") VALUES ($1, $2::tsvector)`, [key, doc]);
      await pgPool(url).query(`INSERT INTO "SearchIndexState" ("articleId", "ftsRowid", "articleUpdatedAt") VALUES ($1, $2, $3)`, [a.id, key, a.updatedAt]);
    }
  }, 60_000);

  afterAll(async () => {
    await lite?.cleanup();
    await db?.$disconnect();
    await closePgPool(url);
    if (url) await dropPgDatabase(url);
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("fills the links of every indexed row and answers as SQLite does", async () => {
    const applied = await migratePostgres(url);
    expect(applied.applied).toContain("0007_pgsearch_links");
    expect(await linksOutOfStep(url)).toBe(0);
    const rows = await pgPool(url).query<{ n: number; linked: number }>(`SELECT count(*)::int AS n, count(*) FILTER (WHERE "links" <> '')::int AS linked FROM "ArticleSearch"`);
    expect(rows.rows[0]).toEqual({ n: COUNT, linked: COUNT });
    // The rebuilt table keeps its title vector and indexes (and gets the source's, 0010).
    const indexes = await pgPool(url).query<{ indexname: string }>(`SELECT indexname FROM pg_indexes WHERE tablename = 'ArticleSearch' ORDER BY indexname`);
    expect(indexes.rows.map((r) => r.indexname)).toEqual(["ArticleSearch_doc_idx", "ArticleSearch_links_idx", "ArticleSearch_pkey", "ArticleSearch_source_idx", "ArticleSearch_title_idx"]);
    expect(await answers(db!, url)).toEqual(await answers(lite.db, lite.url));
  });
});
