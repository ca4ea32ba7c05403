/**
 * bench-stalls' CPU-per-turn figure: a turn that spends CPU is reported with at least that CPU,
 * and a turn that only waits (a timer) with little; where schedstat cannot be read (not Linux)
 * the CPU figure is null and the wall figure is still given.
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { watchLoopTurns } from "@/lib/bench/loop-turn-cpu";

const linux = fs.existsSync(`/proc/self/task/${process.pid}/schedstat`);

/** Holds the loop until this process has used `ms` more of user CPU (CPU time, not wall time: load does not shorten it). */
function spin(ms: number): void {
  const until = process.cpuUsage().user + ms * 1000;
  while (process.cpuUsage().user < until);
}

describe("watchLoopTurns", () => {
  it.skipIf(!linux)("reports the CPU a blocking turn spent, whatever the wall time", async () => {
    const w = watchLoopTurns(2);
    await new Promise((r) => setTimeout(r, 10));
    spin(40);
    await new Promise((r) => setTimeout(r, 10));
    const f = w.stop();
    expect(f.maxCpuMs).not.toBeNull();
    expect(f.maxCpuMs!).toBeGreaterThanOrEqual(40);
    expect(f.maxWallMs).toBeGreaterThanOrEqual(f.maxCpuMs! - 1);
  });

  it.skipIf(!linux)("reports a wait as wall time, not as CPU", async () => {
    const w = watchLoopTurns(50);
    await new Promise((r) => setTimeout(r, 120));
    const f = w.stop();
    expect(f.maxWallMs).toBeGreaterThanOrEqual(40);
    expect(f.maxCpuMs!).toBeLessThan(f.maxWallMs);
  });
});
