/**
 * mapInTurns (lib/async/map-in-turns.ts): a list mapped in slices of the event loop. A fake
 * clock, advanced by the work itself, decides when a slice is over, so the slicing is checked
 * without timing: another task's setImmediate runs between slices and never inside one.
 */
import { describe, expect, it } from "vitest";
import { mapInTurns } from "@/lib/async/map-in-turns";

/** Maps 1..n, each item "taking" `cost` ms of the fake clock; returns the results and the order in which items and other turns ran. */
async function run(n: number, cost: number, budget: number): Promise<{ out: number[]; log: string[] }> {
  let clock = 0;
  const log: string[] = [];
  let done = false;
  // Another request's work: one step per loop turn, for as long as the mapping runs.
  const other = () => {
    if (done) return;
    log.push("turn");
    setImmediate(other);
  };
  setImmediate(other);
  const out = await mapInTurns(Array.from({ length: n }, (_, i) => i + 1), (x) => {
    log.push(String(x));
    clock += cost;
    return x * 10;
  }, budget, () => clock);
  done = true;
  return { out, log };
}

describe("mapInTurns", () => {
  it("maps every item in order", async () => {
    const { out } = await run(6, 3, 5);
    expect(out).toEqual([10, 20, 30, 40, 50, 60]);
  });

  it("yields a turn to other work once a slice has used its budget, and only then", async () => {
    const { log } = await run(6, 3, 5);
    expect(log).toEqual(["1", "2", "turn", "3", "4", "turn", "5", "6"]);
  });

  it("keeps going one item per slice when each item alone is over the budget", async () => {
    const { log } = await run(3, 100, 5);
    expect(log).toEqual(["1", "turn", "2", "turn", "3"]);
  });

  it("does the whole list in one turn when it fits the budget", async () => {
    const { log, out } = await run(20, 0.1, 5);
    expect(out).toHaveLength(20);
    expect(log).not.toContain("turn");
  });
});
