/**
 * Keeps a V8 start-up snapshot (node --build-snapshot) of a bundled entry script, rebuilt when
 * its bundle is rebuilt (lib/build/fresh-bundle.mjs). A process started from it finds the
 * program's modules evaluated and its tables built (dictionaries, the entity index), instead of
 * loading and compiling ~5 MB of JavaScript and building them again at every start.
 *
 * V8 refuses a snapshot made by another Node version or under other V8 flags (and the process
 * then fails), so the blob's name carries both (NODE_OPTIONS included): a different `node` or
 * flag set builds its own.
 * Node's own profiling flags (--cpu-prof, --heap-prof and their options) do not reach V8 and
 * name a new directory at each use, so they are left out of the name and the build.
 * Plain JavaScript: it runs before anything could transpile TypeScript.
 */
import crypto from "node:crypto";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { freshBundle } from "./fresh-bundle.mjs";

const PROFILING = /^--(cpu|heap)-prof(-[a-z]+)?(=|$)/;

/** execArgv without Node's profiling flags (and the values given to them as separate words). @param {string[]} execArgv */
function snapshotFlags(execArgv) {
  /** @type {string[]} */
  const kept = [];
  for (let i = 0; i < execArgv.length; i++) {
    const flag = execArgv[i];
    if (!PROFILING.test(flag)) kept.push(flag);
    else if (/-(dir|name|interval)$/.test(flag)) i++;
  }
  return kept;
}

/** Blobs of `bundle` older than it: made from an earlier build, never valid again. @param {string} bundle */
function removeStaleBlobs(bundle) {
  const builtAt = fs.statSync(bundle).mtimeMs;
  const prefix = `${path.basename(bundle)}.`;
  for (const f of fs.readdirSync(path.dirname(bundle))) {
    const file = path.join(path.dirname(bundle), f);
    if (f.startsWith(prefix) && f.endsWith(".blob") && fs.statSync(file).mtimeMs < builtAt) fs.rmSync(file, { force: true });
  }
}

/**
 * The path of an up-to-date snapshot blob of `entry` (relative to `root`) for a process run with
 * `execArgv`, building the bundle and the blob first if needed.
 * @param {string} root @param {string} entry @param {string[]} execArgv @returns {string}
 */
export function freshSnapshot(root, entry, execArgv) {
  const bundle = freshBundle(root, entry);
  const flags = snapshotFlags(execArgv);
  const key = crypto.createHash("sha1").update(JSON.stringify([process.version, process.arch, flags, process.env.NODE_OPTIONS ?? ""])).digest("hex").slice(0, 12);
  const blob = `${bundle}.${key}.blob`;
  const built = fs.statSync(blob, { throwIfNoEntry: false });
  if (built && built.mtimeMs >= fs.statSync(bundle).mtimeMs) return blob;

  const tmp = `${blob}.${process.pid}.tmp`;
  removeStaleBlobs(bundle);
  const r = spawnSync(process.execPath, [...flags, "--snapshot-blob", tmp, "--build-snapshot", bundle], { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  if (r.error || r.status !== 0) {
    fs.rmSync(tmp, { force: true });
    throw new Error(`building the start-up snapshot of ${entry} failed:\n${r.error?.message ?? r.stderr}`);
  }
  // Renamed into place, so a process starting meanwhile never reads half a blob.
  fs.renameSync(tmp, blob);
  return blob;
}
