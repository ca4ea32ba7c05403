/**
 * Rebuilds, ahead of an import's end, what the first reads after it need, so none of them
 * recomputes on the request path. While an import runs, readers are answered from an earlier
 * view; when it ended, the view moved to its final data and the first reads rebuilt the listing
 * snapshot, recomputed each list, facet, profile and search, and checked the search index, each
 * on the request path (bench:web, open loop at 50/s: the answers right after a 3,000-file import
 * took up to 2.1 s, against 112 ms at p95 during it).
 *
 * Each server process that sees an import running watches its run row and registers in
 * ReaderView. When the importer has committed all its writes it marks the run publishing
 * (`finishedAt` set, still running: lib/data/import/await-readers.ts); the view moves to the
 * final data at once (view-generation.ts), and each watcher runs the preparers the caches
 * registered, side by side: the listing snapshot and its results read most recently, the cached
 * reads read most recently, the search index's check. Readers are still answered from the
 * earlier view meanwhile, since the run is still marked running. Then the watcher says it is
 * ready, and the importer, having waited for every live watcher (bounded), marks the run
 * finished: from the next request on every read is current, and the ones read recently are
 * already computed. A watcher that is late or gone only costs the wait's bound: what it did not
 * prepare is computed on the request path, as before.
 */
import crypto from "node:crypto";
import os from "node:os";
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { processShared } from "../process-shared";
import { readOffLoop } from "../listing-index/off-thread-build";
import { runningImport } from "./generation-row";
import { preparers } from "./preparers";
import { DB_NOW_MS } from "../import/await-readers";
import { dialectOf } from "../dialect";

/** How often a watcher looks at the run row (one indexed row: a few microseconds on SQLite). */
const WATCH_MS = 100;
/** How often a watcher says it is still there (the importer ignores a watcher silent for longer than its STALE_MS). */
export const BEAT_MS = 1_000;


interface Watch {
  timer: ReturnType<typeof setInterval>;
  runId: number | null;
  beatAt: number;
  ready: boolean;
  preparing: number | null;
  busy: boolean;
}

const watches = processShared("importEnd.watches", () => new Map<Db, Watch>());
/** This process among the servers of the database. */
const server = processShared("importEnd.server", () => `${os.hostname()}:${process.pid}:${crypto.randomBytes(4).toString("hex")}`);


/** Starts watching the database's running import (called by a read that saw one); a no-op when watched already. */
export function watchImportEnd(db: Db): void {
  if (watches.has(db)) return;
  const w: Watch = { timer: setInterval(() => void tick(db, w), WATCH_MS), runId: null, beatAt: 0, ready: false, preparing: null, busy: false };
  // A watcher must not keep a process (a script, a test) alive.
  w.timer.unref();
  watches.set(db, w);
  void tick(db, w);
}

/** Resolves once every watcher of `db` has registered for the run it watches (tests: the importer counts only registered watchers). */
export async function importWatched(db: Db): Promise<void> {
  for (;;) {
    const w = watches.get(db);
    if (w && w.runId !== null && w.beatAt > 0 && !w.busy) return;
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function tick(db: Db, w: Watch): Promise<void> {
  if (w.busy) return;
  w.busy = true;
  try {
    const run = await runningImport(db);
    if (!run) {
      clearInterval(w.timer);
      if (watches.get(db) === w) watches.delete(db);
      return;
    }
    const now = Date.now();
    if (run.runId !== w.runId) {
      w.runId = run.runId;
      w.ready = false;
    }
    if (run.publishing && w.preparing === null && !w.ready) {
      w.preparing = run.runId;
      void prepare(db, w, run.runId);
    }
    if (now - w.beatAt >= BEAT_MS || w.beatAt === 0) {
      w.beatAt = now;
      await say(db, run.runId, w.ready);
    }
  } catch (err) {
    console.warn(`[import-end] ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    w.busy = false;
  }
}

async function prepare(db: Db, w: Watch, runId: number): Promise<void> {
  const wanted = () => w.runId === runId && w.preparing === runId;
  const started = performance.now();
  try {
    // All at once: the snapshot is built in a worker thread, and the cached reads that need it
    // wait for it (fresh-context.ts) while the others (searches) are computed meanwhile.
    const took = await Promise.all(
      preparers().map(async (p) => {
        await p.run(db, wanted);
        return `${p.name} ${Math.round(performance.now() - started)} ms`;
      }),
    );
    w.ready = true;
    await say(db, runId, true);
    console.log(`[import-end] ready for import ${runId}'s data in ${Math.round(performance.now() - started)} ms (${took.join(", ")})`);
  } catch (err) {
    console.warn(`[import-end] preparing for import ${runId}: ${err instanceof Error ? err.message : String(err)}`);
    // Said ready all the same: the importer need not wait for a preparation that failed.
    w.ready = true;
    await say(db, runId, true).catch(() => undefined);
  } finally {
    if (w.preparing === runId) w.preparing = null;
  }
}

/** This server's row: written off the event loop (SQLite: the worker thread, which waits for the importer's write lock; PostgreSQL: the pool). */
async function say(db: Db, runId: number, ready: boolean): Promise<void> {
  const now = Prisma.raw(DB_NOW_MS[dialectOf(db)]);
  await readOffLoop(
    db,
    Prisma.sql`INSERT INTO "ReaderView" ("server", "runId", "ready", "seenAt") VALUES (${server}, ${runId}, ${ready ? 1 : 0}, ${now})
      ON CONFLICT ("server") DO UPDATE SET "runId" = excluded."runId", "ready" = excluded."ready", "seenAt" = excluded."seenAt" RETURNING "server"`,
  );
}
