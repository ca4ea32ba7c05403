/**
 * A common word with a company: or person: filter that keeps few articles, on SQLite: the
 * window of the newest matches reaches far back, so its title matches are found by probing each
 * window row newest first (search.ts, sparseLinks) instead of as the set of every title match
 * since the window's oldest row. The answers are those of brute force over the Article and
 * mention tables (the newest 500 matches, title matches first, each part newest first) for
 * every company and person of a varied synthetic corpus, and the plan is the probe exactly when
 * the filter is sparse. The readOffLoop spy calls through: the real statements run.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTempDb, TEST_STORE, type TempDb } from "../helpers/temp-db";
import { openSqlite, type Sqlite } from "@/lib/data/sqlite";
import { extractFile } from "@/lib/ingest/extract-file";
import { fillBenchDb } from "@/lib/bench/fill-bench-db";
import { BENCH_COMPANIES, BENCH_PEOPLE } from "@/lib/bench/synthetic-articles";
import { readOffLoop } from "@/lib/data/listing-index/off-thread-build";
import { searchEverything } from "@/lib/data/search/search";

vi.mock("@/lib/data/listing-index/off-thread-build", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/data/listing-index/off-thread-build")>();
  return { ...real, readOffLoop: vi.fn(real.readOffLoop) };
});

let t: TempDb;
let conn: Sqlite;
const COUNT = 2600;
const WINDOW = 500;
const PAGE = 20;

/** Brute force: the page of `word` among articles linked to the entity, as the window ranks it. */
function expected(kind: "company" | "person", name: string, word: string, page: number): number[] {
  const [table, col, entity] = kind === "company" ? ["CompanyMention", "companyId", "Company"] : ["PersonMention", "personId", "Person"];
  const rows = conn.prepare(
    `SELECT a.id, a.title LIKE ? AS t FROM "Article" a WHERE (a.title LIKE ? OR a.body LIKE ?)
       AND a.id IN (SELECT m."articleId" FROM "${table}" m JOIN "${entity}" e ON e.id = m."${col}" WHERE e.name = ?)
     ORDER BY a."publishedAt" DESC, a.id DESC LIMIT ${WINDOW}`,
  ).all(`%${word}%`, `%${word}%`, `%${word}%`, name) as { id: number; t: number }[];
  const ordered = [...rows.filter((r) => r.t), ...rows.filter((r) => !r.t)];
  return ordered.slice((page - 1) * PAGE, page * PAGE).map((r) => r.id);
}

const windowStatements = () =>
  vi.mocked(readOffLoop).mock.calls.map(([, q]) => q.sql).filter((sql) => sql.startsWith("WITH cand AS"));

describe.skipIf(TEST_STORE === "postgres")("a common word under a sparse link filter", () => {
  beforeAll(async () => {
    t = await createTempDb("search-sparse-links-");
    conn = openSqlite(t.url);
    const paragraphs = fs.readdirSync("seeds").flatMap((f) => extractFile(fs.readFileSync(path.join("seeds", f)), f).article.paragraphs).filter((p) => p.length > 20);
    fillBenchDb(conn, { count: COUNT, paragraphs, seed: 41 });
  });

  afterAll(async () => {
    conn.close();
    await t?.cleanup();
  });

  it("answers as brute force for every company and person, on the first pages", async () => {
    let probed = 0;
    for (const [kind, list] of [["company", BENCH_COMPANIES], ["person", BENCH_PEOPLE]] as const) {
      for (const e of list) {
        for (const page of [1, 2]) {
          vi.mocked(readOffLoop).mockClear();
          const r = await searchEverything({ q: `${kind}:${e.name} 的`, page, pageSize: PAGE }, { db: t.db, url: t.url });
          // 的 is in more than rankedMatchesMax articles: the window plan, title matches first.
          expect(r.articles.ranking).toBe("title-then-recent");
          expect(r.articles.items.map((h) => h.id), `${kind}:${e.name} page ${page}`).toEqual(expected(kind, e.name, "的", page));
          if (windowStatements().some((sql) => sql.includes("titled AS"))) probed++;
        }
      }
    }
    // The corpus reaches both plans: some filters are sparse, some dense.
    expect(probed).toBeGreaterThan(0);
    expect(probed).toBeLessThan(2 * (BENCH_COMPANIES.length + BENCH_PEOPLE.length));
  });

  it("probes window rows for a rarely linked company, and reads the title set without a filter", async () => {
    const rare = (conn.prepare(`SELECT c.name FROM "Company" c JOIN "CompanyMention" m ON m."companyId" = c.id GROUP BY c.id ORDER BY count(*) ASC LIMIT 1`).get() as { name: string }).name;
    vi.mocked(readOffLoop).mockClear();
    // A page size of its own: the first test's answers are cached.
    await searchEverything({ q: `company:${rare} 的`, pageSize: 7 }, { db: t.db, url: t.url });
    expect(windowStatements()).toHaveLength(1);
    expect(windowStatements()[0]).toContain("titled AS");

    vi.mocked(readOffLoop).mockClear();
    await searchEverything({ q: "的", pageSize: 7 }, { db: t.db, url: t.url });
    expect(windowStatements()).toHaveLength(1);
    expect(windowStatements()[0]).not.toContain("titled AS");
  });
});
