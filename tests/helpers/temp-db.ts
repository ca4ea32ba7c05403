/**
 * A real, migrated database for integration tests: a SQLite file in a temporary folder, or with
 * TEST_STORE=postgres a fresh PostgreSQL database (tests/helpers/temp-pg.ts) beside the folder,
 * so the same tests run against both stores (the vitest "postgres" project sets it).
 */
import { migrateDatabase } from "@/lib/data/migrate";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb, type Db } from "@/lib/db";

export interface TempDb {
  dir: string;
  url: string;
  db: Db;
  cleanup: () => Promise<void>;
}

export const migrate = migrateDatabase;

export const TEST_STORE: "sqlite" | "postgres" = process.env.TEST_STORE === "postgres" ? "postgres" : "sqlite";

export async function createTempDb(prefix = "llmnews-"): Promise<TempDb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  if (TEST_STORE === "postgres") {
    const { createTempPg } = await import("./temp-pg");
    const pg = await createTempPg(prefix.replace(/-/g, "_"));
    return {
      dir,
      url: pg.url,
      db: pg.db,
      cleanup: async () => {
        await pg.cleanup();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = `file:${path.join(dir, "test.db")}`;
  migrate(url);
  const db = createDb(url);
  return {
    dir,
    url,
    db,
    cleanup: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Copies the seed files into a fresh folder the test may change. */
export function copySeeds(into: string): string {
  const seeds = path.join(into, "seeds");
  fs.mkdirSync(seeds, { recursive: true });
  for (const f of fs.readdirSync("seeds")) fs.copyFileSync(path.join("seeds", f), path.join(seeds, f));
  return seeds;
}
