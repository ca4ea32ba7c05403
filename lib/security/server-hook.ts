/**
 * What the HTTP server does to every request before Next.js sees it, installed once at start
 * (instrumentation.ts):
 * - stamps the socket's address in PEER_HEADER, replacing any value the client sent, so the
 *   route handlers know who is talking to them (Next.js passes the client's X-Forwarded-For
 *   through untouched; see forwarded.ts);
 * - answers TRACE (and TRACK, CONNECT) with 405: the Fetch API cannot even build a Request with
 *   them, so Next.js failed each with a 500 and a stack trace in the log, before any proxy ran.
 */
import http from "node:http";
import { securityHeaders } from "./headers";
import { PEER_HEADER } from "./forwarded";
import { ALLOWED_METHODS } from "./request-screen";

/** Methods the Fetch API refuses to carry (so no route can ever answer them). */
const UNCARRIABLE = new Set(["TRACE", "TRACK", "CONNECT"]);

const INSTALLED = Symbol.for("llmnews.serverHook");

/** Handles the request itself (true) or lets Next.js have it after stamping the peer (false). */
export function screenRawRequest(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  req.headers[PEER_HEADER] = req.socket?.remoteAddress ?? "";
  if (!UNCARRIABLE.has((req.method ?? "").toUpperCase())) return false;
  const body = JSON.stringify({ error: { code: "method_not_allowed", message: "this method is not allowed here" } });
  res.statusCode = 405;
  for (const { key, value } of securityHeaders()) res.setHeader(key, value);
  res.setHeader("Allow", ALLOWED_METHODS.join(", "));
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.end(body);
  return true;
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
