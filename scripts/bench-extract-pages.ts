/**
 * `npx tsx scripts/bench-extract-pages.ts [--runs N] [DIR…]`: extract time per HTML page, the
 * whole pipeline (decode, cascade, classify, metadata) as the importer runs it, without entities.
 * Each page is extracted N times (default 5) after one warm-up pass; prints the median over
 * pages of each page's median time, the mean, the 90th percentile and pages per second.
 * Default pages: the development sets in ../shared/datasets (skipped when absent) and
 * tests/fixtures/pages. Run it on two checkouts in one session to compare.
 */
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { extractFile } from "../lib/ingest/extract-file";

const Args = z.object({ runs: z.number().int().min(1).max(100), dirs: z.array(z.string()) });

function parseArgs(argv: string[]) {
  const rest = argv.filter((a) => a !== "--");
  const i = rest.indexOf("--runs");
  const runs = i === -1 ? 5 : Number(rest[i + 1]);
  const dirs = rest.filter((_, j) => j !== i && j !== i + 1);
  return Args.parse({ runs, dirs });
}

function htmlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => /\.html?$/.test(f)).map((f) => path.join(dir, f)).sort();
}

const { runs, dirs } = parseArgs(process.argv.slice(2));
const roots = dirs.length > 0 ? dirs : ["../shared/datasets/daniel-zh/pages", "../shared/datasets/magic-html-zh/pages", "tests/fixtures/pages"];
const pages = roots.flatMap(htmlFiles).map((f) => ({ f, bytes: fs.readFileSync(f) }));
if (pages.length === 0) {
  console.log("no pages found");
  process.exit(0);
}
for (const p of pages) extractFile(p.bytes, p.f); // warm-up: JIT, dictionaries
const perPage = pages.map((p) => {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    extractFile(p.bytes, p.f);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
});
const sorted = [...perPage].sort((a, b) => a - b);
const total = perPage.reduce((a, b) => a + b, 0);
console.log(
  `${pages.length} pages, ${runs} runs each: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)} ms/page, mean ${(total / pages.length).toFixed(2)} ms, p90 ${sorted[Math.floor(sorted.length * 0.9)]!.toFixed(2)} ms, ${((1000 * pages.length) / total).toFixed(0)} pages/s`,
);
