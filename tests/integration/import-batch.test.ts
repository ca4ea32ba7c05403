/**
 * The importer's batches (run-import.ts): on PostgreSQL a batch of files shares one transaction,
 * its new articles take reserved ids and go in as one statement, and the entity rows the batch
 * names are read once; on SQLite a batch is one file. Either way a bad file in a batch costs
 * only itself, and what is stored is what importing the files one by one stores.
 */
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runImport, type AfterSave } from "@/lib/data/import/run-import";
import { defaultImportDeps } from "@/lib/data/import/after-save";
import { copySeeds, createTempDb, TEST_STORE, type TempDb } from "../helpers/temp-db";
import { withWriter } from "../helpers/store-sql";

let t: TempDb;
let seeds: string;
const importAll = (into: TempDb, dir: string, afterSave: AfterSave[] = defaultImportDeps.afterSave) =>
  runImport({ dir, trigger: "test" }, { db: into.db, url: into.url, ...defaultImportDeps, afterSave });

/** Everything the import stored for each article, by path (ids as paths, so two stores compare). */
async function stored(into: TempDb) {
  return withWriter(into, async (w) => {
    const articles = await w.all<{ id: number; path: string; title: string; duplicateOf: string | null }>(
      `SELECT a."id", a."path", a."title", d."path" AS "duplicateOf" FROM "Article" a LEFT JOIN "Article" d ON d."id" = a."duplicateOfId" ORDER BY a."path"`,
    );
    const names = async (sql: string) => (await w.all<{ path: string; name: string }>(sql)).map((r) => `${r.path} ${r.name}`).sort();
    return {
      articles: articles.map(({ id: _, ...a }) => a),
      companies: await names(`SELECT a."path", c."name" || ' ' || m."count" AS "name" FROM "CompanyMention" m JOIN "Article" a ON a."id" = m."articleId" JOIN "Company" c ON c."id" = m."companyId"`),
      people: await names(`SELECT a."path", p."name" || ' ' || m."count" AS "name" FROM "PersonMention" m JOIN "Article" a ON a."id" = m."articleId" JOIN "Person" p ON p."id" = m."personId"`),
      roles: await names(`SELECT a."path", r."organisation" || ' ' || r."title" AS "name" FROM "Role" r JOIN "Article" a ON a."id" = r."articleId"`),
      stories: (await w.get<{ n: number }>(`SELECT count(*) AS "n" FROM "ArticleStory"`))!.n,
      searchRows: (await w.get<{ n: number }>(`SELECT count(*) AS "n" FROM "SearchIndexState"`))!.n,
    };
  });
}

beforeEach(async () => {
  t = await createTempDb("import-batch-");
  seeds = copySeeds(t.dir);
});
afterEach(async () => {
  await t.cleanup();
});

describe(`import batches (${TEST_STORE})`, () => {
  it("a bad file in a batch loses nothing of the others, leaves nothing of itself, and the next run stores what a clean run does", async () => {
    const files = fs.readdirSync(seeds).sort();
    // A near-duplicate of the first file in the same batch: it refers to an article of its own statement.
    fs.copyFileSync(path.join(seeds, files[0]!), path.join(seeds, "zz-copy.txt"));
    const victim = files[2]!;
    // Fails after the victim's article, story and entities are written in the batch's transaction.
    const failing: AfterSave = async (tx, articleId) => {
      if ((await tx.get<{ path: string }>(`SELECT "path" FROM "Article" WHERE "id" = ?`, [articleId]))?.path === victim) throw new Error("write failed mid-batch");
    };
    const s = await importAll(t, seeds, [...defaultImportDeps.afterSave, failing]);
    expect(s).toMatchObject({ added: 4, duplicates: 1, failed: 1 });
    expect(s.failures).toEqual([{ path: victim, error: "write failed mid-batch" }]);

    const after = await stored(t);
    expect(after.articles.map((a) => a.path)).not.toContain(victim);
    expect([...after.companies, ...after.people, ...after.roles].filter((r) => r.startsWith(`${victim} `))).toEqual([]);
    expect(after.stories).toBe(5);
    expect(after.searchRows).toBe(5);
    expect(after.articles.find((a) => a.path === "zz-copy.txt")?.duplicateOf).toBe(files[0]);
    expect((await t.db.importItem.findMany({ where: { path: victim } })).map((i) => i.status)).toEqual(["failed"]);

    expect(await importAll(t, seeds)).toMatchObject({ added: 1, unchanged: 5, failed: 0 });
    const clean = await createTempDb("import-batch-clean-");
    try {
      expect(await importAll(clean, seeds)).toMatchObject({ added: 5, duplicates: 1, failed: 0 });
      expect(await stored(t)).toEqual(await stored(clean));
    } finally {
      await clean.cleanup();
    }
  });

  it("a changed article that repeats a new one of its batch is stored as its duplicate", async () => {
    const files = fs.readdirSync(seeds).sort();
    const original = fs.readFileSync(path.join(seeds, files[1]!), "utf8");
    fs.rmSync(path.join(seeds, files[1]!));
    const changed = files[3]!;
    await importAll(t, seeds);
    // A new file (sorted first, so the batch saves it before it compares the changed one) and a
    // stored file changed to repeat it: nothing stored before the run is like either.
    const fresh = "000-new.txt";
    fs.writeFileSync(path.join(seeds, fresh), original);
    fs.writeFileSync(path.join(seeds, changed), `${original}\n\n(转载。)\n`);
    const last = (await t.db.article.findFirstOrThrow({ orderBy: { id: "desc" } })).id;
    const s = await importAll(t, seeds);
    expect(s).toMatchObject({ added: 1, duplicates: 1, unchanged: 3, failed: 0 });
    const rows = await t.db.article.findMany({ where: { path: { in: [fresh, changed] } }, select: { id: true, path: true, duplicateOfId: true } });
    const byPath = new Map(rows.map((r) => [r.path, r]));
    // The next id, as on SQLite: the batch was written once, not rolled back and written again file by file.
    expect(byPath.get(fresh)?.id).toBe(last + 1);
    expect(byPath.get(fresh)?.duplicateOfId).toBeNull();
    expect(byPath.get(changed)?.duplicateOfId).toBe(byPath.get(fresh)?.id);
    expect(await t.db.articleVersion.count({ where: { articleId: byPath.get(changed)!.id } })).toBe(1);
  });
});
