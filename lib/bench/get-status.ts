/** What both load generators (load.ts, open-loop.ts) send and count with. */
import http from "node:http";

/** What both generators report of a run: counts and latency percentiles in ms. */
export interface LatencySummary {
  requests: number;
  errors: number;
  /** Status codes other than 2xx, with counts, to say what went wrong. */
  statuses: Record<string, number>;
  p50: number;
  p95: number;
  max: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * One GET, body read to the end and dropped; resolves with the status. A reset on a kept-alive
 * socket before any answer (the server closed it as idle just as it was reused) is retried
 * once on a new socket, as browsers do; any other failure counts.
 */
export function getStatus(agent: http.Agent, url: URL, retried = false): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent, headers: { "accept-encoding": "gzip" } }, (res) => {
      res.on("data", () => undefined);
      res.on("end", () => resolve(res.statusCode ?? 0));
      res.on("error", reject);
    });
    req.on("error", (err: NodeJS.ErrnoException) => {
      if (!retried && req.reusedSocket && err.code === "ECONNRESET") getStatus(agent, url, true).then(resolve, reject);
      else reject(err);
    });
  });
}
