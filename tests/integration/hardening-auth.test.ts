/**
 * Issue 16, items 2, 3 and 10, through the real route handlers on a real SQLite file: bodies are
 * capped before they are read (413), the sign-in limit keys on the socket's address (not a
 * client's X-Forwarded-For) and never locks the right token out, and the same-origin check
 * compares scheme, host and port.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { POST as login } from "@/app/api/admin/login/route";
import { POST as startImport } from "@/app/api/admin/import/route";
import { POST as decide } from "@/app/api/admin/entities/[kind]/[id]/route";
import { resetSignInLimiters } from "@/lib/auth/rate-limit";
import { PEER_HEADER } from "@/lib/security/forwarded";
import { readApiError } from "../helpers/api-error-contract";

const ORIGIN = "http://admin.test:3000";
const TOKEN = "correct-horse-battery-staple-42";
let t: TempDb;

/** A body that counts how much of it the server pulled, so a test can tell "refused before reading" from "read, then refused". */
function countingBody(total: number, chunk = 64 * 1024): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let sent = 0;
  const piece = new Uint8Array(chunk).fill(0x61);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      sent += chunk;
      controller.enqueue(piece);
    },
  });
  return { stream, pulled: () => sent };
}

function post(path: string, body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}${path}`, {
    method: "POST",
    headers: { host: "admin.test:3000", origin: ORIGIN, "content-type": "application/json", [PEER_HEADER]: "10.0.0.1", ...headers },
    body,
    duplex: "half",
  } as RequestInit);
}

async function signIn(token: string, peer: string, extra: Record<string, string> = {}): Promise<Response> {
  return login(post("/api/admin/login", JSON.stringify({ token }), { [PEER_HEADER]: peer, ...extra }));
}

beforeAll(async () => {
  t = await createTempDb("hardening-auth-");
  process.env.DATABASE_URL = t.url;
  process.env.SEEDS_DIR = `${t.dir}/seeds`;
  process.env.ADMIN_TOKEN = TOKEN;
});
afterAll(async () => {
  await t.cleanup();
});
beforeEach(() => resetSignInLimiters());

describe("bodies are capped before they are read (item 2)", () => {
  it("answers a 20 MB sign-in body 413 after reading at most a few KB of it", async () => {
    const body = countingBody(20 * 1024 * 1024);
    const res = await login(post("/api/admin/login", body.stream));
    expect(res.status).toBe(413);
    expect((await readApiError(res)).error).toEqual({ code: "body_too_large", message: "请求体太大（上限 4096 字节）", issues: [] });
    expect(body.pulled()).toBeLessThan(256 * 1024);
  });

  it("answers a declared oversize Content-Length 413 without reading, for form posts too", async () => {
    const body = countingBody(8 * 1024 * 1024);
    const res = await login(post("/api/admin/login", body.stream, { "content-type": "application/x-www-form-urlencoded", "content-length": String(8 * 1024 * 1024) }));
    expect(res.status).toBe(413);
    expect(body.pulled()).toBeLessThanOrEqual(64 * 1024);
  });

  it("caps the import trigger and the entity decision, signed in", async () => {
    const cookie = (await signIn(TOKEN, "10.0.0.1")).headers.get("set-cookie")!.split(";")[0]!;
    const big = countingBody(16 * 1024 * 1024);
    const imp = await startImport(post("/api/admin/import", big.stream, { cookie }));
    expect(imp.status).toBe(413);
    expect(big.pulled()).toBeLessThan(4 * 1024 * 1024);
    const dec = countingBody(4 * 1024 * 1024);
    const d = await decide(post("/api/admin/entities/company/1", dec.stream, { cookie }), { params: Promise.resolve({ kind: "company", id: "1" }) });
    expect(d.status).toBe(413);
    expect(dec.pulled()).toBeLessThan(1024 * 1024);
    expect(await t.db.importRun.count()).toBe(0);
  });
});

describe("the sign-in limit cannot be turned against the admin (item 3)", () => {
  it("counts a client's rotated X-Forwarded-For as one address: 120 wrong tokens do not lock out the admin's address", async () => {
    for (let i = 0; i < 120; i++) {
      const res = await signIn("wrong-token-wrong-token", "203.0.113.66", { "x-forwarded-for": `10.${i >> 8}.${i & 255}.7` });
      expect([401, 429]).toContain(res.status);
    }
    // The attacker's own address is backed off…
    expect((await signIn(TOKEN, "203.0.113.66", { "x-forwarded-for": "10.99.99.99" })).status).toBe(429);
    // …and the admin, from another address, signs in at once.
    expect((await signIn(TOKEN, "198.51.100.20")).status).toBe(200);
  });

  it("backs off exponentially per address", async () => {
    for (let i = 0; i < 5; i++) expect((await signIn("wrong-token-wrong-token", "203.0.113.70")).status).toBe(401);
    const first = await signIn("wrong-token-wrong-token", "203.0.113.70");
    expect(first.status).toBe(429);
    expect(Number(first.headers.get("retry-after"))).toBe(15);
  });

  it("believes X-Forwarded-For only from a configured proxy", async () => {
    process.env.TRUSTED_PROXIES = "127.0.0.1";
    try {
      for (let i = 0; i < 5; i++) await signIn("wrong-token-wrong-token", "127.0.0.1", { "x-forwarded-for": "203.0.113.80" });
      // Through the proxy, the client behind it is limited, not the proxy.
      expect((await signIn(TOKEN, "127.0.0.1", { "x-forwarded-for": "203.0.113.80" })).status).toBe(429);
      expect((await signIn(TOKEN, "127.0.0.1", { "x-forwarded-for": "198.51.100.21" })).status).toBe(200);
    } finally {
      delete process.env.TRUSTED_PROXIES;
    }
  });
});

describe("same origin means scheme, host and port (item 10)", () => {
  it.each([
    ["https:// on an http:// server", { origin: "https://admin.test:3000" }],
    ["another port", { origin: "http://admin.test:3001" }],
    ["a client's X-Forwarded-Host", { origin: "http://evil.example", "x-forwarded-host": "evil.example" }],
  ])("refuses %s", async (_label, headers) => {
    const res = await signIn(TOKEN, "10.0.0.1", headers);
    expect(res.status).toBe(403);
    expect((await readApiError(res)).error.code).toBe("cross_origin");
    expect(res.headers.get("set-cookie")).toBeNull();
  });
});
