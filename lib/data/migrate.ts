/** Applies the migrations to a fresh database (used by benchmarks and tests): SQLite through Prisma, PostgreSQL through scripts/migrate.ts. */
import { execFileSync } from "node:child_process";
import { storeKind } from "../store-kind";

export function migrateDatabase(url: string): void {
  const command = storeKind(url) === "postgres" ? ["tsx", "scripts/migrate.ts"] : ["prisma", "migrate", "deploy"];
  execFileSync("npx", command, { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
}
