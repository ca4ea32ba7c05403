/**
 * Review decisions on a real SQLite file with the real importer: a company merge holds across a
 * re-import; a merge holds even for an extractor that predates it (a decision taken while an
 * import runs), counts of a merged name and its target in one article add up; an unchanged
 * re-import after decisions stays unchanged; rejected names stay unlinked in new articles.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copySeeds, createTempDb, type TempDb } from "../helpers/temp-db";
import { runImport } from "@/lib/data/import/run-import";
import { defaultImportDeps } from "@/lib/data/import/after-save";
import { decideEntity } from "@/lib/data/admin/entities";
import { saveArticleEntities } from "@/lib/data/entities/save-entities";
import { openWriter } from "@/lib/data/writer";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

let t: TempDb;
let seeds: string;
const importAll = () => runImport({ dir: seeds, trigger: "test" }, { db: t.db, url: t.url, ...defaultImportDeps });

function touchSeeds(round: number): void {
  for (const f of fs.readdirSync(seeds)) fs.appendFileSync(path.join(seeds, f), `\n\n(本文第${round}次校对。)\n`);
}

function writeArticle(name: string, paragraph: string): void {
  fs.writeFileSync(path.join(seeds, name), `大模型行业观察\n\n2024-06-01 10:00\n\n${paragraph}\n\n业内普遍预计,应用落地将在明年加速,更多企业会把模型接入日常业务流程之中。\n`);
}

beforeAll(async () => {
  t = await createTempDb("review-hold-");
  seeds = copySeeds(t.dir);
  expect((await importAll()).added).toBeGreaterThan(0);
});
afterAll(async () => {
  await t.cleanup();
});

describe("review decisions hold", () => {
  it("a merged company's mentions stay on the target across a re-import, and the name does not come back", async () => {
    const source = await t.db.company.findFirstOrThrow({ where: { status: "discovered", mentions: { some: {} } }, include: { mentions: true }, orderBy: { id: "asc" } });
    const target = await t.db.company.findFirstOrThrow({ where: { status: "gazetteer", kind: "company" }, orderBy: { id: "asc" } });
    await decideEntity(t.db, "company", source.id, { action: "merge", into: target.slug });

    touchSeeds(1);
    const s = await importAll();
    expect(s.updated + s.duplicates).toBe(s.total);
    expect(await t.db.company.count({ where: { name: source.name } })).toBe(0);
    const onTarget = await t.db.companyMention.findMany({ where: { companyId: target.id }, select: { articleId: true } });
    expect(onTarget.map((m) => m.articleId)).toEqual(expect.arrayContaining(source.mentions.map((m) => m.articleId)));
    expect(JSON.parse((await t.db.company.findUniqueOrThrow({ where: { id: target.id } })).aliases)).toContain(source.name);
  });

  it("a merge holds for an extractor that predates it: the name goes to the target, counts add up, no row comes back", async () => {
    const source = await t.db.person.findFirstOrThrow({ where: { status: "discovered", mentions: { some: {} } }, orderBy: { id: "asc" } });
    const target = await t.db.person.findFirstOrThrow({ where: { status: "gazetteer" }, orderBy: { id: "asc" } });
    // The discovery pattern finds the source; the target is named too, in the same article.
    const input = { title: "", paragraphs: [`${target.name}认为,行业仍在早期。稀奇资本合伙人${source.name}告诉记者,机会在小模型。`] };
    const before = extractEntities(input);
    const sourceHit = before.people.find((p) => p.name === source.name);
    const targetHit = before.people.find((p) => p.slug === target.slug);
    expect(sourceHit?.status).toBe("discovered");
    expect(targetHit).toBeDefined();

    await decideEntity(t.db, "person", source.id, { action: "merge", into: target.slug });
    const article = await t.db.article.findFirstOrThrow({ orderBy: { id: "asc" } });
    const w = openWriter(t.url);
    try {
      // The default extractor knows nothing of the merge, like a run that started before it.
      await w.transaction((tx) => saveArticleEntities(tx, article.id, extractEntities(input)));
    } finally {
      await w.close();
    }
    expect(await t.db.person.count({ where: { name: source.name } })).toBe(0);
    const mention = await t.db.personMention.findUniqueOrThrow({ where: { articleId_personId: { articleId: article.id, personId: target.id } } });
    expect(mention.count).toBe(sourceHit!.count + targetHit!.count);
    expect(JSON.parse(mention.forms)).toEqual(expect.arrayContaining([source.name]));
    const roles = await t.db.role.findMany({ where: { articleId: article.id, personId: target.id } });
    expect(roles.map((r) => r.organisation)).toContain("稀奇资本");
  });

  it("after the decisions have been applied, a re-import with nothing changed changes nothing", async () => {
    const first = await importAll();
    expect(first.updated + first.duplicates).toBe(first.total); // the merge above changed the fingerprint
    const mentions = await t.db.personMention.count();
    const again = await importAll();
    expect(again.unchanged).toBe(again.total);
    expect(await t.db.personMention.count()).toBe(mentions);
  });

  it("a rejected name stays unlinked in a new article, even with a discovery pattern", async () => {
    const rejected = await t.db.person.findFirstOrThrow({ where: { status: "discovered", mentions: { some: {} } }, orderBy: { id: "desc" } });
    await decideEntity(t.db, "person", rejected.id, { action: "reject" });
    writeArticle("zz-rejected.txt", `稀奇资本合伙人${rejected.name}告诉记者,机会在小模型。${rejected.name}表示,推理成本继续下降。`);
    const s = await importAll();
    expect(s.added).toBe(1);
    expect(s.unchanged).toBe(0);
    const article = await t.db.article.findFirstOrThrow({ where: { path: "zz-rejected.txt" }, include: { personMentions: { include: { person: true } } } });
    expect(article.personMentions.map((m) => m.person.name)).not.toContain(rejected.name);
    expect(await t.db.person.count({ where: { name: rejected.name } })).toBe(1);
    expect(await t.db.personMention.count({ where: { personId: rejected.id } })).toBe(0);
  });
});
