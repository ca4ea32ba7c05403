/**
 * `npm run db:copy`: the seeds imported into SQLite by the real importer, copied into a fresh
 * PostgreSQL database — stopped half-way and resumed — give the same counts, the same pages
 * (article, profile, list) and the same search answers on both stores.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getArticle } from "@/lib/data/articles/get-article";
import { listArticles } from "@/lib/data/articles/list-articles";
import { getCompany } from "@/lib/data/companies/get-company";
import { copySqliteToPostgres } from "@/lib/data/copy/sqlite-to-postgres";
import { defaultImportDeps } from "@/lib/data/import/after-save";
import { runImport } from "@/lib/data/import/run-import";
import { searchEverything } from "@/lib/data/search/search";
import { copySeeds, createTempDb, type TempDb } from "../helpers/temp-db";
import { createTempPg, PG_ENABLED, type TempPg } from "../helpers/temp-pg";

describe.runIf(PG_ENABLED)("db:copy (SQLite → PostgreSQL)", () => {
  let lite: TempDb;
  let post: TempPg;
  beforeAll(async () => {
    [lite, post] = await Promise.all([createTempDb("copy-"), createTempPg("copy_")]);
    const seeds = copySeeds(lite.dir);
    const summary = await runImport({ dir: seeds, trigger: "test" }, { db: lite.db, url: lite.url, ...defaultImportDeps });
    expect(summary.added).toBeGreaterThan(0);
    // An admin's decisions travel too.
    const company = await lite.db.company.findFirstOrThrow({ where: { status: "discovered" } }).catch(() => lite.db.company.findFirstOrThrow());
    await lite.db.company.update({ where: { id: company.id }, data: { status: "rejected" } });
    await lite.db.entityMerge.create({ data: { kind: "company", alias: "某别名", targetSlug: "baidu" } });
  });
  afterAll(async () => {
    await lite?.cleanup();
    await post?.cleanup();
  });

  it("resumes after a stop half-way and ends with every table's count equal", async () => {
    let batches = 0;
    const stopped = await copySqliteToPostgres({
      from: lite.url,
      to: post.url,
      batch: 2,
      onBatch: (table) => {
        if (table === "Article" && ++batches === 1) throw new Error("stopped");
      },
    }).catch((e: unknown) => e);
    expect(stopped).toBeInstanceOf(Error);
    expect(await post.db.article.count()).toBe(2);
    const result = await copySqliteToPostgres({ from: lite.url, to: post.url, batch: 2 });
    expect(result.ok).toBe(true);
    expect(result.counts.find((c) => c.table === "Article")!.target).toBeGreaterThan(0);
    expect(result.counts.find((c) => c.table === "EntityMerge")!.target).toBe(1);
    // Again: nothing more to copy, nothing doubled, nothing to re-index.
    const again = await copySqliteToPostgres({ from: lite.url, to: post.url });
    expect(again).toMatchObject({ ok: true, indexed: 0 });
    expect(again.counts).toEqual(result.counts);
  });

  it("serves the same article, list and profile from both stores", async () => {
    const ids = (await lite.db.article.findMany({ select: { id: true } })).map((a) => a.id);
    for (const id of ids) expect(await getArticle(id, post.db)).toEqual(await getArticle(id, lite.db));
    const filters = { limit: 20 } as Parameters<typeof listArticles>[0];
    expect(await listArticles(filters, post.db)).toEqual(await listArticles(filters, lite.db));
    expect(await getCompany("baidu", post.db)).toEqual(await getCompany("baidu", lite.db));
  });

  it("answers searches with the same articles", async () => {
    let found = 0;
    for (const q of ["百度", "大模型", "华为", "智谱", "李彦宏", "likaifu", "company:百度", "模型 -百度", "\"文心一言\"", "发布 OR 融资", "a", "华"]) {
      const [a, b] = await Promise.all([
        searchEverything({ q, sort: "recent", pageSize: 50 }, { db: lite.db, url: lite.url }),
        searchEverything({ q, sort: "recent", pageSize: 50 }, { db: post.db, url: post.url }),
      ]);
      expect(b.articles.items.map((h) => h.id), q).toEqual(a.articles.items.map((h) => h.id));
      expect(b.articles.items, q).toEqual(a.articles.items);
      found += a.articles.items.length;
    }
    expect(found).toBeGreaterThan(5);
  });
});
