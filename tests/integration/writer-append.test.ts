/**
 * Writer.append (lib/data/writer.ts): rows a transaction appends are written by its commit —
 * on PostgreSQL held and sent as one multi-row statement per table, on SQLite at once — and are
 * gone with a rollback, like every other write in it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDb, TEST_STORE, type TempDb } from "../helpers/temp-db";
import { withWriter } from "../helpers/store-sql";

const HEAD = `INSERT INTO "EntityMerge" ("kind", "alias", "targetSlug")`;
const UPSERT = `ON CONFLICT ("kind", "alias") DO UPDATE SET "targetSlug" = excluded."targetSlug"`;

let t: TempDb;
beforeAll(async () => {
  t = await createTempDb("writer-append-");
});
afterAll(async () => {
  await t.cleanup();
});

describe(`writer append (${TEST_STORE})`, () => {
  it("writes appended rows with the transaction's commit, keeps their order, and applies the tail", async () => {
    await withWriter(t, async (w) => {
      await w.transaction(async (tx) => {
        for (let i = 0; i < 3; i++) await tx.append(HEAD, ["company", `a${i}`, `t${i}`], UPSERT);
        await tx.append(HEAD, ["person", "p", "x"], UPSERT);
      });
      await w.transaction(async (tx) => tx.append(HEAD, ["company", "a1", "moved"], UPSERT));
      const rows = await w.all<{ kind: string; alias: string; targetSlug: string }>(`SELECT "kind", "alias", "targetSlug" FROM "EntityMerge" ORDER BY "id"`);
      expect(rows).toEqual([
        { kind: "company", alias: "a0", targetSlug: "t0" },
        { kind: "company", alias: "a1", targetSlug: "moved" },
        { kind: "company", alias: "a2", targetSlug: "t2" },
        { kind: "person", alias: "p", targetSlug: "x" },
      ]);
    });
  });

  it("leaves nothing of a rolled-back transaction's appended rows", async () => {
    await withWriter(t, async (w) => {
      const before = await w.get<{ n: number }>(`SELECT count(*) AS "n" FROM "EntityMerge"`);
      await expect(
        w.transaction(async (tx) => {
          await tx.append(HEAD, ["company", "gone", "t"], UPSERT);
          throw new Error("fails after the append");
        }),
      ).rejects.toThrow("fails after the append");
      // A held row that breaks a constraint fails the commit, and the whole transaction with it.
      await expect(
        w.transaction(async (tx) => {
          await tx.run(`INSERT INTO "EntityMerge" ("kind", "alias", "targetSlug") VALUES (?, ?, ?)`, ["company", "kept-out", "t"]);
          await tx.append(HEAD, ["company", null, "t"]);
        }),
      ).rejects.toThrow();
      expect(await w.get<{ n: number }>(`SELECT count(*) AS "n" FROM "EntityMerge"`)).toEqual(before);
    });
  });
});
