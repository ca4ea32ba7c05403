/**
 * What the HTTP server does to every request before Next.js sees it, installed once at start
 * (instrumentation.ts):
 * - stamps the socket's address in PEER_HEADER, replacing any value the client sent, so the
 *   route handlers know who is talking to them (Next.js passes the client's X-Forwarded-For
 *   through untouched; see forwarded.ts);
 * - answers methods no route answers with 405 (TRACE reached Next.js, which cannot even build a
 *   Fetch Request with it: a 500 and a stack trace in the log per request), and paths whose
 *   percent-encoding does not decode with 400 (`/articles/%FF` made Next.js's param decoding
 *   throw: a bare 500 without the security headers). Both with the security headers, no log line.
 * Here rather than in a Next.js proxy (middleware): TRACE fails before a proxy runs, and a check
 * on the raw request line costs microseconds where a proxy adds a layer to every request.
 */
import http from "node:http";
import { errorBody } from "../validation/api-error";
import { securityHeaders } from "./headers";
import { PEER_HEADER } from "./forwarded";
import { ALLOWED_METHODS, malformedSegment, methodAllowed } from "./request-screen";

const INSTALLED = Symbol.for("llmnews.serverHook");

function refuse(res: http.ServerResponse, status: number, code: string, message: string, extra: Record<string, string> = {}): true {
  res.statusCode = status;
  for (const { key, value } of securityHeaders()) res.setHeader(key, value);
  for (const [k, v] of Object.entries(extra)) res.setHeader(k, v);
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.end(JSON.stringify(errorBody(code, message)));
  return true;
}

/** Handles the request itself (true) or lets Next.js have it after stamping the peer (false). */
export function screenRawRequest(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  req.headers[PEER_HEADER] = req.socket?.remoteAddress ?? "";
  if (!methodAllowed(req.method ?? "")) return refuse(res, 405, "method_not_allowed", "不支持这个请求方法", { Allow: ALLOWED_METHODS.join(", ") });
  const url = req.url ?? "/";
  const end = url.search(/[?#]/);
  if (malformedSegment(end < 0 ? url : url.slice(0, end)) !== null) return refuse(res, 400, "bad_path", "路径中的百分号编码有误");
  return false;
}

/** Wraps http.Server's event dispatch once per process, so servers created before or after see every request. */
export function installServerHook(): void {
  const proto = http.Server.prototype as unknown as Record<symbol, unknown> & { emit: (event: string | symbol, ...args: unknown[]) => boolean };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request" && screenRawRequest(args[0] as http.IncomingMessage, args[1] as http.ServerResponse)) return true;
    return emit.call(this, event, ...args);
  };
}
