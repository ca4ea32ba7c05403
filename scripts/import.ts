/** CLI: import a folder of scraped files into the database. `npm run import -- --dir seeds` */
import { lowerPriority, runInOwnSession } from "../lib/os/lower-priority";
import { z } from "zod";
import { parseArgs } from "node:util";
import { runImport } from "../lib/data/import/run-import";
import { defaultImportDeps } from "../lib/data/import/after-save";
import { ImportBusyError, type ImportProgress } from "../lib/data/import/types";
import { DiskFullError, isDiskFull } from "../lib/data/import/disk-full";
import { readEnv } from "../lib/env";
import { db } from "../lib/db";

const Flags = z.object({
  dir: z.string().min(1).optional(),
  only: z.array(z.string().min(1)).optional(),
  quiet: z.boolean().optional(),
});

function progressLine(p: ImportProgress): string {
  const rate = p.done / Math.max(p.elapsedMs / 1000, 0.001);
  const eta = rate > 0 ? (p.total - p.done) / rate : 0;
  return `\r${p.done}/${p.total} files  ${rate.toFixed(0)}/s  ETA ${eta.toFixed(0)}s  ${(p.current ?? "").slice(-40).padEnd(40)}`;
}

async function main(): Promise<number> {
  // Pages served from this machine come first: the import takes the CPU they leave.
  lowerPriority();
  const { values } = parseArgs({
    options: { dir: { type: "string" }, only: { type: "string", multiple: true }, quiet: { type: "boolean" } },
    strict: true,
  });
  const flags = Flags.parse(values);
  const dir = flags.dir ?? readEnv().SEEDS_DIR;
  const tty = process.stderr.isTTY && !flags.quiet;
  const summary = await runImport(
    {
      dir,
      trigger: "cli",
      triggeredBy: process.env.USER ?? "cli",
      only: flags.only,
      onProgress: (p) => {
        if (tty) process.stderr.write(progressLine(p));
        if (p.lastError) process.stderr.write(`${tty ? "\n" : ""}failed: ${p.current}: ${p.lastError}\n`);
      },
    },
    { ...defaultImportDeps },
  );
  if (tty) process.stderr.write("\n");
  const s = summary;
  console.log(
    `import run ${s.runId} ${s.status}: ${s.total} files — added ${s.added}, updated ${s.updated}, unchanged ${s.unchanged}, duplicates ${s.duplicates}, failed ${s.failed}, missing ${s.missing} (${(s.elapsedMs / 1000).toFixed(1)} s)`,
  );
  for (const m of s.missingPaths) console.log(`missing: ${m} (kept, marked missing)`);
  return s.failed > 0 ? 1 : 0;
}

// In a session of its own, so its lower priority holds against a server started elsewhere (lower-priority.ts).
const own = runInOwnSession();
if (own) void own.then((code) => process.exit(code));
else main()
  .then(async (code) => {
    await db().$disconnect();
    process.exit(code);
  })
  .catch(async (err: unknown) => {
    if (err instanceof ImportBusyError || err instanceof DiskFullError) console.error(err.message);
    else if (isDiskFull(err)) console.error("disk full: the import could not run (no space left for the database)");
    else if (err instanceof z.ZodError) console.error(`bad flags: ${err.issues.map((i) => i.message).join("; ")}`);
    else console.error(err instanceof Error ? err.message : err);
    await db().$disconnect();
    process.exit(2);
  });
