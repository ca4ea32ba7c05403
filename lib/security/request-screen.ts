/**
 * What the server refuses before any route runs (server-hook.ts), as pure functions: methods no route answers
 * (TRACE reached route handlers and answered 500 with a stack trace logged per request), and
 * paths whose percent-encoding does not decode (`/articles/%FF`, `%`, `%G1`, `%E4%B8` made
 * Next.js's param decoding throw: a bare 500 without the security headers).
 */

/** Methods some page or route handler answers; everything else is 405. */
export const ALLOWED_METHODS = ["GET", "HEAD", "POST", "OPTIONS"] as const;

export function methodAllowed(method: string): boolean {
  return (ALLOWED_METHODS as readonly string[]).includes(method.toUpperCase());
}

/** The first path segment whose percent-encoding is malformed, or null when every one decodes to valid UTF-8. */
export function malformedSegment(pathname: string): string | null {
  for (const segment of pathname.split("/")) {
    if (!segment.includes("%")) continue;
    try {
      decodeURIComponent(segment);
    } catch {
      return segment;
    }
  }
  return null;
}
