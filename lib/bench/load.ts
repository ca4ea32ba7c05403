/**
 * A small HTTP load generator: N concurrent clients share a bounded list of requests against
 * one endpoint and record each latency. Localhost only (the benchmark's own server).
 */
export interface LoadResult {
  name: string;
  requests: number;
  errors: number;
  /** Status codes other than 2xx, with counts, to say what went wrong. */
  statuses: Record<string, number>;
  p50: number;
  p95: number;
  max: number;
  throughput: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function runLoad(name: string, base: string, paths: string[], concurrency: number): Promise<LoadResult> {
  const url = new URL(base);
  if (!["127.0.0.1", "localhost", "[::1]"].includes(url.hostname)) throw new Error(`load generator only targets localhost, not ${url.hostname}`);
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  let next = 0;
  const t0 = performance.now();
  const client = async () => {
    while (next < paths.length) {
      const path = paths[next++]!;
      const s = performance.now();
      try {
        const res = await fetch(new URL(path, base), { redirect: "manual" });
        await res.arrayBuffer();
        if (res.status < 200 || res.status >= 300) {
          errors++;
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
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
  const wall = (performance.now() - t0) / 1000;
  times.sort((a, b) => a - b);
  return { name, requests: paths.length, errors, statuses, p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1] ?? 0, throughput: paths.length / wall };
}
