/**
 * Review decisions against the real importer and the real entity hook: confirm and reject
 * must survive a re-import that re-saves every article (each seed changed). Merge needs the
 * importer to resolve names through stored aliases (see lib/data/admin/entities.ts); until it
 * does, the merge case is recorded as a known failure.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copySeeds, createTempDb, type TempDb } from "../helpers/temp-db";
import { runImport } from "@/lib/data/import/run-import";
import { saveEntitiesAfterSave } from "@/lib/data/entities/entities-after-save";
import { decideEntity } from "@/lib/data/admin/entities";

let t: TempDb;
let seeds: string;
const importAll = () => runImport({ dir: seeds, trigger: "test" }, { db: t.db, url: t.url, afterSave: [saveEntitiesAfterSave] });

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

  // Known gap, for the importer: a merged name must resolve to its target through the target's
  // aliases, and re-saving the target must keep aliases an admin added. Flip to `it` once it does.
  it.fails("a merged name's mentions go to the target and it does not come back for review", async () => {
    const source = await t.db.person.findFirstOrThrow({ where: { status: "discovered", mentions: { some: {} } }, orderBy: { id: "asc" } });
    const target = await t.db.person.findFirstOrThrow({ where: { status: "gazetteer" }, orderBy: { id: "asc" } });
    await decideEntity(t.db, "person", source.id, { action: "merge", into: target.slug });

    touchSeeds(2);
    await importAll();

    expect(await t.db.person.count({ where: { name: source.name } })).toBe(0);
    const after = await t.db.person.findUniqueOrThrow({ where: { id: target.id } });
    expect(JSON.parse(after.aliases)).toContain(source.name);
  });
});
