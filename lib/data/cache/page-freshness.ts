/**
 * Whether a page Next.js keeps in its page cache (the ISR profiles) still shows the current data.
 *
 * Next.js on its own re-renders such a page on a timer (`revalidate`): a profile was up to a
 * minute stale after an import, and every visited profile was rendered again each minute
 * although nothing had changed. The page cache handler (page-cache-handler.mjs) asks this
 * module instead: a page rendered after the last write is current, whatever its age; one
 * rendered before it is rendered again before it is served. The last write's time comes from
 * the DataGeneration row, which triggers move on every write by any process (migration
 * 0015_data_changed_at), so a CLI import counts as much as a web one; while an import runs,
 * from the view of the data (view-generation.ts), which moves every IMPORT_VIEW_MS, not with each
 * of the import's writes (every cached profile was rendered again on each visit). While an import
 * runs, a page rendered before the view's last change may be answered as it is and rendered
 * behind the answer (the handler decides which, one at a time); the handler asks
 * whether an import runs through a second global.
 */
import type { Db } from "@/lib/db";
import { db as defaultDb } from "@/lib/db";
import { dialectOf } from "../dialect";
import { postgresImportRunning, sqliteImportRunning } from "./generation-row";
import { viewChangedAt } from "./view-generation";

/**
 * A render that read the data just before a write and finished just after it would look newer
 * than the write; renders take milliseconds, so a page must be this much newer to count.
 */
export const RENDER_MARGIN_MS = 2_000;

/** true: rendered after the last change; false: before it; null: unknown (no such column). */
export function renderedAfterLastChange(renderedAt: number, changedAt: number | null): boolean | null {
  if (changedAt === null) return null;
  return renderedAt >= changedAt + RENDER_MARGIN_MS;
}

/** What the page cache handler calls, through a global: it is loaded by Node, outside the bundle. */
export type PageFreshness = (renderedAt: number) => boolean | null;
export const PAGE_FRESHNESS = Symbol.for("llmnews.pageFreshness");

/** Whether an import runs, synchronously, for the page cache handler: a stale page may then be answered while it is rendered again. */
export type PageImporting = () => boolean;
export const PAGE_IMPORTING = Symbol.for("llmnews.pageImporting");

/**
 * SQLite reads the run's row now. PostgreSQL answers what it read last and starts reading the
 * current one (as viewChangedAt does), so the end of an import is seen from the next page on.
 */
export function importingJudge(db: Db): PageImporting {
  if (dialectOf(db) === "sqlite") return () => sqliteImportRunning(db);
  let last = false;
  let reading = false;
  return () => {
    if (!reading) {
      reading = true;
      postgresImportRunning(db)
        .then((running) => (last = running))
        .catch(() => undefined)
        .finally(() => (reading = false));
    }
    return last;
  };
}

/**
 * Makes the judgement available to the page cache handler; called once at server start. A
 * database that cannot be read answers null (unknown), and the handler then leaves Next.js's
 * timer in charge, as without it.
 */
export function exposePageFreshness(db: Db = defaultDb()): void {
  const judge: PageFreshness = (renderedAt) => {
    try {
      return renderedAfterLastChange(renderedAt, viewChangedAt(db));
    } catch (err) {
      console.error("page freshness:", err);
      return null;
    }
  };
  (globalThis as Record<symbol, unknown>)[PAGE_FRESHNESS] = judge;
  const importing = importingJudge(db);
  const safeImporting: PageImporting = () => {
    try {
      return importing();
    } catch (err) {
      console.error("page freshness (import running):", err);
      return false;
    }
  };
  (globalThis as Record<symbol, unknown>)[PAGE_IMPORTING] = safeImporting;
  // Once now, at start: the first judgement opens the read connection and parses the schema
  // (42–82 ms at 100,000 articles, bench:web), which the first cached page would otherwise wait for.
  judge(Date.now());
}
