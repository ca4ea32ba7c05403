/**
 * Next.js's page cache (next.config.ts `cacheHandler`): on disk and in memory as by default,
 * with one change to when a cached page is stale. A page rendered after the last write to the
 * data is current, whatever its age; one rendered before it is rendered again before it is
 * served. page-freshness.ts judges; this file is loaded by Node outside the bundle, so it
 * reaches the judge through a global the server sets at start (instrumentation.ts). Without
 * the judge (during next build, or on a database from before migration 0015) Next.js's own
 * timer decides, as it would without this handler.
 */
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";

const FileSystemCache = fileSystemCache.default ?? fileSystemCache;
const PAGE_FRESHNESS = Symbol.for("llmnews.pageFreshness");

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

export default class DataAwarePageCache extends FileSystemCache {
  async get(...args) {
    return judged(await super.get(...args), globalThis[PAGE_FRESHNESS], Date.now());
  }
}
