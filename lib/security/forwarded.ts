/**
 * Who sent a request and to which origin, believing forwarding headers only from configured
 * proxies (TRUSTED_PROXIES). Next.js fills X-Forwarded-For/-Host/-Proto only when the client did
 * not, so those headers are the client's word unless the peer is a known proxy: trusting them let
 * anyone rotate X-Forwarded-For past the per-client sign-in limit and lock the admin out.
 * The peer address itself comes from PEER_HEADER, which the server stamps on every request from
 * the socket, overwriting whatever the client sent (stamp-peer-address.ts).
 */
import { readEnv } from "../env";

export const PEER_HEADER = "x-llmnews-peer";

/** IPv4 clients on a dual-stack socket appear as ::ffff:a.b.c.d. */
export function normaliseIp(ip: string): string {
  const t = ip.trim().toLowerCase();
  return t.startsWith("::ffff:") && t.includes(".") ? t.slice(7) : t;
}

function trustedProxies(): string[] {
  return readEnv().TRUSTED_PROXIES.map(normaliseIp);
}

/** The socket's address, or "unknown" when the server did not stamp one. */
export function peerAddress(headers: Headers): string {
  return normaliseIp(headers.get(PEER_HEADER)?.slice(0, 64) ?? "") || "unknown";
}

/** Whether the direct peer is a configured proxy, whose forwarding headers are believed. */
export function fromTrustedProxy(headers: Headers, trusted = trustedProxies()): boolean {
  return trusted.length > 0 && trusted.includes(peerAddress(headers));
}

/** The client's address: the peer, or through trusted proxies the nearest X-Forwarded-For hop that is not one of them. */
export function clientAddress(headers: Headers, trusted = trustedProxies()): string {
  const peer = peerAddress(headers);
  if (!fromTrustedProxy(headers, trusted)) return peer;
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map(normaliseIp).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!trusted.includes(hops[i]!)) return hops[i]!.slice(0, 64);
  }
  return peer;
}

function firstValue(headers: Headers, name: string): string | undefined {
  return headers.get(name)?.split(",")[0]?.trim() || undefined;
}

/** The origin (scheme://host[:port]) the client used: the Host header and plain HTTP, or a trusted proxy's forwarded values. */
export function requestOrigin(request: Request, trusted = trustedProxies()): string {
  const headers = request.headers;
  const url = new URL(request.url);
  const viaProxy = fromTrustedProxy(headers, trusted);
  const proto = (viaProxy && firstValue(headers, "x-forwarded-proto")) || (headers.get(PEER_HEADER) ? "http" : url.protocol.replace(/:$/, ""));
  const host = (viaProxy && firstValue(headers, "x-forwarded-host")) || headers.get("host")?.trim() || url.host;
  return canonicalOrigin(`${proto}://${host}`) ?? `${url.protocol}//${url.host}`;
}

/** scheme://host[:port] with the default port dropped, lower-case; null when it is not an http(s) origin. */
export function canonicalOrigin(origin: string): string | null {
  try {
    const u = new URL(origin);
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    return u.origin.toLowerCase();
  } catch {
    return null;
  }
}
