/**
 * Issue 17's "no event-loop stalls": the company and person lists the search matches against are
 * loaded once per change, however many searches arrive together. The first searches after a
 * change came 20 at once under load and each prepared its own copy of every entity on the
 * request thread. prepareEntity is wrapped in a spy that still calls through, so the number of
 * calls is the number of entities prepared.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { entityIndex, forgetEntityIndex } from "@/lib/data/search/entities";
import { prepareEntity } from "@/lib/search/entity-match";

vi.mock("@/lib/search/entity-match", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/search/entity-match")>();
  return { ...real, prepareEntity: vi.fn(real.prepareEntity) };
});

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
    vi.mocked(prepareEntity).mockClear();
    const all = await Promise.all(Array.from({ length: 20 }, () => entityIndex(t.db)));
    expect(all.every((x) => x === all[0])).toBe(true);
    expect(all[0]!.companies.map((c) => c.name).sort()).toEqual(["智谱", "百度"].sort());
    expect(vi.mocked(prepareEntity)).toHaveBeenCalledTimes(3);

    vi.mocked(prepareEntity).mockClear();
    await t.db.company.update({ where: { slug: "zhipu" }, data: { name: "智谱AI" } });
    const after = await Promise.all(Array.from({ length: 20 }, () => entityIndex(t.db)));
    expect(after.every((x) => x === after[0])).toBe(true);
    expect(after[0]!.companies.map((c) => c.name)).toContain("智谱AI");
    expect(vi.mocked(prepareEntity)).toHaveBeenCalledTimes(3);
  });
});
