/**
 * Cached profile pages are rendered again when the data changes, not on a timer: the time of the
 * last write (moved by triggers on every write) against the time a page was rendered.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db";
import { dataChangedAt } from "@/lib/data/cache/generation-cache";
import { exposePageFreshness, PAGE_FRESHNESS, RENDER_MARGIN_MS, renderedAfterLastChange, type PageFreshness } from "@/lib/data/cache/page-freshness";
import { judged } from "@/lib/data/cache/page-cache-handler.mjs";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { fillFixture } from "./data-fixture";

let t: TempDb;
beforeAll(async () => {
  t = await createTempDb("llmnews-page-freshness-");
  await fillFixture(t.db);
});
afterAll(async () => {
  delete (globalThis as Record<symbol, unknown>)[PAGE_FRESHNESS];
  await t.cleanup();
});

const page = (lastModified: number) => ({ lastModified, value: { kind: "APP_PAGE", html: "<p>x</p>" } });

describe("the time of the last change", () => {
  it("is moved by every write to companies, people and articles", async () => {
    const filled = dataChangedAt(t.db);
    expect(filled).toBeGreaterThan(Date.parse("2024-01-01"));
    expect(filled).toBeLessThanOrEqual(Date.now());
    await new Promise((r) => setTimeout(r, 20));
    const before = Date.now();
    await t.db.company.create({ data: { slug: "fresh-co", name: "新鲜公司", kind: "company", status: "gazetteer" } });
    const afterCompany = dataChangedAt(t.db)!;
    // SQLite's clock and Date.now() are the same clock read at a millisecond's precision.
    expect(afterCompany).toBeGreaterThanOrEqual(before - 1);
    expect(afterCompany).toBeLessThanOrEqual(Date.now() + 1);
    await new Promise((r) => setTimeout(r, 20));
    await t.db.person.create({ data: { slug: "fresh-person", name: "新鲜人物", status: "gazetteer" } });
    const afterPerson = dataChangedAt(t.db)!;
    expect(afterPerson).toBeGreaterThan(afterCompany);
    await new Promise((r) => setTimeout(r, 20));
    const article = await t.db.article.findFirstOrThrow({ select: { id: true } });
    await t.db.article.update({ where: { id: article.id }, data: { views: 42 } });
    expect(dataChangedAt(t.db)!).toBeGreaterThan(afterPerson);
  });

  it("is unknown on a database from before the column", async () => {
    const file = path.join(t.dir, "empty.db");
    fs.writeFileSync(file, "");
    const empty = createDb(`file:${file}`);
    try {
      expect(dataChangedAt(empty)).toBeNull();
    } finally {
      await empty.$disconnect();
    }
  });
});

describe("a cached page", () => {
  it("is current only when rendered a margin after the last change", () => {
    const changed = 1_000_000;
    expect(renderedAfterLastChange(changed - 1, changed)).toBe(false);
    expect(renderedAfterLastChange(changed + RENDER_MARGIN_MS - 1, changed)).toBe(false);
    expect(renderedAfterLastChange(changed + RENDER_MARGIN_MS, changed)).toBe(true);
    expect(renderedAfterLastChange(changed, null)).toBeNull();
  });

  it("rendered before a write is marked for a render before it is served; one rendered after counts as just validated", async () => {
    exposePageFreshness(t.db);
    const judge = (globalThis as Record<symbol, unknown>)[PAGE_FRESHNESS] as PageFreshness;
    const renderedEarlier = Date.now() - 60_000;
    await t.db.company.update({ where: { slug: "fresh-co" }, data: { name: "新鲜公司二" } });
    const now = Date.now();
    const old = page(renderedEarlier);
    expect(judged(old, judge, now)).toEqual({ ...old, lastModified: -1 });
    expect(old.lastModified).toBe(renderedEarlier);
    const renderedLater = dataChangedAt(t.db)! + RENDER_MARGIN_MS + 5;
    expect(judged(page(renderedLater), judge, renderedLater + 90_000)).toEqual({ ...page(renderedLater), lastModified: renderedLater + 90_000 });
  });

  it("is left to Next.js's timer when nothing can judge it, and other kinds of entry are never touched", () => {
    const entry = page(123);
    expect(judged(entry, undefined, 999)).toBe(entry);
    expect(judged(entry, () => null, 999)).toBe(entry);
    const route = { lastModified: 123, value: { kind: "APP_ROUTE" } };
    expect(judged(route, () => false, 999)).toBe(route);
    expect(judged(null, () => false, 999)).toBeNull();
  });
});
