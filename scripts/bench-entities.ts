/**
 * `npx tsx scripts/bench-entities.ts [--rounds N] [--warmup W]`: runs entity extraction over the
 * cleaned seed articles N times (default 1000 passes) after W untimed passes (default 100, so the
 * JIT's compile time on its own threads is not billed to steady-state extraction), and prints
 * articles per second and ms per article, wall and CPU, plus the median CPU ms of ten batches
 * (the steadier figure on a shared, noisy machine).
 */
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { extractFile } from "../lib/ingest/extract-file";
import { extractEntities } from "../lib/ingest/entities/extract-entities";
import { entityInputFromArticle } from "../lib/ingest/entities/from-article";

const Args = z.object({
  rounds: z.coerce.number().int().positive().default(1000),
  warmup: z.coerce.number().int().nonnegative().default(100),
  dir: z.string().default("seeds"),
});

function parseArgs(argv: string[]) {
  const raw: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 2) raw[argv[i]!.replace(/^--/, "")] = argv[i + 1] ?? "";
  return Args.parse(raw);
}

function main(): void {
  const { rounds, warmup, dir } = parseArgs(process.argv.slice(2));
  const inputs = fs
    .readdirSync(dir)
    .filter((f) => /\.(txt|html?)$/i.test(f))
    .map((f) => entityInputFromArticle(extractFile(fs.readFileSync(path.join(dir, f)), f).article));
  const chars = inputs.reduce((n, a) => n + a.paragraphs.join("").length, 0) / inputs.length;
  extractEntities(inputs[0]!); // build the index outside the timing
  for (let r = 0; r < warmup; r++) for (const input of inputs) extractEntities(input);
  const cpu0 = process.cpuUsage();
  const started = process.hrtime.bigint();
  let n = 0;
  const batches: number[] = [];
  const perBatch = Math.max(1, Math.floor(rounds / 10));
  let batchCpu = process.cpuUsage();
  for (let r = 0; r < rounds; r++) {
    for (const input of inputs) {
      extractEntities(input);
      n++;
    }
    if ((r + 1) % perBatch === 0) {
      const c = process.cpuUsage(batchCpu);
      batches.push((c.user + c.system) / 1000 / (perBatch * inputs.length));
      batchCpu = process.cpuUsage();
    }
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  const median = [...batches].sort((a, b) => a - b)[Math.floor(batches.length / 2)] ?? 0;
  // CPU time is the steadier figure on a shared machine; wall time is what a user waits
  const cpuMs = (cpu.user + cpu.system) / 1000;
  console.log(`${n} extractions of ${inputs.length} articles (mean ${Math.round(chars)} chars)`);
  console.log(`wall: ${(n / (ms / 1000)).toFixed(0)} articles/s, ${(ms / n).toFixed(3)} ms/article`);
  console.log(`cpu:  ${(n / (cpuMs / 1000)).toFixed(0)} articles/s, ${(cpuMs / n).toFixed(3)} ms/article (one core)`);
  console.log(`cpu median of ${batches.length} batches: ${median.toFixed(3)} ms/article (after ${warmup} warm-up passes)`);
}

main();
