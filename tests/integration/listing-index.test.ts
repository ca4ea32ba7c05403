/**
 * The listing snapshot against brute-force SQL on a few thousand synthetic articles (the
 * benchmark's generator, with some articles undated, some missing and one company rejected):
 * for random filter combinations, the list (every page through the cursor), its total, the
 * counts beside each filter choice, and an entity's profile figures must be what plain SQL over
 * the tables says.
 */
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { openSqlite, prismaDate, type Sqlite } from "@/lib/data/sqlite";
import { extractFile } from "@/lib/ingest/extract-file";
import { fillBenchDb } from "@/lib/bench/fill-bench-db";
import { BENCH_COMPANIES, BENCH_PEOPLE, BENCH_SOURCES } from "@/lib/bench/synthetic-articles";
import { listArticles, listItemsByIds } from "@/lib/data/articles/list-articles";
import { rankIn } from "@/lib/data/listing-index/snapshot";
import { articleFacets } from "@/lib/data/articles/article-facets";
import { entityArticles } from "@/lib/data/articles/entity-articles";
import { mentionMonths } from "@/lib/data/articles/mention-months";
import { coMentions } from "@/lib/data/companies/co-mentions";
import { listingSnapshot } from "@/lib/data/listing-index/listing-index";
import { buildSnapshotOffThread, buildsOffThread } from "@/lib/data/listing-index/off-thread-build";
import { loadSnapshot, readGeneration } from "@/lib/data/listing-index/load-snapshot";
import { buildListingSnapshotAtStart } from "@/lib/data/listing-index/build-at-start";
import { createDb } from "@/lib/db";
import { vi } from "vitest";
import { dayAfter, dayStart } from "@/lib/data/articles/article-where";
import { ArticleFiltersSchema } from "@/lib/validation/article-filters";

let t: TempDb;
let conn: Sqlite;
const COUNT = 3000;
const REJECTED = BENCH_COMPANIES[5]!.slug;

interface F {
  company?: string;
  person?: string;
  source?: string;
  script?: "simplified" | "traditional";
  from?: string;
  to?: string;
}

/** The filters as one SQL condition over `Article a`, written plainly (correlated EXISTS). */
function where(f: F): { sql: string; params: (string | number)[] } {
  const and = [`a."missingSince" IS NULL`];
  const params: (string | number)[] = [];
  if (f.company) {
    and.push(`EXISTS (SELECT 1 FROM "CompanyMention" m JOIN "Company" c ON c.id = m."companyId" WHERE m."articleId" = a.id AND c.slug = ?)`);
    params.push(f.company);
  }
  if (f.person) {
    and.push(`EXISTS (SELECT 1 FROM "PersonMention" m JOIN "Person" p ON p.id = m."personId" WHERE m."articleId" = a.id AND p.slug = ?)`);
    params.push(f.person);
  }
  if (f.source) (and.push(`a.source = ?`), params.push(f.source));
  if (f.script) (and.push(`a.script = ?`), params.push(f.script));
  if (f.from) (and.push(`a."publishedAt" >= ?`), params.push(prismaDate(dayStart(f.from))));
  if (f.to) (and.push(`a."publishedAt" < ?`), params.push(prismaDate(dayAfter(f.to))));
  return { sql: and.join(" AND "), params };
}

function bruteIds(f: F): number[] {
  const w = where(f);
  return (conn.prepare(`SELECT a.id FROM "Article" a WHERE ${w.sql} ORDER BY a."publishedAt" DESC NULLS LAST, a.id DESC`).all(...w.params) as { id: number }[]).map((r) => r.id);
}

/** Counts per value of a facet, as a map, for the rows matching `f`. */
function bruteCounts(f: F, select: string, join = ""): Map<string, number> {
  const w = where(f);
  const rows = conn.prepare(`SELECT ${select} AS v, COUNT(*) AS n FROM "Article" a ${join} WHERE ${w.sql} AND ${select} IS NOT NULL GROUP BY v`).all(...w.params) as { v: string; n: number }[];
  return new Map(rows.map((r) => [String(r.v), r.n]));
}

const companyJoin = `JOIN "CompanyMention" m ON m."articleId" = a.id JOIN "Company" e ON e.id = m."companyId" AND e.status <> 'rejected'`;
const personJoin = `JOIN "PersonMention" m ON m."articleId" = a.id JOIN "Person" e ON e.id = m."personId" AND e.status <> 'rejected'`;

/** The top of a brute-force count map must be what the facet shows (ties may be cut either way at the limit). */
function expectFacet(shown: { value: string; count: number }[], counts: Map<string, number>, limit: number) {
  const sorted = [...counts.values()].sort((a, b) => b - a);
  expect(shown.length).toBe(Math.min(limit, counts.size));
  for (const s of shown) expect(s.count).toBe(counts.get(s.value));
  shown.forEach((s, i) => expect(s.count).toBe(sorted[i]));
}

beforeAll(async () => {
  t = await createTempDb("listing-index-");
  conn = openSqlite(t.url);
  const paragraphs = fs.readdirSync("seeds").flatMap((f) => extractFile(fs.readFileSync(path.join("seeds", f)), f).article.paragraphs).filter((p) => p.length > 20);
  fillBenchDb(conn, { count: COUNT, paragraphs, seed: 7 });
  // Shapes the generator does not make: undated, missing, traditional, equal timestamps, a rejected entity.
  conn.exec(`UPDATE "Article" SET "publishedAt" = NULL, "publishedLocal" = NULL WHERE id % 37 = 0;
    UPDATE "Article" SET "missingSince" = '2025-01-01T00:00:00.000+00:00' WHERE id % 41 = 0;
    UPDATE "Article" SET "script" = 'traditional' WHERE id % 5 = 0;
    UPDATE "Article" SET "publishedAt" = (SELECT "publishedAt" FROM "Article" WHERE id = 2) WHERE id % 97 = 3 AND "publishedAt" IS NOT NULL;
    UPDATE "Company" SET "status" = 'rejected' WHERE slug = '${REJECTED}';`);
});

afterAll(async () => {
  conn.close();
  await t.cleanup();
});

const filtersArb = fc.record(
  {
    company: fc.constantFrom(...BENCH_COMPANIES.map((c) => c.slug), "no-such-company"),
    person: fc.constantFrom(...BENCH_PEOPLE.map((p) => p.slug)),
    source: fc.constantFrom(...BENCH_SOURCES, "不存在的来源"),
    script: fc.constantFrom("simplified" as const, "traditional" as const),
    from: fc.constantFrom("2020-03-01", "2021-06-15", "2022-01-01"),
    to: fc.constantFrom("2021-12-31", "2023-06-30", "2030-01-01"),
  },
  { requiredKeys: [] },
).filter((f) => !f.from || !f.to || f.from <= f.to);

/** A row's links must be its top mentions by (about, count); ties in count may be cut either way at the third place. */
function expectTopMentions(a: { id: number; companies: { slug: string; about: boolean }[]; people: { slug: string; about: boolean }[] }) {
  for (const [table, key, entity, shown] of [
    ["CompanyMention", "companyId", "Company", a.companies],
    ["PersonMention", "personId", "Person", a.people],
  ] as const) {
    const all = conn
      .prepare(`SELECT e.slug, m.about, m.count FROM "${table}" m JOIN "${entity}" e ON e.id = m."${key}" WHERE m."articleId" = ? ORDER BY m.about DESC, m.count DESC`)
      .all(a.id) as { slug: string; about: number; count: number }[];
    const bySlug = new Map(all.map((m) => [m.slug, m]));
    expect(shown.map((e) => [bySlug.get(e.slug)?.about, bySlug.get(e.slug)?.count])).toEqual(all.slice(0, 3).map((m) => [m.about, m.count]));
    for (const e of shown) expect(e.about).toBe(bySlug.get(e.slug)!.about === 1);
  }
}

describe("listing snapshot", () => {
  it("lists every page of any filter combination as brute-force SQL does, with the same total", async () => {
    await fc.assert(
      fc.asyncProperty(filtersArb, fc.integer({ min: 7, max: 100 }), async (f, limit) => {
        const expected = bruteIds(f);
        const seen: number[] = [];
        let cursor: string | undefined;
        for (let page = 0; page < 1000; page++) {
          const r = await listArticles(ArticleFiltersSchema.parse({ ...f, group: "off", limit, ...(cursor ? { cursor } : {}) }), t.db);
          expect(r.total).toBe(expected.length);
          seen.push(...r.items.map((a) => a.id));
          if (!r.nextCursor) break;
          cursor = r.nextCursor;
        }
        expect(seen).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });

  it("a row's companies and people are its top mentions (about first, then most named), as the mention tables say", async () => {
    const items = (await listArticles(ArticleFiltersSchema.parse({ limit: 100 }), t.db)).items;
    expect(items.length).toBe(100);
    for (const a of items) expectTopMentions(a);
    expect(items.reduce((n, a) => n + a.companies.length + a.people.length, 0)).toBeGreaterThan(100);
  });

  it("a row the snapshot does not hold (written after it was taken) gets its links from the mention tables", async () => {
    const a = (await listArticles(ArticleFiltersSchema.parse({ company: BENCH_COMPANIES[0]!.slug, limit: 1 }), t.db)).items[0]!;
    conn.prepare(`UPDATE "Article" SET "missingSince" = ? WHERE id = ?`).run(prismaDate(new Date()), a.id);
    try {
      const s = await listingSnapshot(t.db);
      expect(rankIn(s.rankOfId, a.id)).toBe(-1);
      const [row] = await listItemsByIds(t.db, [a.id], s);
      expect(row!.companies.length).toBeGreaterThan(0);
      expectTopMentions(row!);
    } finally {
      conn.prepare(`UPDATE "Article" SET "missingSince" = NULL WHERE id = ?`).run(a.id);
    }
  });

  it("counts beside each filter choice are brute-force counts over the other filters", async () => {
    await fc.assert(
      fc.asyncProperty(filtersArb, async (f) => {
        const facets = await articleFacets(f, t.db);
        const { source: _s, ...noSource } = f;
        const { script: _k, ...noScript } = f;
        expectFacet(facets.sources, bruteCounts(noSource, `a.source`), 12);
        expectFacet(facets.scripts, bruteCounts(noScript, `a.script`), 12);
        // Companies and people add to the choice (all must be named): each count is the list with it added.
        expectFacet(facets.companies, bruteCounts(f, `e.slug`, companyJoin), 12);
        expectFacet(facets.people, bruteCounts(f, `e.slug`, personJoin), 12);
        expect(facets.companies.map((c) => c.value)).not.toContain(REJECTED);
      }),
      { numRuns: 40 },
    );
  });

  it("profile figures (articles about first, counts, months, co-mentions) match brute force", async () => {
    for (const c of BENCH_COMPANIES.slice(0, 4)) {
      const id = (conn.prepare(`SELECT id FROM "Company" WHERE slug = ?`).get(c.slug) as { id: number }).id;
      const rows = conn
        .prepare(
          `SELECT a.id, m.about, substr(a."publishedLocal", 1, 7) AS month FROM "CompanyMention" m JOIN "Article" a ON a.id = m."articleId"
           WHERE m."companyId" = ? AND a."missingSince" IS NULL ORDER BY m.about DESC, a."publishedAt" DESC NULLS LAST, a.id DESC`,
        )
        .all(id) as { id: number; about: number; month: string | null }[];
      const e = await entityArticles(t.db, "company", id, 20);
      expect(e.articleCount).toBe(rows.length);
      expect(e.aboutCount).toBe(rows.filter((r) => r.about).length);
      expect(e.articles.map((a) => [a.id, a.about])).toEqual(rows.slice(0, 20).map((r) => [r.id, r.about === 1]));

      const months = (await mentionMonths("company", id, t.db)).filter((m) => m.count > 0);
      const byMonth = new Map<string, number>();
      for (const r of rows) if (r.month) byMonth.set(r.month, (byMonth.get(r.month) ?? 0) + 1);
      expect(months).toEqual([...byMonth].sort(([a], [b]) => a.localeCompare(b)).map(([month, count]) => ({ month, count })));

      const co = await coMentions("company", id, t.db);
      const expected = bruteCounts({ company: c.slug }, `e.slug`, `${companyJoin} AND e.slug <> '${c.slug}'`);
      expectFacet(co.companies.map((x) => ({ value: x.slug, count: x.articles })), expected, 12);
    }
  });

  it("is rebuilt after a write, and holds the generation it was read at", async () => {
    const before = await listingSnapshot(t.db);
    expect(await listingSnapshot(t.db)).toBe(before);
    const id = (conn.prepare(`SELECT id FROM "Article" WHERE "missingSince" IS NULL ORDER BY id LIMIT 1`).get() as { id: number }).id;
    conn.prepare(`UPDATE "Article" SET "missingSince" = ? WHERE id = ?`).run(prismaDate(new Date()), id);
    const after = await listingSnapshot(t.db);
    expect(after).not.toBe(before);
    expect(after.size).toBe(before.size - 1);
    expect(after.generation).not.toBe(before.generation);
  });

  it("while an import runs, the snapshot held is served at once (a rebuild runs behind it); the first read after the run is exact", async () => {
    const fresh = await listingSnapshot(t.db);
    const run = await t.db.importRun.create({ data: { trigger: "test", dir: "x", status: "running" } });
    const id = (conn.prepare(`SELECT id FROM "Article" WHERE "missingSince" IS NULL ORDER BY id LIMIT 1`).get() as { id: number }).id;
    conn.prepare(`UPDATE "Article" SET "missingSince" = ? WHERE id = ?`).run(prismaDate(new Date()), id);
    expect(await listingSnapshot(t.db)).toBe(fresh);
    await t.db.importRun.update({ where: { id: run.id }, data: { status: "succeeded" } });
    expect((await listingSnapshot(t.db)).size).toBe(fresh.size - 1);
  });

  it("a snapshot built in the worker thread is the one built here, arrays and all", async () => {
    const offThread = await buildSnapshotOffThread(t.url);
    expect(offThread).toEqual(loadSnapshot(conn, () => readGeneration(conn)));
    expect(offThread.size).toBeGreaterThan(0);
    expect(buildsOffThread()).toBe(true);
  });

  it("the start hook builds the snapshot, and on a database without tables only warns", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      await buildListingSnapshotAtStart(t.db);
      expect(log.mock.calls.some(([m]) => /snapshot of \d+ articles built/.test(String(m)))).toBe(true);
      const empty = createDb(`file:${path.join(t.dir, "unmigrated.db")}`);
      await expect(buildListingSnapshotAtStart(empty)).resolves.toBeUndefined();
      expect(warn.mock.calls.some(([m]) => String(m).includes("snapshot not built at start"))).toBe(true);
      await empty.$disconnect();
    } finally {
      log.mockRestore();
      warn.mockRestore();
    }
  });
});
