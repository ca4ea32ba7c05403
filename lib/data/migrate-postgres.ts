/**
 * Applies prisma/postgres/migrations to a PostgreSQL database. Prisma 6.19's migrate cannot:
 * through @prisma/adapter-pg its WebAssembly schema engine fails on PostgreSQL's `name` column
 * type ("Column type 'name' could not be deserialized", prisma/orm#27403), and the native engine
 * cannot be downloaded here. So this applies each folder's migration.sql in order, in one
 * transaction each, and records it in `_prisma_migrations` the way Prisma does (same columns,
 * sha256 checksum), so Prisma's own tools see the same history where they do run.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export const POSTGRES_MIGRATIONS = path.resolve(process.cwd(), "prisma/postgres/migrations");

export interface MigrateResult {
  applied: string[];
  alreadyApplied: number;
}

export async function migratePostgres(url: string, dir: string = POSTGRES_MIGRATIONS): Promise<MigrateResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Two migrators at once (two app servers starting) take turns.
    await client.query(`SELECT pg_advisory_lock(72707369)`);
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const done = new Set(
      (await client.query<{ migration_name: string }>(`SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`)).rows.map((r) => r.migration_name),
    );
    const names = fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    const applied: string[] = [];
    for (const name of names) {
      if (done.has(name)) continue;
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      const checksum = crypto.createHash("sha256").update(sql).digest("hex");
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "applied_steps_count") VALUES ($1, $2, now(), $3, 1)`,
          [crypto.randomUUID(), checksum, name],
        );
        await client.query("COMMIT");
      } catch (err) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${name} failed: ${(err as Error).message}`);
      }
      applied.push(name);
    }
    return { applied, alreadyApplied: done.size };
  } finally {
    await client.end();
  }
}
