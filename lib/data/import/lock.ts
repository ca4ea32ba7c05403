/**
 * One import at a time, whether started from the CLI or the web server. The lock is the
 * "running" ImportRun row itself, guarded by a unique partial index (migration 0002b), so two
 * processes racing to start both try to insert and SQLite lets exactly one win. A running row
 * whose process is gone (killed mid-run) is marked interrupted and no longer blocks.
 */
import fs from "node:fs";
import type { Db } from "../../db";
import { ImportBusyError, type ImportTrigger } from "./types";

/** Runs this process is executing right now (the web server may hold one). */
const activeHere = new Set<number>();

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
  // A killed process that nobody has reaped yet still answers signal 0; on Linux its state is Z.
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return !/^\d+ \(.*\) [ZX] /.test(stat);
  } catch (err) {
    // Gone between the signal and the read: dead. Any other failure: assume it still runs.
    return (err as NodeJS.ErrnoException).code !== "ENOENT";
  }
}

/** Whether a "running" row's import is really running: in this process, or in a live other one. */
function runAlive(running: { id: number; pid: number | null }): boolean {
  return running.pid === process.pid ? activeHere.has(running.id) : running.pid !== null && processAlive(running.pid);
}

async function reapStale(db: Db): Promise<void> {
  const running = await db.importRun.findFirst({ where: { status: "running" } });
  if (!running) return;
  if (runAlive(running)) throw new ImportBusyError(running.id, running.startedAt, running.trigger, running.triggeredBy);
  await db.importRun.update({ where: { id: running.id }, data: { status: "interrupted", finishedAt: new Date() } });
}

export async function acquireImportLock(
  db: Db,
  run: { trigger: ImportTrigger; triggeredBy?: string; dir: string },
): Promise<number> {
  await reapStale(db);
  try {
    const created = await db.importRun.create({
      data: { trigger: run.trigger, triggeredBy: run.triggeredBy ?? null, dir: run.dir, status: "running", pid: process.pid },
    });
    activeHere.add(created.id);
    return created.id;
  } catch (err) {
    const running = await db.importRun.findFirst({ where: { status: "running" } });
    if (running) throw new ImportBusyError(running.id, running.startedAt, running.trigger, running.triggeredBy);
    throw err;
  }
}

export async function releaseImportLock(db: Db, runId: number, status: "succeeded" | "failed" | "interrupted"): Promise<void> {
  activeHere.delete(runId);
  await db.importRun.update({ where: { id: runId }, data: { status, finishedAt: new Date() } });
}

/** The run that holds the lock now, if any (for "an import is running" messages). */
export async function currentRun(db: Db) {
  return db.importRun.findFirst({ where: { status: "running" } });
}

/** Whether an import is running now, here or in another live process (a killed one's row does not count). */
export async function importRunning(db: Db): Promise<boolean> {
  const running = await currentRun(db);
  return running !== null && runAlive(running);
}
