/**
 * Reads a request body into memory, stopping as soon as it exceeds a limit (Content-Length may be
 * absent or wrong): `request.json()` or `formData()` read any size first (a 200 MB sign-in body
 * cost ~410 MB of server memory before its 400). Every route that reads a body goes through here.
 */
import { errorResponse } from "./error-response";

/** Body limits per route: a sign-in is a token; a decision a few fields; an import's file list up to 1,000 paths. */
export const BODY_LIMITS = { signIn: 4 * 1024, decision: 16 * 1024, importStart: 1024 * 1024 } as const;

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`request body larger than ${(limit / 1048576).toFixed(0)} MiB`);
    this.name = "BodyTooLargeError";
  }
}

export async function readCappedBody(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLargeError(limit);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new BodyTooLargeError(limit);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** The body as text (UTF-8), read under the limit. */
export async function readCappedText(request: Request, limit: number): Promise<string> {
  return new TextDecoder().decode(await readCappedBody(request, limit));
}

/** The 413 answer for a body over its limit. */
export function bodyTooLarge(err: BodyTooLargeError): Response {
  return errorResponse(413, "body_too_large", `请求体太大（上限 ${err.limit} 字节）`);
}
