/**
 * Recomputations that run behind a stale answer while an import runs (generation-cache.ts):
 * one at a time per process, and at low priority. Each view move during an import found every
 * cached search and profile uncomputed at once; recomputed on the request path, the requests of
 * the next seconds queued behind them (bench:web, open loop at 50/s during an import: p95 5× the
 * idle one, in bursts every 30 s). Behind a stale answer they need not be done at once, only
 * soon: one at a time, each started on a later turn of the event loop than the requests already
 * waiting, and after a pause as long as the previous one took, so they take at most about half
 * of the loop while requests keep coming.
 */
import { processShared } from "../process-shared";

/** Jobs waiting at most: past it a job is dropped, and the next read of its key asks again. */
export const MAX_WAITING = 500;
/** Longest pause between two jobs (a slow one must not hold the next back for long). */
const MAX_PAUSE_MS = 250;

export interface BehindJob {
  /** Unique among the jobs waiting: a second ask for the same key is dropped while the first waits or runs. */
  key: string;
  /** Whether the job is still wanted when its turn comes (the data moved on: a newer read asks again). */
  wanted: () => boolean;
  run: () => Promise<void>;
}

interface Queue {
  jobs: BehindJob[];
  keys: Set<string>;
  running: boolean;
  /** Resolved when the queue is empty and nothing runs (tests wait on it). */
  idle: Promise<void>;
  settle: () => void;
}

const queue = processShared("behindQueue.v1", (): Queue => {
  const q: Queue = { jobs: [], keys: new Set(), running: false, idle: Promise.resolve(), settle: () => {} };
  return q;
});

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Queues `job` unless the same key waits or runs already, or the queue is full; false when not queued. */
export function runBehind(job: BehindJob): boolean {
  if (queue.keys.has(job.key) || queue.jobs.length >= MAX_WAITING) return false;
  queue.keys.add(job.key);
  queue.jobs.push(job);
  if (!queue.running) void drain();
  return true;
}

/** Resolves when no job waits or runs. */
export function behindIdle(): Promise<void> {
  return queue.idle;
}

async function drain(): Promise<void> {
  queue.running = true;
  queue.idle = new Promise<void>((resolve) => (queue.settle = resolve));
  let lastMs = 0;
  try {
    for (let job = queue.jobs.shift(); job; job = queue.jobs.shift()) {
      try {
        // Requests already waiting start first; then a pause as long as the last job took.
        await nextTurn();
        if (lastMs > 0) await pause(Math.min(lastMs, MAX_PAUSE_MS));
        if (!job.wanted()) continue;
        const started = performance.now();
        await job.run().catch((err: unknown) => console.warn(`[cache] behind ${job!.key}: ${err instanceof Error ? err.message : String(err)}`));
        lastMs = performance.now() - started;
      } finally {
        queue.keys.delete(job.key);
      }
    }
  } finally {
    queue.running = false;
    queue.settle();
  }
}
