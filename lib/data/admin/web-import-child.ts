/**
 * The admin import, run in a child process at lower CPU priority so the server's event loop
 * never extracts a page: started by web-import.ts with its options as JSON in argv. It writes
 * the job's progress to the database for every server process (as the server did before) and
 * sends each state to its parent over IPC.
 */
import { createDb } from "../../db";
import { lowerPriority } from "../../os/lower-priority";
import { defaultImportDeps } from "../import/after-save";
import { runImport } from "../import/run-import";
import { ImportBusyError, type ImportProgress } from "../import/types";
import { writer } from "../writer";
import { saveWebImportJob, type WebImportState } from "../shared-state/web-import-jobs";
import { ChildOptions, type ChildMessage } from "./web-import-protocol";

const MAX_ERRORS_KEPT = 500;
/** Progress is written at most this often (and at every change of status). */
const SAVE_EVERY_MS = 250;

function send(message: ChildMessage): Promise<void> {
  return new Promise((resolve) => (process.send ? process.send(message, () => resolve()) : resolve()));
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

async function main(): Promise<void> {
  lowerPriority();
  const options = ChildOptions.parse(JSON.parse(process.argv[2] ?? "null"));
  const db = createDb(options.url);
  const job: WebImportState = {
    runId: null, status: "starting", triggeredBy: options.triggeredBy, only: options.only, startedAt: new Date().toISOString(),
    done: 0, total: 0, current: null, ratePerSec: 0, errors: [], summary: null, crash: null,
  };
  /** Writes the job for every process to see; a failed write only delays what the others show. */
  const publish = (): Promise<void> => {
    if (job.runId === null) return Promise.resolve();
    const saved = saveWebImportJob(writer(db), { ...job, runId: job.runId }).catch((err: unknown) => {
      console.warn(`[import] progress not saved: ${err instanceof Error ? err.message : String(err)}`);
    });
    return saved.then(() => send({ type: "job", job: { ...job, errors: [...job.errors] } }));
  };
  let savedAt = 0;
  const onProgress = (p: ImportProgress) => {
    const first = job.runId === null;
    applyProgress(job, p);
    if (!first && Date.now() - savedAt < SAVE_EVERY_MS) return;
    savedAt = Date.now();
    void publish();
  };
  try {
    const summary = await runImport(
      { dir: options.dir, trigger: "web", triggeredBy: options.triggeredBy, only: options.only ?? undefined, onProgress },
      { ...defaultImportDeps, db, url: options.url },
    );
    Object.assign(job, { summary, runId: summary.runId, done: summary.total, total: summary.total, current: null, status: "finished" });
    await publish();
  } catch (err) {
    if (err instanceof ImportBusyError) {
      await send({ type: "busy", runId: err.runId, startedAt: err.startedAt.toISOString(), trigger: err.trigger, triggeredBy: err.triggeredBy });
    } else if (job.runId === null) {
      await send({ type: "failed", error: err instanceof Error ? err.message : String(err) });
    } else {
      job.status = "crashed";
      job.crash = err instanceof Error ? err.message : String(err);
      await publish();
    }
  } finally {
    await db.$disconnect();
  }
}

main().then(
  () => process.disconnect?.(),
  (err: unknown) => {
    console.error(err);
    process.exitCode = 1;
    process.disconnect?.();
  },
);
