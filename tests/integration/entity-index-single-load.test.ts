/**
 * Issue 17's "no event-loop stalls": the company and person lists the search matches against are
 * loaded once per change, however many searches arrive together. The first searches after a
 * change came 20 at once under load and each prepared its own copy of every entity on the
 * request thread. The lists are prepared in the worker thread (prepareEntitiesOffThread, since
 * pinyin-pro's first call held the loop), so that call is wrapped in a spy that still calls
 * through: one call per change, with every entity in it.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { entityIndex, forgetEntityIndex } from "@/lib/data/search/entities";
import { prepareEntitiesOffThread } from "@/lib/data/listing-index/off-thread-build";

vi.mock("@/lib/data/listing-index/off-thread-build", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/data/listing-index/off-thread-build")>();
  return { ...real, prepareEntitiesOffThread: vi.fn(real.prepareEntitiesOffThread) };
});

/** Entities handed to the preparation, over all its calls since the last clear. */
function prepared(): number {
  return vi.mocked(prepareEntitiesOffThread).mock.calls.reduce((n, [records]) => n + records.length, 0);
}

let t: TempDb;

describe("the search's entity lists", () => {
  beforeAll(async () => {
    t = await createTempDb("entity-index-");
    await t.db.company.create({ data: { slug: "baidu", name: "百度", kind: "company", aliases: JSON.stringify(["Baidu"]), products: "[]" } });
    await t.db.company.create({ data: { slug: "zhipu", name: "智谱", kind: "company", aliases: "[]", products: "[]" } });
    await t.db.person.create({ data: { slug: "li-yanhong", name: "李彦宏", aliases: "[]" } });
  });

  afterAll(async () => {
    await t?.cleanup();
  });

  it("are prepared once for 20 searches that arrive together, and again once after a change", async () => {
    forgetEntityIndex(t.db);
    vi.mocked(prepareEntitiesOffThread).mockClear();
    const all = await Promise.all(Array.from({ length: 20 }, () => entityIndex(t.db)));
    expect(all.every((x) => x === all[0])).toBe(true);
    expect(all[0]!.companies.map((c) => c.name).sort()).toEqual(["智谱", "百度"].sort());
    expect(vi.mocked(prepareEntitiesOffThread)).toHaveBeenCalledTimes(1);
    expect(prepared()).toBe(3);

    vi.mocked(prepareEntitiesOffThread).mockClear();
    await t.db.company.update({ where: { slug: "zhipu" }, data: { name: "智谱AI" } });
    const after = await Promise.all(Array.from({ length: 20 }, () => entityIndex(t.db)));
    expect(after.every((x) => x === after[0])).toBe(true);
    expect(after[0]!.companies.map((c) => c.name)).toContain("智谱AI");
    expect(vi.mocked(prepareEntitiesOffThread)).toHaveBeenCalledTimes(1);
    expect(prepared()).toBe(3);
  });
});
