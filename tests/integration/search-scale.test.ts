/**
 * Search over a few thousand synthetic articles (the benchmark's generator), checked against
 * brute-force SQL on the Article table: newest-first order through the recency key, date
 * ranges, mention filters, the title-first ranking used for very common phrases, and bm25
 * for selective ones.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { openSqlite, type Sqlite } from "@/lib/data/sqlite";
import { extractFile } from "@/lib/ingest/extract-file";
import { fillBenchDb } from "@/lib/bench/fill-bench-db";
import { searchEverything } from "@/lib/data/search/search";

let t: TempDb;
let conn: Sqlite;
const COUNT = 2600;

const search = (q: string, extra: { page?: number; pageSize?: number; sort?: "relevance" | "recent" } = {}) => searchEverything({ q, pageSize: 50, ...extra }, { db: t.db, url: t.url });

/** Brute force: ids of articles whose title or body contains `text`, newest first. */
function brute(where: string, ...params: (string | number)[]): number[] {
  return (conn.prepare(`SELECT a.id FROM "Article" a WHERE ${where} ORDER BY a."publishedAt" DESC, a.id DESC`).all(...params) as { id: number }[]).map((r) => r.id);
}

beforeAll(async () => {
  t = await createTempDb("search-scale-");
  conn = openSqlite(t.url);
  const paragraphs = fs.readdirSync("seeds").flatMap((f) => extractFile(fs.readFileSync(path.join("seeds", f)), f).article.paragraphs).filter((p) => p.length > 20);
  fillBenchDb(conn, { count: COUNT, paragraphs, seed: 99 });
});

afterAll(async () => {
  conn.close();
  await t.cleanup();
});

describe("at a few thousand articles", () => {
  it("newest first matches brute force for a common word", async () => {
    const r = await search("公司", { sort: "recent" });
    const expected = brute(`(a.title || a.body) LIKE '%公司%'`).slice(0, 50);
    expect(r.articles.items.map((a) => a.id)).toEqual(expected);
    expect(r.articles.totalCapped).toBe(true);
  });
  it("a phrase in nearly every article is ranked title-first, newest first within each group", async () => {
    const r = await search("的");
    expect(r.articles.ranking).toBe("title-then-recent");
    const rows = r.articles.items.map((a) => conn.prepare(`SELECT title, publishedAt FROM "Article" WHERE id = ?`).get(a.id) as { title: string; publishedAt: string });
    const inTitle = rows.map((x) => x.title.includes("的"));
    const firstNon = inTitle.indexOf(false);
    if (firstNon >= 0) expect(inTitle.slice(firstNon).every((x) => !x)).toBe(true);
    const dates = (xs: typeof rows) => xs.map((x) => x.publishedAt);
    const sortedDesc = (xs: string[]) => xs.every((d, i) => i === 0 || xs[i - 1]! >= d);
    expect(sortedDesc(dates(rows.filter((_, i) => inTitle[i])))).toBe(true);
    expect(sortedDesc(dates(rows.filter((_, i) => !inTitle[i])))).toBe(true);
  });
  it("a selective term is ranked by bm25", async () => {
    const r = await search("1234");
    expect(r.articles.ranking).toBe("relevance");
    const first = conn.prepare(`SELECT path FROM "Article" WHERE id = ?`).get(r.articles.items[0]!.id) as { path: string };
    expect(first.path).toBe("bench/001234.txt");
  });
  it("date ranges agree with brute force (Asia/Shanghai days)", async () => {
    const r = await search("公司 after:2023-03-01 before:2023-04-01", { sort: "recent" });
    const from = new Date("2023-03-01T00:00:00+08:00").toISOString().replace("Z", "+00:00");
    const to = new Date("2023-04-01T00:00:00+08:00").toISOString().replace("Z", "+00:00");
    const expected = brute(`(a.title || a.body) LIKE '%公司%' AND a."publishedAt" >= ? AND a."publishedAt" < ?`, from, to);
    expect(expected.length).toBeGreaterThan(0);
    expect(r.articles.items.map((a) => a.id)).toEqual(expected.slice(0, 50));
    expect(r.articles.total).toBe(Math.min(expected.length, 200));
  });
  it("company and person filters agree with the mention table", async () => {
    const r = await search("company:月之暗面 person:杨植麟", { sort: "recent" });
    const expected = brute(
      `a.id IN (SELECT cm."articleId" FROM "CompanyMention" cm JOIN "Company" c ON c.id = cm."companyId" WHERE c.slug = 'moonshot')
       AND a.id IN (SELECT pm."articleId" FROM "PersonMention" pm JOIN "Person" p ON p.id = pm."personId" WHERE p.slug = 'yang-zhilin')`,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(r.articles.items.map((a) => a.id)).toEqual(expected.slice(0, 50));
    const page2 = await search("company:月之暗面 person:杨植麟", { sort: "recent", page: 2 });
    expect(page2.articles.items.map((a) => a.id)).toEqual(expected.slice(50, 100));
  });
  it("a filter with words and an exclusion", async () => {
    const r = await search("company:kimi 融资 -开源", { sort: "recent" });
    const expected = brute(
      `a.id IN (SELECT cm."articleId" FROM "CompanyMention" cm JOIN "Company" c ON c.id = cm."companyId" WHERE c.slug = 'moonshot')
       AND (a.title || a.body) LIKE '%融资%' AND (a.title || a.body || a.summary) NOT LIKE '%开源%'`,
    );
    expect(r.articles.items.map((a) => a.id)).toEqual(expected.slice(0, 50));
  });
});
