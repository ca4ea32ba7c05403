/** The origin the client used to reach us (for printed sign-in URLs and the cookie's Secure flag). */
export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || url.protocol.replace(/:$/, "");
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host") || url.host;
  return `${proto}://${host}`;
}

export function isHttps(request: Request): boolean {
  return requestOrigin(request).startsWith("https:");
}
