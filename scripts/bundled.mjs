/**
 * Runs a TypeScript script from a pre-built bundle instead of through tsx:
 * `node scripts/bundled.mjs scripts/extract.ts ARGS…` (what `npm run extract` does). The bundle
 * is rebuilt first when any of its sources changed (lib/build/fresh-bundle.mjs), so the result
 * is the same as `tsx scripts/extract.ts ARGS…`, without ~0.8 s of transpiling at each start.
 * The bundle runs through a V8 code cache (lib/build/run-bundle.mjs), so its ~5 MB are not
 * compiled again at each start either.
 * Plain JavaScript: it must start before anything can transpile TypeScript.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freshBundle } from "../lib/build/fresh-bundle.mjs";
import { runBundle } from "../lib/build/run-bundle.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const entry = process.argv[2];
if (!entry || !/\.tsx?$/.test(entry)) {
  console.error("usage: node scripts/bundled.mjs <script.ts> [args…]");
  process.exit(2);
}
const bundle = await freshBundle(root, path.relative(root, path.resolve(entry)));
// The script reads its own arguments from process.argv.slice(2), as it would under tsx.
process.argv.splice(1, 2, path.resolve(entry));
runBundle(bundle);
