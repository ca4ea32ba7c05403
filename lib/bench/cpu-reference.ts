/**
 * A fixed CPU workload, timed, so that benchmark figures taken at different times can be read
 * side by side: on these shared machines the same code ran 1.5–1.7× slower a quarter of an hour
 * later. Only Node built-ins (hashing, JSON, string work), so a change to the product does not
 * change the reference.
 */
import crypto from "node:crypto";

function workload(): number {
  const text = "大模型新闻追踪 benchmark reference 0123456789 ".repeat(2000);
  let acc = 0;
  for (let i = 0; i < 20; i++) {
    acc += crypto.createHash("sha256").update(text + i).digest()[0]!;
    const parsed = JSON.parse(JSON.stringify({ i, text: text.slice(i, i + 5000), list: Array.from({ length: 500 }, (_, k) => ({ k, s: `${k}` })) })) as { list: unknown[] };
    acc += parsed.list.length + text.split(" ").length;
  }
  return acc;
}

/** Median milliseconds of the workload over `runs` runs (after one untimed run). */
export function cpuReferenceMs(runs = 7): number {
  workload();
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    workload();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
