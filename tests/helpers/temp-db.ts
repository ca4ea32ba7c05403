/** A real, migrated SQLite file in a temporary folder, for integration tests. */
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

export async function createTempDb(prefix = "llmnews-"): Promise<TempDb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
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
