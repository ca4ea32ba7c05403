/**
 * Undoing review decisions against the real importer: an undone rejection puts the entity back on
 * review and the next import finds its mentions again; an undone merge forgets the alias, and the
 * next import discovers the name again for review; the list of decided entities follows.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copySeeds, createTempDb, type TempDb } from "../helpers/temp-db";
import { runImport } from "@/lib/data/import/run-import";
import { defaultImportDeps } from "@/lib/data/import/after-save";
import { decideEntity, EntityDecisionError } from "@/lib/data/admin/entities";
import { listDecided, undoEntityDecision, undoMerge } from "@/lib/data/admin/entity-undo";

let t: TempDb;
let seeds: string;
const importAll = () => runImport({ dir: seeds, trigger: "test" }, { db: t.db, url: t.url, ...defaultImportDeps });
const mentions = (personId: number) => t.db.personMention.count({ where: { personId } });

beforeAll(async () => {
  t = await createTempDb("admin-undo-");
  seeds = copySeeds(t.dir);
  expect((await importAll()).added).toBeGreaterThan(0);
});
afterAll(async () => {
  await t.cleanup();
});

describe("undoing review decisions", () => {
  it("an undone rejection is back on review, and the next import restores its mentions", async () => {
    const p = await t.db.person.findFirstOrThrow({ where: { status: "discovered", mentions: { some: {} } }, orderBy: { id: "asc" } });
    const before = await mentions(p.id);
    await decideEntity(t.db, "person", p.id, { action: "reject" });
    expect(await mentions(p.id)).toBe(0);
    expect((await listDecided(t.db)).find((d) => d.name === p.name)).toMatchObject({ decision: "rejected", kind: "person", id: p.id });

    await undoEntityDecision(t.db, "person", p.id);
    expect((await t.db.person.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("discovered");
    expect((await listDecided(t.db)).some((d) => d.name === p.name)).toBe(false);

    const run = await importAll();
    expect(run.unchanged).toBe(0);
    expect(await mentions(p.id)).toBe(before);
  });

  it("an undone confirmation is back on review; undoing twice is refused", async () => {
    const p = await t.db.person.findFirstOrThrow({ where: { status: "discovered" }, orderBy: { id: "desc" } });
    await decideEntity(t.db, "person", p.id, { action: "confirm" });
    await undoEntityDecision(t.db, "person", p.id);
    expect((await t.db.person.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("discovered");
    await expect(undoEntityDecision(t.db, "person", p.id)).rejects.toMatchObject({ status: 409, code: "not_decided" });
    await expect(undoEntityDecision(t.db, "person", 999_999)).rejects.toBeInstanceOf(EntityDecisionError);
  });

  it("an undone merge drops the alias, and the next import discovers the name again", async () => {
    const source = await t.db.person.findFirstOrThrow({ where: { status: "discovered", mentions: { some: {} } }, orderBy: { id: "asc" } });
    const target = await t.db.person.findFirstOrThrow({ where: { status: "gazetteer" }, orderBy: { id: "asc" } });
    await decideEntity(t.db, "person", source.id, { action: "merge", into: target.slug });
    const merged = (await listDecided(t.db)).find((d) => d.decision === "merged" && d.name === source.name);
    expect(merged).toMatchObject({ kind: "person", target: { slug: target.slug, name: target.name } });
    expect(JSON.parse((await t.db.person.findUniqueOrThrow({ where: { id: target.id } })).aliases)).toContain(source.name);

    await undoMerge(t.db, merged!.id);
    expect(await t.db.entityMerge.count({ where: { alias: source.name } })).toBe(0);
    expect(JSON.parse((await t.db.person.findUniqueOrThrow({ where: { id: target.id } })).aliases)).not.toContain(source.name);

    await importAll();
    const back = await t.db.person.findFirst({ where: { name: source.name }, include: { _count: { select: { mentions: true } } } });
    expect(back?.status).toBe("discovered");
    expect(back!._count.mentions).toBeGreaterThan(0);
  });
});
