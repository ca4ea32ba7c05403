/**
 * The entry of a V8 start-up snapshot of a bundled script (lib/build/snapshot.mjs builds it with
 * `node --build-snapshot`, after esbuild has made this file and what it imports one CommonJS
 * script: a snapshot entry may require built-in modules only). At build time it runs the bundle's
 * top level, so every module's tables (dictionaries, gazetteer, regular expression lists) are
 * built once and kept in the snapshot's heap; the script itself must not run then: it exports
 * `run` and calls it only when not building a snapshot (see scripts/extract.ts).
 *
 * At each start the main function first checks that the snapshot still stands for the sources:
 * the same project root (given by scripts/bundled.sh), the same bundle file (device, inode, size
 * and mtime: a rebuilt bundle is a new file), and that bundle still newer than every source it
 * was built from (the check freshBundle itself makes). Otherwise it exits with STALE_EXIT before
 * reading or writing anything, and scripts/bundled.sh runs the script the usual way, which
 * rebuilds the bundle and this snapshot.
 * If the script exports `warm`, it is called once before the snapshot is written, so what its
 * first run builds or compiles lazily is in the snapshot too (see WARM_TICKS).
 * Build-time arguments: <root> <entry script, relative to root> <bundle> [--no-warm].
 */
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import v8 from "node:v8";
import vm from "node:vm";
import { bundlePaths, isFresh } from "./fresh-bundle.mjs";
import { codeCachePath } from "./run-bundle.mjs";

/** Exit status meaning "this snapshot is stale, run the script without it"; scripts/bundled.sh knows it. */
const STALE_EXIT = 86;

/** @param {fs.Stats} s @returns {string} */
const stamp = (s) => `${s.dev}:${s.ino}:${s.size}:${s.mtimeMs}`;

const [rootArg, entry, bundle] = process.argv.slice(2);
if (!rootArg || !entry || !bundle) throw new Error("usage: node --build-snapshot snapshot-entry.cjs <root> <entry> <bundle>");
const root = fs.realpathSync(rootArg);
const builtAt = Date.now();
const builtStamp = stamp(fs.statSync(bundle));
const paths = bundlePaths(root, entry);
// The builder's require loads built-in modules only; at run time the bundle's own lazy files
// (lazy data modules) need a real one, so the bundle gets this stand-in for both.
/** @type {NodeRequire} */
let currentRequire = createRequire(bundle);
const source = fs.readFileSync(bundle).toString("latin1");
// The bundle's code cache (lib/build/run-bundle.mjs), written after a run, holds the bytecode of
// the functions that run used; compiled from it, those functions are in the snapshot compiled too.
let cachedData;
try {
  cachedData = fs.readFileSync(codeCachePath(bundle, fs.readFileSync(bundle)));
} catch {
  cachedData = undefined;
}
// A regular expression that V8 compiled to machine code cannot be written into a snapshot (the
// builder aborts), and V8 compiles one at its second use (--regexp-tier-up-ticks=1). While the
// script warms up, regular expressions created meanwhile wait WARM_TICKS uses instead; the flag is
// set back before the snapshot is written, as V8 loads a snapshot only under the flags it was
// built with. Those regular expressions then run a few more times interpreted before they are
// compiled, at run time as usual. A warm-up that still uses one more often than that crashes
// the builder, and lib/build/snapshot.mjs builds again without it (--no-warm).
const WARM_TICKS = 20;
const warmUp = process.argv[5] !== "--no-warm";
const ticks = process.execArgv.map((a) => /^--regexp-tier-up-ticks=(\d+)$/.exec(a)?.[1]).findLast(Boolean) ?? "1";
if (warmUp) v8.setFlagsFromString(`--regexp-tier-up-ticks=${WARM_TICKS}`);
const script = new vm.Script(source, { filename: bundle, cachedData });
const wrapper = script.runInThisContext();
const module = { exports: /** @type {{ run?: () => void, warm?: () => void }} */ ({}), filename: bundle, id: ".", loaded: false };
wrapper.call(module.exports, module.exports, (/** @type {string} */ id) => currentRequire(id), module, bundle, path.dirname(bundle));
const run = module.exports.run;
if (warmUp && typeof module.exports.warm === "function") module.exports.warm();
if (warmUp) v8.setFlagsFromString(`--regexp-tier-up-ticks=${ticks}`);
if (typeof run !== "function") throw new Error(`${entry} exports no run(): it cannot start from a snapshot`);

/** The files that make the snapshot besides the bundle's sources: a change to one of them makes it stale too. */
const SNAPSHOT_SOURCES = ["lib/build/snapshot-entry.mjs", "lib/build/snapshot.mjs"];

/** @returns {boolean} */
function current() {
  try {
    if (fs.realpathSync(process.argv[1] ?? "") !== root || stamp(fs.statSync(bundle)) !== builtStamp) return false;
    if (SNAPSHOT_SOURCES.some((rel) => fs.statSync(path.join(root, rel)).mtimeMs >= builtAt)) return false;
    return isFresh(root, paths);
  } catch {
    return false;
  }
}

v8.startupSnapshot.setDeserializeMainFunction(() => {
  // process.argv is [node, root, entry, args…]; the script reads [node, entry, args…] as under tsx.
  if (!current() || path.relative(root, path.resolve(process.argv[2] ?? "")) !== entry) process.exit(STALE_EXIT);
  currentRequire = createRequire(bundle);
  process.argv.splice(1, 2, path.join(root, entry));
  run();
});
