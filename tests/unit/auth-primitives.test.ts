/** Pure pieces of admin security: the sign-in back-off, the same-origin check, cookie parsing, constant-time compare, headers. */
import { describe, expect, it } from "vitest";
import { backoffAfter, PER_CLIENT } from "@/lib/auth/limit-rules";
import { checkSameOrigin } from "@/lib/security/same-origin";
import { sessionFromCookieHeader } from "@/lib/auth/session";
import { matchesDigest, secretsEqual, sha256 } from "@/lib/auth/constant-time";
import { contentSecurityPolicy, securityHeaders } from "@/lib/security/headers";
import { clientIp } from "@/lib/auth/client-ip";

describe("backoffAfter", () => {
  it("lets five failures through, then blocks 15 s doubling to an hour, and forgets a client quiet for two hours", () => {
    const t0 = 1_000_000;
    let state: { failures: number; lastAt: number } | undefined;
    const blocks: number[] = [];
    for (let i = 0; i < 12; i++) {
      const next = backoffAfter(state, t0 + i);
      blocks.push(next.blockedUntil === 0 ? 0 : next.blockedUntil - (t0 + i));
      state = { failures: next.failures, lastAt: t0 + i };
    }
    expect(blocks).toEqual([0, 0, 0, 0, 15_000, 30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000]);
    expect(backoffAfter({ failures: 40, lastAt: t0 }, t0 + 1).blockedUntil - (t0 + 1)).toBe(PER_CLIENT.maxMs);
    expect(backoffAfter({ failures: 40, lastAt: t0 }, t0 + 2 * PER_CLIENT.maxMs)).toEqual({ failures: 1, blockedUntil: 0 });
  });
});

describe("checkSameOrigin", () => {
  const req = (headers: Record<string, string>) => new Request("http://internal:3000/api/admin/import", { method: "POST", headers });
  it("trusts Sec-Fetch-Site when present", () => {
    expect(checkSameOrigin(req({ "sec-fetch-site": "same-origin" })).ok).toBe(true);
    expect(checkSameOrigin(req({ "sec-fetch-site": "same-site", origin: "http://internal:3000" })).ok).toBe(false);
    expect(checkSameOrigin(req({ "sec-fetch-site": "none" })).ok).toBe(false);
  });
  it("otherwise compares Origin's scheme, host and port with the Host header, or a trusted proxy's X-Forwarded-Host/-Proto", () => {
    expect(checkSameOrigin(req({ origin: "http://news.example", host: "news.example" })).ok).toBe(true);
    expect(checkSameOrigin(req({ origin: "http://news.example:80", host: "news.example", "x-llmnews-peer": "127.0.0.1" })).ok).toBe(true);
    expect(checkSameOrigin(req({ origin: "https://news.example", host: "news.example", "x-llmnews-peer": "127.0.0.1" })).ok).toBe(false);
    expect(checkSameOrigin(req({ origin: "http://news.example:3001", host: "news.example:3000" })).ok).toBe(false);
    const forwarded = { origin: "https://news.example", host: "127.0.0.1:3000", "x-forwarded-host": "news.example", "x-forwarded-proto": "https", "x-llmnews-peer": "127.0.0.1" };
    expect(checkSameOrigin(req(forwarded)).ok).toBe(false);
    process.env.TRUSTED_PROXIES = "127.0.0.1";
    try {
      expect(checkSameOrigin(req(forwarded)).ok).toBe(true);
      expect(checkSameOrigin(req({ ...forwarded, "x-llmnews-peer": "203.0.113.5" })).ok).toBe(false);
    } finally {
      delete process.env.TRUSTED_PROXIES;
    }
    expect(checkSameOrigin(req({ origin: "https://evil.example", host: "news.example" })).ok).toBe(false);
    expect(checkSameOrigin(req({ origin: "null", host: "news.example" })).ok).toBe(false);
    expect(checkSameOrigin(req({ origin: "not a url", host: "news.example" })).ok).toBe(false);
    expect(checkSameOrigin(req({ host: "news.example" })).ok).toBe(false);
  });
  it("says why in Chinese, since the reason becomes the 403 answer's message", () => {
    const reasons = [req({ "sec-fetch-site": "cross-site" }), req({ host: "news.example" }), req({ origin: "not a url", host: "news.example" }), req({ origin: "https://evil.example", host: "news.example" })].map((r) => {
      const verdict = checkSameOrigin(r);
      return verdict.ok ? "" : verdict.reason;
    });
    expect(reasons).toEqual(["浏览器标明这是跨站请求（Sec-Fetch-Site）", "请求没有 Origin 头", "Origin 头格式不对", "Origin 头指向另一个来源"]);
  });
});

describe("small helpers", () => {
  it("finds the session cookie among others", () => {
    expect(sessionFromCookieHeader("a=1; admin_session=v1.x.y; b=2")).toBe("v1.x.y");
    expect(sessionFromCookieHeader("xadmin_session=1")).toBeUndefined();
    expect(sessionFromCookieHeader(null)).toBeUndefined();
  });
  it("compares secrets of any length without throwing", () => {
    expect(secretsEqual("abc", "abc")).toBe(true);
    expect(secretsEqual("abc", "abcd")).toBe(false);
    expect(matchesDigest("tok", sha256("tok").toString("hex"))).toBe(true);
    expect(matchesDigest("tok", "abcd")).toBe(false);
  });
  it("takes the socket's address, not the client's X-Forwarded-For, when no proxy is trusted", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.9, 10.0.0.1", "x-llmnews-peer": "::ffff:198.51.100.4" }))).toBe("198.51.100.4");
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.9" }))).toBe("unknown");
  });
  it("sends the required security headers; no eval outside development", () => {
    const keys = securityHeaders(false).map((h) => h.key);
    expect(keys).toEqual(expect.arrayContaining(["Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy"]));
    expect(contentSecurityPolicy(false)).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy(false)).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy(true)).toContain("unsafe-eval");
  });
});
