/**
 * `npx tsx scripts/recreate-pg-db.ts --url postgres://user@host/name`: drops and creates that
 * database (lib/data/recreate-pg-database.ts), e.g. before `npm run db:copy` into it.
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { recreatePgDatabase } from "../lib/data/recreate-pg-database";
import { POSTGRES_URL } from "../lib/store-kind";

const Flags = z.object({ url: z.string().regex(POSTGRES_URL, "--url must be a PostgreSQL URL such as postgres://user@127.0.0.1:5432/db") });

const { values } = parseArgs({ options: { url: { type: "string" } }, strict: true });
recreatePgDatabase(Flags.parse(values).url).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
