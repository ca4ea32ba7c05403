/**
 * Same-origin check for state-changing requests (defence against cross-site request forgery,
 * on top of SameSite=Strict cookies). Browsers send Sec-Fetch-Site, which pages cannot forge;
 * where it is missing (older browsers, plain-HTTP origins) the Origin header must name this
 * origin: scheme, host and port (comparing hosts only accepted https:// on an http:// server),
 * with X-Forwarded-Host/-Proto believed only from trusted proxies (forwarded.ts).
 * A request with neither is refused: every browser sends Origin on POST.
 * The reason is Chinese: it becomes the 403 answer's message (lib/validation/admin-errors.ts).
 */
import { canonicalOrigin, requestOrigin } from "./forwarded";

export type OriginVerdict = { ok: true } | { ok: false; reason: string };

export function checkSameOrigin(request: Request): OriginVerdict {
  const site = request.headers.get("sec-fetch-site");
  if (site) {
    return site === "same-origin" ? { ok: true } : { ok: false, reason: "浏览器标明这是跨站请求（Sec-Fetch-Site）" };
  }
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return { ok: false, reason: "请求没有 Origin 头" };
  const claimed = canonicalOrigin(origin);
  if (!claimed) return { ok: false, reason: "Origin 头格式不对" };
  if (claimed === requestOrigin(request)) return { ok: true };
  return { ok: false, reason: "Origin 头指向另一个来源" };
}
