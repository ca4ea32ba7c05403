/**
 * Benchmark: builds a synthetic corpus (default 10,000 pages) and prints extract-only and
 * full-import throughput, unchanged re-import time, and peak RSS.
 * `npm run bench:import -- --count 10000 --keep`
 * `--db postgres://…/empty_db` imports into that PostgreSQL database instead of a SQLite file
 * (migrated here; refused if it already holds articles); with `--compare` the same corpus is
 * imported into a fresh SQLite file too, in the same run, and the rates' ratio is printed.
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
import { POSTGRES_URL, storeKind } from "../lib/store-kind";

const Flags = z
  .object({
    count: z.coerce.number().int().positive().default(10_000),
    keep: z.boolean().default(false),
    db: z.string().regex(POSTGRES_URL, "--db must be a PostgreSQL URL (postgres://…) of an empty database").optional(),
    compare: z.boolean().default(false),
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
  migrateDatabase(url);
  const db = createDb(url);
  try {
    if ((await db.article.count()) > 0) throw new Error(`${label}: the database already holds articles; give an empty one`);
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
  const { values } = parseArgs({ options: { count: { type: "string" }, keep: { type: "boolean" }, db: { type: "string" }, compare: { type: "boolean" } }, strict: true });
  const { count, keep, db: pgUrl, compare } = Flags.parse(values);
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

  const sqliteUrl = `file:${path.join(work, "bench.db")}`;
  const urls = pgUrl ? (compare ? [sqliteUrl, pgUrl] : [pgUrl]) : [sqliteUrl];
  const runs: StoreRun[] = [];
  for (const url of urls) runs.push(await benchStore(url, corpus, files.length));
  if (runs.length === 2) {
    const [lite, pg] = runs as [StoreRun, StoreRun];
    console.log(`PostgreSQL / SQLite import rate: ${(pg.rate / lite.rate).toFixed(2)}× (${pg.rate.toFixed(0)} vs ${lite.rate.toFixed(0)} articles/s, same corpus, same run)`);
  }
  console.log(`peak RSS: ${mb(process.resourceUsage().maxRSS)} MB`);
  if (!keep) fs.rmSync(work, { recursive: true, force: true });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
