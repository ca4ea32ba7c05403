/**
 * Saved searches as Atom feeds, over the seeds imported by the real importer with its default
 * hooks (entities and search index), on a real SQLite file.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copySeeds, createTempDb, type TempDb } from "../helpers/temp-db";
import { runImport } from "@/lib/data/import/run-import";
import { defaultImportDeps } from "@/lib/data/import/after-save";
import { searchFeed } from "@/lib/data/search/search-feed";
import { SearchFeedParams } from "@/lib/search/search-params";

let t: TempDb;
const ORIGIN = "http://news.test";

const entryTitles = (xml: string) => [...xml.matchAll(/<entry>[\s\S]*?<title>([^<]*)<\/title>/g)].map((m) => m[1]!);

beforeAll(async () => {
  t = await createTempDb("search-feed-");
  const s = await runImport({ dir: copySeeds(t.dir), trigger: "test" }, { db: t.db, url: t.url, ...defaultImportDeps });
  expect(s.failed).toBe(0);
});
afterAll(async () => {
  await t.cleanup();
});

describe("search feed", () => {
  it("lists the articles a query finds, newest first, with links back to the search", async () => {
    const xml = await searchFeed("华为", ORIGIN, { db: t.db, url: t.url });
    const titles = entryTitles(xml);
    expect(titles.length).toBeGreaterThanOrEqual(2);
    const dates = [...xml.matchAll(/<published>([^<]+)<\/published>/g)].map((m) => Date.parse(m[1]!));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(xml).toContain(`<link rel="alternate" type="text/html" href="${ORIGIN}/search?q=%E5%8D%8E%E4%B8%BA"/>`);
  });

  it("honours operators: a company filter keeps only that company's articles", async () => {
    const all = entryTitles(await searchFeed("大模型", ORIGIN, { db: t.db, url: t.url }));
    const some = entryTitles(await searchFeed("大模型 company:百度", ORIGIN, { db: t.db, url: t.url }));
    expect(some.length).toBeGreaterThan(0);
    expect(some.length).toBeLessThan(all.length);
    for (const title of some) expect(all).toContain(title);
  });

  it("escapes the query in the feed and stays well-formed for hostile input", async () => {
    const xml = await searchFeed(`<script>"&'`, ORIGIN, { db: t.db, url: t.url });
    expect(xml).not.toContain("<script>");
    expect(xml).toContain("&lt;script&gt;&quot;&amp;&apos;");
    expect(xml.match(/<feed /g)).toHaveLength(1);
  });

  it("refuses an empty query and unknown parameters", () => {
    expect(SearchFeedParams.safeParse({ q: "  " }).success).toBe(false);
    expect(SearchFeedParams.safeParse({ q: "百度", page: "2" }).success).toBe(false);
    expect(SearchFeedParams.safeParse({ q: "百度" }).success).toBe(true);
  });
});
