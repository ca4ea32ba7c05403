/**
 * Issue 17: two production server processes on one SQLite file behind HAProxy, started as
 * `npm run up -- --processes 2` starts them (lib/serve/cluster.ts), on a database of their own
 * imported from seeds/ and a page cache folder of their own (so the suite's main server is not
 * disturbed). Each check talks to one process directly and reads the other, so state that only
 * one process knew would fail it; the balancer is checked to reach both.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { migrateDatabase } from "../../lib/data/migrate";
import { startCluster, type Cluster } from "../../lib/serve/cluster";

// Playwright runs from the project folder (playwright.config.ts).
const ROOT = process.cwd();
const BASE_PORT = Number(process.env.MULTI_E2E_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 20);
const DIR = path.join(ROOT, "data", `multi-e2e-${BASE_PORT}`);
const TOKEN = "multi-process-admin-token-0123456789";

let cluster: Cluster;
let app1: string;
let app2: string;
let seedFiles: number;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  fs.rmSync(DIR, { recursive: true, force: true });
  const seeds = path.join(DIR, "seeds");
  fs.mkdirSync(seeds, { recursive: true });
  for (const f of fs.readdirSync(path.join(ROOT, "seeds"))) fs.copyFileSync(path.join(ROOT, "seeds", f), path.join(seeds, f));
  seedFiles = fs.readdirSync(seeds).length;
  const url = `file:${path.join(DIR, "app.db")}`;
  migrateDatabase(url);
  execFileSync("npx", ["tsx", "scripts/import.ts", "--dir", seeds, "--quiet"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
  cluster = await startCluster({
    appPorts: [BASE_PORT + 1, BASE_PORT + 2],
    bind: `127.0.0.1:${BASE_PORT}`,
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: url, SEEDS_DIR: seeds, ADMIN_TOKEN: TOKEN, PAGE_CACHE_DIR: path.join(DIR, "page-cache") },
    configDir: DIR,
    output: path.join(DIR, "servers.log"),
  });
  [app1, app2] = cluster.appUrls as [string, string];
});

test.afterAll(async () => {
  await cluster?.stop();
});

/** A JSON POST as a same-origin browser would send it. */
function post(base: string, route: string, body: unknown, cookie?: string): Promise<Response> {
  return fetch(`${base}${route}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
}

async function signIn(base: string): Promise<string> {
  const res = await post(base, "/api/admin/login", { token: TOKEN });
  expect(res.status).toBe(200);
  const cookie = res.headers.get("set-cookie")?.split(";")[0];
  expect(cookie).toMatch(/^admin_session=/);
  return cookie!;
}

interface Status {
  job: { runId: number | null; status: string; done: number; total: number; summary: { total: number; unchanged: number } | null } | null;
}

async function status(base: string, cookie: string): Promise<Status> {
  const res = await fetch(`${base}/api/admin/import`, { headers: { cookie } });
  expect(res.status).toBe(200);
  return (await res.json()) as Status;
}

test("the balancer and both processes answer, and a session signed in on one opens the other", async () => {
  for (const base of [cluster.url, app1, app2]) expect((await fetch(`${base}/api/health`)).status).toBe(200);
  const cookie = await signIn(app1);
  expect((await fetch(`${app2}/api/admin/import`, { headers: { cookie } })).status).toBe(200);
  expect((await fetch(`${cluster.url}/api/admin/import`, { headers: { cookie } })).status).toBe(200);
});

test("an import started on one process shows its progress and summary on the other", async () => {
  const cookie = await signIn(app1);
  expect((await status(app2, cookie)).job).toBeNull();
  const started = await post(app1, "/api/admin/import", {}, cookie);
  expect(started.status).toBe(202);
  const { runId } = (await started.json()) as { runId: number };
  await expect.poll(async () => (await status(app2, cookie)).job?.runId, { timeout: 60_000 }).toBe(runId);
  await expect.poll(async () => (await status(app2, cookie)).job?.status, { timeout: 60_000 }).toBe("finished");
  const seen = (await status(app2, cookie)).job!;
  expect(seen.total).toBe(seedFiles);
  expect(seen.done).toBe(seedFiles);
  // Nothing changed since the set-up's import.
  expect(seen.summary).toMatchObject({ total: seedFiles, unchanged: seedFiles });
  expect((await status(cluster.url, cookie)).job?.runId).toBe(runId);
});

test("a write through one process is on the other's next page, and a page cached by one is not served stale by the other", async () => {
  const conn = new Database(path.join(DIR, "app.db"), { readonly: true });
  const pick = (status: string, order: string) =>
    conn
      .prepare<[string], { id: number; slug: string; name: string }>(
        `SELECT c."id", c."slug", c."name" FROM "Company" c WHERE c."status" = ? AND EXISTS (SELECT 1 FROM "CompanyMention" m WHERE m."companyId" = c."id")
         ORDER BY (SELECT count(*) FROM "CompanyMention" m WHERE m."companyId" = c."id") ${order}, c."id" LIMIT 1`,
      )
      .get(status);
  const discovered = pick("discovered", "DESC");
  const target = pick("gazetteer", "DESC");
  conn.close();
  expect(discovered, "the seeds give at least one discovered company").toBeTruthy();
  expect(target).toBeTruthy();
  const listed = async (base: string) => {
    const res = await fetch(`${base}/api/companies?limit=200`);
    expect(res.status).toBe(200);
    return ((await res.json()) as { items: { slug: string }[] }).items.map((c) => c.slug);
  };
  // Process 2 renders the discovered company's profile (kept in the page cache) and caches the list.
  for (let i = 0; i < 2; i++) {
    const page = await fetch(`${app2}/companies/${discovered!.slug}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(discovered!.name);
  }
  expect(await listed(app2)).toContain(discovered!.slug);

  const cookie = await signIn(app1);
  const merged = await post(app1, `/api/admin/entities/company/${discovered!.id}`, { action: "merge", into: target!.slug }, cookie);
  expect(merged.status).toBe(200);

  // The very next requests to process 2: the merged company is gone from its list and its cached profile.
  expect(await listed(app2)).not.toContain(discovered!.slug);
  expect((await fetch(`${app2}/companies/${discovered!.slug}`)).status).toBe(404);
  expect((await fetch(`${cluster.url}/companies/${discovered!.slug}`)).status).toBe(404);
  // And the target's profile, rendered by process 2 after the write, names the merged company as its alias.
  expect(await (await fetch(`${app2}/companies/${target!.slug}`)).text()).toContain(discovered!.name);
});

test("sign-in limits count failures made on both processes together", async () => {
  // Five free wrong tokens per address: three on one process, two on the other.
  for (const base of [app1, app2, app1, app2, app1]) expect((await post(base, "/api/admin/login", { token: "wrong-token-wrong-token" })).status).toBe(401);
  // The sixth is refused wherever it lands, the right token included.
  for (const base of [app2, app1, cluster.url]) {
    const res = await post(base, "/api/admin/login", { token: TOKEN });
    expect(res.status, base).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
  }
});
