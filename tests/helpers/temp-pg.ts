/**
 * A fresh, migrated PostgreSQL database for a test, dropped afterwards. The server is the one
 * PG_TEST_URL names (default: the machine's PostgreSQL on 127.0.0.1:5432 with trust auth, which
 * .ci/run starts). PG_TESTS=off skips the PostgreSQL half of the suite on a machine without one.
 */
import crypto from "node:crypto";
import { migrateDatabase } from "@/lib/data/migrate";
import { createPgDatabase, dropPgDatabase, withDatabase } from "@/lib/data/pg-database";
import { closePgPool } from "@/lib/data/pg-pool";
import { createDb, type Db } from "@/lib/db";

export const PG_SERVER = process.env.PG_TEST_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
export const PG_ENABLED = process.env.PG_TESTS !== "off";

export interface TempPg {
  url: string;
  db: Db;
  cleanup: () => Promise<void>;
}

export async function createTempPg(prefix = "llmnews_"): Promise<TempPg> {
  const name = `${prefix.replace(/[^a-z0-9_]/gi, "_").toLowerCase()}${crypto.randomBytes(5).toString("hex")}`;
  const url = withDatabase(PG_SERVER, name);
  await createPgDatabase(url);
  migrateDatabase(url);
  const db = createDb(url);
  return {
    url,
    db,
    cleanup: async () => {
      await db.$disconnect();
      await closePgPool(url);
      await dropPgDatabase(url);
    },
  };
}
