/**
 * The read cache on a real SQLite file: a result is reused while nothing changes and recomputed
 * after any committed write — through Prisma (admin decisions), through a separate connection
 * (the CLI importer), or to entities only.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copySeeds, createTempDb, type TempDb } from "../helpers/temp-db";
import { runImport } from "@/lib/data/import/run-import";
import { defaultImportDeps } from "@/lib/data/import/after-save";
import { cachedRead } from "@/lib/data/cache/generation-cache";
import { articleFacets } from "@/lib/data/articles/article-facets";
import { openSqlite } from "@/lib/data/sqlite";

let t: TempDb;

beforeAll(async () => {
  t = await createTempDb("generation-cache-");
  await runImport({ dir: copySeeds(t.dir), trigger: "test" }, { db: t.db, url: t.url, ...defaultImportDeps });
});
afterAll(async () => {
  await t.cleanup();
});

describe("generation cache", () => {
  it("reuses a result until a write moves the generation, whoever writes", async () => {
    let computed = 0;
    const read = () => cachedRead(t.db, "probe", async () => ++computed);
    expect(await read()).toBe(1);
    expect(await read()).toBe(1);

    await t.db.article.update({ where: { id: 1 }, data: { views: 12345 } });
    expect(await read()).toBe(2);
    expect(await read()).toBe(2);

    const conn = openSqlite(t.url);
    try {
      conn.prepare(`UPDATE "Person" SET "confidence" = "confidence" WHERE "id" = (SELECT min("id") FROM "Person")`).run();
    } finally {
      conn.close();
    }
    expect(await read()).toBe(3);
  });

  it("concurrent callers share one computation", async () => {
    let computed = 0;
    const slow = () => cachedRead(t.db, "shared", async () => {
      computed++;
      await new Promise((r) => setTimeout(r, 30));
      return "done";
    });
    expect(await Promise.all([slow(), slow(), slow()])).toEqual(["done", "done", "done"]);
    expect(computed).toBe(1);
  });

  it("a failed computation is not kept", async () => {
    let attempts = 0;
    const flaky = () => cachedRead(t.db, "flaky", async () => {
      attempts++;
      if (attempts === 1) throw new Error("boom");
      return "ok";
    });
    await expect(flaky()).rejects.toThrow("boom");
    expect(await flaky()).toBe("ok");
  });

  it("facet counts follow a re-import that drops an entity from an article", async () => {
    const before = await articleFacets({}, t.db);
    const top = before.companies[0]!;
    const company = await t.db.company.findUniqueOrThrow({ where: { slug: top.value } });
    const mention = await t.db.companyMention.findFirstOrThrow({ where: { companyId: company.id } });
    // An entity-only change, as a re-import makes: a mention goes, the company row changes.
    await t.db.$transaction([
      t.db.companyMention.delete({ where: { id: mention.id } }),
      t.db.company.update({ where: { id: company.id }, data: { aliases: "[]" } }),
    ]);
    const after = await articleFacets({}, t.db);
    expect(after.companies.find((c) => c.value === top.value)?.count ?? 0).toBe(top.count - 1);
    // A company an admin rejects is no longer offered as a choice at all.
    await t.db.company.update({ where: { id: company.id }, data: { status: "rejected" } });
    expect((await articleFacets({}, t.db)).companies.map((c) => c.value)).not.toContain(top.value);
  });
});
