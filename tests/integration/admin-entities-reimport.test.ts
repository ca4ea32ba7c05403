/**
 * Review decisions against the real importer and the real entity hook: confirm and reject
 * and merge survive a re-import that re-saves every article; a decision alone (no file changed)
 * makes the next import re-process every article; a confirmed name joins the gazetteer and is
 * found in a new article where no discovery pattern would find it.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copySeeds, createTempDb, type TempDb } from "../helpers/temp-db";
import { runImport } from "@/lib/data/import/run-import";
import { defaultImportDeps } from "@/lib/data/import/after-save";
import { decideEntity } from "@/lib/data/admin/entities";

let t: TempDb;
let seeds: string;
const importAll = () => runImport({ dir: seeds, trigger: "test" }, { db: t.db, url: t.url, ...defaultImportDeps });

/** Changes every seed a little so the next import re-cleans and re-saves every article and its entities. */
function touchSeeds(round: number): void {
  for (const f of fs.readdirSync(seeds)) fs.appendFileSync(path.join(seeds, f), `\n\n(本文第${round}次校对。)\n`);
}

beforeAll(async () => {
  t = await createTempDb("admin-entities-");
  seeds = copySeeds(t.dir);
  const s = await importAll();
  expect(s.added).toBeGreaterThan(0);
});
afterAll(async () => {
  await t.cleanup();
});

describe("review decisions across re-imports", () => {
  it("confirmed stays confirmed and keeps its mentions; rejected stays rejected without mentions", async () => {
    const found = await t.db.person.findMany({ where: { status: "discovered", mentions: { some: {} } }, orderBy: { id: "asc" }, take: 2 });
    expect(found.length).toBe(2);
    const [keep, drop] = found as [(typeof found)[0], (typeof found)[0]];
    await decideEntity(t.db, "person", keep.id, { action: "confirm" });
    await decideEntity(t.db, "person", drop.id, { action: "reject" });

    touchSeeds(1);
    const s = await importAll();
    expect(s.updated + s.duplicates).toBe(s.total);

    const kept = await t.db.person.findUniqueOrThrow({ where: { id: keep.id }, include: { _count: { select: { mentions: true } } } });
    expect(kept.status).toBe("confirmed");
    expect(kept._count.mentions).toBeGreaterThan(0);
    const dropped = await t.db.person.findUniqueOrThrow({ where: { id: drop.id }, include: { _count: { select: { mentions: true } } } });
    expect(dropped.status).toBe("rejected");
    expect(dropped._count.mentions).toBe(0);
    expect(await t.db.person.count({ where: { name: drop.name } })).toBe(1);
  });

  it("a merged name's mentions go to the target and it does not come back for review", async () => {
    const source = await t.db.person.findFirstOrThrow({ where: { status: "discovered", mentions: { some: {} } }, orderBy: { id: "asc" } });
    const target = await t.db.person.findFirstOrThrow({ where: { status: "gazetteer" }, orderBy: { id: "asc" } });
    await decideEntity(t.db, "person", source.id, { action: "merge", into: target.slug });

    touchSeeds(2);
    await importAll();

    expect(await t.db.person.count({ where: { name: source.name } })).toBe(0);
    const after = await t.db.person.findUniqueOrThrow({ where: { id: target.id } });
    // Every alias the merge added survives the re-import's update of the target (the merged
    // name and its own spellings, e.g. pinyin for search), beside the target's own.
    const kept: unknown = JSON.parse(after.aliases);
    expect(kept).toEqual(expect.arrayContaining([source.name, ...(JSON.parse(source.aliases) as string[]), ...(JSON.parse(target.aliases) as string[])]));
  });

  it("a decision alone makes the next import re-process every article", async () => {
    const quiet = await importAll();
    expect(quiet.unchanged).toBe(quiet.total);
    const found = await t.db.person.findFirstOrThrow({ where: { status: "discovered", mentions: { some: {} } }, orderBy: { id: "desc" } });
    await decideEntity(t.db, "person", found.id, { action: "reject" });
    const after = await importAll();
    expect(after.unchanged).toBe(0);
    expect(after.updated + after.duplicates).toBe(after.total);
    expect(await t.db.personMention.count({ where: { personId: found.id } })).toBe(0);
  });

  it("a confirmed name is found in a new article that names it without any discovery pattern", async () => {
    const confirmed = await t.db.person.findFirstOrThrow({ where: { status: "confirmed" } });
    // A bare mention: no title, no organisation, no 表示/认为 after it.
    fs.writeFileSync(
      path.join(seeds, "zz-new.txt"),
      `大模型行业观察\n\n2024-06-01 10:00\n\n今年的行业大会上,展台前挤满了观众,${confirmed.name}的名字也出现在嘉宾名单里。多家公司发布了新一代模型,推理成本继续下降。\n\n业内普遍预计,应用落地将在明年加速,更多企业会把模型接入日常业务流程之中。\n`,
    );
    await importAll();
    const article = await t.db.article.findFirstOrThrow({ where: { path: "zz-new.txt" }, include: { personMentions: { include: { person: true } } } });
    expect(article.personMentions.map((m) => m.person.id)).toContain(confirmed.id);
  });
});
