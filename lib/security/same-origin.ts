/**
 * Same-origin check for state-changing requests (defence against cross-site request forgery,
 * on top of SameSite=Strict cookies). Browsers send Sec-Fetch-Site, which pages cannot forge;
 * where it is missing (older browsers, plain-HTTP origins) the Origin header must name this host.
 * A request with neither is refused: every browser sends Origin on POST.
 */

function expectedHost(headers: Headers, url: string): string | null {
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  if (forwarded) return forwarded.toLowerCase();
  const host = headers.get("host")?.trim();
  if (host) return host.toLowerCase();
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return null;
  }
}

export type OriginVerdict = { ok: true } | { ok: false; reason: string };

export function checkSameOrigin(request: Request): OriginVerdict {
  const site = request.headers.get("sec-fetch-site");
  if (site) {
    return site === "same-origin" ? { ok: true } : { ok: false, reason: `cross-site request refused (Sec-Fetch-Site: ${site})` };
  }
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return { ok: false, reason: "request without an Origin header refused" };
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return { ok: false, reason: "malformed Origin header" };
  }
  const host = expectedHost(request.headers, request.url);
  if (host && originHost === host) return { ok: true };
  return { ok: false, reason: `cross-origin request refused (Origin ${origin})` };
}
