/**
 * Admin authorisation through the real route handlers (real Request objects, real SQLite file):
 * no cookie, wrong token, right token, forged and stale sessions, the generated token, the
 * sign-in rate limit and same-origin refusal.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { POST as login } from "@/app/api/admin/login/route";
import { POST as logout } from "@/app/api/admin/logout/route";
import { GET as importStatus, POST as startImport } from "@/app/api/admin/import/route";
import { POST as upload } from "@/app/api/admin/upload/route";
import { POST as decide } from "@/app/api/admin/entities/[kind]/[id]/route";
import { resetSignInLimiters } from "@/lib/auth/rate-limit";
import { rotateAdminToken, TOKEN_HASH_KEY } from "@/lib/auth/admin-token";
import { sha256 } from "@/lib/auth/constant-time";
import { readApiError } from "../helpers/api-error-contract";

const ORIGIN = "http://admin.test:3000";
const TOKEN = "correct-horse-battery-staple-42";
let t: TempDb;

function post(path: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}${path}`, {
    method: "POST",
    headers: { host: "admin.test:3000", origin: ORIGIN, "content-type": "application/json", "x-llmnews-peer": "10.0.0.1", ...headers },
    body: JSON.stringify(body),
  });
}
function get(path: string, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}${path}`, { headers: { host: "admin.test:3000", ...headers } });
}
function cookieOf(res: Response): string {
  const set = res.headers.get("set-cookie") ?? "";
  return set.split(";")[0]!;
}
async function signIn(token = TOKEN, ip = "10.0.0.1"): Promise<Response> {
  return login(post("/api/admin/login", { token }, { "x-llmnews-peer": ip }));
}

beforeAll(async () => {
  t = await createTempDb("admin-auth-");
  process.env.DATABASE_URL = t.url;
  process.env.SEEDS_DIR = `${t.dir}/seeds`;
});
afterAll(async () => {
  await t.cleanup();
});
beforeEach(async () => {
  process.env.ADMIN_TOKEN = TOKEN;
  // Awaited: on PostgreSQL an unawaited reset committed after a test's first failures and deleted them.
  await resetSignInLimiters();
});

describe("admin API authorisation", () => {
  it("refuses requests without a session cookie with 401 JSON", async () => {
    const res = await importStatus(get("/api/admin/import"));
    expect(res.status).toBe(401);
    expect((await readApiError(res)).error).toEqual({ code: "unauthorized", message: "请先登录管理后台", issues: [] });
    expect((await startImport(post("/api/admin/import", {}))).status).toBe(401);
    const form = new FormData();
    form.append("files", new File(["x"], "a.txt"));
    const up = await upload(new Request(`${ORIGIN}/api/admin/upload`, { method: "POST", headers: { host: "admin.test:3000", origin: ORIGIN }, body: form }));
    expect(up.status).toBe(401);
    const d = await decide(post("/api/admin/entities/company/1", { action: "confirm" }), { params: Promise.resolve({ kind: "company", id: "1" }) });
    expect(d.status).toBe(401);
  });

  it("refuses a wrong token with 401 and sets no cookie", async () => {
    const res = await signIn("not-the-token-at-all");
    expect(res.status).toBe(401);
    expect(res.headers.get("set-cookie")).toBeNull();
    expect((await readApiError(res)).error).toEqual({ code: "wrong_token", message: "令牌不正确", issues: [] });
  });

  it("accepts the right token: an httpOnly SameSite=Strict signed session, not the token, that opens the API", async () => {
    const res = await signIn();
    expect(res.status).toBe(200);
    const set = res.headers.get("set-cookie")!;
    expect(set).toMatch(/^admin_session=v1\.\d+\.[\w-]{22}\.[\w-]{43}; Path=\/; Max-Age=43200; HttpOnly; SameSite=Strict$/);
    expect(set).not.toContain(TOKEN);
    const status = await importStatus(get("/api/admin/import", { cookie: cookieOf(res) }));
    expect(status.status).toBe(200);
    expect(await status.json()).toEqual({ job: null, running: null });
  });

  it("marks the cookie Secure behind an HTTPS proxy it trusts, and believes no X-Forwarded-Proto from others", async () => {
    const viaProxy = () => post("/api/admin/login", { token: TOKEN }, { "x-forwarded-proto": "https", origin: "https://admin.test:3000" });
    expect((await login(viaProxy())).status).toBe(403);
    process.env.TRUSTED_PROXIES = "10.0.0.1";
    try {
      const res = await login(viaProxy());
      expect(res.headers.get("set-cookie")).toMatch(/; Secure$/);
    } finally {
      delete process.env.TRUSTED_PROXIES;
    }
  });

  it("refuses forged, tampered and signed-out sessions", async () => {
    const good = cookieOf(await signIn());
    const tampered = good.slice(0, -2) + (good.endsWith("AA") ? "BB" : "AA");
    expect((await importStatus(get("/", { cookie: tampered }))).status).toBe(401);
    expect((await importStatus(get("/", { cookie: "admin_session=" + TOKEN }))).status).toBe(401);
    // A different ADMIN_TOKEN changes the signing key: old sessions stop working.
    process.env.ADMIN_TOKEN = "another-token-that-is-long-enough";
    expect((await importStatus(get("/", { cookie: good }))).status).toBe(401);
  });

  it("signs out by clearing the cookie", async () => {
    const res = await logout(post("/api/admin/logout", {}));
    expect(res.headers.get("set-cookie")).toMatch(/^admin_session=; Path=\/; Max-Age=0; HttpOnly; SameSite=Strict/);
  });

  it("sessions expire after 12 hours", async () => {
    const { createSession, verifySession } = await import("@/lib/auth/session");
    const now = Date.now();
    const s = await createSession(t.db, now);
    expect(await verifySession(t.db, s, now + 11 * 3600_000)).toBe(true);
    expect(await verifySession(t.db, s, now + 13 * 3600_000)).toBe(false);
  });
});

describe("generated token (no ADMIN_TOKEN)", () => {
  it("is generated once, printed once with the sign-in URL, stored only as a hash, and rotates", async () => {
    delete process.env.ADMIN_TOKEN;
    await t.db.setting.deleteMany({ where: { key: TOKEN_HASH_KEY } });
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      const first = await signIn("wrong-guess-wrong-guess");
      expect(first.status).toBe(401);
      const printed = log.mock.calls.map((c) => String(c[0])).join("\n");
      const token = /Sign-in token \(shown only now\): ([\w-]+)/.exec(printed)?.[1];
      expect(token).toBeDefined();
      expect(printed).toContain(`${ORIGIN}/admin/login`);
      const stored = await t.db.setting.findUniqueOrThrow({ where: { key: TOKEN_HASH_KEY } });
      expect(stored.value).toBe(sha256(token!).toString("hex"));
      expect(stored.value).not.toContain(token!);

      const ok = await signIn(token!);
      expect(ok.status).toBe(200);
      expect(log).toHaveBeenCalledTimes(1);

      const session = cookieOf(ok);
      const fresh = await rotateAdminToken(t.db);
      expect((await signIn(token!)).status).toBe(401);
      expect((await importStatus(get("/", { cookie: session }))).status).toBe(401);
      expect((await signIn(fresh)).status).toBe(200);
    } finally {
      log.mockRestore();
    }
  });
});

describe("sign-in rate limit (in memory, per client address)", () => {
  it("answers 429 with Retry-After after 5 failures, even for the right token, but only for that address", async () => {
    for (let i = 0; i < 5; i++) expect((await signIn("wrong-token-wrong-token", "10.9.9.9")).status).toBe(401);
    const limited = await signIn(TOKEN, "10.9.9.9");
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect((await readApiError(limited)).error).toMatchObject({ code: "rate_limited", message: `登录失败次数过多，请 ${retryAfter} 秒后再试` });
    expect(limited.headers.get("set-cookie")).toBeNull();
    expect((await signIn(TOKEN, "10.8.8.8")).status).toBe(200);
  });

  it("past the global ceiling slows every address to one attempt per interval, and still admits the right token", async () => {
    for (let i = 0; i < 100; i++) await signIn("wrong-token-wrong-token", `10.1.${Math.floor(i / 4)}.${i % 4}`);
    // The first attempt after the ceiling takes the slow lane; the next one inside the interval waits.
    expect((await signIn("wrong-token-wrong-token", "10.200.0.2")).status).toBe(401);
    const slowed = await signIn(TOKEN, "10.200.0.1");
    expect(slowed.status).toBe(429);
    expect(Number(slowed.headers.get("retry-after"))).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 2100));
    expect((await signIn(TOKEN, "10.200.0.1")).status).toBe(200);
  });
});

describe("same-origin checks on state-changing requests", () => {
  it.each([
    ["a foreign Origin", { origin: "https://evil.example" }],
    ["Sec-Fetch-Site: cross-site", { "sec-fetch-site": "cross-site" }],
    ["Sec-Fetch-Site: same-site", { "sec-fetch-site": "same-site", origin: "http://other.admin.test:3000" }],
    ["no Origin at all", { origin: "" }],
  ])("refuses sign-in with %s (403)", async (_label, headers) => {
    const h: Record<string, string> = { ...headers };
    const req = post("/api/admin/login", { token: TOKEN }, h);
    if (h.origin === "") {
      const stripped = new Headers(req.headers);
      stripped.delete("origin");
      const res = await login(new Request(req.url, { method: "POST", headers: stripped, body: JSON.stringify({ token: TOKEN }) }));
      expect(res.status).toBe(403);
      expect((await readApiError(res)).error).toMatchObject({ code: "cross_origin", message: "跨站请求被拒绝：请求没有 Origin 头" });
      return;
    }
    const res = await login(req);
    expect(res.status).toBe(403);
    expect((await readApiError(res)).error).toMatchObject({ code: "cross_origin", message: expect.stringMatching(/^跨站请求被拒绝：/) });
    expect(res.headers.get("set-cookie")).toBeNull();
  });

  it("refuses a cross-site import trigger even with a valid session cookie", async () => {
    const cookie = cookieOf(await signIn());
    const res = await startImport(post("/api/admin/import", {}, { cookie, origin: "https://evil.example" }));
    expect(res.status).toBe(403);
    expect(await t.db.importRun.count()).toBe(0);
  });

  it("accepts Sec-Fetch-Site: same-origin and a form post landing on /admin", async () => {
    const form = new URLSearchParams({ token: TOKEN });
    const res = await login(
      new Request(`${ORIGIN}/api/admin/login`, { method: "POST", headers: { host: "admin.test:3000", "sec-fetch-site": "same-origin", "content-type": "application/x-www-form-urlencoded" }, body: form }),
    );
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/admin");
    expect(res.headers.get("set-cookie")).toMatch(/^admin_session=/);
  });
});
