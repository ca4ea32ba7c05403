/**
 * While an import runs, a cached profile page rendered before the view's last change is
 * answered as it is and rendered behind the answer (Next.js's stale-while-revalidate), one page
 * at a time; once the import has ended, such a page is rendered before it is answered. The page
 * cache handler on a real folder, judged against a real SQLite file while the real importer is
 * held open after its writes. Next.js's reading of lastModified (incremental-cache/index.js:
 * -1 renders before answering; older than revalidate answers and renders behind; younger is
 * current) is restated in `nextReads`.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { nodeFs } from "next/dist/server/lib/node-fs-methods.js";
import { copySeeds, createTempDb, TEST_STORE, type TempDb } from "../helpers/temp-db";
import { openSqlite, type Sqlite } from "@/lib/data/sqlite";
import { extractFile } from "@/lib/ingest/extract-file";
import { fillBenchDb } from "@/lib/bench/fill-bench-db";
import { runImport } from "@/lib/data/import/run-import";
import { defaultImportDeps } from "@/lib/data/import/after-save";
import { IMPORT_VIEW_MS } from "@/lib/data/cache/view-generation";
import { exposePageFreshness, PAGE_FRESHNESS, PAGE_IMPORTING } from "@/lib/data/cache/page-freshness";
import DataAwarePageCache, { behindRenders, type PageCacheEntry } from "@/lib/data/cache/page-cache-handler.mjs";

let t: TempDb;
let conn: Sqlite;
let dir: string;

const REVALIDATE = 60;
const EXPIRE = 31_536_000;
const ctx = { cacheControl: { revalidate: REVALIDATE, expire: EXPIRE }, isRoutePPREnabled: false, isFallback: false };
const getCtx = { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false };
const page = (html: string) => ({ kind: "APP_PAGE", status: 200, html, rscData: Buffer.from("rsc"), headers: {} });

/** How Next.js reads an entry's lastModified (incremental-cache/index.js, IncrementalCache.get). */
function nextReads(entry: PageCacheEntry | null, now: number): "render first" | "answer, render behind" | "current" {
  const lastModified = entry?.lastModified;
  if (lastModified === -1) return "render first";
  if (lastModified === undefined) throw new Error("no entry");
  if (EXPIRE * 1000 + lastModified < now) return "render first";
  return REVALIDATE * 1000 + lastModified < now ? "answer, render behind" : "current";
}

describe.skipIf(TEST_STORE === "postgres")("cached pages while an import runs", () => {
  beforeAll(async () => {
    t = await createTempDb("page-cache-importing-");
    conn = openSqlite(t.url);
    const paragraphs = fs.readdirSync("seeds").flatMap((f) => extractFile(fs.readFileSync(path.join("seeds", f)), f).article.paragraphs).filter((p) => p.length > 20);
    fillBenchDb(conn, { count: 60, paragraphs, seed: 12 });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "page-cache-importing-pages-"));
  });

  afterAll(async () => {
    vi.useRealTimers();
    delete (globalThis as Record<symbol, unknown>)[PAGE_FRESHNESS];
    delete (globalThis as Record<symbol, unknown>)[PAGE_IMPORTING];
    conn.close();
    fs.rmSync(dir, { recursive: true, force: true });
    await t?.cleanup();
  });

  it("answers a stale page and renders it behind, one page at a time; renders first once the import has ended", async () => {
    DataAwarePageCache.renders = behindRenders();
    const cache = new (DataAwarePageCache as unknown as new (ctx: object) => InstanceType<typeof DataAwarePageCache>)({
      fs: nodeFs,
      flushToDisk: true,
      serverDistDir: dir,
      revalidatedTags: [],
      // In memory, as the server keeps it: a page written at the test's (set) time, not the file's.
      maxMemoryCacheSize: 50_000_000,
    });
    exposePageFreshness(t.db);
    await cache.set("/companies/a", page("a1"), ctx);
    await cache.set("/companies/b", page("b1"), ctx);

    // The real importer adds the seed pages, then waits in its last hook (its run still marked running).
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let reached!: () => void;
    const atGate = new Promise<void>((r) => (reached = r));
    const importing = runImport(
      { dir: copySeeds(t.dir), trigger: "test" },
      { ...defaultImportDeps, db: t.db, url: t.url, afterRun: [...defaultImportDeps.afterRun, async () => (reached(), await gate)] },
    );
    await atGate;

    // IMPORT_VIEW_MS later the view moves to the import's writes, after both pages were rendered.
    vi.useFakeTimers({ now: Date.now() + IMPORT_VIEW_MS, toFake: ["Date"] });
    const now = Date.now();
    // The first stale page is answered and rendered behind; the second is answered as it is
    // while the first renders (it is not marked for a render of its own yet).
    expect(nextReads(await cache.get("/companies/a", getCtx), now)).toBe("answer, render behind");
    expect(nextReads(await cache.get("/companies/b", getCtx), now)).toBe("current");
    // The render behind writes the page: it is current, and the next stale page's turn comes.
    await cache.set("/companies/a", page("a2"), ctx);
    expect(nextReads(await cache.get("/companies/a", getCtx), now)).toBe("current");
    expect(nextReads(await cache.get("/companies/b", getCtx), now)).toBe("answer, render behind");

    // The import ends: a stale page is rendered before it is answered.
    release();
    await importing;
    expect(nextReads(await cache.get("/companies/b", getCtx), Date.now())).toBe("render first");
  });
});
