/**
 * One import at a time, whether started from the CLI or the web server. The lock is the
 * "running" ImportRun row itself, guarded by a unique partial index (migration 0002b), so two
 * processes racing to start both try to insert and SQLite lets exactly one win. A running row
 * whose process is gone (killed mid-run) is marked interrupted and no longer blocks; every
 * reader of "the running import" (the admin status, the upload route) goes through currentRun,
 * which does that check, so a killed CLI import never shows as running (issue 16, item 7).
 */
import fs from "node:fs";
import type { Db } from "../../db";
import { urlOf } from "../../db";
import { reader } from "../dialect";
import { advisoryLockHeld, holdAdvisoryLock, releaseAdvisoryLock, tryAdvisoryLock } from "./pg-advisory-lock";
import { prismaDate } from "../sqlite";
import type { Writer } from "../writer";
import { ImportBusyError, type ImportTrigger } from "./types";

/** Runs this process is executing right now (the web server may hold one); on globalThis so every route bundle shares it. */
const activeHolder = globalThis as unknown as { __importRunsActiveHere?: Set<number> };
const activeHere = (activeHolder.__importRunsActiveHere ??= new Set<number>());

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
  const running = await currentRun(db);
  if (running) throw new ImportBusyError(running.id, running.startedAt, running.trigger, running.triggeredBy);
}

export async function acquireImportLock(
  db: Db,
  run: { trigger: ImportTrigger; triggeredBy?: string; dir: string },
): Promise<number> {
  if (reader(db).kind === "postgres") return acquirePostgres(db, run);
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

/** PostgreSQL: the advisory lock first (pg-advisory-lock.ts), then the "running" row. */
async function acquirePostgres(db: Db, run: { trigger: ImportTrigger; triggeredBy?: string; dir: string }): Promise<number> {
  const session = await tryAdvisoryLock(urlOf(db));
  if (!session) {
    const running = await db.importRun.findFirst({ where: { status: "running" } });
    throw new ImportBusyError(running?.id ?? 0, running?.startedAt ?? new Date(), running?.trigger ?? "cli", running?.triggeredBy ?? null);
  }
  try {
    // Holding the lock, any "running" row is a dead holder's.
    await db.importRun.updateMany({ where: { status: "running" }, data: { status: "interrupted", finishedAt: new Date() } });
    const created = await db.importRun.create({
      data: { trigger: run.trigger, triggeredBy: run.triggeredBy ?? null, dir: run.dir, status: "running", pid: process.pid },
    });
    activeHere.add(created.id);
    holdAdvisoryLock(created.id, session);
    return created.id;
  } catch (err) {
    await session.end().catch(() => {});
    throw err;
  }
}

/**
 * Ends a run with its status. After a full disk, `fallback` (the importer's own connection)
 * makes a second attempt: the rolled-back transaction left write-ahead log space that a
 * one-row update can reuse, where Prisma's write may have failed first.
 */
export async function releaseImportLock(db: Db, runId: number, status: "succeeded" | "failed" | "interrupted", fallback?: Writer): Promise<void> {
  activeHere.delete(runId);
  try {
    await db.importRun.update({ where: { id: runId }, data: { status, finishedAt: new Date() } });
    await releaseAdvisoryLock(runId);
  } catch (err) {
    await releaseAdvisoryLock(runId);
    if (!fallback) throw err;
    await fallback.run(`UPDATE "ImportRun" SET "status" = ?, "finishedAt" = ? WHERE "id" = ?`, [status, prismaDate(new Date()), runId]);
  }
}

/** The run that holds the lock now, if any; a "running" row whose process is gone is marked interrupted first. */
export async function currentRun(db: Db) {
  const running = await db.importRun.findFirst({ where: { status: "running" } });
  if (!running) return running;
  const r = reader(db);
  const alive = r.kind === "postgres" ? await advisoryLockHeld((sql, ...params) => Promise.resolve(r.all(sql, ...params))) : runAlive(running);
  if (alive) return running;
  await db.importRun.updateMany({ where: { id: running.id, status: "running" }, data: { status: "interrupted", finishedAt: new Date() } });
  return null;
}

/** Whether an import is running now, here or in another live process (a killed one's row does not count). */
export async function importRunning(db: Db): Promise<boolean> {
  return (await currentRun(db)) !== null;
}

/**
 * Whether an import is running and still writing: a run whose writes are all committed (its
 * `finishedAt` set while it waits for the servers, await-readers.ts) no longer counts.
 */
export async function importWriting(db: Db): Promise<boolean> {
  const run = await currentRun(db);
  return run !== null && run.finishedAt === null;
}
