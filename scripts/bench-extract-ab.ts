/**
 * extractFile of this checkout against another's (e.g. main's), in one process, on the synthetic
 * corpus of bench:import: each checkout's lib/ingest/extract-file.ts is bundled on its own (its
 * own tables and caches), then batches of pages alternate between the two, so a shared machine's
 * load drifting during the run weighs on both alike. Prints pages per CPU-second of each and the
 * ratio; checks that both give the same articles.
 * `npx tsx scripts/bench-extract-ab.ts --before DIR [--count 2000] [--batch 100] [--rounds 3] [--files LIST]`
 * --files names a file listing real pages, one path per line, to time instead of the synthetic
 * corpus (rules that change output change real pages, so there it counts the articles that differ
 * instead of refusing).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { cpuMs, loadCheckoutFunction } from "../lib/bench/checkout-module";
import { syntheticCorpus } from "../lib/bench/synthetic-corpus";
import { extractFile } from "../lib/ingest/extract-file";
import { runMain } from "../lib/bench/run-main";

const Flags = z.object({
  before: z.string().min(1),
  count: z.coerce.number().int().positive().default(2000),
  batch: z.coerce.number().int().positive().default(100),
  rounds: z.coerce.number().int().min(1).max(20).default(3),
  files: z.string().min(1).optional(),
});

type ExtractFile = typeof extractFile;

function loadExtractFile(root: string, out: string): ExtractFile {
  return loadCheckoutFunction<ExtractFile>({ root, entry: "lib/ingest/extract-file.ts", exportName: "extractFile", out, external: ["pinyin-pro"] });
}

function realPages(list: string): { name: string; bytes: Uint8Array }[] {
  return fs
    .readFileSync(list, "utf8")
    .split("\n")
    .filter((f) => f.trim() !== "")
    .map((f) => ({ name: path.basename(f), bytes: fs.readFileSync(f) }));
}

function main(): void {
  const { values } = parseArgs({ options: { before: { type: "string" }, count: { type: "string" }, batch: { type: "string" }, rounds: { type: "string" }, files: { type: "string" } } });
  const { before, count, batch, rounds, files } = Flags.parse(values);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "bench-extract-ab-"));
  try {
    const variants = [
      { label: "before", extract: loadExtractFile(before, path.join(work, "before.cjs")), ms: 0 },
      { label: "after", extract: loadExtractFile(".", path.join(work, "after.cjs")), ms: 0 },
    ];
    const paragraphs = fs
      .readdirSync("seeds")
      .flatMap((f) => extractFile(fs.readFileSync(path.join("seeds", f)), f).article.paragraphs)
      .filter((p) => p.length > 20);
    const pages = files ? realPages(files) : [...syntheticCorpus({ count, paragraphs })];
    // Same articles from both (on the synthetic corpus), and every table built, before anything is timed.
    let differ = 0;
    for (const p of files ? pages : pages.slice(0, batch)) {
      const [a, b] = variants.map((v) => JSON.stringify(v.extract(p.bytes, p.name).article));
      if (a === b) continue;
      if (!files) throw new Error(`${p.name}: the two checkouts give different articles`);
      differ++;
    }
    if (files) console.log(`${pages.length} pages, ${differ} with a different article`);
    for (let r = 0; r < rounds; r++) {
      for (let i = 0; i < pages.length; i += batch) {
        const slice = pages.slice(i, i + batch);
        // Alternating which goes first cancels a batch's effect on the next.
        const order = (i / batch + r) % 2 === 0 ? variants : [...variants].reverse();
        for (const v of order) {
          const t = cpuMs();
          for (const p of slice) v.extract(p.bytes, p.name);
          v.ms += cpuMs() - t;
        }
      }
    }
    const n = pages.length * rounds;
    const corpus = files ? `${pages.length} pages of ${files}` : `${count} pages`;
    for (const v of variants) console.log(`${v.label.padEnd(7)} ${(n / (v.ms / 1000)).toFixed(0).padStart(6)} pages per CPU-second (${(v.ms / n).toFixed(2)} ms each)`);
    console.log(`after ÷ before, pages per CPU-second: ${(variants[0]!.ms / variants[1]!.ms).toFixed(3)} (${corpus} × ${rounds} rounds, batches of ${batch} alternating; load ${os.loadavg().map((x) => x.toFixed(1)).join(" ")})`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

runMain(main);
