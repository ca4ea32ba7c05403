/**
 * Search answers the same on both stores (issue 18): over one random corpus written into a
 * SQLite file and a PostgreSQL database alike (articles in both scripts, sources, dates,
 * bylines, restored titles, missing articles; companies and people with aliases and mentions),
 * random queries built from the corpus's words and every operator (company:, person:, source:,
 * after:, before:, "…", -x, OR) plus hostile noise return the same article ids and totals from
 * the FTS5 index and the tsvector index — the same ids in the same order when sorted by date,
 * the same set when ranked by relevance (bm25 and ts_rank may order ties differently).
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { openSqlite } from "@/lib/data/sqlite";
import { pgPool } from "@/lib/data/pg-pool";
import { syncSearchIndex } from "@/lib/data/search/index-article";
import { syncSearchIndexPostgres } from "@/lib/data/search/pg-index";
import { searchEverything } from "@/lib/data/search/search";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { createTempPg, PG_ENABLED, type TempPg } from "../helpers/temp-pg";

const WORDS = ["百度", "华为", "華為", "大模型", "发布", "發佈", "模型", "智谱", "文心", "开源", "李开复", "李開復", "杨植麟", "月之暗面", "Kimi", "OpenAI", "gpt", "GPT-4", "ai", "2024", "融资", "芯片", "华", "度"];
const SOURCES = ["第一财经", "36氪", "經濟日報", "网易科技", null];
const COMPANIES: [string, string, string[]][] = [
  ["baidu", "百度", ["Baidu", "文心"]],
  ["huawei", "华为", ["華為", "Huawei"]],
  ["moonshot", "月之暗面", ["Kimi", "Moonshot"]],
  ["zhipu", "智谱", ["智谱AI"]],
];
const PEOPLE: [string, string, string[]][] = [
  ["li-kaifu", "李开复", ["李開復", "Kai-Fu Lee"]],
  ["yang-zhilin", "杨植麟", []],
];

interface ArticleSpec {
  title: string;
  body: string;
  source: string | null;
  day: number | null;
  restored: string | null;
  missing: boolean;
  companies: number[];
  people: number[];
  byline: string[];
}

const sentence = fc.array(fc.constantFrom(...WORDS, "，", "。", " ", "的", "在"), { minLength: 1, maxLength: 14 }).map((xs) => xs.join(""));
const articleArb: fc.Arbitrary<ArticleSpec> = fc.record({
  title: sentence,
  body: fc.array(sentence, { minLength: 1, maxLength: 4 }).map((xs) => xs.join("\n\n")),
  source: fc.constantFrom(...SOURCES),
  day: fc.option(fc.integer({ min: 0, max: 900 }), { freq: 6 }),
  restored: fc.option(sentence, { freq: 8 }),
  missing: fc.boolean().map((b) => b && Math.random() < 0.2),
  companies: fc.uniqueArray(fc.integer({ min: 0, max: COMPANIES.length - 1 }), { maxLength: 2 }),
  people: fc.uniqueArray(fc.integer({ min: 0, max: PEOPLE.length - 1 }), { maxLength: 1 }),
  byline: fc.array(fc.constantFrom("张三", "李开复", "记者王五"), { maxLength: 2 }),
});

const DAY0 = Date.UTC(2023, 0, 1);
const dayText = (d: number) => new Date(DAY0 + d * 86_400_000).toISOString().slice(0, 10);

async function write(db: Db, corpus: ArticleSpec[]): Promise<void> {
  const companyIds: number[] = [];
  for (const [slug, name, aliases] of COMPANIES) companyIds.push((await db.company.create({ data: { slug, name, kind: "company", aliases: JSON.stringify(aliases) } })).id);
  const personIds: number[] = [];
  for (const [slug, name, aliases] of PEOPLE) personIds.push((await db.person.create({ data: { slug, name, aliases: JSON.stringify(aliases) } })).id);
  let i = 0;
  for (const a of corpus) {
    i += 1;
    const at = a.day === null ? null : new Date(DAY0 + a.day * 86_400_000 + i * 60_000);
    const row = await db.article.create({
      data: {
        path: `p${i}.txt`, title: a.title, titleSimplified: a.title, body: a.body, bodySimplified: a.body, summary: null,
        publishedAt: at, publishedLocal: at ? at.toISOString().replace("Z", "+00:00") : null, source: a.source, script: "simplified",
        encoding: "utf-8", encodingReason: "test", rawText: a.body, contentHash: `h${i}`, nearDupKey: `k${i}`, cleaning: "{}",
        restoredTitle: a.restored, authors: JSON.stringify(a.byline), missingSince: a.missing ? new Date(DAY0) : null,
      },
    });
    for (const c of a.companies) await db.companyMention.create({ data: { articleId: row.id, companyId: companyIds[c]!, count: 1, salience: 0.5, about: true, snippet: "…" } });
    for (const p of a.people) await db.personMention.create({ data: { articleId: row.id, personId: personIds[p]!, count: 1, salience: 0.5, about: false, snippet: "…" } });
  }
}

const word = fc.constantFrom(...WORDS, "likaifu", "li kai fu", "baidu", "kimi", "不存在");
const clause = fc.oneof(
  { weight: 5, arbitrary: word },
  { weight: 1, arbitrary: word.map((w) => `-${w}`) },
  { weight: 1, arbitrary: fc.tuple(word, word).map(([a, b]) => `${a} OR ${b}`) },
  { weight: 1, arbitrary: fc.tuple(word, word).map(([a, b]) => `"${a}${b}"`) },
  { weight: 1, arbitrary: fc.constantFrom(...COMPANIES.map((c) => c[1]), "Kimi", "没有这家").map((c) => `company:${c}`) },
  { weight: 1, arbitrary: fc.constantFrom("李开复", "杨植麟", "likaifu").map((p) => `person:${p}`) },
  { weight: 1, arbitrary: fc.constantFrom("第一财经", "36氪", "经济日报", "网易").map((s) => `source:${s}`) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 900 }).map((d) => `after:${dayText(d)}`) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 900 }).map((d) => `before:${dayText(d)}`) },
  { weight: 1, arbitrary: fc.constantFrom("'", "\\", "*", "(", ")", ":", "NEAR(", "{title}", "&", "|", "!", "<->", "'a':*", "\u0000", "ＧＰＴ") },
);
const query = fc.array(clause, { minLength: 1, maxLength: 4 }).map((xs) => xs.join(" "));

describe.runIf(PG_ENABLED)("search parity (SQLite FTS5 vs PostgreSQL tsvector)", () => {
  let lite: TempDb;
  let post: TempPg;
  const seed = Number(process.env.PARITY_SEED ?? Date.now() % 1_000_000);

  beforeAll(async () => {
    [lite, post] = await Promise.all([createTempDb("search-parity-"), createTempPg("search_parity_")]);
    const corpus = fc.sample(articleArb, { numRuns: 80, seed });
    await write(lite.db, corpus);
    await write(post.db, corpus);
    const conn = openSqlite(lite.url);
    try {
      syncSearchIndex(conn);
    } finally {
      conn.close();
    }
    const synced = await syncSearchIndexPostgres(pgPool(post.url));
    expect(synced.indexed).toBe(corpus.filter((a) => !a.missing).length);
  });
  afterAll(async () => {
    await lite?.cleanup();
    await post?.cleanup();
  });

  const ids = async (db: Db, url: string, q: string, sort: "relevance" | "recent") => {
    const r = await searchEverything({ q, pageSize: 100, sort }, { db, url });
    return { ids: r.articles.items.map((h) => h.id), total: r.articles.total, warnings: r.warnings };
  };

  const sameAnswers = async () => {
    let nonEmpty = 0;
    await fc.assert(
      fc.asyncProperty(query, fc.constantFrom("relevance" as const, "recent" as const), async (q, sort) => {
        const [a, b] = await Promise.all([ids(lite.db, lite.url, q, sort), ids(post.db, post.url, q, sort)]);
        if (a.ids.length > 0) nonEmpty += 1;
        expect(b.total, q).toBe(a.total);
        expect(b.warnings, q).toEqual(a.warnings);
        if (sort === "recent") expect(b.ids, q).toEqual(a.ids);
        else expect([...b.ids].sort((x, y) => x - y), q).toEqual([...a.ids].sort((x, y) => x - y));
      }),
      { numRuns: 300, seed },
    );
    // The property means something only if many queries found articles.
    expect(nonEmpty).toBeGreaterThan(60);
  };

  it(`finds the same articles for the same queries (corpus seed ${seed})`, sameAnswers);

  it(`finds the same articles once PostgreSQL has statistics (corpus seed ${seed})`, async () => {
    // Analysed, the table's row estimate makes entities linked to many of the articles dense
    // (checked on each row, not as sets of keys: search.ts isDense); before, every clause is a set.
    await pgPool(post.url).query(`ANALYZE`);
    // A new data generation, so PostgreSQL's answers are computed again, not read from the cache.
    await pgPool(post.url).query(`UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1`);
    const rows = await pgPool(post.url).query<{ n: number }>(`SELECT reltuples AS n FROM pg_class WHERE oid = '"ArticleSearch"'::regclass`);
    expect(rows.rows[0]!.n).toBeGreaterThan(0);
    await sameAnswers();
  });

  it("agrees on the named cases: lone characters, pairs, pinyin, aliases, operators", async () => {
    for (const q of ["华", "度", "百度", "华为", "華為", "likaifu", "Kimi", "company:百度 -发布", "source:第一财经 模型", "\"大模型发布\"", "百度 OR 智谱", "gpt", "GPT-4", "after:2024-01-01 before:2024-06-30 模型"]) {
      const [a, b] = await Promise.all([ids(lite.db, lite.url, q, "recent"), ids(post.db, post.url, q, "recent")]);
      expect(b, q).toEqual(a);
    }
  });
});
