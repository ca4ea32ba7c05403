/**
 * Filter-only searches on SQLite (lib/data/search/sqlite-filtered.ts) answer from the newest
 * rows when those hold the page and the capped count, and ask the whole table otherwise: over
 * more articles than its window, every combination of a dense or rare entity, title order,
 * date bounds and page depth gives the page and count of the single ORDER BY over all rows.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { openSqlite, type Sqlite } from "@/lib/data/sqlite";
import { extractFile } from "@/lib/ingest/extract-file";
import { fillBenchDb } from "@/lib/bench/fill-bench-db";
import { BENCH_COMPANIES } from "@/lib/bench/synthetic-articles";
import { filteredInWindow, type FilterShape } from "@/lib/data/search/sqlite-filtered";
import { searchEverything } from "@/lib/data/search/search";
import { keyFloor } from "@/lib/search/recency-key";
import { phraseQuery } from "@/lib/search/fts-terms";
import { searchTokens } from "@/lib/search/normalize";

let t: TempDb;
let conn: Sqlite;
const COUNT = 1600;
const CAP = 201;

beforeAll(async () => {
  t = await createTempDb("sqlite-filtered-");
  conn = openSqlite(t.url);
  const paragraphs = fs.readdirSync("seeds").flatMap((f) => extractFile(fs.readFileSync(path.join("seeds", f)), f).article.paragraphs).filter((p) => p.length > 20);
  fillBenchDb(conn, { count: COUNT, paragraphs, seed: 5 });
}, 240_000);

afterAll(async () => {
  conn?.close();
  await t?.cleanup();
});

const companyId = (name: string) => (conn.prepare(`SELECT id FROM "Company" WHERE name = ?`).get(name) as { id: number }).id;
const phrase = (name: string) => phraseQuery(searchTokens(name));
const inSet = (expr: string, narrow: Prisma.Sql = Prisma.empty) =>
  Prisma.sql`s."ftsRowid" IN (SELECT rowid FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${expr}${narrow})`;

interface Case {
  name: string;
  company: number;
  text: string;
  titled: boolean;
  keyMin: number | null;
  keyMax: number | null;
}

function query(c: Case) {
  const where = (shape: FilterShape) => {
    const link = shape.linkSets
      ? Prisma.sql`s."articleId" IN (SELECT "articleId" FROM "CompanyMention" WHERE "companyId" = ${c.company})`
      : Prisma.sql`EXISTS (SELECT 1 FROM "CompanyMention" cm WHERE cm."articleId" = s."articleId" AND cm."companyId" = ${c.company})`;
    const bounds = [c.keyMin === null ? Prisma.empty : Prisma.sql` AND s."ftsRowid" >= ${c.keyMin}`, c.keyMax === null ? Prisma.empty : Prisma.sql` AND s."ftsRowid" < ${c.keyMax}`];
    return Prisma.sql`(${link} OR ${inSet(c.text, shape.narrow)})${bounds[0]!}${bounds[1]!}`;
  };
  return { where, title: c.titled ? (narrow?: Prisma.Sql) => inSet(`{title} : (${c.text})`, narrow) : null, keyMin: c.keyMin, keyMax: c.keyMax };
}

/** The single ORDER BY over every row the filters keep. */
function reference(c: Case, limit: number, offset: number): { ids: number[]; total: number } {
  const q = query(c);
  const where = q.where({});
  const order = q.title ? Prisma.sql`(${q.title()}) DESC, ` : Prisma.empty;
  const page = Prisma.sql`SELECT s."articleId" AS id FROM "SearchIndexState" s WHERE ${where} ORDER BY ${order}s."ftsRowid" DESC LIMIT ${limit} OFFSET ${offset}`;
  const count = Prisma.sql`SELECT count(*) AS n FROM (SELECT 1 FROM "SearchIndexState" s WHERE ${where} LIMIT ${CAP}) AS sub`;
  return {
    ids: (conn.prepare(page.sql).all(...page.values) as { id: number }[]).map((r) => r.id),
    total: (conn.prepare(count.sql).get(...count.values) as { n: number }).n,
  };
}

describe("filter-only searches in the newest rows first", () => {
  it("give the whole table's page and count, whether the window answers or not", async () => {
    const dense = BENCH_COMPANIES[0]!.name;
    const rare = BENCH_COMPANIES.at(-1)!.name;
    const mid = keyFloor(new Date("2023-01-01T00:00:00+08:00"));
    const cases: Case[] = [];
    for (const name of [dense, rare]) {
      for (const titled of [true, false]) {
        for (const [keyMin, keyMax] of [[null, null], [null, mid], [mid, null], [keyFloor(new Date("2025-12-01T00:00:00+08:00")), null]] as const) {
          cases.push({ name, company: companyId(name), text: phrase(name), titled, keyMin, keyMax });
        }
      }
    }
    let found = 0;
    for (const c of cases) {
      for (const offset of [0, 20, 180, 700]) {
        const expected = reference(c, 21, offset);
        const got = await filteredInWindow(t.db, query(c), 21, offset, CAP);
        expect(got, `${c.name} titled=${c.titled} ${c.keyMin}..${c.keyMax} offset ${offset}`).toEqual(expected);
        if (expected.ids.length > 0) found++;
      }
    }
    // The corpus reaches both ways of answering: pages in the window, and a rare name whose matches are too few for it.
    expect(found).toBeGreaterThan(20);
    expect(reference(cases.find((c) => c.name === rare && c.titled && c.keyMin === null && c.keyMax === null)!, 21, 0).total).toBeLessThan(CAP);
  }, 120_000);

  it("search answers with them: a dense and a rare name, title matches first, paged", async () => {
    const dense = await searchEverything({ q: BENCH_COMPANIES[0]!.name, pageSize: 20, page: 2 }, { db: t.db, url: t.url });
    expect(dense.articles.ranking).toBe("title-first");
    expect(dense.articles.items).toHaveLength(20);
    expect(dense.articles.totalCapped).toBe(true);
    const rare = await searchEverything({ q: `company:${BENCH_COMPANIES.at(-1)!.name}` }, { db: t.db, url: t.url });
    const linked = conn.prepare(`SELECT count(*) AS n FROM "CompanyMention" WHERE "companyId" = ?`).get(companyId(BENCH_COMPANIES.at(-1)!.name)) as { n: number };
    expect(rare.articles.total).toBe(Math.min(linked.n, 200));
  });

  it("a rarely linked company with a common word reads its links as a set: the same articles as brute force", async () => {
    const name = BENCH_COMPANIES.at(-2)!.name;
    const r = await searchEverything({ q: `company:${name} 模型`, sort: "recent", pageSize: 50 }, { db: t.db, url: t.url });
    const expected = (
      conn.prepare(`SELECT a.id FROM "Article" a WHERE (a.title || ' ' || a.body) LIKE '%模型%' AND a.id IN (SELECT "articleId" FROM "CompanyMention" WHERE "companyId" = ?)
        ORDER BY a."publishedAt" DESC, a.id DESC`).all(companyId(name)) as { id: number }[]
    ).map((x) => x.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(r.articles.items.map((a) => a.id)).toEqual(expected.slice(0, 50));
    expect(r.articles.total).toBe(Math.min(expected.length, 200));
  });

  it("tell the window's statement how many rows it reads, and the whole table's to read links as sets", async () => {
    const name = BENCH_COMPANIES.at(-1)!.name;
    const c: Case = { name, company: companyId(name), text: phrase(name), titled: true, keyMin: null, keyMax: null };
    const shapes: FilterShape[] = [];
    const q = query(c);
    await filteredInWindow(t.db, { ...q, where: (shape) => (shapes.push(shape), q.where(shape)) }, 21, 0, CAP);
    // The rare name's matches are too few for the window: the whole table is asked as well.
    expect(shapes.filter((s) => s.narrow !== undefined).map((s) => s.rows)).toEqual([1000]);
    expect(shapes.filter((s) => s.narrow === undefined).map((s) => [s.linkSets, s.rows])).toContainEqual([true, undefined]);
  });

  it("ask FTS5 for the window's rows only: its sets seek to the window's oldest key", async () => {
    const name = BENCH_COMPANIES[0]!.name;
    const c: Case = { name, company: companyId(name), text: phrase(name), titled: true, keyMin: null, keyMax: null };
    const narrows: Prisma.Sql[] = [];
    const q = query(c);
    await filteredInWindow(t.db, { ...q, where: (shape) => (shape.narrow && narrows.push(shape.narrow), q.where(shape)) }, 21, 0, CAP);
    expect(narrows.length).toBeGreaterThan(0);
    // A function in the set's own WHERE runs on each row FTS5 yields: with the bound ignored
    // (a REAL bound value), every match of the whole table; with it sought, the window's only.
    let yielded = 0;
    conn.function("yielded", { deterministic: false }, (_rowid: unknown) => (yielded++, 1));
    const floor = (conn.prepare(`SELECT min(k) AS k FROM (SELECT "ftsRowid" AS k FROM "SearchIndexState" ORDER BY k DESC LIMIT 1000)`).get() as { k: number }).k;
    const all = (conn.prepare(`SELECT count(*) AS n FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ?`).get(c.text) as { n: number }).n;
    const inWindow = (conn.prepare(`SELECT count(*) AS n FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ? AND rowid >= ${floor}`).get(c.text) as { n: number }).n;
    expect(inWindow).toBeLessThan(all);
    for (const narrow of narrows) {
      yielded = 0;
      const set = Prisma.sql`SELECT count(*) AS n FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${c.text} AND yielded(rowid)${narrow}`;
      expect((conn.prepare(set.sql).get(...set.values) as { n: number }).n).toBe(inWindow);
      expect(yielded).toBe(inWindow);
    }
  });
});
