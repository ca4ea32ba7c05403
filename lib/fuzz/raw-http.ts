/**
 * One HTTP request sent exactly as written (path not normalised, any method, any header), for
 * the hostile-request script and the tests that must send what a browser or fetch would refuse
 * or rewrite (`/articles/%`, TRACE). Loopback only: this is for testing our own server.
 */
import http from "node:http";

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

export function assertLoopback(base: string): URL {
  const url = new URL(base);
  if (!LOOPBACK.has(url.hostname)) throw new Error(`refusing to send hostile requests to ${url.hostname}: loopback only`);
  return url;
}

export function rawRequest(base: string, method: string, path: string, opts: { headers?: Record<string, string>; body?: Buffer | string; timeoutMs?: number } = {}): Promise<RawResponse> {
  const url = assertLoopback(base);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: url.hostname.replace(/^\[|\]$/g, ""), port: url.port || 80, method, path, headers: opts.headers, timeout: opts.timeoutMs ?? 30_000 },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (c: Buffer) => {
          // Keep the first 256 KB: enough to look for reflected input.
          if (size < 256 * 1024) chunks.push(c);
          size += c.length;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error(`timeout: ${method} ${path.slice(0, 80)}`)));
    req.on("error", reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}
