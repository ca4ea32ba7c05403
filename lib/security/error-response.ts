/**
 * JSON error answers from the security layer (proxy, body caps, method refusals), in the API's
 * one error shape: {"error": {"code", "message", "issues": [{param, message}]}, ...fields}. The security
 * headers go on every one, because a response the proxy builds never passes next.config's headers().
 */
import { errorBody, type ApiIssue, type ErrorExtras } from "../validation/api-error";
import { securityHeaders } from "./headers";

export function errorResponse(
  status: number,
  code: string,
  message: string,
  extra: { issues?: ApiIssue[]; headers?: Record<string, string>; fields?: ErrorExtras } = {},
): Response {
  const headers = new Headers({ "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  for (const { key, value } of securityHeaders()) headers.set(key, value);
  for (const [k, v] of Object.entries(extra.headers ?? {})) headers.set(k, v);
  return new Response(JSON.stringify(errorBody(code, message, extra.issues, extra.fields)), { status, headers });
}
