/**
 * Issue 17's "no event-loop stalls": the listing snapshot a page needs after a write is rebuilt
 * in the worker thread, never on the thread serving requests. The snapshot builder of this
 * thread is wrapped in a spy that still calls through (a fallback would work, and be seen);
 * the worker loads its own copy, so every build it does leaves the spy untouched.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTempDb, TEST_STORE, type TempDb } from "../helpers/temp-db";
import { openSqlite, prismaDate, type Sqlite } from "@/lib/data/sqlite";
import { extractFile } from "@/lib/ingest/extract-file";
import { fillBenchDb } from "@/lib/bench/fill-bench-db";
import { listArticles } from "@/lib/data/articles/list-articles";
import { listCompanies } from "@/lib/data/companies/list-companies";
import { buildsOffThread } from "@/lib/data/listing-index/off-thread-build";
import { loadSnapshot } from "@/lib/data/listing-index/load-snapshot";
import { ArticleFiltersSchema } from "@/lib/validation/article-filters";
import { CompanyListSchema } from "@/lib/validation/entity-lists";

vi.mock("@/lib/data/listing-index/load-snapshot", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/data/listing-index/load-snapshot")>();
  return { ...real, loadSnapshot: vi.fn(real.loadSnapshot) };
});

let t: TempDb;
let conn: Sqlite;

// PostgreSQL builds its snapshot from the pool (the database server does the reading).
describe.skipIf(TEST_STORE === "postgres")("the listing snapshot off the request path", () => {
  beforeAll(async () => {
    t = await createTempDb("snapshot-off-path-");
    conn = openSqlite(t.url);
    const paragraphs = fs.readdirSync("seeds").flatMap((f) => extractFile(fs.readFileSync(path.join("seeds", f)), f).article.paragraphs).filter((p) => p.length > 20);
    fillBenchDb(conn, { count: 400, paragraphs, seed: 3 });
  });

  afterAll(async () => {
    conn.close();
    await t?.cleanup();
  });

  it("a list read after a write sees it, from a snapshot the worker built", async () => {
    const filters = ArticleFiltersSchema.parse({ group: "off" });
    const before = await listArticles(filters, t.db);
    expect(before.total).toBe(400);
    const companies = await listCompanies(CompanyListSchema.parse({}), t.db);
    const top = companies.items[0]!;

    // Two writes the next request must see: an article gone, and with it one of the top company's mentions.
    const gone = (conn.prepare(`SELECT "articleId" AS id FROM "CompanyMention" WHERE "companyId" = ? ORDER BY "articleId" LIMIT 1`).get(top.id) as { id: number }).id;
    conn.prepare(`UPDATE "Article" SET "missingSince" = ? WHERE id = ?`).run(prismaDate(new Date()), gone);

    const after = await listArticles(filters, t.db);
    expect(after.total).toBe(399);
    expect(after.items.map((a) => a.id)).not.toContain(gone);
    const again = await listCompanies(CompanyListSchema.parse({}), t.db);
    expect(again.items.find((c) => c.id === top.id)?.articleCount).toBe(top.articleCount - 1);

    expect(buildsOffThread()).toBe(true);
    expect(vi.mocked(loadSnapshot)).not.toHaveBeenCalled();
  });
});
