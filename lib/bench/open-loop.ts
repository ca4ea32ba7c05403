/**
 * Open-loop load: requests leave at a fixed arrival rate whatever the server does, as readers
 * arrive (closed-loop clients wait for each answer and so slow down with the server, hiding
 * its stalls). Each latency is measured from when the request was due, not when it was sent,
 * so a stalled generator or server cannot hide a delay (coordinated omission).
 */
import http from "node:http";

export interface OpenLoopResult {
  requests: number;
  errors: number;
  statuses: Record<string, number>;
  p50: number;
  p95: number;
  max: number;
  /** Seconds from the first due time to the last answer. */
  seconds: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * One GET, body read to the end and dropped; resolves with the status. A reset on a kept-alive
 * socket before any answer (the server closed it as idle just as it was reused) is retried
 * once on a new socket, as browsers do; any other failure counts.
 */
function get(agent: http.Agent, url: URL, retried = false): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent, headers: { "accept-encoding": "gzip" } }, (res) => {
      res.on("data", () => undefined);
      res.on("end", () => resolve(res.statusCode ?? 0));
      res.on("error", reject);
    });
    req.on("error", (err: NodeJS.ErrnoException) => {
      if (!retried && req.reusedSocket && err.code === "ECONNRESET") get(agent, url, true).then(resolve, reject);
      else reject(err);
    });
  });
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
      get(agent, new URL(path, base)).then(
        (status) => {
          times.push(performance.now() - due);
          if (status < 200 || status >= 300) {
            errors++;
            statuses[status] = (statuses[status] ?? 0) + 1;
          }
        },
        (err: unknown) => {
          times.push(performance.now() - due);
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
  return { requests: times.length, errors, statuses, p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1] ?? 0, seconds };
}
