/**
 * Open-loop load: requests leave at a fixed arrival rate whatever the server does, as readers
 * arrive (closed-loop clients wait for each answer and so slow down with the server, hiding
 * its stalls). Each latency is measured from when the request was due, not when it was sent,
 * so a stalled generator or server cannot hide a delay (coordinated omission).
 */
import http from "node:http";
import { getStatus, percentile, type LatencySummary } from "./get-status";

export interface OpenLoopResult extends LatencySummary {
  /** Seconds from the first due time to the last answer. */
  seconds: number;
  /** Each request: when it was due (ms after the first), its latency (ms), path and status (0: no answer). */
  samples: OpenLoopSample[];
}

export interface OpenLoopSample {
  dueMs: number;
  /** ms since 1970 when the answer ended. */
  doneAt: number;
  ms: number;
  path: string;
  status: number;
}

/** The page kind a path is: its first segment, with `/articles/<id>` apart from the list. */
export function pathKind(path: string): string {
  const [pathname] = path.split("?");
  const parts = pathname!.split("/").filter(Boolean);
  if (parts.length === 0) return "/";
  if (parts[0] === "api") return `/api/${parts[1] ?? ""}`;
  return parts.length > 1 ? `/${parts[0]}/[x]` : `/${parts[0]}${path.includes("?") ? "?…" : ""}`;
}

/** p50/p95/max per page kind, slowest p95 first. */
export function byKind(samples: OpenLoopSample[]): { kind: string; requests: number; p50: number; p95: number; max: number }[] {
  const groups = new Map<string, number[]>();
  for (const s of samples) {
    const k = pathKind(s.path);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(s.ms);
  }
  return [...groups].map(([kind, ms]) => {
    ms.sort((a, b) => a - b);
    return { kind, requests: ms.length, p50: percentile(ms, 50), p95: percentile(ms, 95), max: ms[ms.length - 1] ?? 0 };
  }).sort((a, b) => b.p95 - a.p95);
}

/**
 * Sends `paths` in order at `ratePerS`; with `until`, keeps cycling through them until it
 * resolves (and at least once through the list), so a run can last as long as an import.
 */
export async function runOpenLoop(base: string, paths: string[], ratePerS: number, until?: Promise<unknown>): Promise<OpenLoopResult> {
  const url = new URL(base);
  if (!["127.0.0.1", "localhost", "[::1]"].includes(url.hostname)) throw new Error(`load generator only targets localhost, not ${url.hostname}`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  let stop = until === undefined;
  until?.then(
    () => (stop = true),
    () => (stop = true),
  );
  const times: number[] = [];
  const samples: OpenLoopSample[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  const inFlight: Promise<void>[] = [];
  const interval = 1000 / ratePerS;
  const t0 = performance.now();
  for (let i = 0; i < paths.length || !stop; i++) {
    const due = t0 + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const path = paths[i % paths.length]!;
    inFlight.push(
      getStatus(agent, new URL(path, base)).then(
        (status) => {
          times.push(performance.now() - due);
          samples.push({ dueMs: due - t0, doneAt: Date.now(), ms: performance.now() - due, path, status });
          if (status < 200 || status >= 300) {
            errors++;
            statuses[status] = (statuses[status] ?? 0) + 1;
          }
        },
        (err: unknown) => {
          times.push(performance.now() - due);
          samples.push({ dueMs: due - t0, doneAt: Date.now(), ms: performance.now() - due, path, status: 0 });
          errors++;
          const key = err instanceof Error ? err.message.slice(0, 40) : "error";
          statuses[key] = (statuses[key] ?? 0) + 1;
        },
      ),
    );
  }
  await Promise.all(inFlight);
  agent.destroy();
  const seconds = (performance.now() - t0) / 1000;
  times.sort((a, b) => a - b);
  return { requests: times.length, errors, statuses, p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1] ?? 0, seconds, samples };
}
