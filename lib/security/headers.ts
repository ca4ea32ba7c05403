/**
 * Security headers for every response, meant for next.config.ts `headers()`:
 *   async headers() { return [{ source: "/:path*", headers: securityHeaders() }]; }
 * The policy allows inline scripts and styles because Next.js inlines its bootstrap and
 * streaming payload; a nonce would force every page into dynamic rendering. Everything else is
 * same-origin only, nothing may frame the app, and no plugin content is allowed.
 */

export interface HeaderEntry {
  key: string;
  value: string;
}

export function contentSecurityPolicy(dev = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    // React's development build uses eval for error overlays; production does not.
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function securityHeaders(dev = process.env.NODE_ENV === "development"): HeaderEntry[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(dev) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    // For browsers that predate frame-ancestors.
    { key: "X-Frame-Options", value: "DENY" },
  ];
}
