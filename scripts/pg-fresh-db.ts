/** `tsx scripts/pg-fresh-db.ts --url postgres://…/name`: drops the named PostgreSQL database if it exists and creates it empty (browser-test servers, benchmarks). */
import { parseArgs } from "node:util";
import { z } from "zod";
import { recreatePgDatabase } from "../lib/data/pg-database";
import { POSTGRES_URL } from "../lib/store-kind";

const Flags = z.object({ url: z.string().regex(POSTGRES_URL, "--url must be postgres://…/database") });

const { values } = parseArgs({ options: { url: { type: "string" } }, strict: true });
recreatePgDatabase(Flags.parse(values).url).then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(2);
  },
);
