/**
 * Next.js's page cache (next.config.ts `cacheHandler`): on disk and in memory as by default,
 * with three changes.
 * - When a cached page is stale: a page rendered after the last write to the data is current,
 *   whatever its age; one rendered before it is rendered again before it is served.
 *   page-freshness.ts judges; this file is loaded by Node outside the bundle, so it reaches the
 *   judge through a global the server sets at start (instrumentation.ts). Without the judge
 *   (during next build, or on a database from before migration 0015) Next.js's own timer
 *   decides, as it would without this handler. While an import runs, a stale page is instead
 *   answered as it is and rendered behind the answer (Next.js's stale-while-revalidate), one
 *   page at a time with a pause as long as the last render between two: at each move of the
 *   view every visited profile was stale at once and rendered before its answer, and the
 *   requests of the next seconds queued behind those renders (bench:web, open loop at 50/s
 *   during an import: p95 5× the idle one). Once the import has ended, a stale page is
 *   rendered before it is served again.
 * - What is never kept: an error page (a 404 for an unknown profile slug: every made-up URL
 *   would otherwise become files on disk, 2,400 files and 16.6 MB for 400 requests), and a key
 *   with a path segment too long for a file name (ENAMETOOLONG logged on every request).
 * - A bound: pages written while the server runs are counted (entries and bytes); past either
 *   limit the least recently written are removed from memory and disk. Pages `next build`
 *   rendered are not counted: their number is fixed by the build.
 * Several server processes share the folder (npm run up -- --processes N), so each file is
 * written whole under a temporary name and renamed into place: a process reading a page another
 * is writing gets the old file or the new one, never half of one. PAGE_CACHE_DIR moves the
 * folder (the default is Next's, .next/server); a process started on another database must not
 * share it, since a page is judged by its time, not by which data it shows.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";

const FileSystemCache = fileSystemCache.default ?? fileSystemCache;
const PAGE_FRESHNESS = Symbol.for("llmnews.pageFreshness");
const PAGE_IMPORTING = Symbol.for("llmnews.pageImporting");

/** Entries written at run time that the cache keeps at most (a profile page is ~20–100 KB). */
export const MAX_ENTRIES = 2000;
/** Bytes of those entries kept at most (HTML + RSC payload + segments, as Next's own memory cache counts them). */
export const MAX_BYTES = 128 * 1024 * 1024;
/** Longest path segment written: file systems refuse names over 255 bytes, and Next adds suffixes such as `.segments`. */
export const MAX_SEGMENT_BYTES = 200;

/** A cache entry as the page cache should see it: the same entry, or a copy with a new lastModified. */
export function judged(entry, judge, now) {
  if (!entry || typeof judge !== "function" || entry.value?.kind !== "APP_PAGE") return entry;
  if (typeof entry.lastModified !== "number" || entry.lastModified < 0) return entry;
  const current = judge(entry.lastModified);
  if (current === null) return entry;
  // Current: as good as just rendered, so Next.js's timer never renders it again for nothing.
  // Stale: -1 is how Next.js marks an entry to render again before answering (as for an expired tag).
  return { ...entry, lastModified: current ? now : -1 };
}

/** A render behind an answer that has not written its page by then is taken as failed, and another may start. */
export const BEHIND_TIMEOUT_MS = 30_000;
/** Longest pause between two renders behind answers. */
export const MAX_BEHIND_PAUSE_MS = 250;
/** Age given to a page whose route's revalidate time is unknown: past any profile's, far inside Next.js's default expire (a year). */
const UNKNOWN_REVALIDATE_AGE_MS = 3_600_000;

/**
 * A lastModified that Next.js reads as stale but not expired (it answers the entry and renders
 * it again behind the answer), or null when the entry's lifetimes leave no such time.
 */
export function staleButServable(entry, now) {
  const cc = entry.cacheControl;
  if (cc && cc.revalidate === false) return null;
  const age = typeof cc?.revalidate === "number" ? cc.revalidate * 1000 + 1_000 : UNKNOWN_REVALIDATE_AGE_MS;
  if (typeof cc?.expire === "number" && age >= cc.expire * 1000) return null;
  return now - age;
}

/**
 * Renders behind answers, one at a time per process: which page renders, since when, and when
 * the next may start (a pause as long as the last one took).
 */
export function behindRenders() {
  return { key: null, since: 0, nextAt: 0 };
}

/**
 * What the page cache answers for a page `judged` marked for a render before answering
 * (lastModified -1): while an import runs, the page as it is, either marked stale (the one page
 * rendered behind the answer now) or as current (another page's render is in flight: it waits
 * for a later visit); with no import, the render before answering.
 */
export function whileImporting(key, original, entry, importing, renders, now) {
  if (!entry || entry === original || entry.lastModified !== -1) return entry;
  if (typeof importing !== "function" || !importing()) return entry;
  if (renders.key !== null && now - renders.since > BEHIND_TIMEOUT_MS) renders.key = null;
  if (renders.key !== null || now < renders.nextAt) return { ...original, lastModified: now };
  const stale = staleButServable(original, now);
  if (stale === null) return entry;
  renders.key = key;
  renders.since = now;
  return { ...original, lastModified: stale };
}

/** Called when `key` is written: the render behind an answer, if it was this page's, is done. */
export function renderedBehind(key, renders, now) {
  if (renders.key !== key) return;
  renders.nextAt = now + Math.min(now - renders.since, MAX_BEHIND_PAUSE_MS);
  renders.key = null;
}

/** Whether a rendered value may be kept: not an error page, and a key every file system can name. */
export function keepable(key, value) {
  if (!value || typeof key !== "string") return false;
  if (typeof value.status === "number" && value.status >= 400) return false;
  return key.split("/").every((segment) => Buffer.byteLength(segment) <= MAX_SEGMENT_BYTES);
}

/** Rough size of a value, as Next's memory cache counts it. */
export function valueBytes(key, value) {
  let size = key.length;
  if (typeof value.html === "string") size += Buffer.byteLength(value.html);
  if (value.rscData) size += value.rscData.length ?? 0;
  if (value.body) size += value.body.length ?? 0;
  if (value.segmentData) for (const [p, b] of value.segmentData) size += p.length + (b?.length ?? 0);
  return size;
}

/** The cache's file methods, with writes that replace a file in one step (rename), never in place. */
export function atomicWrites(cacheFs) {
  const out = Object.create(cacheFs);
  out.writeFile = async (file, data) => {
    const temporary = `${file}.${process.pid}.${crypto.randomUUID()}.tmp`;
    try {
      await cacheFs.writeFile(temporary, data);
      await fs.promises.rename(temporary, file);
    } catch (err) {
      await fs.promises.rm(temporary, { force: true }).catch(() => undefined);
      throw err;
    }
  };
  return out;
}

/** Where pages are kept: PAGE_CACHE_DIR when set (an absolute or working-directory-relative folder), else Next's. */
export function cacheRoot(serverDistDir, env = process.env) {
  const dir = env.PAGE_CACHE_DIR;
  if (dir === undefined || dir === "") return serverDistDir;
  if (dir.includes("\0")) throw new Error("PAGE_CACHE_DIR must be a folder path");
  return path.resolve(dir);
}

export default class DataAwarePageCache extends FileSystemCache {
  /** Keys written at run time, oldest first (a Map keeps insertion order), with their sizes. */
  static written = new Map();
  static writtenBytes = 0;
  /** The render behind an answer in flight (whileImporting), one per process. */
  static renders = behindRenders();

  constructor(ctx) {
    super({ ...ctx, fs: ctx.fs && atomicWrites(ctx.fs), serverDistDir: cacheRoot(ctx.serverDistDir) });
    this.maxEntries = ctx.maxEntries ?? MAX_ENTRIES;
    this.maxBytes = ctx.maxBytes ?? MAX_BYTES;
  }

  async get(...args) {
    const original = await super.get(...args);
    const now = Date.now();
    const entry = judged(original, globalThis[PAGE_FRESHNESS], now);
    return whileImporting(args[0], original, entry, globalThis[PAGE_IMPORTING], DataAwarePageCache.renders, now);
  }

  async set(key, data, ctx) {
    renderedBehind(key, DataAwarePageCache.renders, Date.now());
    if (!data || (data.kind !== "APP_PAGE" && data.kind !== "APP_ROUTE" && data.kind !== "PAGES")) return super.set(key, data, ctx);
    if (!keepable(key, data)) return;
    await super.set(key, data, ctx);
    this.count(key, valueBytes(key, data));
    await this.evict();
  }

  /** How many entries and bytes were written at run time and are still kept. */
  static usage() {
    return { entries: DataAwarePageCache.written.size, bytes: DataAwarePageCache.writtenBytes };
  }

  count(key, bytes) {
    const written = DataAwarePageCache.written;
    DataAwarePageCache.writtenBytes += bytes - (written.get(key) ?? 0);
    written.delete(key);
    written.set(key, bytes);
  }

  async evict() {
    const written = DataAwarePageCache.written;
    while (written.size > this.maxEntries || (DataAwarePageCache.writtenBytes > this.maxBytes && written.size > 1)) {
      const [oldest, bytes] = written.entries().next().value;
      written.delete(oldest);
      DataAwarePageCache.writtenBytes -= bytes;
      FileSystemCache.memoryCache?.remove(oldest);
      await this.removeFiles(oldest);
    }
  }

  /** Removes an entry's files (page, RSC payload, metadata, segments; or a route's body and metadata). */
  async removeFiles(key) {
    const paths = [];
    for (const kind of ["APP_PAGE", "APP_ROUTE"]) {
      try {
        const html = this.getFilePath(`${key}.html`, kind);
        const base = html.replace(/\.html$/, "");
        paths.push(html, `${base}.rsc`, `${base}.meta`, `${base}.segments`, `${base}.body`, `${base}.prefetch.rsc`);
      } catch {
        // A key outside the cache folder was never written.
      }
    }
    await Promise.all([...new Set(paths)].map((p) => fs.promises.rm(p, { recursive: true, force: true })));
  }
}
