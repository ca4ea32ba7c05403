/**
 * The vitest "postgres" project really runs on PostgreSQL (and the default one on SQLite): the
 * temporary database is the store TEST_STORE names, and the data layer's reader and data
 * generation answer from it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataGeneration } from "@/lib/data/cache/generation-cache";
import { dialectOf, reader } from "@/lib/data/dialect";
import { storeKind } from "@/lib/store-kind";
import { createTempDb, TEST_STORE, type TempDb } from "../helpers/temp-db";

let t: TempDb;
beforeAll(async () => {
  t = await createTempDb("store-switch-");
});
afterAll(async () => {
  await t.cleanup();
});

describe(`store switch (${TEST_STORE})`, () => {
  it("creates the store TEST_STORE names and reads it through the dialect", async () => {
    expect(storeKind(t.url)).toBe(TEST_STORE);
    expect(dialectOf(t.db)).toBe(TEST_STORE);
    const before = await dataGeneration(t.db);
    await t.db.company.create({ data: { slug: "s", name: "测试", kind: "company" } });
    expect(await dataGeneration(t.db)).toBeGreaterThan(before!);
    expect(await reader(t.db).get<{ name: string; about: number }>(`SELECT "name", (1 = 1) AS "about" FROM "Company" WHERE "slug" = ?`, "s")).toEqual({ name: "测试", about: 1 });
  });
});
