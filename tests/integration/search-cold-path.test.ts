/**
 * What a first search shares with the searches before it (issue 17, the search API's cold path):
 * the filter-only window's edge (the key of the newest index rows) is read once per data
 * generation, not by every search of a name; and the window statement is told how many rows it
 * reads, so links more numerous than those are probed per row rather than built whole as a set.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { searchEverything } from "@/lib/data/search/search";
import { readOffLoop } from "@/lib/data/listing-index/off-thread-build";
import { linkSets } from "@/lib/data/search/sqlite-filtered";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { fillFixture } from "./data-fixture";

vi.mock("@/lib/data/listing-index/off-thread-build", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/data/listing-index/off-thread-build")>();
  return { ...real, readOffLoop: vi.fn(real.readOffLoop) };
});

let t: TempDb;

beforeAll(async () => {
  t = await createTempDb("llmnews-search-cold-");
  await fillFixture(t.db);
});
afterAll(async () => {
  await t.cleanup();
});

describe("a first search of a name", () => {
  it("reads the window's edge once for every name searched until the data changes", async () => {
    vi.mocked(readOffLoop).mockClear();
    const baidu = await searchEverything({ q: "百度" }, { db: t.db, url: t.url });
    const tencent = await searchEverything({ q: "腾讯" }, { db: t.db, url: t.url });
    expect(baidu.articles.total).toBeGreaterThan(0);
    expect(tencent.articles.total).toBeGreaterThan(0);
    const edges = vi.mocked(readOffLoop).mock.calls.filter(([, q]) => /min\(k\) AS floor/.test(q.sql));
    expect(edges).toHaveLength(1);
  });
});

describe("linkSets", () => {
  it("probes links per row when they far outnumber the rows the statement reads, else reads them as a set", () => {
    expect(linkSets({ dense: false, links: 15_691 }, { rows: 1000 })).toBe(false);
    expect(linkSets({ dense: false, links: 292 }, { rows: 1000 })).toBe(true);
    // A few thousand links are still cheaper as a set than 1,000 probes.
    expect(linkSets({ dense: false, links: 2_101 }, { rows: 1000 })).toBe(true);
    // Without a bound on the rows (the whole table), sparse links stay a set and dense ones probes.
    expect(linkSets({ dense: false, links: 15_691 }, {})).toBe(true);
    expect(linkSets({ dense: true, links: 36_528 }, { rows: 1000 })).toBe(false);
    // The shape's own choice wins.
    expect(linkSets({ dense: true, links: 36_528 }, { linkSets: true })).toBe(true);
  });
});
