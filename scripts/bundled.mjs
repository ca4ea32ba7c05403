/**
 * Runs a TypeScript script from a pre-built bundle instead of through tsx:
 * `node scripts/bundled.mjs scripts/extract.ts ARGS…` (what `npm run extract` does). The bundle
 * is rebuilt first when any of its sources changed (lib/build/fresh-bundle.mjs), so the result
 * is the same as `tsx scripts/extract.ts ARGS…`, without ~0.8 s of transpiling at each start.
 * The bundle runs through a V8 code cache (lib/build/run-bundle.mjs), so its ~5 MB are not
 * compiled again at each start either. Run by scripts/bundled.sh (BUNDLED_SNAPSHOT=1) when it had
 * no usable start-up snapshot, it builds one at exit (lib/build/snapshot.mjs), for the next start.
 * Plain JavaScript: it must start before anything can transpile TypeScript.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freshBundle } from "../lib/build/fresh-bundle.mjs";
import { runBundle } from "../lib/build/run-bundle.mjs";
import { buildSnapshot } from "../lib/build/snapshot.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const entry = process.argv[2];
if (!entry || !/\.tsx?$/.test(entry)) {
  console.error("usage: node scripts/bundled.mjs <script.ts> [args…]");
  process.exit(2);
}
const rel = path.relative(root, path.resolve(entry));
const bundle = await freshBundle(root, rel);
const snapshot = process.env.BUNDLED_SNAPSHOT === "1";
delete process.env.BUNDLED_SNAPSHOT;
// The script reads its own arguments from process.argv.slice(2), as it would under tsx.
process.argv.splice(1, 2, path.resolve(entry));
// The snapshot is built once the script is done (its output is all written) and the code cache is
// saved, so the snapshot holds the functions this run compiled too.
runBundle(bundle, snapshot ? () => buildSnapshot(root, rel, bundle) : undefined);
