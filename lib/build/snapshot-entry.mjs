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
 * Build-time arguments: <root> <entry script, relative to root> <bundle>.
 */
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import v8 from "node:v8";
import vm from "node:vm";
import { bundlePaths, isFresh } from "./fresh-bundle.mjs";

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
const wrapper = vm.runInThisContext(source, { filename: bundle });
const module = { exports: /** @type {{ run?: () => void }} */ ({}), filename: bundle, id: ".", loaded: false };
wrapper.call(module.exports, module.exports, (/** @type {string} */ id) => currentRequire(id), module, bundle, path.dirname(bundle));
const run = module.exports.run;
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
