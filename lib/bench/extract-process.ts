/**
 * The pieces of `npm run bench:extract`: the fixed page list (the same pages every run) and
 * timing a command as a separate process, with its peak RSS as GNU time reports it (the
 * largest process of the tree, so npm's own process counts when the command is `npm run`).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";

export const PAGE_TARGET = 69;

function listDir(dir: string, keep: (name: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter(keep)
    .sort()
    .map((f) => path.join(dir, f));
}

/**
 * Raw HTML news pages (../shared/dev-pages), text dumps (seeds/), fixture sources not already
 * listed byte for byte, then the first pages of ../shared/datasets/magic-html-zh to reach
 * PAGE_TARGET. Missing folders are skipped; the caller prints the list.
 */
export function benchPages(shared: string): string[] {
  const pages = [...listDir(path.join(shared, "dev-pages"), (f) => f.endsWith(".html")), ...listDir("seeds", (f) => /\.(txt|html?)$/.test(f))];
  const sizes = new Map<number, Buffer[]>();
  const remember = (file: string) => {
    const bytes = fs.readFileSync(file);
    const same = sizes.get(bytes.length) ?? [];
    if (same.some((b) => b.equals(bytes))) return false;
    sizes.set(bytes.length, [...same, bytes]);
    return true;
  };
  for (const p of pages) remember(p);
  for (const dir of listDir(path.join("tests", "fixtures", "pages"), () => true)) {
    for (const f of listDir(dir, (n) => /^source\.(html|txt)$/.test(n))) if (pages.length < PAGE_TARGET && remember(f)) pages.push(f);
  }
  for (const f of listDir(path.join(shared, "datasets", "magic-html-zh", "pages"), (n) => n.endsWith(".html"))) {
    if (pages.length >= PAGE_TARGET) break;
    if (remember(f)) pages.push(f);
  }
  return pages.slice(0, PAGE_TARGET);
}

export interface ProcessRun {
  ms: number;
  /** User + system CPU of the process tree: less sensitive than wall time to other load. */
  cpuMs: number;
  maxRssMb: number;
  status: number;
  outputLines: number;
}

/** Runs `command args…` once under /usr/bin/time, stdout to a scratch file; wall ms and peak RSS. */
export function timeProcess(command: string, args: string[], cwd?: string): ProcessRun {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-extract-"));
  const timeFile = path.join(dir, "time");
  const outFile = path.join(dir, "out");
  const out = fs.openSync(outFile, "w");
  try {
    const t = performance.now();
    const r = spawnSync("/usr/bin/time", ["-o", timeFile, "-f", "%U %S %M", command, ...args], { stdio: ["ignore", out, "pipe"], cwd });
    const ms = performance.now() - t;
    if (r.error) throw r.error;
    const [user, sys, kb] = fs.readFileSync(timeFile, "utf8").trim().split("\n").pop()!.split(" ").map(Number);
    const text = fs.readFileSync(outFile, "utf8");
    return { ms, cpuMs: 1000 * (user! + sys!), maxRssMb: kb! / 1024, status: r.status ?? -1, outputLines: text.split("\n").filter(Boolean).length };
  } finally {
    fs.closeSync(out);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The extract command of package.json without npm, e.g. ["node", "--flag", "scripts/bundled.mjs", "scripts/extract.ts"]. */
export function extractCommand(): string[] {
  const pkg = z.object({ scripts: z.object({ extract: z.string().min(1) }) }).parse(JSON.parse(fs.readFileSync("package.json", "utf8")));
  return pkg.scripts.extract.split(/\s+/);
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * The Python that can run lib/bench/readability-lxml-reference.py (readability-lxml and lxml
 * importable), or null. Debian's python3-readability installs them for /usr/bin/python3, which
 * another python3 earlier on PATH (pyenv) does not see, so that one is tried first.
 */
export function readabilityLxmlPython(): string | null {
  for (const python of ["/usr/bin/python3", "python3"]) {
    const r = spawnSync(python, ["-c", "import readability, lxml"], { stdio: "ignore" });
    if (!r.error && r.status === 0) return python;
  }
  return null;
}
