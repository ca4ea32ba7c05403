/**
 * `npm run db:copy -- --from file:./data/app.db --to postgres://user@host/db [--batch N]`: copies
 * a SQLite store into PostgreSQL (lib/data/copy/sqlite-to-postgres.ts), migrating the target
 * first; run it again after an interruption and it continues. Prints each table's counts on
 * both sides and exits 1 when any differ.
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { copySqliteToPostgres } from "../lib/data/copy/sqlite-to-postgres";
import { POSTGRES_URL } from "../lib/store-kind";

const Flags = z.object({
  from: z.string().regex(/^file:.+/, "--from must be a SQLite file URL such as file:./data/app.db"),
  to: z.string().regex(POSTGRES_URL, "--to must be a PostgreSQL URL such as postgres://user@127.0.0.1:5432/db"),
  batch: z.coerce.number().int().min(1).max(10_000).default(1000),
});

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { from: { type: "string" }, to: { type: "string" }, batch: { type: "string" } }, strict: true });
  const parsed = Flags.safeParse(values);
  if (!parsed.success) {
    for (const i of parsed.error.issues) console.error(`--${i.path.join(".")}: ${i.message}`);
    return 2;
  }
  const tty = process.stderr.isTTY;
  const result = await copySqliteToPostgres({
    ...parsed.data,
    onBatch: (table, copied) => tty && process.stderr.write(`\r${table}: ${copied} rows copied`.padEnd(50)),
  });
  if (tty) process.stderr.write("\n");
  for (const c of result.counts) console.log(`${c.table.padEnd(16)} ${String(c.source).padStart(9)} → ${String(c.target).padStart(9)}${c.source === c.target ? "" : "  MISMATCH"}`);
  console.log(`search index: ${result.indexed} articles indexed`);
  console.log(result.ok ? "counts verified: every table matches" : "counts differ: run the copy again to resume");
  return result.ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(2);
  },
);
