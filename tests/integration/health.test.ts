/** The health check says no when the database cannot answer: no tables, or not a database at all. */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDb } from "@/lib/db";
import { databaseHealth } from "@/lib/data/health";
import { createTempDb, type TempDb } from "../helpers/temp-db";

let t: TempDb;
beforeAll(async () => {
  t = await createTempDb("llmnews-health-");
});
afterAll(async () => {
  await t.cleanup();
});

describe("databaseHealth", () => {
  it("is ok on a migrated database", () => {
    expect(databaseHealth(t.db)).toMatchObject({ ok: true });
  });

  it("says to migrate when the file has no tables", async () => {
    const file = path.join(t.dir, "empty.db");
    fs.writeFileSync(file, "");
    const empty = createDb(`file:${file}`);
    try {
      expect(databaseHealth(empty)).toEqual({ ok: false, error: expect.stringContaining("npm run db:migrate") });
    } finally {
      await empty.$disconnect();
    }
  });

  it("fails without details when the file is not a database", async () => {
    const file = path.join(t.dir, "garbage.db");
    fs.writeFileSync(file, "this is not an SQLite file, only text that is long enough to look like a header".repeat(50));
    const broken = createDb(`file:${file}`);
    const err = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      expect(databaseHealth(broken)).toEqual({ ok: false, error: "the database cannot be read" });
      expect(err).toHaveBeenCalled();
    } finally {
      err.mockRestore();
      await broken.$disconnect();
    }
  });
});
