/**
 * Lowers this process's CPU priority, so pages served from the same machine come first and an
 * import takes the CPU they leave.
 *
 * nice alone did not do it on Linux: with autogroups (sched_autogroup_enabled, the default on
 * desktop and many server kernels) the scheduler first shares the CPU fairly between sessions,
 * and nice only orders the threads inside one. A CLI import started from a shell is in another
 * session than the server (which `next start` from another shell, or bench:web, runs in its
 * own), so at nice 10 it still took a full session's share: bench:web measured the importer at
 * 0.4–0.9 of a core beside a server held to ~0.6. So a process that leads its own session also
 * lowers its autogroup; runInOwnSession() gives a CLI one.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { statFields } from "./proc-stat";

/** The session id in a /proc/<pid>/stat line (the 6th field; the command name before it may hold spaces). */
export function sessionOfStat(stat: string): number | null {
  const session = Number(statFields(stat)?.[3]);
  return Number.isInteger(session) ? session : null;
}

/** The nice value in a /proc/<pid>/autogroup line ("/autogroup-114 nice 0"). */
export function autogroupNice(text: string): number | null {
  const m = /\bnice\s+(-?\d+)/.exec(text);
  return m ? Number(m[1]) : null;
}

function read(file: string): string | null {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

/** Whether the kernel shares CPU between sessions first (Linux autogroups). */
export function autogroupsOn(): boolean {
  return read("/proc/sys/kernel/sched_autogroup_enabled")?.trim() === "1";
}

/** Whether this process leads its session: its autogroup then holds only it and what it starts. */
function leadsSession(): boolean {
  const stat = read("/proc/self/stat");
  return stat !== null && sessionOfStat(stat) === process.pid;
}

/**
 * Lowers the calling thread's nice value only (Linux keeps one per thread; threads started
 * later inherit it): for a worker thread whose work can wait behind its own process's requests.
 */
export function lowerThreadPriority(by = 10): void {
  try {
    os.setPriority(0, Math.min(19, os.getPriority(0) + by));
  } catch {
    // Not allowed here (some containers): run at the usual priority.
  }
}

export function lowerPriority(by = 10): void {
  lowerThreadPriority(by);
  // Never a shared session's group: that would slow the shell (or benchmark) that started us.
  if (!autogroupsOn() || !leadsSession()) return;
  const nice = autogroupNice(read("/proc/self/autogroup") ?? "");
  if (nice === null) return;
  try {
    fs.writeFileSync("/proc/self/autogroup", String(Math.min(19, nice + by)));
  } catch {
    // Not allowed: the session keeps its share.
  }
}

/** Set in the copy runInOwnSession starts, so it does not start another. */
const OWN_SESSION = "LLMNEWS_OWN_SESSION";

/**
 * Where autogroups are on and this process shares its session (a CLI run from a shell), runs
 * this same command again as the leader of a new session, so lowerPriority can lower its whole
 * group, and resolves with its exit code; the caller exits with it. Ctrl-C and kill reach the
 * copy (it is not in the terminal's foreground group, so they are passed on). Returns null
 * when the process should do the work itself: autogroups off, already a leader, or in the copy.
 */
export function runInOwnSession(): Promise<number> | null {
  if (process.env[OWN_SESSION] === "1") {
    dieWithParent();
    return null;
  }
  if (!autogroupsOn() || leadsSession()) return null;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
      detached: true,
      // The channel is how the copy learns its starter died (dieWithParent).
      stdio: ["inherit", "inherit", "inherit", "ipc"],
      env: { ...process.env, [OWN_SESSION]: "1" },
    });
    const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
    const relay = (signal: NodeJS.Signals) => child.kill(signal);
    for (const s of signals) process.on(s, relay);
    child.on("error", (err) => {
      console.error(`could not start the import in its own session (${err.message})`);
      resolve(2);
    });
    child.on("exit", (code, signal) => {
      for (const s of signals) process.off(s, relay);
      resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1));
    });
  });
}

/**
 * In the copy: ends it, as abruptly as a kill, when the process that started it is gone. The
 * copy is outside its starter's process group, so a kill of that group (a supervisor's, a
 * test's SIGKILL of a run, a closed terminal) would otherwise leave the import running, holding
 * the lock, against the wish of whoever killed it. SIGKILL cannot be passed on; the closing of
 * the IPC channel is what every death of the starter leaves behind.
 */
function dieWithParent(): void {
  if (!process.channel) return;
  process.channel.unref();
  process.once("disconnect", () => process.kill(process.pid, "SIGKILL"));
}
