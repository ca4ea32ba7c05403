/**
 * Imports started from the admin pages. The route handler starts the run without waiting for it
 * and answers at once with the run id; the page then polls `importStatus()`. The running job's
 * state is written to the database (lib/data/shared-state/web-import-jobs.ts) so every server
 * process behind a load balancer shows its progress; the handle here, on globalThis so every
 * route bundle in this process sees it, is only the writer's working copy. The database lock
 * (lib/data/import/lock.ts) decides between processes and the CLI.
 */
import type { Db } from "../../db";
import { db as defaultDb } from "../../db";
import { defaultImportDeps } from "../import/after-save";
import { currentRun } from "../import/lock";
import { runImport, type ImportDeps } from "../import/run-import";
import { ImportBusyError, type ImportProgress, type ImportSummary } from "../import/types";
import { writer } from "../writer";
import { latestWebImportJob, saveWebImportJob, type WebImportState } from "../shared-state/web-import-jobs";

export type { WebImportState };

const MAX_ERRORS_KEPT = 500;
/** Progress is written at most this often (and at every change of status). */
const SAVE_EVERY_MS = 250;

interface Holder {
  job: WebImportState | null;
  starting: boolean;
}

const holder = globalThis as unknown as { __adminWebImport?: Holder };
function state(): Holder {
  holder.__adminWebImport ??= { job: null, starting: false };
  return holder.__adminWebImport;
}

/** The latest import started from the admin pages, by any server process on this database (finished ones stay until the next start). */
export function webImportState(db: Db = defaultDb()): Promise<WebImportState | null> {
  return latestWebImportJob(writer(db));
}

/** Writes the job for every process to see; a failed write only delays what the others show. */
function publish(db: Db, job: WebImportState): void {
  if (job.runId === null) return;
  saveWebImportJob(writer(db), { ...job, runId: job.runId }).catch((err: unknown) => {
    console.warn(`[import] progress not saved: ${err instanceof Error ? err.message : String(err)}`);
  });
}

function applyProgress(job: WebImportState, p: ImportProgress): void {
  job.runId = p.runId;
  job.status = "running";
  job.done = p.done;
  job.total = p.total;
  job.current = p.current;
  job.ratePerSec = p.done / Math.max(p.elapsedMs / 1000, 0.001);
  if (p.lastError && job.errors.length < MAX_ERRORS_KEPT) job.errors.push({ path: p.current ?? "?", error: p.lastError });
}

/** Resolves once the run holds the lock (its id), or rejects when it could not start (e.g. ImportBusyError). */
async function waitForStart(db: Db, job: WebImportState, run: Promise<ImportSummary>, afterId: number): Promise<number> {
  let settled: { error: unknown } | null = null;
  run.then(
    () => (settled = { error: null }),
    (error: unknown) => (settled = { error }),
  );
  // runImport reports its run id with the first progress event; a long first file would keep us
  // waiting, so also look for the running row this process created (the lock allows only one).
  for (let i = 0; i < 500; i++) {
    if (job.runId !== null) return job.runId;
    const done = settled as { error: unknown } | null;
    if (done) {
      if (done.error) throw done.error;
      if (job.runId !== null) return job.runId;
    }
    const row = await db.importRun.findFirst({ where: { id: { gt: afterId }, pid: process.pid }, orderBy: { id: "asc" } });
    if (row) return row.id;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error("the import did not start within 10 s");
}

export interface StartOptions {
  dir: string;
  triggeredBy: string;
  /** Only these files (relative to dir); the whole folder when absent. */
  only?: string[];
}

/**
 * Starts an import in the background and returns its run id once it holds the lock.
 * Throws ImportBusyError when another import (here or from the CLI) is running.
 */
export async function startWebImport(options: StartOptions, deps: ImportDeps = {}): Promise<{ runId: number }> {
  const db = deps.db ?? defaultDb();
  const s = state();
  // Two clicks in this process: refuse the second before it reaches the database lock.
  if (s.starting || s.job?.status === "running" || s.job?.status === "starting") {
    const running = await currentRun(db);
    if (running) throw new ImportBusyError(running.id, running.startedAt, running.trigger, running.triggeredBy);
    throw new ImportBusyError(s.job?.runId ?? 0, new Date(s.job?.startedAt ?? Date.now()), "web", s.job?.triggeredBy ?? null);
  }
  s.starting = true;
  const job: WebImportState = {
    runId: null, status: "starting", triggeredBy: options.triggeredBy, only: options.only ?? null, startedAt: new Date().toISOString(),
    done: 0, total: 0, current: null, ratePerSec: 0, errors: [], summary: null, crash: null,
  };
  try {
    const before = await db.importRun.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
    let savedAt = 0;
    const onProgress = (p: ImportProgress) => {
      applyProgress(job, p);
      if (s.job !== job || Date.now() - savedAt < SAVE_EVERY_MS) return;
      savedAt = Date.now();
      publish(db, job);
    };
    const run = runImport(
      { dir: options.dir, trigger: "web", triggeredBy: options.triggeredBy, only: options.only, onProgress },
      { ...defaultImportDeps, ...deps },
    );
    run.then(
      (summary) => {
        job.summary = summary;
        job.runId = summary.runId;
        job.done = summary.total;
        job.total = summary.total;
        job.current = null;
        job.status = "finished";
        publish(db, job);
      },
      (err: unknown) => {
        if (job.status === "starting" && err instanceof ImportBusyError) return; // never became ours
        job.status = "crashed";
        job.crash = err instanceof Error ? err.message : String(err);
        publish(db, job);
      },
    );
    const runId = await waitForStart(db, job, run, before?.id ?? 0);
    job.runId = runId;
    if (job.status === "starting") job.status = "running";
    s.job = job;
    publish(db, job);
    return { runId };
  } finally {
    s.starting = false;
  }
}

/** Waits for the current web import to end (tests and graceful shutdown). */
export async function settleWebImport(timeoutMs = 60_000): Promise<WebImportState | null> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const job = state().job;
    if (!job || job.status === "finished" || job.status === "crashed") return job;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error("web import did not finish in time");
}
