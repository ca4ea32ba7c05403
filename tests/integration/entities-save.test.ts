/** Entities stored by the importer hook in a real SQLite file: companies, people, roles, stable slugs, re-import. */
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runImport } from "@/lib/data/import/run-import";
import { saveEntitiesAfterSave } from "@/lib/data/entities/entities-after-save";
import { saveArticleEntities } from "@/lib/data/entities/save-entities";
import { openWriter } from "@/lib/data/writer";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";
import { copySeeds, createTempDb, type TempDb } from "../helpers/temp-db";

let t: TempDb;
let seeds: string;
const importOnce = () => runImport({ dir: seeds, trigger: "test" }, { db: t.db, url: t.url, afterSave: [saveEntitiesAfterSave] });

beforeEach(async () => {
  t = await createTempDb("llmnews-entities-");
  seeds = copySeeds(t.dir);
});
afterEach(async () => {
  await t.cleanup();
});

describe("saving entities", () => {
  it("stores companies, people, mentions and roles for the seeds", async () => {
    const run = await importOnce();
    expect(run.failed).toBe(0);
    const tencentCloud = await t.db.company.findUniqueOrThrow({ where: { slug: "tencent-cloud" } });
    expect(tencentCloud).toMatchObject({ name: "腾讯云", parentSlug: "tencent", kind: "company", status: "gazetteer" });
    const li = await t.db.person.findUniqueOrThrow({ where: { slug: "li-kaifu" }, include: { mentions: true } });
    expect(JSON.parse(li.aliases)).toEqual(expect.arrayContaining(["李開復", "Kai-Fu Lee", "likaifu"]));
    expect(li.mentions.length).toBe(3);
    const lxc = await t.db.person.findFirstOrThrow({ where: { name: "李学朝" }, include: { roles: true } });
    expect(lxc).toMatchObject({ status: "discovered", slug: "li-xuechao" });
    expect(lxc.roles.map((r) => r.title).sort()).toEqual(["副总裁", "智能平台负责人"]);
    expect(lxc.roles.every((r) => r.companyId === tencentCloud.id)).toBe(true);
    const openai = await t.db.company.findUniqueOrThrow({ where: { slug: "openai" } });
    expect(JSON.parse(openai.products)).toContain("ChatGPT");
    expect(await t.db.companyMention.count({ where: { companyId: openai.id } })).toBe(5);
    expect(await t.db.company.count({ where: { name: "每日经济新闻" } })).toBe(0);
  });

  it("replaces an article's rows on re-save and keeps ids and slugs stable", async () => {
    await importOnce();
    const before = await t.db.company.findMany({ select: { id: true, slug: true }, orderBy: { id: "asc" } });
    const counts = [await t.db.companyMention.count(), await t.db.personMention.count(), await t.db.role.count()];
    const article = await t.db.article.findFirstOrThrow({ where: { path: { contains: "001" } } });
    const w = openWriter(t.url);
    try {
      const result = extractEntities({ title: article.title, paragraphs: article.body.split("\n\n") });
      await w.transaction((tx) => saveArticleEntities(tx, article.id, result));
      await w.transaction((tx) => saveArticleEntities(tx, article.id, result));
    } finally {
      await w.close();
    }
    expect([await t.db.companyMention.count(), await t.db.personMention.count(), await t.db.role.count()]).toEqual(counts);
    expect(await t.db.company.findMany({ select: { id: true, slug: true }, orderBy: { id: "asc" } })).toEqual(before);
  });

  it("does not link an entity an admin rejected", async () => {
    await importOnce();
    expect(await t.db.personMention.count({ where: { person: { name: "雷强生" } } })).toBe(1);
    await t.db.person.updateMany({ where: { name: "雷强生" }, data: { status: "rejected" } });
    const file = fs.readdirSync(seeds).find((f) => f.startsWith("000"))!;
    fs.appendFileSync(path.join(seeds, file), "\n");
    await importOnce();
    const p = await t.db.person.findFirstOrThrow({ where: { name: "雷强生" }, include: { mentions: true } });
    expect(p.mentions).toEqual([]);
  });
});
