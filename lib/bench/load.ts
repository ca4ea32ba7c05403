/**
 * A small HTTP load generator: N concurrent clients share a bounded list of requests against
 * one endpoint and record each latency. Localhost only (the benchmark's own server).
 *
 * It shares the machine with the server it measures, so it must cost little: node:http with one
 * kept-alive socket per client (as wrk or autocannon do), not fetch, whose streams cost about as
 * much CPU per request as a small route. Like a browser it asks for gzip, but it does not inflate
 * the body: that is the reader's cost, not the server's.
 */
import http from "node:http";
import { getStatus, percentile, type LatencySummary } from "./get-status";
export interface LoadResult extends LatencySummary {
  name: string;
  throughput: number;
}

export async function runLoad(name: string, base: string, paths: string[], concurrency: number): Promise<LoadResult> {
  const url = new URL(base);
  if (!["127.0.0.1", "localhost", "[::1]"].includes(url.hostname)) throw new Error(`load generator only targets localhost, not ${url.hostname}`);
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  let next = 0;
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const t0 = performance.now();
  const client = async () => {
    while (next < paths.length) {
      const path = paths[next++]!;
      const s = performance.now();
      try {
        const status = await getStatus(agent, new URL(path, base));
        if (status < 200 || status >= 300) {
          errors++;
          statuses[status] = (statuses[status] ?? 0) + 1;
        }
      } catch (err) {
        errors++;
        const key = err instanceof Error ? err.message.slice(0, 40) : "error";
        statuses[key] = (statuses[key] ?? 0) + 1;
      }
      times.push(performance.now() - s);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  agent.destroy();
  const wall = (performance.now() - t0) / 1000;
  times.sort((a, b) => a - b);
  return { name, requests: paths.length, errors, statuses, p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1] ?? 0, throughput: paths.length / wall };
}
