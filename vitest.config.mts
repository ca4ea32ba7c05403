import { defineConfig } from "vitest/config";
import path from "node:path";

// The integration files that run through the data layer run twice: on SQLite files and, with
// TEST_STORE=postgres, on fresh PostgreSQL databases (tests/helpers/temp-db.ts, issue 18): the
// readers, the importer and what writes beside it (entities, review decisions, the admin import,
// the shared state). The others test SQLite's own files (disk full, damage, FTS5) and run on SQLite only.
const BOTH_STORES = [
  "tests/integration/store-switch.test.ts", "tests/integration/data-articles.test.ts", "tests/integration/data-entities.test.ts", "tests/integration/data-api.test.ts",
  "tests/integration/import.test.ts", "tests/integration/import-folders.test.ts", "tests/integration/import-hostile-text.test.ts",
  "tests/integration/import-original-url.test.ts", "tests/integration/import-stories.test.ts", "tests/integration/import-lock.test.ts",
  "tests/integration/entities-save.test.ts", "tests/integration/review-decisions-hold.test.ts", "tests/integration/admin-entities-reimport.test.ts",
  "tests/integration/admin-entities-undo.test.ts", "tests/integration/admin-import.test.ts", "tests/integration/upload-safety.test.ts",
  "tests/integration/killed-import-status.test.ts", "tests/integration/shared-state.test.ts", "tests/integration/admin-auth.test.ts",
  "tests/integration/writer-append.test.ts", "tests/integration/import-batch.test.ts",
];

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
