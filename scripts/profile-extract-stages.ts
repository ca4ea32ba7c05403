/**
 * Where `npm run extract`'s per-page time goes, stage by stage: runs the extract command (from
 * package.json, started from its snapshot as bench:extract profiles it) under --cpu-prof over a
 * list of files, then prints each pipeline stage's inclusive CPU-profile time per page. Sample
 * counts of one run are steadier than wall time on a shared machine; compare two checkouts by
 * running this in each, on the same list, in alternation.
 * `npx tsx scripts/profile-extract-stages.ts --files LIST [--repeat 3] [--interval 250] [--keep FILE]`
 * --repeat gives each file that many times in one process (a longer run, more samples; the later
 * copies are near-duplicates, which only adds the duplicate check's own time). --keep saves the
 * profile; `--profile FILE --pages N` summarises a saved one (of N pages) instead of running.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { inclusiveStages } from "../lib/bench/cpu-profile";
import { extractCommand } from "../lib/bench/extract-process";
import { runMain } from "../lib/bench/run-main";

const Flags = z.object({
  files: z.string().min(1, "--files LIST (or --profile FILE --pages N)"),
  repeat: z.coerce.number().int().min(1).max(20).default(3),
  interval: z.coerce.number().int().min(50).max(10_000).default(250),
  keep: z.string().min(1).optional(),
  profile: z.string().min(1).optional(),
  pages: z.coerce.number().int().positive().optional(),
});

/** The stages, as [label, function name in the bundle, depth for indentation]. */
const STAGES: [string, string, number][] = [
  ["whole run (main)", "main", 0],
  ["decode bytes", "decodeBytes", 1],
  ["HTML front end", "extractHtml", 1],
  ["parse (htmlparser2)", "parseHtml", 2],
  ["walk (blocks, element sums)", "walkPage", 2],
  ["head metadata + script data", "readHeadMeta", 2],
  ["choose content", "chooseContent", 2],
  ["page hints", "pageHints", 2],
  ["article (text pipeline)", "extractFromDecoded", 1],
  ["text lines (parseText)", "parseText", 2],
  ["classify blocks", "classifyBlocks", 2],
  ["metadata", "extractMetadata", 2],
  ["repair blocks", "repairBlocks", 2],
  ["entities", "extractEntities", 1],
  ["discover (names, posts)", "discoverInArticle", 2],
  ["scan and resolve (gazetteer)", "scanAndResolve", 2],
  ["simhash", "simhash", 1],
  ["near-duplicate search", "findNearDuplicate", 1],
  ["JSON out", "toExtractJson", 1],
  ["garbage collector", "(garbage collector)", 0],
];

function report(profile: string, pages: number, note: string): void {
  const { totalMs, ms } = inclusiveStages(profile, STAGES.map((s) => s[1]));
  console.log(`${pages} pages${note}, ${totalMs.toFixed(0)} ms sampled; ms per page, inclusive:`);
  for (const [label, name, depth] of STAGES) console.log(`${"  ".repeat(depth)}${label.padEnd(34 - 2 * depth)} ${(ms.get(name)! / pages).toFixed(2).padStart(7)}`);
}

function main(): void {
  const options = { files: { type: "string" }, repeat: { type: "string" }, interval: { type: "string" }, keep: { type: "string" }, profile: { type: "string" }, pages: { type: "string" } } as const;
  const { values } = parseArgs({ options });
  if (values.profile !== undefined) {
    const { profile, pages } = z.object({ profile: z.string().min(1), pages: z.coerce.number().int().positive() }).parse(values);
    report(profile, pages, ` (${profile})`);
    return;
  }
  const { files, repeat, interval, keep } = Flags.parse(values);
  const list = fs.readFileSync(files, "utf8").split("\n").filter((f) => f.trim() !== "");
  const args = Array.from({ length: repeat }, () => list).flat();
  const command = extractCommand();
  const sep = command.indexOf("--");
  const script = command[sep + 1];
  if (command[0] !== "sh" || sep < 0 || !script) throw new Error(`cannot profile ${command.join(" ")}`);
  // An untimed run through the usual command builds the bundle and its snapshot when stale.
  spawnSync("npm", ["run", "-s", "extract", "--", list[0]!], { stdio: "ignore" });
  const blob = path.join("node_modules", ".cache", "bundled", `${script.replace(/\.tsx?$/, "").replace(/\//g, "__")}.blob`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "extract-stages-"));
  try {
    const r = spawnSync(process.execPath, ["--cpu-prof", "--cpu-prof-dir", dir, `--cpu-prof-interval=${interval}`, ...command.slice(2, sep), "--snapshot-blob", blob, process.cwd(), script, ...args], { stdio: ["ignore", "ignore", "inherit"] });
    if (r.status !== 0) throw new Error(`extract exited with ${r.status}`);
    const file = fs.readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
    if (!file) throw new Error("no CPU profile written");
    if (keep) fs.copyFileSync(path.join(dir, file), keep);
    report(path.join(dir, file), args.length, ` (${list.length} × ${repeat}, sampled every ${interval} µs)`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

runMain(main);
