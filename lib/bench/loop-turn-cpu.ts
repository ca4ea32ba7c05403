/**
 * The longest turn of the event loop by wall time and by this thread's own CPU time, from the
 * scheduler's per-thread run time (/proc/self/task/<pid>/schedstat, ns; Linux, elsewhere only
 * wall time). On a shared machine a turn can take 90 ms of wall time for 10 ms of the loop's
 * work: the thread waited for a core. monitorEventLoopDelay cannot tell the two apart; the CPU
 * spent in the longest-CPU turn is what the code itself held the loop for, and what the loop
 * delay would be on an idle machine.
 */
import fs from "node:fs";

export interface TurnFigures {
  /** The longest gap between two ticks, in ms of wall time. */
  maxWallMs: number;
  /** The most CPU time this thread spent between two ticks, in ms; null where not readable. */
  maxCpuMs: number | null;
}

/** This thread's run time in ns, or null (not Linux, or the file cannot be read). */
function threadRunNs(file: string): number | null {
  try {
    return Number(fs.readFileSync(file, "utf8").split(" ")[0]);
  } catch {
    return null;
  }
}

/** Starts ticking every `everyMs`; `stop()` ends it and gives the figures. Call on the thread to measure (the main one). */
export function watchLoopTurns(everyMs = 2): { stop: () => TurnFigures } {
  const file = `/proc/self/task/${process.pid}/schedstat`;
  let lastWall = performance.now();
  let lastCpu = threadRunNs(file);
  let maxWallMs = 0;
  let maxCpuMs: number | null = lastCpu === null ? null : 0;
  const tick = () => {
    const wall = performance.now();
    const cpu = lastCpu === null ? null : threadRunNs(file);
    maxWallMs = Math.max(maxWallMs, wall - lastWall);
    if (cpu !== null && lastCpu !== null && maxCpuMs !== null) maxCpuMs = Math.max(maxCpuMs, (cpu - lastCpu) / 1e6);
    lastWall = wall;
    lastCpu = cpu;
  };
  const timer = setInterval(tick, everyMs);
  return {
    stop() {
      tick();
      clearInterval(timer);
      return { maxWallMs, maxCpuMs };
    },
  };
}
