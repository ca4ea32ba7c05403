/**
 * Next.js proxy (formerly middleware): refuses, with the usual security headers and without
 * logging, the requests that would otherwise reach a route only to fail there: methods no route
 * answers (405) and paths whose percent-encoding does not decode (400). Not an authorisation
 * layer: admin routes guard themselves (lib/auth/guard.ts).
 */
import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { errorResponse } from "@/lib/security/error-response";
import { ALLOWED_METHODS, malformedSegment, methodAllowed } from "@/lib/security/request-screen";

export function proxy(request: NextRequest): Response {
  if (!methodAllowed(request.method)) {
    return errorResponse(405, "method_not_allowed", "this method is not allowed here", { headers: { allow: ALLOWED_METHODS.join(", ") } });
  }
  // The raw path, before any decoding: request.nextUrl would already have tried.
  const raw = rawPathname(request.url);
  if (malformedSegment(raw) !== null) {
    return errorResponse(400, "bad_path", "the path's percent-encoding is malformed");
  }
  return NextResponse.next();
}

function rawPathname(url: string): string {
  const afterScheme = url.indexOf("//");
  const start = url.indexOf("/", afterScheme + 2);
  if (start < 0) return "/";
  const end = url.slice(start).search(/[?#]/);
  return end < 0 ? url.slice(start) : url.slice(start, start + end);
}

export const config = {
  // Static files are served by Next itself and cannot be affected by a bad path.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
