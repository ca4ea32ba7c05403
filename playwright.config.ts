/**
 * Browser tests in Debian's Chromium (never `playwright install`: no downloads here). The web
 * server is the production build over a fresh database imported from seeds/ (npm run e2e:server).
 */
import { defineConfig, devices } from "@playwright/test";

// E2E_PORT lets two worktrees on one machine run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);

// The PostgreSQL half (issue 18): a second server over a fresh PostgreSQL database, re-created at
// each start (npm run e2e:server:pg; it serves the SQLite server's build, which Playwright
// starts first). PG_TESTS=off leaves it out, as in vitest.config.mts.
const PG = process.env.PG_TESTS !== "off";
const PG_PORT = Number(process.env.E2E_PG_PORT ?? PORT + 1);
const PG_URL = process.env.E2E_PG_URL ?? `postgres://postgres@127.0.0.1:5432/llmnews_e2e_${PG_PORT}`;
const ADMIN_TOKEN = process.env.ADMIN_TOKEN ?? "e2e-admin-token-0123456789";

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  // The admin test uploads and imports files, so it runs after the read-only projects that
  // count the seed articles.
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined }, testIgnore: /(admin(-[\w-]+)?|stories)\.spec\.ts/ },
    { name: "phone", use: { ...devices["Pixel 7"], viewport: { width: 390, height: 844 }, channel: undefined }, testMatch: /(layout|accessibility)\.spec\.ts/ },
    // Imports extra articles (then marks them missing), so it runs after the projects that count the seeds.
    { name: "stories", use: { ...devices["Desktop Chrome"], channel: undefined }, testMatch: /stories\.spec\.ts/, dependencies: ["desktop", "phone"] },
    { name: "admin", use: { ...devices["Desktop Chrome"], channel: undefined }, testMatch: /admin(-[\w-]+)?\.spec\.ts/, dependencies: ["desktop", "phone", "stories"] },
    // The PostgreSQL half (issue 18), on the second server: search first, then the admin flow,
    // which imports and uploads more articles.
    ...(PG
      ? [
          { name: "pg-search", use: { ...devices["Desktop Chrome"], channel: undefined, baseURL: `http://localhost:${PG_PORT}` }, testMatch: /(^|\/)search\.spec\.ts$/ },
          { name: "pg-admin", use: { ...devices["Desktop Chrome"], channel: undefined, baseURL: `http://localhost:${PG_PORT}` }, testMatch: /admin(-[\w-]+)?\.spec\.ts/, dependencies: ["pg-search"] },
        ]
      : []),
  ],
  webServer: [{
    command: "npm run e2e:server",
    url: `http://localhost:${PORT}/`,
    // A copy of seeds/ so uploads in the admin test never touch the repository's seeds.
    env: { DATABASE_URL: "file:./data/e2e.db", SEEDS_DIR: "data/e2e-seeds", ADMIN_TOKEN, NEXT_TELEMETRY_DISABLED: "1" },
    reuseExistingServer: !process.env.CI,
    // Migrate + import + next build on 2 shared cores takes minutes.
    timeout: 15 * 60_000,
    stdout: "pipe",
    stderr: "pipe",
  },
  ...(PG
    ? [{
        command: "npm run e2e:server:pg",
        url: `http://localhost:${PG_PORT}/`,
        env: { DATABASE_URL: PG_URL, ADMIN_TOKEN, E2E_PG_PORT: String(PG_PORT), NEXT_TELEMETRY_DISABLED: "1" },
        reuseExistingServer: !process.env.CI,
        timeout: 15 * 60_000,
        stdout: "pipe" as const,
        stderr: "pipe" as const,
      }]
    : []),
  ],
});
