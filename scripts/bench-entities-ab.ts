/**
 * extractEntities of this checkout against another's (e.g. main's), in one process, over the
 * cleaned seed articles: each checkout's lib/ingest/entities/extract-entities.ts is bundled on its
 * own (its own gazetteer, tables and caches), then rounds alternate between the two, so a shared
 * machine's load drifting during the run weighs on both alike. Prints the median CPU ms per
 * article of each over the rounds, and the ratio.
 * `npx tsx scripts/bench-entities-ab.ts --before DIR [--rounds 15] [--passes 40] [--warmup 100] [--dir D,D2…]`
 * (`--dir`: the folders whose .txt/.html pages are cleaned into the articles, default `seeds`;
 * e.g. `seeds,../shared/dev-pages` for a larger, more typical set)
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { cpuMs, loadCheckoutFunction } from "../lib/bench/checkout-module";
import { extractFile } from "../lib/ingest/extract-file";
import { entityInputFromArticle } from "../lib/ingest/entities/from-article";
import type { extractEntities } from "../lib/ingest/entities/extract-entities";
import { runMain } from "../lib/bench/run-main";

const Flags = z.object({
  before: z.string().min(1),
  rounds: z.coerce.number().int().min(1).max(100).default(15),
  passes: z.coerce.number().int().positive().default(40),
  warmup: z.coerce.number().int().nonnegative().default(100),
  dir: z.string().min(1).default("seeds"),
});

type Extract = typeof extractEntities;

function loadExtractor(root: string, out: string): Extract {
  return loadCheckoutFunction<Extract>({ root, entry: "lib/ingest/entities/extract-entities.ts", exportName: "extractEntities", out });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function main(): void {
  const { values } = parseArgs({ options: { before: { type: "string" }, rounds: { type: "string" }, passes: { type: "string" }, warmup: { type: "string" }, dir: { type: "string" } } });
  const { before, rounds, passes, warmup, dir } = Flags.parse(values);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "bench-entities-ab-"));
  try {
    const variants = [
      { label: "before", extract: loadExtractor(before, path.join(work, "before.cjs")), perRound: [] as number[] },
      { label: "after", extract: loadExtractor(".", path.join(work, "after.cjs")), perRound: [] as number[] },
    ];
    const inputs = dir.split(",").flatMap((d) =>
      fs
        .readdirSync(d)
        .filter((f) => /\.(txt|html?)$/i.test(f))
        .map((f) => entityInputFromArticle(extractFile(fs.readFileSync(path.join(d, f)), f).article)),
    );
    for (const v of variants) for (let r = 0; r < warmup; r++) for (const input of inputs) v.extract(input);
    for (let r = 0; r < rounds; r++) {
      // alternating which goes first cancels a round's effect on the next
      const order = r % 2 === 0 ? variants : [...variants].reverse();
      for (const v of order) {
        const t = cpuMs();
        for (let k = 0; k < passes; k++) for (const input of inputs) v.extract(input);
        v.perRound.push((cpuMs() - t) / (passes * inputs.length));
      }
    }
    for (const v of variants) {
      const ms = v.perRound.map((x) => x.toFixed(3)).join(" ");
      console.log(`${v.label.padEnd(7)} median ${median(v.perRound).toFixed(3)}, fastest ${Math.min(...v.perRound).toFixed(3)} CPU ms/article  (rounds: ${ms})`);
    }
    const ratio = median(variants[0]!.perRound) / median(variants[1]!.perRound);
    // the fastest round is the one least disturbed by other work on a shared machine
    const fastest = Math.min(...variants[0]!.perRound) / Math.min(...variants[1]!.perRound);
    // each round's own ratio: the two halves of a round ran under nearly the same load
    const paired = median(variants[0]!.perRound.map((b, k) => b / variants[1]!.perRound[k]!));
    console.log(`before ÷ after: ${ratio.toFixed(2)}× by medians, ${fastest.toFixed(2)}× by fastest rounds, ${paired.toFixed(2)}× by the median of each round's ratio`);
    console.log(`(${inputs.length} articles of ${dir} × ${passes} passes × ${rounds} rounds, alternating; load ${os.loadavg().map((x) => x.toFixed(1)).join(" ")})`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

runMain(main);
