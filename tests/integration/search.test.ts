/**
 * Search on a real migrated SQLite file: Chinese one- and two-character queries, script, width
 * and case folding, pinyin and alias, every operator, ranking, snippets, index maintenance
 * through updates, missing files and deletes, and the JSON API's validation.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { openSqlite, type Sqlite } from "@/lib/data/sqlite";
import { toSimplified } from "@/lib/text/script";
import { indexArticle, syncSearchIndex, unindexArticle } from "@/lib/data/search/index-article";
import { searchEverything, type SearchResult } from "@/lib/data/search/search";
import { suggestEntities } from "@/lib/data/search/suggest";
import { forgetEntityIndex } from "@/lib/data/search/entities";
import { forgetFreshnessCheck, keepSearchIndexFresh } from "@/lib/data/search/freshness";
import { acquireImportLock, releaseImportLock } from "@/lib/data/import/lock";

let t: TempDb;
let conn: Sqlite;

interface Art {
  title: string;
  body: string;
  source?: string;
  authors?: string[];
  publishedAt?: string;
}

async function addArticle(a: Art, index = true): Promise<number> {
  const row = await t.db.article.create({
    data: {
      path: `p/${Math.random().toString(36).slice(2)}.txt`,
      title: a.title,
      titleSimplified: toSimplified(a.title),
      body: a.body,
      bodySimplified: toSimplified(a.body),
      source: a.source ?? null,
      authors: JSON.stringify(a.authors ?? []),
      publishedAt: a.publishedAt ? new Date(a.publishedAt) : null,
      publishedLocal: a.publishedAt ?? null,
      script: "simplified",
      encoding: "utf-8",
      encodingReason: "test",
      rawText: a.body,
      contentHash: Math.random().toString(36),
      nearDupKey: "0",
      cleaning: "{}",
    },
  });
  if (index) conn.transaction(() => indexArticle(conn, row.id))();
  return row.id;
}

const search = (q: string, extra: { page?: number; pageSize?: number; sort?: "relevance" | "recent" } = {}) => searchEverything({ q, ...extra }, { db: t.db, url: t.url });
const ids = (r: SearchResult) => r.articles.items.map((a) => a.id);
const syncStateOf = (articleId: number) => conn.prepare(`SELECT 1 FROM "SearchIndexState" WHERE "articleId" = ?`).get(articleId);
const hitTexts = (r: SearchResult) => r.articles.items.flatMap((a) => [...a.title, ...a.snippet].filter((s) => s.hit).map((s) => s.text));

const A: Record<string, number> = {};

beforeAll(async () => {
  t = await createTempDb("search-");
  conn = openSqlite(t.url);
  const c = (name: string, slug: string, aliases: string[] = [], products: string[] = []) =>
    t.db.company.create({ data: { name, slug, kind: "company", aliases: JSON.stringify(aliases), products: JSON.stringify(products) } });
  const p = (name: string, slug: string, aliases: string[] = []) => t.db.person.create({ data: { name, slug, aliases: JSON.stringify(aliases) } });
  const moon = await c("月之暗面", "moonshot", ["Moonshot AI"], ["Kimi"]);
  const zhipu = await c("智谱", "zhipu", ["智谱AI", "Zhipu AI"]);
  await c("百度", "baidu", ["Baidu"]);
  await c("华为", "huawei", ["Huawei", "華為"]);
  const yang = await p("杨植麟", "yang-zhilin");
  await p("李开复", "li-kaifu", ["Kai-Fu Lee"]);
  await p("周明", "zhou-ming");

  A.huawei = await addArticle({ title: "華為發佈盤古大模型", body: "華為今天在深圳發佈了新一代盤古大模型。", source: "科技日報", publishedAt: "2024-03-01T10:00:00+08:00" });
  A.baidu = await addArticle({ title: "百度文心一言用户破亿", body: "百度表示，文心一言的用户数已经超过一亿。", source: "第一财经", publishedAt: "2024-05-10T09:00:00+08:00" });
  A.kaifu = await addArticle({ title: "零一万物发布新模型", body: "创新工场董事长李開復表示，大模型将重塑应用生态。", source: "界面新闻", publishedAt: "2023-11-06T12:00:00+08:00" });
  A.zhouming = await addArticle({ title: "澜舟科技获得融资", body: "澜舟科技创始人周明介绍了孟子模型的进展。", source: "第一财经", authors: ["王小明"], publishedAt: "2023-06-01T08:00:00+08:00" });
  A.openai = await addArticle({ title: "ＯｐｅｎＡＩ发布GPT-4o", body: "OPENAI 在发布会上展示了 GPT-4o 的语音能力。广告：点击购买。", source: "36氪", publishedAt: "2024-05-14T02:00:00+08:00" });
  A.kimi = await addArticle({ title: "月之暗面完成新一轮融资", body: "月之暗面创始人杨植麟表示，公司将继续投入长文本。", source: "晚点", publishedAt: "2024-02-20T10:00:00+08:00" });
  A.zhipuBody = await addArticle({ title: "大模型公司排行", body: "智谱、百度与月之暗面位列前三。大模型 创业 热潮持续。", source: "界面新闻", publishedAt: "2024-06-01T10:00:00+08:00" });
  // Mentions for company:/person: filters (normally written by the entity importer).
  await t.db.companyMention.createMany({
    data: [
      { articleId: A.kimi!, companyId: moon.id, count: 2, salience: 1, about: true, snippet: "" },
      { articleId: A.zhipuBody!, companyId: zhipu.id, count: 1, salience: 0.3, about: false, snippet: "" },
      { articleId: A.zhipuBody!, companyId: moon.id, count: 1, salience: 0.3, about: false, snippet: "" },
    ],
  });
  await t.db.personMention.create({ data: { articleId: A.kimi!, personId: yang.id, count: 1, salience: 1, about: true, snippet: "" } });
});

afterAll(async () => {
  conn.close();
  await t.cleanup();
});

describe("Chinese text search", () => {
  it("finds two-character names as adjacent characters", async () => {
    expect(ids(await search("华为"))).toEqual([A.huawei]);
    expect(ids(await search("周明"))).toEqual([A.zhouming]);
    expect(ids(await search("百度")).sort()).toEqual([A.baidu, A.zhipuBody].sort());
  });
  it("finds a single character", async () => {
    expect(ids(await search("盘"))).toEqual([A.huawei]);
  });
  it("does not match the characters when they are not adjacent", async () => {
    // 明 and 周 both occur in other articles, but not as 周明.
    const r = await search("明周");
    expect(r.articles.items).toEqual([]);
  });
  it("is insensitive to script both ways", async () => {
    expect(ids(await search("李開復"))).toEqual([A.kaifu]);
    expect(ids(await search("李开复"))).toEqual([A.kaifu]);
    expect(ids(await search("華為"))).toEqual([A.huawei]);
    expect(hitTexts(await search("李开复"))).toContain("李開復");
  });
  it("is insensitive to width and case", async () => {
    for (const q of ["openai", "OPENAI", "ＯＰＥＮＡＩ", "OpenAI"]) expect(ids(await search(q)), q).toEqual([A.openai]);
    expect(ids(await search("gpt-4o"))).toEqual([A.openai]);
  });
  it("finds people and companies by pinyin and alias", async () => {
    const byPinyin = await search("likaifu");
    expect(byPinyin.people.map((p) => p.name)).toEqual(["李开复"]);
    expect(ids(byPinyin)).toEqual([A.kaifu]);
    const spaced = await search("li kai fu");
    expect(spaced.people.map((p) => p.name)).toContain("李开复");
    expect(ids(spaced)).toEqual([A.kaifu]);
    // An alias stands for the company: every article linked to it.
    const moonshot = await search("Moonshot AI");
    expect(moonshot.companies[0]).toMatchObject({ name: "月之暗面", matchedBy: "alias", via: "Moonshot AI" });
    expect(ids(moonshot).sort()).toEqual([A.kimi, A.zhipuBody].sort());
    // A product is searched as itself: the maker is offered, not substituted (no text names Kimi).
    const kimi = await search("Kimi");
    expect(kimi.companies.map((c) => c.name)).toEqual(["月之暗面"]);
    expect(kimi.companies[0]).toMatchObject({ matchedBy: "product", via: "Kimi" });
    expect(ids(kimi)).toEqual([]);
  });
});

describe("operators", () => {
  it("exact phrase keeps spaces out of the way and order in", async () => {
    expect(ids(await search('"大模型 创业"'))).toEqual([A.zhipuBody]);
  });
  it("exclusion", async () => {
    const r = await search("百度 -排行");
    expect(ids(r)).toEqual([A.baidu]);
    expect(ids(await search("发布 -广告"))).not.toContain(A.openai);
  });
  it("OR", async () => {
    expect(ids(await search("华为 OR 周明")).sort()).toEqual([A.huawei, A.zhouming].sort());
  });
  it("company: and person: use mentions, by name, alias or pinyin", async () => {
    expect(ids(await search("company:月之暗面")).sort()).toEqual([A.kimi, A.zhipuBody].sort());
    expect(ids(await search("company:kimi 融资"))).toEqual([A.kimi]);
    expect(ids(await search("company:智谱AI"))).toEqual([A.zhipuBody]);
    expect(ids(await search("person:杨植麟"))).toEqual([A.kimi]);
    expect(ids(await search("person:yangzhilin"))).toEqual([A.kimi]);
    expect(ids(await search("company:月之暗面 -company:智谱"))).toEqual([A.kimi]);
  });
  it("an unknown company falls back to the words, with a warning", async () => {
    const r = await search("company:澜舟科技");
    expect(ids(r)).toEqual([A.zhouming]);
    expect(r.warnings.join(" ")).toMatch(/澜舟科技/);
  });
  it("source:, in either script, and -source:", async () => {
    expect(ids(await search("source:第一财经")).sort()).toEqual([A.baidu, A.zhouming].sort());
    expect(ids(await search("source:第一財經 周明"))).toEqual([A.zhouming]);
    expect(ids(await search("大模型 -source:界面新闻"))).toEqual([A.huawei]);
  });
  it("after: inclusive, before: exclusive, Asia/Shanghai days", async () => {
    expect(ids(await search("after:2024-05-14 before:2024-06-01"))).toEqual([A.openai]);
    expect(ids(await search("source:第一财经 before:2024")).sort()).toEqual([A.zhouming]);
    expect(ids(await search("融资 after:2024"))).toEqual([A.kimi]);
  });
  it("a by-line name is searchable", async () => {
    expect(ids(await search("王小明"))).toEqual([A.zhouming]);
  });
});

describe("ranking, snippets, pages", () => {
  it("a title match ranks above a body-only match; recent first among filter-only results", async () => {
    const r = await search("月之暗面");
    expect(ids(r)[0]).toBe(A.kimi);
    const recent = await search("source:第一财经", { sort: "recent" });
    expect(ids(recent)).toEqual([A.baidu, A.zhouming]);
  });
  it("snippets mark the hits as segments", async () => {
    const r = await search("文心一言");
    const a = r.articles.items[0]!;
    expect(a.title.filter((s) => s.hit).map((s) => s.text)).toEqual(["文心一言"]);
    expect(a.snippet.some((s) => s.hit && s.text === "文心一言")).toBe(true);
  });
  it("pages", async () => {
    const p1 = await search("大模型", { pageSize: 1 });
    expect(p1.articles.items).toHaveLength(1);
    expect(p1.articles.hasMore).toBe(true);
    expect(p1.articles.total).toBe(3);
    const p3 = await search("大模型", { pageSize: 1, page: 3 });
    expect(p3.articles.hasMore).toBe(false);
    const all = [...ids(p1), ...ids(await search("大模型", { pageSize: 1, page: 2 })), ...ids(p3)];
    expect(new Set(all).size).toBe(3);
  });
});

describe("hostile input never fails", () => {
  it.each([
    '"', '""', '"""', "*", "百度*", "AND", "OR", "NOT", "NEAR(百度 华为)", "(百度", "百度)", "{title}:百度", "title:百度", "^百度",
    "-", "--百度", "-\"", "company:", 'company:"', "after:", "after:9999-99-99", "\u0000百度\u0000", "😀👍🏽", "'; DROP TABLE Article; --",
    "百度 OR", "OR OR OR", "a".repeat(600), "字 ".repeat(300), "\uD800", "%", "_",
  ])("%j", async (q) => {
    const r = await search(q);
    expect(Array.isArray(r.articles.items)).toBe(true);
  });
});

describe("index maintenance", () => {
  it("an updated article is found by its new words only", async () => {
    const id = await addArticle({ title: "旧标题甲乙", body: "旧的正文丙丁。" });
    expect(ids(await search("甲乙"))).toEqual([id]);
    await t.db.article.update({ where: { id }, data: { title: "新标题戊己", titleSimplified: "新标题戊己", body: "新的正文。", bodySimplified: "新的正文。" } });
    conn.transaction(() => indexArticle(conn, id))();
    expect(ids(await search("甲乙"))).toEqual([]);
    expect(ids(await search("丙丁"))).toEqual([]);
    expect(ids(await search("戊己"))).toEqual([id]);
  });
  it("an article marked missing leaves the index (trigger); re-indexing while missing keeps it out", async () => {
    const id = await addArticle({ title: "消失的文章庚辛", body: "正文。" });
    expect(ids(await search("庚辛"))).toEqual([id]);
    await t.db.article.update({ where: { id }, data: { missingSince: new Date() } });
    expect(ids(await search("庚辛"))).toEqual([]);
    conn.transaction(() => indexArticle(conn, id))();
    expect(ids(await search("庚辛"))).toEqual([]);
    await t.db.article.update({ where: { id }, data: { missingSince: null } });
    conn.transaction(() => indexArticle(conn, id))();
    expect(ids(await search("庚辛"))).toEqual([id]);
  });
  it("a deleted article leaves the index (trigger); unindexArticle removes one", async () => {
    const id = await addArticle({ title: "删除的文章壬癸", body: "正文。" });
    await t.db.article.delete({ where: { id } });
    const rows = conn.prepare(`SELECT count(*) AS n FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ?`).get('"壬癸"') as { n: number };
    expect(rows.n).toBe(0);
    const id2 = await addArticle({ title: "另一篇子丑", body: "正文。" });
    conn.transaction(() => unindexArticle(conn, id2))();
    forgetFreshnessCheck(t.db);
    // The next search notices the article is not indexed and repairs it.
    expect(ids(await search("子丑"))).toEqual([id2]);
  });
  it("the safety-net check runs again only once articles were written since the last one", async () => {
    const indexed = (phrase: string) => (conn.prepare(`SELECT count(*) AS n FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ?`).get(phrase) as { n: number }).n;
    const t0 = Date.now() + 10 * 60_000;
    forgetFreshnessCheck(t.db);
    await keepSearchIndexFresh(t.db, t.url, t0);
    const id = await addArticle({ title: "门控午未", body: "正文。" });
    expect(indexed('"午未"')).toBe(1);
    // Index rows removed behind the importer's back, no article written: a minute later the
    // check is skipped (it reads every article), so the row stays missing.
    await keepSearchIndexFresh(t.db, t.url, t0 + 61_000);
    conn.transaction(() => unindexArticle(conn, id))();
    expect(await keepSearchIndexFresh(t.db, t.url, t0 + 122_000)).toBe(0);
    expect(indexed('"午未"')).toBe(0);
    // An article written without the hook moves the data generation: the next check repairs both.
    const other = await addArticle({ title: "门控申酉", body: "正文。" }, false);
    expect(await keepSearchIndexFresh(t.db, t.url, t0 + 183_000)).toBe(2);
    expect(indexed('"午未"')).toBe(1);
    expect(ids(await search("申酉"))).toEqual([other]);
  });
  it("the safety net leaves a running import's articles to the import, and repairs them a minute after it ends", async () => {
    const t0 = Date.now() + 20 * 60_000;
    const runId = await acquireImportLock(t.db, { trigger: "test", dir: "." });
    try {
      const id = await addArticle({ title: "导入中戌亥", body: "正文。" }, false);
      forgetFreshnessCheck(t.db);
      expect(await keepSearchIndexFresh(t.db, t.url, t0)).toBe(0);
      expect(syncStateOf(id)).toBeUndefined();
      await releaseImportLock(t.db, runId, "succeeded");
      // Within the minute nothing is checked; after it, the article is indexed.
      expect(await keepSearchIndexFresh(t.db, t.url, t0 + 30_000)).toBe(0);
      expect(await keepSearchIndexFresh(t.db, t.url, t0 + 61_000)).toBeGreaterThanOrEqual(1);
      expect(syncStateOf(id)).toBeDefined();
    } finally {
      await t.db.importRun.updateMany({ where: { id: runId, status: "running" }, data: { status: "interrupted" } });
    }
  });
  it("syncSearchIndex indexes articles written without the hook and changed ones", async () => {
    const id = await addArticle({ title: "未索引寅卯", body: "正文。" }, false);
    const r = syncSearchIndex(conn);
    expect(r.indexed).toBeGreaterThanOrEqual(1);
    expect(ids(await search("寅卯"))).toEqual([id]);
    await t.db.article.update({ where: { id }, data: { titleSimplified: "改过辰巳" } });
    expect(syncSearchIndex(conn).indexed).toBe(1);
    expect(ids(await search("辰巳"))).toEqual([id]);
    expect(syncSearchIndex(conn)).toEqual({ indexed: 0, removed: 0 });
  });
});

describe("suggestions", () => {
  it("by name, alias, pinyin and script", async () => {
    forgetEntityIndex(t.db);
    const names = async (q: string) => (await suggestEntities(q, 8, { db: t.db })).map((s) => s.name);
    expect(await names("百")).toContain("百度");
    expect(await names("kimi")).toEqual(["月之暗面"]);
    expect(await names("lkf")).toEqual(["李开复"]);
    expect(await names("華為")).toEqual(["华为"]);
    expect(await names("")).toEqual([]);
    expect(await names('"*)')).toEqual([]);
  });
});
