/**
 * Issue 16, item 1: the page cache handler on a real folder, as Next's server drives it. Error
 * pages and keys no file system can name are never written; pages written at run time are
 * bounded in entries and bytes, the oldest removed from disk.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { nodeFs } from "next/dist/server/lib/node-fs-methods.js";
import DataAwarePageCache from "@/lib/data/cache/page-cache-handler.mjs";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "page-cache-bound-"));
  const cls = DataAwarePageCache as unknown as { written?: Map<string, number>; writtenBytes: number };
  cls.written?.clear();
  cls.writtenBytes = 0;
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function handler(limits: { maxEntries?: number; maxBytes?: number } = {}) {
  return new (DataAwarePageCache as unknown as new (ctx: object) => InstanceType<typeof DataAwarePageCache>)({
    fs: nodeFs,
    flushToDisk: true,
    serverDistDir: dir,
    revalidatedTags: [],
    maxMemoryCacheSize: 0,
    ...limits,
  });
}

const page = (status: number, html = "<p>page</p>") => ({ kind: "APP_PAGE", status, html, rscData: Buffer.from("rsc"), headers: {} });
const ctx = { cacheControl: { revalidate: 60, expire: 3600 }, isRoutePPREnabled: false, isFallback: false };

function filesUnder(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(root, f)).isFile());
}

describe("the page cache on disk", () => {
  it("never writes a 404 nor a key with a segment too long for a file name", async () => {
    const cache = handler();
    for (let i = 0; i < 50; i++) await cache.set(`/companies/unknown-${i}`, page(404), ctx);
    await cache.set(`/companies/${"x".repeat(300)}`, page(200), ctx);
    expect(filesUnder(dir)).toEqual([]);
    await cache.set("/companies/openai", page(200), ctx);
    expect(filesUnder(dir).sort()).toEqual(["app/companies/openai.html", "app/companies/openai.meta", "app/companies/openai.rsc"]);
  });

  it("keeps at most maxEntries pages written at run time, removing the oldest from disk", async () => {
    const cache = handler({ maxEntries: 10 });
    for (let i = 0; i < 40; i++) await cache.set(`/people/p-${i}`, page(200), ctx);
    const html = filesUnder(dir).filter((f) => f.endsWith(".html"));
    expect(html).toHaveLength(10);
    expect(html).toContain("app/people/p-39.html");
    expect(html).not.toContain("app/people/p-0.html");
    expect(DataAwarePageCache.usage().entries).toBe(10);
  });

  it("keeps at most maxBytes", async () => {
    const cache = handler({ maxBytes: 50_000 });
    for (let i = 0; i < 20; i++) await cache.set(`/companies/c-${i}`, page(200, "x".repeat(10_000)), ctx);
    const bytes = filesUnder(dir).reduce((s, f) => s + fs.statSync(path.join(dir, f)).size, 0);
    expect(bytes).toBeLessThanOrEqual(50_000);
    expect(DataAwarePageCache.usage().bytes).toBeLessThanOrEqual(50_000);
    expect(filesUnder(dir).filter((f) => f.endsWith(".html")).length).toBeGreaterThanOrEqual(4);
  });
});
