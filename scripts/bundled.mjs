/**
 * Runs a TypeScript script from a pre-built bundle instead of through tsx:
 * `node scripts/bundled.mjs scripts/extract.ts ARGS…` (what `npm run extract` does). The bundle
 * is rebuilt first when any of its sources changed (lib/build/fresh-bundle.mjs), so the result
 * is the same as `tsx scripts/extract.ts ARGS…`, without ~0.8 s of transpiling at each start.
 * When the script has a snapshot entry beside it (scripts/extract.snapshot.ts), a second Node
 * process starts from that entry's V8 start-up snapshot (lib/build/fresh-snapshot.mjs), with
 * this process's Node flags; otherwise the bundle runs here through a code cache
 * (lib/build/run-bundle.mjs).
 * Plain JavaScript: it must start before anything can transpile TypeScript.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freshBundle } from "../lib/build/fresh-bundle.mjs";
import { freshSnapshot } from "../lib/build/fresh-snapshot.mjs";
import { runBundle } from "../lib/build/run-bundle.mjs";

/** Node's exit code when it cannot build or start from a start-up snapshot. */
const SNAPSHOT_FAILURE = 14;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const entry = process.argv[2];
if (!entry || !/\.tsx?$/.test(entry)) {
  console.error("usage: node scripts/bundled.mjs <script.ts> [args…]");
  process.exit(2);
}
const snapshotEntry = path.resolve(entry).replace(/\.(tsx?)$/, ".snapshot.$1");
if (fs.existsSync(snapshotEntry)) {
  const blob = freshSnapshot(root, path.relative(root, snapshotEntry), process.execArgv);
  // argv[1] of the started process is the script, as it would be under tsx.
  const r = spawnSync(process.execPath, [...process.execArgv, "--snapshot-blob", blob, path.resolve(entry), ...process.argv.slice(3)], { stdio: "inherit" });
  if (r.error) throw r.error;
  if (r.signal) process.kill(process.pid, r.signal);
  // 14: Node could not start from the blob (V8 found other flags than the name says, e.g. set
  // some way not seen here). Nothing ran yet, so this run goes on without it and the next builds anew.
  if (r.status !== SNAPSHOT_FAILURE) process.exit(r.status ?? 1);
  fs.rmSync(blob, { force: true });
}
const bundle = freshBundle(root, path.relative(root, path.resolve(entry)));
// The script reads its own arguments from process.argv.slice(2), as it would under tsx.
process.argv.splice(1, 2, path.resolve(entry));
runBundle(bundle);
