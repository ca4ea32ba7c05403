/**
 * Several companies and people at once (all of / any of) and one row per story, against plain
 * SQL over a few thousand synthetic articles whose story table groups every eighth article with
 * an earlier one (lib/bench/fill-bench-db.ts): the list, its total, its rows and the counts beside
 * each company and person choice must be what brute force says.
 */
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { openSqlite, type Sqlite } from "@/lib/data/sqlite";
import { extractFile } from "@/lib/ingest/extract-file";
import { fillBenchDb } from "@/lib/bench/fill-bench-db";
import { BENCH_COMPANIES, BENCH_PEOPLE, BENCH_SOURCES } from "@/lib/bench/synthetic-articles";
import { listArticles } from "@/lib/data/articles/list-articles";
import { articleFacets } from "@/lib/data/articles/article-facets";
import { ArticleFiltersSchema } from "@/lib/validation/article-filters";

let t: TempDb;
let conn: Sqlite;

interface F {
  company?: string[];
  person?: string[];
  match?: "all" | "any";
  source?: string;
}

function where(f: F): { sql: string; params: string[] } {
  const params: string[] = [];
  const picks: string[] = [];
  for (const slug of f.company ?? []) {
    picks.push(`EXISTS (SELECT 1 FROM "CompanyMention" m JOIN "Company" c ON c.id = m."companyId" WHERE m."articleId" = a.id AND c.slug = ?)`);
    params.push(slug);
  }
  for (const slug of f.person ?? []) {
    picks.push(`EXISTS (SELECT 1 FROM "PersonMention" m JOIN "Person" p ON p.id = m."personId" WHERE m."articleId" = a.id AND p.slug = ?)`);
    params.push(slug);
  }
  const and = [`a."missingSince" IS NULL`];
  if (picks.length) and.push(`(${picks.join(f.match === "any" ? " OR " : " AND ")})`);
  if (f.source) (and.push(`a.source = ?`), params.push(f.source));
  return { sql: and.join(" AND "), params };
}

function bruteIds(f: F): number[] {
  const w = where(f);
  return (conn.prepare(`SELECT a.id FROM "Article" a WHERE ${w.sql} ORDER BY a."publishedAt" DESC NULLS LAST, a.id DESC`).all(...w.params) as { id: number }[]).map((r) => r.id);
}

const storyOf = (id: number) => (conn.prepare(`SELECT "storyId" FROM "ArticleStory" WHERE "articleId" = ?`).get(id) as { storyId: number }).storyId;

beforeAll(async () => {
  t = await createTempDb("stories-picks-");
  conn = openSqlite(t.url);
  const paragraphs = fs.readdirSync("seeds").flatMap((f) => extractFile(fs.readFileSync(path.join("seeds", f)), f).article.paragraphs).filter((p) => p.length > 20);
  fillBenchDb(conn, { count: 2000, paragraphs, seed: 11 });
  conn.exec(`UPDATE "Article" SET "missingSince" = '2025-01-01T00:00:00.000+00:00' WHERE id % 43 = 0;`);
});

afterAll(async () => {
  conn.close();
  await t.cleanup();
});

const slugs = (list: { slug: string }[]) => fc.uniqueArray(fc.constantFrom(...list.map((e) => e.slug)), { minLength: 0, maxLength: 3 });
const filtersArb = fc.record(
  { company: slugs(BENCH_COMPANIES), person: slugs(BENCH_PEOPLE), match: fc.constantFrom("all" as const, "any" as const), source: fc.constantFrom(...BENCH_SOURCES) },
  { requiredKeys: ["company", "person", "match"] },
);
const params = (f: F) => ({
  ...(f.company?.length ? { company: f.company } : {}),
  ...(f.person?.length ? { person: f.person } : {}),
  match: f.match,
  ...(f.source ? { source: f.source } : {}),
});

async function everyRow(f: F, group: "story" | "off") {
  const ids: number[] = [];
  let cursor: string | undefined;
  let first: Awaited<ReturnType<typeof listArticles>> | null = null;
  for (let page = 0; page < 1000; page++) {
    const r = await listArticles(ArticleFiltersSchema.parse({ ...params(f), group, limit: 50, ...(cursor ? { cursor } : {}) }), t.db);
    first ??= r;
    ids.push(...r.items.map((a) => a.id));
    if (!r.nextCursor) break;
    cursor = r.nextCursor;
  }
  return { ids, total: first!.total, rows: first!.rows };
}

describe("several companies and people", () => {
  it("lists all of / any of them as SQL does, page after page", async () => {
    await fc.assert(
      fc.asyncProperty(filtersArb, async (f) => {
        const expected = bruteIds(f);
        const r = await everyRow(f, "off");
        expect(r.total).toBe(expected.length);
        expect(r.ids).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  });

  it("counts beside each company and person are the length of the list that choice leads to", async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(filtersArb, async (f) => {
        const facets = await articleFacets(params(f), t.db);
        for (const [kind, shown] of [["company", facets.companies], ["person", facets.people]] as const) {
          for (const c of shown.slice(0, 4)) {
            checked++;
            const chosen = f[kind] ?? [];
            const next = { ...f, [kind]: chosen.includes(c.value) ? chosen.filter((s) => s !== c.value) : [...chosen, c.value] };
            // A chosen one counts its own articles in the list; another counts the list it leads to.
            const expected = chosen.includes(c.value) ? bruteIds({ ...f }).filter((id) => bruteIds({ [kind]: [c.value] }).includes(id)).length : bruteIds(next).length;
            expect(c.count, `${kind} ${c.value} under ${JSON.stringify(f)}`).toBe(expected);
          }
        }
      }),
      { numRuns: 15 },
    );
    expect(checked).toBeGreaterThan(20);
  });
});

describe("one row per story", () => {
  it("shows each story of the matching articles once, at its lead, with the article total unchanged", async () => {
    await fc.assert(
      fc.asyncProperty(filtersArb, async (f) => {
        const expected = bruteIds(f);
        const r = await everyRow(f, "story");
        expect(r.total).toBe(expected.length);
        const stories = new Set(expected.map(storyOf));
        expect(r.rows).toBe(stories.size);
        expect(r.ids.length).toBe(stories.size);
        expect(new Set(r.ids.map(storyOf))).toEqual(stories);
        // Each row is a matching article, in list order.
        const position = new Map(expected.map((id, i) => [id, i]));
        const at = r.ids.map((id) => position.get(id));
        expect(at.every((p) => p !== undefined)).toBe(true);
        expect([...at].sort((a, b) => a! - b!)).toEqual(at);
      }),
      { numRuns: 20 },
    );
  });

  it("leads with the earliest report (unless a later one is markedly more complete) and lists the others under it", async () => {
    const page = await listArticles(ArticleFiltersSchema.parse({ limit: 100 }), t.db);
    const grouped = page.items.filter((a) => a.story);
    expect(grouped.length).toBeGreaterThan(3);
    for (const a of grouped) {
      const members = conn
        .prepare(
          `SELECT a.id, a."publishedAt" AS at, s."bodyChars" AS chars FROM "ArticleStory" s JOIN "Article" a ON a.id = s."articleId" WHERE s."storyId" = ? AND a."missingSince" IS NULL`,
        )
        .all(storyOf(a.id)) as { id: number; at: string; chars: number }[];
      expect(a.story!.others.map((o) => o.id).sort()).toEqual(members.map((m) => m.id).filter((id) => id !== a.id).sort());
      const earliest = members.reduce((x, y) => (y.at < x.at || (y.at === x.at && y.id < x.id) ? y : x));
      const fullest = Math.max(...members.map((m) => m.chars));
      if (earliest.chars >= 0.6 * fullest) expect(a.id).toBe(earliest.id);
      else expect(a.story!.others.every((o) => members.find((m) => m.id === o.id)!.chars <= members.find((m) => m.id === a.id)!.chars)).toBe(true);
      expect(a.story!.outlets).toBeGreaterThanOrEqual(1);
    }
  });
});
