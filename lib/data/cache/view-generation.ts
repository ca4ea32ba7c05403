/**
 * The data generation readers are shown (the "view"): what cached results, the listing snapshot
 * and cached pages are judged against. With no import running it is the current generation, so
 * a read after a committed write sees it, whichever process wrote. While an import runs, the
 * generation moves with every batch the importer commits (tens of times a second at 100,000
 * articles), and every move emptied every cached search and profile, marked every cached page
 * for a render and asked for a new listing snapshot: the server spent the import recomputing
 * what it had just computed (bench:web, open loop at 50/s during an import: p95 ~50 s). So
 * while an import runs the view moves at most once every IMPORT_VIEW_MS: lists, searches,
 * profiles and pages lag the import by about that long, like a search engine's refresh
 * interval, and the first read after the import ends sees everything it wrote. Once the import's
 * writes are all committed (it is publishing: lib/data/import/await-readers.ts) the view moves to
 * them at once, so the servers rebuild for the final data before the run is marked finished.
 */
import type { Db } from "@/lib/db";
import { dialectOf } from "../dialect";
import { processShared } from "../process-shared";
import { watchImportEnd } from "./import-end";
import { postgresGenerationRow, postgresImportWriting, sqliteGenerationRow, sqliteImportWriting, type GenerationRow } from "./generation-row";

/**
 * How long the view holds still while an import runs. Each move costs the server a snapshot
 * build and a first computation of every list, facet, search and profile page asked for again
 * (what a quiet server computes once): at 5 s a 100,000-article server spent the import
 * recomputing, answered ~5 requests/s of a 50/s reader's mix on the CPU it had, and its queue
 * grew for the whole import (bench:web open loop, p95 ~100 s). 30 s keeps that work to a few
 * percent of the import's time; lists lag it by as much, and the first read after it ends
 * sees all of it.
 */
export const IMPORT_VIEW_MS = 30_000;

export interface View {
  generation: bigint;
  /** When the data the view shows last changed (ms since 1970), null on a database from before the column. */
  changedAt: number | null;
  /** When this process moved the view to it (ms since 1970). */
  movedAt: number;
}

/**
 * The view after reading `row` at `now`. `importing` is asked only when the view would hold:
 * the generation moved, and the view moved less than IMPORT_VIEW_MS ago.
 */
export function nextView(prev: View | undefined, row: GenerationRow, importing: () => boolean, now: number): View {
  if (!prev) return { generation: row.generation, changedAt: row.changedAt, movedAt: now };
  // Never backwards: an older row is a read that raced a newer one (PostgreSQL's pool).
  if (row.generation <= prev.generation) return prev;
  if (now - prev.movedAt < IMPORT_VIEW_MS && importing()) return prev;
  return { generation: row.generation, changedAt: row.changedAt, movedAt: now };
}

const views = processShared("view.views", () => new WeakMap<Db, View>());

function settle(db: Db, row: GenerationRow | null, importing: () => boolean): View | null {
  if (row === null) {
    views.delete(db);
    return null;
  }
  const view = nextView(views.get(db), row, importing, Date.now());
  views.set(db, view);
  return view;
}

/** SQLite, synchronously (the page cache's judge cannot wait): null on a database without the counter. */
function sqliteView(db: Db): View | null {
  return settle(db, sqliteGenerationRow(db), () => seen(db, sqliteImportWriting(db)));
}

/** PostgreSQL: the row read on the pool, and whether an import runs read only when the view would hold. */
async function postgresView(db: Db): Promise<View | null> {
  const row = await postgresGenerationRow(db);
  const prev = views.get(db);
  const importing = row !== null && prev !== undefined && prev.generation !== row.generation && (await postgresImportWriting(db));
  return settle(db, row, () => seen(db, importing));
}

/** A read that finds an import writing starts watching for its end (import-end.ts), to rebuild before it. */
function seen(db: Db, importing: boolean): boolean {
  if (importing) watchImportEnd(db);
  return importing;
}

/** The generation to serve; null on a database from before the counter (nothing can be cached then). */
export async function viewGeneration(db: Db): Promise<bigint | null> {
  return (dialectOf(db) === "sqlite" ? sqliteView(db) : await postgresView(db))?.generation ?? null;
}

const refreshing = processShared("view.refreshing", () => new WeakSet<Db>());

/**
 * When the data the view shows last changed, synchronously, for the page cache's judge: a page
 * rendered after it shows the view. SQLite reads it now; PostgreSQL answers with the view read
 * last and starts reading the current one, so a change made on another server is seen from the
 * next page served on.
 */
export function viewChangedAt(db: Db): number | null {
  if (dialectOf(db) === "sqlite") return sqliteView(db)?.changedAt ?? null;
  if (!refreshing.has(db)) {
    refreshing.add(db);
    postgresView(db)
      .catch(() => undefined)
      .finally(() => refreshing.delete(db));
  }
  return views.get(db)?.changedAt ?? null;
}
