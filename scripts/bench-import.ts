/**
 * Benchmark: builds a synthetic corpus (default 10,000 pages) and prints extract-only and
 * full-import throughput, unchanged re-import time, and peak RSS.
 * `npm run bench:import -- --count 10000 --keep`
 * `--db postgres://…/name` imports into PostgreSQL instead of a SQLite file: into fresh databases
 * on that server named `<name>_import_<n>`, created here and dropped after (kept with --keep).
 * With `--compare` the same corpus is imported into fresh SQLite files too, in the same run, in
 * the order SQLite, PostgreSQL, PostgreSQL, SQLite (`--rounds 2`), so a machine whose load drifts
 * during the run weighs on both alike; the ratio of the summed rates is printed.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { syntheticCorpus } from "../lib/bench/synthetic-corpus";
import { extractFile } from "../lib/ingest/extract-file";
import { runImport } from "../lib/data/import/run-import";
import { defaultImportDeps } from "../lib/data/import/after-save";
import { createDb } from "../lib/db";
import { migrateDatabase } from "../lib/data/migrate";
import { cpuReferenceMs } from "../lib/bench/cpu-reference";
import { closePgPool } from "../lib/data/pg-pool";
import { createPgDatabase, dropPgDatabase } from "../lib/data/pg-database";
import { POSTGRES_URL, storeKind } from "../lib/store-kind";

const Flags = z
  .object({
    count: z.coerce.number().int().positive().default(10_000),
    keep: z.boolean().default(false),
    db: z.string().regex(POSTGRES_URL, "--db must be a PostgreSQL URL (postgres://…) of an empty database").optional(),
    compare: z.boolean().default(false),
    rounds: z.coerce.number().int().min(1).max(5).default(2),
  })
  .refine((f) => !f.compare || f.db, "--compare needs --db postgres://…");

const mb = (kb: number) => (kb / 1024).toFixed(0);

interface StoreRun {
  label: string;
  rate: number;
  cpuRate: number;
}

/** Imports the corpus twice into one store (first import, then unchanged) and prints both. */
async function benchStore(url: string, corpus: string, files: number): Promise<StoreRun> {
  const label = storeKind(url) === "postgres" ? "PostgreSQL" : "SQLite";
  if (storeKind(url) === "postgres") await createPgDatabase(url);
  migrateDatabase(url);
  const db = createDb(url);
  try {
    let t = performance.now();
    const cpu = process.cpuUsage();
    const first = await runImport({ dir: corpus, trigger: "bench" }, { db, url, ...defaultImportDeps });
    const importS = (performance.now() - t) / 1000;
    const used = process.cpuUsage(cpu);
    const cpuS = (used.user + used.system) / 1e6;
    console.log(
      `${label} full import: ${(files / importS).toFixed(0)} articles/s (${importS.toFixed(1)} s; added ${first.added}, duplicates ${first.duplicates}, failed ${first.failed}); ${(files / cpuS).toFixed(0)} per CPU-second of this process`,
    );
    t = performance.now();
    const again = await runImport({ dir: corpus, trigger: "bench" }, { db, url, ...defaultImportDeps });
    const reS = (performance.now() - t) / 1000;
    console.log(`${label} unchanged re-import: ${reS.toFixed(1)} s (${(importS / reS).toFixed(1)}× faster than the first; unchanged ${again.unchanged})`);
    return { label, rate: files / importS, cpuRate: files / cpuS };
  } finally {
    await db.$disconnect();
    if (storeKind(url) === "postgres") await closePgPool(url);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { count: { type: "string" }, keep: { type: "boolean" }, db: { type: "string" }, compare: { type: "boolean" }, rounds: { type: "string" } }, strict: true });
  const { count, keep, db: pgServer, compare, rounds } = Flags.parse(values);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "bench-import-"));
  const corpus = path.join(work, "corpus");
  fs.mkdirSync(corpus);

  const seedParas = fs
    .readdirSync("seeds")
    .flatMap((f) => extractFile(fs.readFileSync(path.join("seeds", f)), f).article.paragraphs)
    .filter((p) => p.length > 20);
  let bytes = 0;
  for (const page of syntheticCorpus({ count, paragraphs: seedParas })) {
    fs.writeFileSync(path.join(corpus, page.name), page.bytes);
    bytes += page.bytes.length;
  }
  const files = fs.readdirSync(corpus);
  console.log(`corpus: ${files.length} pages, ${(bytes / 1048576).toFixed(1)} MiB, in ${corpus}`);

  // A fixed workload timed in the same run: figures from different runs compare through it.
  console.log(`CPU reference (lib/bench/cpu-reference.ts): ${cpuReferenceMs().toFixed(1)} ms`);
  const t = performance.now();
  const cpu = process.cpuUsage();
  let empty = 0;
  for (const f of files) if (extractFile(fs.readFileSync(path.join(corpus, f)), f).article.body === "") empty++;
  const extractS = (performance.now() - t) / 1000;
  const used = process.cpuUsage(cpu);
  // CPU time moves less than wall time when other processes share the machine.
  const extractCpuS = (used.user + used.system) / 1e6;
  console.log(`extract only: ${(files.length / extractS).toFixed(0)} articles/s (${extractS.toFixed(1)} s, ${empty} with no body); ${(files.length / extractCpuS).toFixed(0)} per CPU-second`);

  let n = 0;
  const sqliteUrl = () => `file:${path.join(work, `bench-${++n}.db`)}`;
  const pgUrl = () => {
    const u = new URL(pgServer!);
    u.pathname = `/${u.pathname.slice(1) || "llmnews"}_import_${++n}`;
    return u.toString();
  };
  const created: string[] = [];
  type Store = "sqlite" | "postgres";
  const round = (i: number): Store[] => (i % 2 === 0 ? ["sqlite", "postgres"] : ["postgres", "sqlite"]);
  const order: Store[] = !pgServer ? ["sqlite"] : !compare ? ["postgres"] : Array.from({ length: rounds }, (_, i) => round(i)).flat();
  const runs: StoreRun[] = [];
  try {
    for (const store of order) {
      const url = store === "sqlite" ? sqliteUrl() : pgUrl();
      if (store === "postgres") created.push(url);
      runs.push(await benchStore(url, corpus, files.length));
    }
  } finally {
    if (!keep) for (const url of created) await dropPgDatabase(url).catch(() => {});
  }
  if (compare) {
    const sum = (label: string, key: "rate" | "cpuRate") => runs.filter((r) => r.label === label).reduce((a, r) => a + r[key], 0);
    console.log(
      `PostgreSQL / SQLite import rate: ${(sum("PostgreSQL", "rate") / sum("SQLite", "rate")).toFixed(2)}× (summed over ${rounds} round(s) each, order ${order.join(", ")}; per CPU-second of this process: ${(sum("PostgreSQL", "cpuRate") / sum("SQLite", "cpuRate")).toFixed(2)}×)`,
    );
  }
  console.log(`peak RSS: ${mb(process.resourceUsage().maxRSS)} MB`);
  if (!keep) fs.rmSync(work, { recursive: true, force: true });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
