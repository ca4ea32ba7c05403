/**
 * Benchmark of the whole `npm run extract` process on a fixed set of 69 pages, as a user runs it:
 * median wall time and peak RSS over several runs, beside reference workloads timed in the same
 * run (a bare Node process parsing the same files with cheerio, lib/bench/cheerio-reference.mjs;
 * and, when Debian's python3-readability is installed, readability-lxml's whole process on the
 * same files, issue 14's bar), so the ratios mean something on a shared, noisy machine. Then
 * start-up vs per-page cost, and
 * with --profile a CPU profile of the start-up and of the 69 pages plus each package's import time.
 * `--before DIR` also times `npm run extract` in another checkout (e.g. main) in the same loop.
 * `npm run bench:extract -- [--runs N] [--shared ../shared] [--profile] [--before DIR]`
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { benchPages, extractCommand, median, readabilityLxmlPython, timeProcess, type ProcessRun } from "../lib/bench/extract-process";
import { summariseCpuProfile } from "../lib/bench/cpu-profile";
import { runMain } from "../lib/bench/run-main";

const Flags = z.object({
  runs: z.coerce.number().int().min(1).max(50).default(5),
  shared: z.string().min(1).default("../shared"),
  profile: z.boolean().default(false),
  before: z.string().min(1).optional(),
});

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (x: number) => `${x.toFixed(0)} MB`;

function summary(label: string, runs: ProcessRun[]): { ms: number; cpu: number; rss: number } {
  const ms = median(runs.map((r) => r.ms));
  const cpu = median(runs.map((r) => r.cpuMs));
  const rss = median(runs.map((r) => r.maxRssMb));
  const all = runs.map((r) => (r.ms / 1000).toFixed(2)).join(" ");
  console.log(`${label.padEnd(44)} ${s(ms).padStart(8)}  CPU ${s(cpu).padStart(7)}  peak RSS ${mb(rss).padStart(6)} (max ${mb(Math.max(...runs.map((r) => r.maxRssMb)))})  wall runs: ${all}`);
  return { ms, cpu, rss };
}

function profile(node: string[], args: string[], label: string): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-extract-prof-"));
  try {
    spawnSync(process.execPath, ["--cpu-prof", "--cpu-prof-dir", dir, ...node, ...args], { stdio: "ignore" });
    const file = fs.readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
    if (!file) throw new Error("no CPU profile written");
    const p = summariseCpuProfile(path.join(dir, file));
    console.log(`\nCPU profile, ${label}: ${s(p.totalMs)} sampled; self time by owner`);
    for (const o of p.byOwner.slice(0, 18)) console.log(`  ${o.ms.toFixed(0).padStart(6)} ms  ${o.owner}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Import time of each package the bundle holds, each in a fresh process (median of 3). The bundle
 * is one CommonJS script with the packages inside it (lib/build/fresh-bundle.mjs), so they are
 * read off esbuild's "// node_modules/<package>/…" comments that open each bundled module.
 */
function packageImportTimes(bundle: string): void {
  if (!fs.existsSync(bundle)) {
    console.log(`\nno bundle at ${bundle}: package import times skipped`);
    return;
  }
  const packages = [...fs.readFileSync(bundle, "utf8").matchAll(/^\/\/ node_modules\/((?:@[^/\s]+\/)?[^/\s]+)\//gm)].map((m) => m[1]!);
  console.log("\nimport() of each package alone, fresh process (median of 3; the bundle holds them all):");
  for (const p of [...new Set(packages)]) {
    const code = `const t = performance.now(); await import(${JSON.stringify(p)}); console.log(performance.now() - t);`;
    const times = [0, 1, 2].map(() => Number(spawnSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" }).stdout.trim()));
    console.log(`  ${median(times).toFixed(0).padStart(6)} ms  ${p}`);
  }
}

/**
 * Node's arguments for a CPU profile of the extract command: `sh scripts/bundled.sh FLAGS -- S`
 * starts Node from the script's start-up snapshot (built by the untimed round), so that is what
 * is profiled: `node FLAGS --snapshot-blob BLOB ROOT S`.
 */
function profiledArgs(command: string[]): string[] {
  if (command[0] === "node") return command.slice(1);
  const sep = command.indexOf("--");
  const script = command[sep + 1];
  if (command[0] !== "sh" || sep < 0 || !script) throw new Error(`cannot profile ${command.join(" ")}`);
  const blob = path.join("node_modules", ".cache", "bundled", `${script.replace(/\.tsx?$/, "").replace(/\//g, "__")}.blob`);
  return [...command.slice(2, sep), "--snapshot-blob", blob, process.cwd(), script];
}

function main(): void {
  const { values } = parseArgs({ options: { runs: { type: "string" }, shared: { type: "string" }, profile: { type: "boolean" }, before: { type: "string" } } });
  const { runs, shared, profile: wantProfile, before } = Flags.parse(values);
  const pages = benchPages(shared).map((p) => path.resolve(p));
  console.log(`${pages.length} pages (${(pages.reduce((n, p) => n + fs.statSync(p).size, 0) / 1048576).toFixed(1)} MiB):`);
  const byDir = new Map<string, string[]>();
  for (const p of pages) {
    const dir = path.relative(process.cwd(), path.dirname(p)) || ".";
    byDir.set(dir, [...(byDir.get(dir) ?? []), path.basename(p)]);
  }
  for (const [dir, names] of byDir) console.log(`  ${dir}/ (${names.length}): ${names.join(" ")}`);
  const [node, ...nodeArgs] = extractCommand();
  const direct = { command: node === "node" ? process.execPath : node!, args: nodeArgs };
  console.log(`extract command without npm: ${[node, ...nodeArgs].join(" ")}`);
  const one = pages.find((p) => p.startsWith(path.resolve("seeds"))) ?? pages[0]!;
  const python = readabilityLxmlPython();
  if (!python) console.log("readability-lxml: not installed (apt-get install python3-readability), so no ratio to it");

  const commands: { label: string; command: string; args: string[]; lines?: number; cwd?: string }[] = [
    { label: `npm run extract, ${pages.length} pages`, command: "npm", args: ["run", "-s", "extract", "--", ...pages], lines: pages.length },
    { label: `reference: node + cheerio, ${pages.length} pages`, command: process.execPath, args: ["lib/bench/cheerio-reference.mjs", ...pages] },
    { label: `extract without npm, ${pages.length} pages`, command: direct.command, args: [...direct.args, ...pages], lines: pages.length },
    { label: "npm run extract, 1 page (start-up)", command: "npm", args: ["run", "-s", "extract", "--", one], lines: 1 },
    { label: "npm run extract, 0 pages (modules only)", command: "npm", args: ["run", "-s", "extract"] },
    { label: "reference: node + cheerio, 0 pages", command: process.execPath, args: ["lib/bench/cheerio-reference.mjs"] },
    ...(python ? [{ label: `peer: readability-lxml, ${pages.length} pages`, command: python, args: ["lib/bench/readability-lxml-reference.py", ...pages], lines: 1 }] : []),
    ...(before
      ? [
          { label: `before: npm run extract, ${pages.length} pages`, command: "npm", args: ["run", "-s", "extract", "--", ...pages], lines: pages.length, cwd: before },
          { label: "before: npm run extract, 1 page", command: "npm", args: ["run", "-s", "extract", "--", one], lines: 1, cwd: before },
        ]
      : []),
  ];
  // One untimed round: builds the bundle if a source changed and warms the file cache.
  for (const c of commands) timeProcess(c.command, c.args, c.cwd);
  const results = commands.map(() => [] as ProcessRun[]);
  for (let r = 0; r < runs; r++) {
    commands.forEach((c, i) => {
      const run = timeProcess(c.command, c.args, c.cwd);
      if (c.lines !== undefined && run.outputLines !== c.lines) throw new Error(`${c.label}: ${run.outputLines} output lines, expected ${c.lines}`);
      results[i]!.push(run);
    });
  }
  console.log(`\nmedians of ${runs} runs (commands interleaved):`);
  const sums = commands.map((c, i) => summary(c.label, results[i]!));
  const [all, ref, noNpm, start, zero, refZero] = sums;
  // The peer's row is there only when readability-lxml is installed; the before rows follow it.
  const [peer, beforeAll, beforeOne] = python ? sums.slice(6) : [undefined, ...sums.slice(6)];
  console.log(`\nratio extract ÷ reference, same run: ${(all!.ms / ref!.ms).toFixed(2)} (wall), ${(all!.cpu / ref!.cpu).toFixed(2)} (CPU), ${(all!.rss / ref!.rss).toFixed(2)} (peak RSS)`);
  if (peer) console.log(`ratio npm run extract ÷ readability-lxml, same run (issue 14's bar: ≤ 1.0): ${(all!.ms / peer.ms).toFixed(2)} (wall), ${(all!.cpu / peer.cpu).toFixed(2)} (CPU), ${(all!.rss / peer.rss).toFixed(2)} (peak RSS); without npm: ${(noNpm!.ms / peer.ms).toFixed(2)} (wall), ${(noNpm!.cpu / peer.cpu).toFixed(2)} (CPU)`);
  if (beforeAll && beforeOne) {
    console.log(`before ÷ reference, same run: ${(beforeAll.ms / ref!.ms).toFixed(2)} (wall), ${(beforeAll.cpu / ref!.cpu).toFixed(2)} (CPU), ${(beforeAll.rss / ref!.rss).toFixed(2)} (peak RSS)`);
    console.log(`after ÷ before: ${(all!.ms / beforeAll.ms).toFixed(2)} (wall), ${(all!.cpu / beforeAll.cpu).toFixed(2)} (CPU), ${(all!.rss / beforeAll.rss).toFixed(2)} (peak RSS); 1 page: ${(start!.ms / beforeOne.ms).toFixed(2)} (wall), ${(start!.cpu / beforeOne.cpu).toFixed(2)} (CPU)`);
  }
  console.log(`npm's own share: ${s(all!.ms - noNpm!.ms)} wall, ${s(all!.cpu - noNpm!.cpu)} CPU`);
  console.log(`start-up (1 page): ${s(start!.ms)} wall, ${s(start!.cpu)} CPU; modules only: ${s(zero!.ms)}, ${s(zero!.cpu)} CPU; reference start-up: ${s(refZero!.ms)}, ${s(refZero!.cpu)} CPU`);
  const perPage = (a: number, b: number, n: number) => `${((a - b) / n).toFixed(1)} ms`;
  console.log(`per page after start-up: ${perPage(all!.ms, start!.ms, pages.length - 1)} wall, ${perPage(all!.cpu, start!.cpu, pages.length - 1)} CPU; reference: ${perPage(ref!.ms, refZero!.ms, pages.length)} wall, ${perPage(ref!.cpu, refZero!.cpu, pages.length)} CPU`);

  if (wantProfile) {
    const profiled = profiledArgs([node!, ...nodeArgs]);
    profile(profiled, [one], "start-up (1 page, without npm)");
    profile(profiled, pages, `${pages.length} pages, without npm`);
    packageImportTimes(path.join("node_modules", ".cache", "bundled", "scripts__extract.cjs"));
  }
}

runMain(main);
