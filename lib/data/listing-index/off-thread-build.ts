/**
 * Builds listing snapshots in a worker thread (snapshot-worker.ts), one at a time, so a request
 * that needs a new snapshot waits without blocking the event loop for everyone else (the build
 * took ~0.7 s of the loop at 100,000 articles). A second worker of the same code runs
 * whole-table reads for other modules (readRowsOffThread: search, entity counts). Where no worker can start, the work runs on this thread as
 * before, and says so once.
 */
import path from "node:path";
import { urlOf, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { reader } from "../dialect";
import type { Worker } from "node:worker_threads";
import { openSqlite } from "../sqlite";
import { loadSnapshot, readGeneration } from "./load-snapshot";
import type { ListingSnapshot } from "./snapshot";
import type { WorkerRequest } from "./snapshot-worker";
import { prepareEntity, type EntityRecord, type PreparedEntity } from "../../search/entity-match";
import { processShared } from "../process-shared";

type Reply = { id: number; result: unknown; error?: undefined } | { id: number; error: string };

interface Pending {
  resolve: (result: unknown) => void;
  reject: (e: Error) => void;
}

/**
 * Two workers, one per kind of work: a snapshot build (~0.7 s at 100,000 articles, seconds on a
 * loaded machine) queued before a search's index read held that search for the whole build,
 * and while an import runs builds come every IMPORT_VIEW_MS.
 */
type Lane = "snapshot" | "rows";

interface Thread {
  worker: Worker | null;
  pending: Map<number, Pending>;
}

interface Workers {
  threads: Record<Lane, Thread>;
  /** Set once a worker could not start: work runs on this thread from then on. */
  broken: boolean;
  nextId: number;
}

// One pair of workers per process, not per bundle: each bundle started its own, each with its
// own connections, and built its own snapshot in them.
const state = processShared<Workers>("listing.workers", () => ({
  threads: { snapshot: { worker: null, pending: new Map() }, rows: { worker: null, pending: new Map() } },
  broken: false,
  nextId: 1,
}));

function failAll(t: Thread, err: Error): void {
  for (const p of t.pending.values()) p.reject(err);
  t.pending.clear();
}

function startWorker(t: Thread): Worker {
  // Reached through getBuiltinModule so the bundler does not follow the worker's file into the
  // server bundle (it would pull in tsx and esbuild): the worker runs from the source folder.
  const { Worker: WorkerThread } = process.getBuiltinModule("node:worker_threads");
  const w = new WorkerThread(path.join(process.cwd(), "lib/data/listing-index/snapshot-worker-boot.mjs"));
  // An idle worker must not keep a process (a test, a script) alive.
  w.unref();
  w.on("message", (reply: Reply) => {
    const p = t.pending.get(reply.id);
    if (!p) return;
    t.pending.delete(reply.id);
    if (reply.error !== undefined) p.reject(new Error(reply.error));
    else p.resolve(reply.result);
  });
  w.on("error", (err) => {
    console.warn(`[listing] snapshot worker failed (${err.message}); working on the main thread`);
    state.broken = true;
    t.worker = null;
    failAll(t, err);
  });
  w.on("exit", () => {
    if (t.worker === w) t.worker = null;
    failAll(t, new Error("the snapshot worker exited"));
  });
  return w;
}

function inThisThread(url: string): ListingSnapshot {
  const conn = openSqlite(url);
  try {
    return loadSnapshot(conn, () => readGeneration(conn));
  } finally {
    conn.close();
  }
}

/** Whether snapshots are being built in the worker thread (false once it failed and builds fell back to this thread). */
export function buildsOffThread(): boolean {
  return !state.broken;
}

/** Sends one request to the worker (started on first use) and waits for its answer; falls back to `here` once the worker is broken. */
type Request = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, "id"> : never) : never;

async function askWorker<T>(request: Request, here: () => T): Promise<T> {
  if (state.broken) return here();
  const t = state.threads[request.kind === "snapshot" ? "snapshot" : "rows"];
  t.worker ??= startWorker(t);
  const id = state.nextId++;
  const w = t.worker;
  const result = new Promise<unknown>((resolve, reject) => t.pending.set(id, { resolve, reject }));
  w.ref();
  w.postMessage({ ...request, id });
  try {
    return (await result) as T;
  } catch (err) {
    if (state.broken) return here();
    throw err;
  } finally {
    if (t.pending.size === 0) w.unref();
  }
}

/** A snapshot of the database at `url`, read and built off the event loop; its generation is the one its rows were read at. */
export function buildSnapshotOffThread(url: string): Promise<ListingSnapshot> {
  return askWorker({ url, kind: "snapshot" }, () => inThisThread(url));
}

/**
 * Every row of a read-only query (`?` placeholders) on the SQLite file at `url`, run on the
 * worker's own connection: for reads that visit every article and would hold the loop.
 */
export function readRowsOffThread<T>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  return askWorker({ url, kind: "rows", sql, values }, () => {
    const conn = openSqlite(url);
    try {
      return conn.prepare(sql).all(...values) as T[];
    } finally {
      conn.close();
    }
  });
}

/** Entities with their search keys (pinyin, folded names), made in the worker thread: pinyin-pro's first call builds its tables, and a list of thousands is computed again after each change to the entities. */
export function prepareEntitiesOffThread(records: EntityRecord[]): Promise<PreparedEntity[]> {
  return askWorker({ kind: "prepare", records }, () => records.map(prepareEntity));
}

/** Rows of a read that visits every article or mention: on SQLite in the worker thread, on PostgreSQL on the pool (the database server does the work). */
export async function readOffLoop<T>(database: Db, query: Prisma.Sql): Promise<T[]> {
  const r = reader(database);
  return r.kind === "sqlite" ? readRowsOffThread<T>(urlOf(database), query.sql, query.values) : r.rows<T>(query);
}
