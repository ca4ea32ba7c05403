/**
 * Issue 17's "no event-loop stalls": what a process's first search did on the event loop the
 * first time (the OpenCC converter's tables, Prisma's first compile of the import-run check and
 * the entity tables' version, the entity lists' load) is done at server start by
 * warmRequestPathAtStart, before the server takes requests (instrumentation.ts awaits it).
 * Behaviour, not timing: after the warm-up, the first search builds no converter and loads no
 * entity lists; the converter is one per process, so a second module instance (another Next.js
 * bundle) finds it made; a database that cannot be read yet does not stop the start.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { createDb } from "@/lib/db";
import { forgetEntityIndex } from "@/lib/data/search/entities";
import { prepareEntitiesOffThread } from "@/lib/data/listing-index/off-thread-build";
import { searchEverything } from "@/lib/data/search/search";
import { warmRequestPathAtStart } from "@/lib/data/warm-at-start";

const made = vi.hoisted(() => ({ converters: 0 }));
vi.mock("@/lib/text/opencc-lazy", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/text/opencc-lazy")>();
  return { ...real, lazyConverter: (preset: string) => (made.converters++, real.lazyConverter(preset)) };
});
vi.mock("@/lib/data/listing-index/off-thread-build", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/data/listing-index/off-thread-build")>();
  return { ...real, prepareEntitiesOffThread: vi.fn(real.prepareEntitiesOffThread) };
});

let t: TempDb;

describe("warm-up at server start", () => {
  beforeAll(async () => {
    t = await createTempDb("warm-at-start-");
    await t.db.company.create({ data: { slug: "baidu", name: "百度", kind: "company", aliases: JSON.stringify(["Baidu"]), products: "[]" } });
    await t.db.person.create({ data: { slug: "li-kaifu", name: "李开复", aliases: "[]" } });
  });

  afterAll(async () => {
    await t?.cleanup();
  });

  it("leaves the first search no converter to build and no entity lists to load", async () => {
    forgetEntityIndex(t.db);
    const warmed = await warmRequestPathAtStart(t.db);
    const lists = await warmed.entities;
    expect(lists?.companies.map((c) => c.name)).toEqual(["百度"]);
    expect(made.converters).toBeGreaterThan(0);

    made.converters = 0;
    vi.mocked(prepareEntitiesOffThread).mockClear();
    const result = await searchEverything({ q: "百度 發佈" }, { db: t.db, url: t.url });
    expect(result.companies.map((c) => c.name)).toContain("百度");
    expect(made.converters).toBe(0);
    expect(vi.mocked(prepareEntitiesOffThread)).not.toHaveBeenCalled();
  });

  it("makes the converter once per process: another module instance (Next.js bundle) uses it", async () => {
    const { toSimplified } = await import("@/lib/text/script");
    expect(toSimplified("發佈")).toBe("发布");
    made.converters = 0;
    vi.resetModules();
    const other = await import("@/lib/text/script");
    expect(other.toSimplified).not.toBe(toSimplified);
    expect(other.toSimplified("臺灣")).toBe("台湾");
    expect(made.converters).toBe(0);
  });

  it("does not stop the start when the database cannot be read yet", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "warm-unmigrated-"));
    const bare = createDb(`file:${path.join(dir, "empty.db")}`);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const warmed = await warmRequestPathAtStart(bare);
      expect(warmed.entities).toBeNull();
      expect(warn).toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      await bare.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
