import { defineConfig } from "vitest/config";
import path from "node:path";

// The integration files that only read through the data layer run twice: on SQLite files and,
// with TEST_STORE=postgres, on fresh PostgreSQL databases (tests/helpers/temp-db.ts, issue 18).
// The others drive the SQLite importer or SQLite's own files and run on SQLite only.
const BOTH_STORES = ["tests/integration/store-switch.test.ts", "tests/integration/data-articles.test.ts", "tests/integration/data-entities.test.ts", "tests/integration/data-api.test.ts"];

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    projects: [
      { extends: true, test: { name: "sqlite", include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"] } },
      ...(process.env.PG_TESTS === "off" ? [] : [{ extends: true, test: { name: "postgres", include: BOTH_STORES, env: { TEST_STORE: "postgres" } } }]),
    ],
  },
});
