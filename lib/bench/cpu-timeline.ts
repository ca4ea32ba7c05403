/**
 * CPU time of process trees, sampled once a second from /proc (Linux; elsewhere nothing is
 * recorded), so an open-loop run can say, second by second, whether the server was short of CPU
 * (busy near a core, or waiting its turn beside the importer) or waiting on something else
 * (little CPU while requests queue).
 */
import fs from "node:fs";
import { statFields } from "../os/proc-stat";

const TICKS_PER_S = 100;

/** utime + stime of one process, all its threads, in clock ticks; null once it is gone. */
function ticksOf(pid: number): number | null {
  try {
    const rest = statFields(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
    return rest ? Number(rest[11]) + Number(rest[12]) : null;
  } catch {
    return null;
  }
}

/** `pid` and every process below it. */
function tree(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    const p = out[i]!;
    let tasks: string[] = [];
    try {
      tasks = fs.readdirSync(`/proc/${p}/task`);
    } catch {
      continue;
    }
    for (const t of tasks) {
      try {
        for (const c of fs.readFileSync(`/proc/${p}/task/${t}/children`, "utf8").split(" ").filter(Boolean)) out.push(Number(c));
      } catch {
        // the thread ended
      }
    }
  }
  return out;
}

export interface CpuSample {
  /** ms since 1970 at the end of the second measured. */
  at: number;
  /** Cores used over the second, per named tree. */
  cores: Record<string, number>;
}

/** Samples each named tree's CPU once a second until stopped; returns the samples. */
export function sampleCpu(roots: () => Record<string, number | null>): { stop: () => CpuSample[] } {
  const samples: CpuSample[] = [];
  const last = new Map<number, number>();
  let lastAt = performance.now();
  const read = (): Record<string, number> => {
    const now = performance.now();
    const seconds = (now - lastAt) / 1000;
    lastAt = now;
    const cores: Record<string, number> = {};
    for (const [name, root] of Object.entries(roots())) {
      if (root === null) continue;
      let used = 0;
      for (const pid of tree(root)) {
        const t = ticksOf(pid);
        if (t === null) continue;
        used += t - (last.get(pid) ?? t);
        last.set(pid, t);
      }
      cores[name] = seconds > 0 ? used / TICKS_PER_S / seconds : 0;
    }
    return cores;
  };
  read();
  const timer = setInterval(() => samples.push({ at: Date.now(), cores: read() }), 1000);
  return {
    stop: () => {
      clearInterval(timer);
      return samples;
    },
  };
}
