/** `npm run db:migrate`: applies the migrations of the store DATABASE_URL names (SQLite: prisma migrate deploy). */
import { execFileSync } from "node:child_process";
import { databaseUrl } from "../lib/env";
import { migratePostgres } from "../lib/data/migrate-postgres";
import { storeKind } from "../lib/store-kind";

async function main(): Promise<void> {
  const url = databaseUrl();
  if (storeKind(url) === "postgres") {
    const r = await migratePostgres(url);
    console.log(`PostgreSQL: ${r.applied.length} migration(s) applied${r.applied.length ? ` (${r.applied.join(", ")})` : ""}, ${r.alreadyApplied} already applied.`);
  } else {
    execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: "inherit" });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
