/**
 * Builds listing snapshots in a worker thread (snapshot-worker.ts), one at a time, so a request
 * that needs a new snapshot waits without blocking the event loop for everyone else (the build
 * took ~0.7 s of the loop at 100,000 articles). Where no worker can start, it builds on this
 * thread as before, and says so once.
 */
import path from "node:path";
import type { Worker } from "node:worker_threads";
import { openSqlite } from "../sqlite";
import { loadSnapshot, readGeneration } from "./load-snapshot";
import type { ListingSnapshot } from "./snapshot";

type Reply = { id: number; snapshot: ListingSnapshot; error?: undefined } | { id: number; error: string };

interface Pending {
  resolve: (s: ListingSnapshot) => void;
  reject: (e: Error) => void;
}

let worker: Worker | null = null;
let broken = false;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(err: Error): void {
  for (const p of pending.values()) p.reject(err);
  pending.clear();
}

function startWorker(): Worker {
  // Reached through getBuiltinModule so the bundler does not follow the worker's file into the
  // server bundle (it would pull in tsx and esbuild): the worker runs from the source folder.
  const { Worker: WorkerThread } = process.getBuiltinModule("node:worker_threads");
  const w = new WorkerThread(path.join(process.cwd(), "lib/data/listing-index/snapshot-worker-boot.mjs"));
  // An idle worker must not keep a process (a test, a script) alive.
  w.unref();
  w.on("message", (reply: Reply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (reply.error !== undefined) p.reject(new Error(reply.error));
    else p.resolve(reply.snapshot);
  });
  w.on("error", (err) => {
    console.warn(`[listing] snapshot worker failed (${err.message}); building on the main thread`);
    broken = true;
    worker = null;
    failAll(err);
  });
  w.on("exit", () => {
    if (worker === w) worker = null;
    failAll(new Error("the snapshot worker exited"));
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
  return !broken;
}

/** A snapshot of the database at `url`, read and built off the event loop; its generation is the one its rows were read at. */
export async function buildSnapshotOffThread(url: string): Promise<ListingSnapshot> {
  if (broken) return inThisThread(url);
  worker ??= startWorker();
  const id = nextId++;
  const w = worker;
  const result = new Promise<ListingSnapshot>((resolve, reject) => pending.set(id, { resolve, reject }));
  w.ref();
  w.postMessage({ id, url });
  try {
    return await result;
  } catch (err) {
    if (broken) return inThisThread(url);
    throw err;
  } finally {
    if (pending.size === 0) w.unref();
  }
}
