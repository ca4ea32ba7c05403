/**
 * Imports started from the admin pages. The route handler starts the run without waiting for it
 * and answers at once with the run id; the page then polls `importStatus()`. The run itself
 * happens in a child process at lower CPU priority (web-import-child.ts): extracting pages in the
 * server process held its event loop for every request. The child writes the job's progress to
 * the database (lib/data/shared-state/web-import-jobs.ts), so every server process behind a load
 * balancer shows it; the handle here, on globalThis so every route bundle in this process sees
 * it, mirrors what the child reports. The database lock (lib/data/import/lock.ts) decides
 * between processes and the CLI.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import type { Db } from "../../db";
import { db as defaultDb, urlOf } from "../../db";
import { currentRun } from "../import/lock";
import { ImportBusyError } from "../import/types";
import { writer } from "../writer";
import { latestWebImportJob, saveWebImportJob, type WebImportState } from "../shared-state/web-import-jobs";
import { ChildMessage, type ChildOptions } from "./web-import-protocol";
import { processShared } from "../process-shared";

export type { WebImportState };

interface Holder {
  job: WebImportState | null;
  starting: boolean;
  /** Settles when the child of the latest job has exited and its end is recorded. */
  ended: Promise<void> | null;
}

function state(): Holder {
  return processShared<Holder>("admin.webImport", () => ({ job: null, starting: false, ended: null }));
}

/** The latest import started from the admin pages, by any server process on this database (finished ones stay until the next start). */
export function webImportState(db: Db = defaultDb()): Promise<WebImportState | null> {
  return latestWebImportJob(writer(db));
}

export interface StartOptions {
  dir: string;
  triggeredBy: string;
  /** Only these files (relative to dir); the whole folder when absent. */
  only?: string[];
}

const ended = (job: WebImportState | null) => job?.status === "finished" || job?.status === "crashed";

/** The child died without saying how the run ended: say so where every process looks, and free the lock. */
async function recordDeath(db: Db, job: WebImportState, how: string): Promise<void> {
  job.status = "crashed";
  job.crash = `导入子进程意外退出（${how}），本次导入未完成；已保存的文章完整，未完成的文件没有写入`;
  if (job.runId !== null) await saveWebImportJob(writer(db), { ...job, runId: job.runId });
  // Its "running" row names a dead pid: currentRun marks it interrupted.
  await currentRun(db);
}

/**
 * Starts an import in a child process and returns its run id once it holds the lock.
 * Throws ImportBusyError when another import (here or from the CLI) is running.
 */
export async function startWebImport(options: StartOptions, deps: { db?: Db } = {}): Promise<{ runId: number }> {
  const db = deps.db ?? defaultDb();
  const s = state();
  // Two clicks in this process: refuse the second before it reaches the database lock.
  if (s.starting || s.job?.status === "running" || s.job?.status === "starting") {
    const running = await currentRun(db);
    if (running) throw new ImportBusyError(running.id, running.startedAt, running.trigger, running.triggeredBy);
    throw new ImportBusyError(s.job?.runId ?? 0, new Date(s.job?.startedAt ?? Date.now()), "web", s.job?.triggeredBy ?? null);
  }
  s.starting = true;
  try {
    const url = urlOf(db);
    const before = await db.importRun.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
    const childOptions: ChildOptions = { url, dir: options.dir, triggeredBy: options.triggeredBy, only: options.only ?? null };
    const child = spawn(process.execPath, [path.join(process.cwd(), "lib/data/admin/web-import-child-boot.mjs"), JSON.stringify(childOptions)], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    const job: WebImportState = {
      runId: null, status: "starting", triggeredBy: options.triggeredBy, only: options.only ?? null, startedAt: new Date().toISOString(),
      done: 0, total: 0, current: null, ratePerSec: 0, errors: [], summary: null, crash: null,
    };
    let refusal: Error | null = null;
    // A write made on a message is awaited by the run's end, so nobody who waits for the end
    // (a test closing its pool, the next import) races it.
    let recording: Promise<void> = Promise.resolve();
    child.on("message", (raw: unknown) => {
      const m = ChildMessage.safeParse(raw);
      if (!m.success) return;
      if (m.data.type === "job") Object.assign(job, m.data.job);
      else if (m.data.type === "busy") refusal = new ImportBusyError(m.data.runId, new Date(m.data.startedAt), m.data.trigger, m.data.triggeredBy);
      else if (job.runId === null) refusal = new Error(m.data.error);
      else {
        // It failed after taking the lock (before its first file reported): the run is over.
        job.status = "crashed";
        job.crash = m.data.error;
        const runId = job.runId;
        recording = saveWebImportJob(writer(db), { ...job, runId }).catch((err: unknown) => {
          console.warn(`[import] could not record the failed import: ${err instanceof Error ? err.message : String(err)}`);
        });
      }
    });
    let exited: { how: string } | null = null;
    const end = new Promise<void>((resolve) => {
      child.on("exit", (code, signal) => {
        exited = { how: signal ? `signal ${signal}` : `exit code ${code}` };
        const died = job.status !== "starting" && !ended(job);
        const how = exited.how;
        recording
          .then(() => (died ? recordDeath(db, job, how) : undefined))
          .catch((err: unknown) => console.warn(`[import] could not record the import child's end: ${err instanceof Error ? err.message : String(err)}`))
          .finally(resolve);
      });
    });
    // The child reports its run id with its first file; a long first file would keep us waiting,
    // so also look for the running row it created (the lock allows only one).
    while (job.runId === null) {
      if (refusal) throw refusal;
      const gone = exited as { how: string } | null;
      if (gone) throw new Error(`the import process exited before it started (${gone.how})`);
      const row = child.pid === undefined ? null : await db.importRun.findFirst({ where: { id: { gt: before?.id ?? 0 }, pid: child.pid }, orderBy: { id: "asc" } });
      if (row) job.runId = row.id;
      else await new Promise((r) => setTimeout(r, 20));
    }
    if (job.status === "starting") job.status = "running";
    s.job = job;
    s.ended = end;
    return { runId: job.runId };
  } finally {
    s.starting = false;
  }
}

/** Waits for the current web import to end (tests and graceful shutdown). */
export async function settleWebImport(timeoutMs = 60_000): Promise<WebImportState | null> {
  const s = state();
  if (!s.ended) return s.job;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("web import did not finish in time")), timeoutMs)));
  try {
    await Promise.race([s.ended, timeout]);
  } finally {
    clearTimeout(timer);
  }
  return s.job;
}
