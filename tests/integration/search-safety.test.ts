/**
 * Property: for any typed string, the MATCH expressions built from it run on a real FTS5
 * table without an SQLite error, and the JSON API answers 200 or a 400 JSON body — never 500.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { openSqlite, type Sqlite } from "@/lib/data/sqlite";
import { parseQuery } from "@/lib/search/parse-query";
import { buildMatch, combinedMatch } from "@/lib/search/match-expression";
import { indexArticle } from "@/lib/data/search/index-article";

let t: TempDb;
let conn: Sqlite;
let route: { GET: (r: Request) => Promise<Response> };
let suggestRoute: { GET: (r: Request) => Promise<Response> };

// Strings biased towards what breaks FTS5 queries: operators, quotes, brackets, column filters.
const nasty = fc.constantFrom('"', "'", "*", "(", ")", "{", "}", "^", ":", "-", "+", "AND", "OR", "NOT", "NEAR", "NEAR/2", "title:", "company:", "source:", "after:", " ", "\u0000", "百度", "華為", "😀", "\uD800", "ＯＲ", "＂", "－");
const queryText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 80 }),
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.array(nasty, { maxLength: 20 }).map((xs) => xs.join("")),
  fc.array(fc.oneof(nasty, fc.string({ maxLength: 4 })), { maxLength: 30 }).map((xs) => xs.join(" ")),
);

beforeAll(async () => {
  t = await createTempDb("search-safety-");
  conn = openSqlite(t.url);
  const a = await t.db.article.create({
    data: { path: "a.txt", title: "百度发布", titleSimplified: "百度发布", body: "正文 AND OR NOT", bodySimplified: "正文 AND OR NOT", source: "第一财经", script: "simplified", encoding: "utf-8", encodingReason: "t", rawText: "", contentHash: "h", nearDupKey: "0", cleaning: "{}" },
  });
  indexArticle(conn, a.id);
  process.env.DATABASE_URL = t.url;
  route = await import("@/app/api/search/route");
  suggestRoute = await import("@/app/api/suggest/route");
});

afterAll(async () => {
  conn.close();
  await t.cleanup();
});

describe("MATCH expressions from any input", () => {
  it("run without SQLite errors", () => {
    const stmt = conn.prepare(`SELECT count(*) AS n FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ?`);
    fc.assert(
      fc.property(queryText, (s) => {
        const m = buildMatch(parseQuery(s));
        for (const expr of [combinedMatch(m), m.positive, m.negative]) if (expr !== null) stmt.get(expr);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("/api/search", () => {
  const get = (qs: string) => route.GET(new Request(`http://localhost/api/search?${qs}`));
  it("answers 200 JSON for any q", async () => {
    await fc.assert(
      fc.asyncProperty(queryText, async (s) => {
        const res = await get(new URLSearchParams({ q: s }).toString());
        expect(res.status).toBe(200);
        const body = (await res.json()) as { articles: { items: unknown[] } };
        expect(Array.isArray(body.articles.items)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
  it("finds the article", async () => {
    const body = (await (await get("q=%E7%99%BE%E5%BA%A6")).json()) as { articles: { items: { id: number }[] } };
    expect(body.articles.items).toHaveLength(1);
  });
  it.each(["page=0", "page=abc", "page=1.5", "page=100000", "pageSize=0", "pageSize=51", "sort=random", "unknown=1", `q=${"x".repeat(1001)}`])("400 for %s", async (qs) => {
    const res = await get(qs);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; issues: { param: string; message: string }[] } };
    expect(body.error.code).toBe("invalid_parameters");
    expect(body.error.issues.length).toBeGreaterThan(0);
  });
  it("/api/suggest validates too", async () => {
    expect((await suggestRoute.GET(new Request("http://localhost/api/suggest?q=%E7%99%BE"))).status).toBe(200);
    expect((await suggestRoute.GET(new Request("http://localhost/api/suggest?limit=999"))).status).toBe(400);
    expect((await suggestRoute.GET(new Request(`http://localhost/api/suggest?q=${"x".repeat(101)}`))).status).toBe(400);
  });
});
