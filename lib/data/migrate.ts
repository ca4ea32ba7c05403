/** Applies the Prisma migrations to a SQLite file (used by benchmarks and tests that make fresh databases). */
import { execFileSync } from "node:child_process";

export function migrateDatabase(url: string): void {
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
}
