/**
 * Builds the V8 start-up snapshot that scripts/bundled.sh starts a bundled script from: Node
 * deserialises the heap as it was after the bundle's top level ran (lib/build/snapshot-entry.mjs),
 * instead of evaluating ~5 MB of modules and building their tables at every start. Node 20 runs a
 * snapshot only with the V8 version and V8 flags it was built with, so it is built by the process
 * that is about to run the script without it (scripts/bundled.mjs), with that process's own flags.
 *
 * The snapshot lives beside the bundle in node_modules/.cache/bundled/. A build that fails (a
 * module Node cannot snapshot, a crash) only means the script keeps starting the usual way; it is
 * tried once per bundle file, Node version and flags (the .attempt file), not at every start.
 * Plain JavaScript: it runs before anything could transpile TypeScript.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { bundlePaths } from "./fresh-bundle.mjs";

/** The snapshot of `entry`'s bundle; scripts/bundled.sh computes the same name. @param {string} root @param {string} entry */
export function snapshotPath(root, entry) {
  return bundlePaths(root, entry).out.replace(/\.cjs$/, ".blob");
}

/**
 * Builds the snapshot of `bundle` (the bundle of `entry`) unless a build for this bundle file,
 * this Node and these flags was already tried. Returns whether a snapshot was written.
 * @param {string} root @param {string} entry @param {string} bundle @returns {boolean}
 */
export function buildSnapshot(root, entry, bundle) {
  const blob = snapshotPath(root, entry);
  const s = fs.statSync(bundle);
  const here = path.dirname(fileURLToPath(import.meta.url));
  const source = path.join(here, "snapshot-entry.mjs");
  const own = [source, fileURLToPath(import.meta.url)].map((f) => fs.statSync(f).mtimeMs);
  const key = JSON.stringify([s.dev, s.ino, s.size, s.mtimeMs, ...own, process.version, process.execArgv]);
  const attempt = `${blob}.attempt`;
  try {
    if (fs.readFileSync(attempt, "utf8") === key) return false;
  } catch {
    // never tried
  }
  const tmp = `${blob}.${process.pid}.tmp`;
  const entryCjs = blob.replace(/\.blob$/, `.snapshot-entry.${process.pid}.cjs`);
  try {
    // written aside and renamed, like the blob: a copy of node_modules made with hard links shares this file's inode
    fs.writeFileSync(`${attempt}.${process.pid}.tmp`, key);
    fs.renameSync(`${attempt}.${process.pid}.tmp`, attempt);
    // A stale snapshot left in place would be tried (and refused) at every start if this build failed.
    fs.rmSync(blob, { force: true });
    const requireFromTsx = createRequire(createRequire(path.join(root, "package.json")).resolve("tsx/package.json"));
    /** @type {typeof import("esbuild")} */
    const esbuild = requireFromTsx("esbuild");
    esbuild.buildSync({ entryPoints: [source], outfile: entryCjs, bundle: true, platform: "node", format: "cjs", target: "node20", logLevel: "silent" });
    // With the script's warm-up first; without it if that build fails (see WARM_TICKS there).
    for (const warm of [[], ["--no-warm"]]) {
      const r = spawnSync(process.execPath, [...process.execArgv, "--snapshot-blob", tmp, "--build-snapshot", entryCjs, root, entry, bundle, ...warm], { stdio: "ignore" });
      if (r.status === 0 && fs.existsSync(tmp)) {
        fs.renameSync(tmp, blob);
        return true;
      }
    }
    return false;
  } catch {
    return false;
  } finally {
    fs.rmSync(tmp, { force: true });
    fs.rmSync(entryCjs, { force: true });
  }
}
