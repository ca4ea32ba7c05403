/**
 * Issue 16 on the real production server (items 1 and 4): made-up profile URLs leave nothing in
 * the page cache on disk, and malformed paths or methods no route answers get a 400/405 with the
 * security headers instead of a bare 500.
 */
import { expect, test } from "@playwright/test";
import { rawRequest } from "../../lib/fuzz/raw-http";
import { pageCacheSize } from "../../lib/fuzz/page-cache-size";
import { parseApiError } from "../helpers/api-error-contract";

// The port playwright.config.ts starts the server on (E2E_PORT lets worktrees run side by side).
const BASE = `http://localhost:${process.env.E2E_PORT ?? 3100}`;

test("unknown profile slugs, however many or long, answer 404 and are not written to the page cache", async () => {
  const before = pageCacheSize();
  const paths: string[] = [];
  for (let i = 0; i < 30; i++) paths.push(`/companies/no-such-company-${Date.now()}-${i}`, `/people/no-such-person-${Date.now()}-${i}`);
  paths.push(`/companies/${"x".repeat(300)}`, `/people/${encodeURIComponent("无".repeat(120))}`);
  for (const p of paths) {
    const res = await rawRequest(BASE, "GET", p);
    expect(res.status, p).toBe(404);
    expect(res.headers["content-security-policy"], p).toBeTruthy();
  }
  // Next writes the cache after answering: give it a moment.
  await new Promise((r) => setTimeout(r, 1000));
  const after = pageCacheSize();
  expect(after.files).toBe(before.files);
});

test("malformed percent-encoding answers 400 with the security headers on every kind of route", async () => {
  for (const route of ["/articles/", "/companies/", "/people/", "/admin/runs/", "/api/articles/"]) {
    for (const bad of ["%FF", "%", "%G1", "%E4%B8"]) {
      const res = await rawRequest(BASE, "GET", route + bad);
      expect(res.status, route + bad).toBe(400);
      expect(res.headers["content-security-policy"], route + bad).toBeTruthy();
      expect(res.headers["x-content-type-options"]).toBe("nosniff");
      expect(JSON.parse(res.body).error.code).toBe("bad_path");
    }
  }
  for (const feed of ["/companies/%FF/feed.xml", "/people/%E4%B8/feed.xml"]) expect((await rawRequest(BASE, "GET", feed)).status).toBe(400);
});

test("TRACE and other methods no route answers get 405 with the security headers", async () => {
  for (const method of ["TRACE", "PUT", "DELETE", "PATCH"]) {
    for (const p of ["/api/health", "/api/admin/login", "/articles", "/companies/openai/feed.xml"]) {
      const res = await rawRequest(BASE, method, p);
      expect(res.status, `${method} ${p}`).toBe(405);
      expect(res.headers["content-security-policy"], `${method} ${p}`).toBeTruthy();
      expect(res.headers.allow).toContain("GET");
    }
  }
});

test("admin refusals on the production server keep the error contract and the security headers", async () => {
  const login = (headers: Record<string, string>, body: string) => rawRequest(BASE, "POST", "/api/admin/login", { headers: { "content-type": "application/json", ...headers }, body });
  const cases = [
    { name: "no Origin", res: await login({}, JSON.stringify({ token: "x" })), status: 403, code: "cross_origin" },
    { name: "empty token", res: await login({ origin: BASE }, JSON.stringify({ token: "" })), status: 400, code: "invalid_body" },
    { name: "anonymous import", res: await rawRequest(BASE, "GET", "/api/admin/import"), status: 401, code: "unauthorized" },
  ];
  for (const c of cases) {
    expect(c.res.status, c.name).toBe(c.status);
    expect(parseApiError(JSON.parse(c.res.body)).error.code, c.name).toBe(c.code);
    expect(c.res.headers["content-security-policy"], c.name).toBeTruthy();
  }
});
