/**
 * Sends the hostile requests to a running server (loopback only) with a few in flight, and
 * reports what a defender wants to know: how many were sent, every 5xx, every unescaped
 * reflection of the marker in HTML or XML, and the page cache on disk before and after.
 */
import { MARKER, type HostileRequest } from "./hostile-requests";
import { pageCacheSize, type CacheSize } from "./page-cache-size";
import { assertLoopback, rawRequest } from "./raw-http";

export interface FuzzReport {
  requests: number;
  byStatus: Record<string, number>;
  serverErrors: { method: string; path: string; status: number }[];
  reflected: { method: string; path: string; status: number }[];
  transportErrors: { method: string; path: string; error: string }[];
  cacheBefore: CacheSize;
  cacheAfter: CacheSize;
  elapsedMs: number;
}

const brief = (path: string) => (path.length > 120 ? `${path.slice(0, 117)}...` : path);

export async function runFuzz(base: string, requests: HostileRequest[], opts: { concurrency?: number; distDir?: string } = {}): Promise<FuzzReport> {
  assertLoopback(base);
  const started = Date.now();
  const cacheBefore = pageCacheSize(opts.distDir);
  const report: FuzzReport = { requests: 0, byStatus: {}, serverErrors: [], reflected: [], transportErrors: [], cacheBefore, cacheAfter: cacheBefore, elapsedMs: 0 };
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const req = requests[next++]!;
      try {
        const res = await rawRequest(base, req.method, req.path, { headers: req.headers, body: req.body });
        report.requests++;
        const cls = `${Math.floor(res.status / 100)}xx`;
        report.byStatus[cls] = (report.byStatus[cls] ?? 0) + 1;
        if (res.status >= 500) report.serverErrors.push({ method: req.method, path: brief(req.path), status: res.status });
        // Markup matters where a browser parses it; a JSON API echoing its query (served with nosniff) is data, not markup.
        const type = String(res.headers["content-type"] ?? "");
        if (/html|xml/i.test(type) && res.body.includes(MARKER)) report.reflected.push({ method: req.method, path: brief(req.path), status: res.status });
      } catch (err) {
        report.requests++;
        if (req.oversize && /ECONNRESET|EPIPE|socket hang up/.test(String(err))) continue;
        report.transportErrors.push({ method: req.method, path: brief(req.path), error: err instanceof Error ? err.message : String(err) });
      }
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency ?? 8 }, worker));
  // Next writes the page cache after answering: let the last writes land before measuring.
  await new Promise((r) => setTimeout(r, 1000));
  report.cacheAfter = pageCacheSize(opts.distDir);
  report.elapsedMs = Date.now() - started;
  return report;
}

export function formatReport(r: FuzzReport): string {
  const lines = [
    `requests: ${r.requests} in ${(r.elapsedMs / 1000).toFixed(1)} s (${Object.entries(r.byStatus).sort().map(([k, v]) => `${k} ${v}`).join(", ")})`,
    `5xx: ${r.serverErrors.length}`,
    ...r.serverErrors.slice(0, 20).map((e) => `  ${e.status} ${e.method} ${e.path}`),
    `reflected input (unescaped ${MARKER} in HTML/XML): ${r.reflected.length}`,
    ...r.reflected.slice(0, 20).map((e) => `  ${e.status} ${e.method} ${e.path}`),
    `transport errors (connection refused or reset): ${r.transportErrors.length}`,
    ...r.transportErrors.slice(0, 5).map((e) => `  ${e.method} ${e.path}: ${e.error}`),
    `page cache on disk: ${r.cacheBefore.files} files, ${(r.cacheBefore.bytes / 1048576).toFixed(2)} MB before; ${r.cacheAfter.files} files, ${(r.cacheAfter.bytes / 1048576).toFixed(2)} MB after`,
  ];
  return lines.join("\n");
}
