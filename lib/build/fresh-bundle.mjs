/**
 * Keeps a pre-built JavaScript bundle of a TypeScript entry script, rebuilt whenever one of the
 * files it was built from changed, so a command-line tool starts without transpiling ~130
 * modules through tsx on every run (tsx cost ~0.8 s of a 1.6 s start-up) and nobody runs stale
 * code. Plain JavaScript on purpose: it runs before anything could transpile TypeScript.
 *
 * The bundle lives in node_modules/.cache/bundled/ (git-ignored, gone with node_modules). It is
 * one CommonJS script with the packages it imports inside it, so Node resolves, reads and
 * compiles one file instead of ~200 ES modules (zod alone took ~160 ms to import), and V8 can
 * keep a code cache of the whole program (lib/build/run-bundle.mjs).
 * Freshness: every project file esbuild read (from its metafile), plus package.json and
 * tsconfig.json, must be older than the build and still exist; a package changes only through
 * npm, which rewrites the lock files (npm keeps the packages' own old file times). esbuild comes
 * from tsx's own dependency, so nothing new is installed.
 */
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

/**
 * Generated data modules kept out of the main bundle: each is bundled into a file of its own
 * beside it and loaded at its first use (see lazyDataPlugin). Together ~4.6 MB of the ~9 MB
 * bundle that only text with lost bytes needs (lib/ingest/repair), which otherwise every start
 * reads, checksums and holds in memory as script source.
 */
const LAZY_DATA = ["lib/ingest/repair/han-words.ts", "lib/ingest/repair/han-pair-counts.ts"];

/**
 * The main bundle is written as one function expression, Node's CommonJS wrapper around the code
 * (banner and footer), so lib/build/run-bundle.mjs compiles the file's text as it is read. Were
 * the wrapper concatenated at run time, V8 would flatten the ~5 MB source into a copy of its own.
 * The wrapper opens the first line, so line numbers stay right.
 */
export const WRAP_START = "(function (exports, require, module, __filename, __dirname) {";
export const WRAP_END = "\n})";

const ALWAYS_CHECKED = ["package.json", "tsconfig.json", "lib/build/fresh-bundle.mjs"];
/** Checked when present: npm rewrites them at every install or update of a package. */
const CHECKED_IF_PRESENT = ["package-lock.json", "node_modules/.package-lock.json"];

/** @param {string} root @param {string} entry @returns {{ dir: string, out: string, inputs: string }} */
export function bundlePaths(root, entry) {
  const name = entry.replace(/\.[cm]?tsx?$/, "").replace(/[\\/]/g, "__");
  const dir = path.join(root, "node_modules", ".cache", "bundled");
  return { dir, out: path.join(dir, `${name}.cjs`), inputs: path.join(dir, `${name}.inputs.json`) };
}

/**
 * The bundle's text with every non-ASCII character written as a \uXXXX escape. esbuild escapes
 * them in strings but keeps them in regular expression literals and comments, and one such
 * character makes V8 hold the whole ~5 MB source as two bytes per character, in the heap and in
 * the start-up snapshot (~5 MB more of both). The escape means the same character in strings,
 * templates, regular expressions (a pair of surrogate escapes is one code point under /u) and
 * identifiers; an identity escape before such a character (\友 is 友) loses its backslash.
 * @param {string} code @returns {string}
 */
export function asciiOnly(code) {
  return code.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, ch) => {
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    return `${kept}\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

/**
 * Whether the bundle at p.out is newer than every file it was built from. Also run by the
 * start-up snapshot's main function (lib/build/snapshot-entry.mjs) before it runs anything.
 * @param {string} root @param {{ out: string, inputs: string }} p @returns {boolean}
 */
export function isFresh(root, p) {
  let builtAt;
  let inputs;
  try {
    builtAt = fs.statSync(p.out).mtimeMs;
    inputs = JSON.parse(fs.readFileSync(p.inputs, "utf8"));
  } catch {
    return false;
  }
  if (!Array.isArray(inputs)) return false;
  for (const rel of [...inputs, ...ALWAYS_CHECKED]) {
    try {
      if (fs.statSync(path.join(root, rel)).mtimeMs >= builtAt) return false;
    } catch {
      return false;
    }
  }
  for (const rel of CHECKED_IF_PRESENT) {
    const stat = fs.statSync(path.join(root, rel), { throwIfNoEntry: false });
    if (stat && stat.mtimeMs >= builtAt) return false;
  }
  return true;
}

/** @param {string} out @param {string} rel @returns {string} */
const sidePath = (out, rel) => out.replace(/\.cjs$/, `.${path.basename(rel).replace(/\.[cm]?tsx?$/, "")}.cjs`);

/**
 * An esbuild plugin that replaces each LAZY_DATA module by a stand-in whose exports are getters
 * that require the module's own bundle (built here first) at the first read of any of them.
 * The stand-in is CommonJS, so the importers read its exports when they run, not at start-up.
 * @param {typeof import("esbuild")} esbuild @param {string} root @param {string} out
 * @returns {import("esbuild").Plugin}
 */
function lazyDataPlugin(esbuild, root, out) {
  const absolute = new Map(LAZY_DATA.map((rel) => [path.join(root, rel), rel]));
  return {
    name: "lazy-data",
    setup(b) {
      b.onResolve({ filter: /^\.\/[^/]+\.cjs$/ }, (args) => (args.pluginData === "lazy-data" ? { path: args.path, external: true } : undefined));
      b.onLoad({ filter: /\.ts$/ }, (args) => {
        const rel = absolute.get(args.path);
        if (rel === undefined) return undefined;
        const side = sidePath(out, rel);
        const tmp = `${side}.${process.pid}.tmp`;
        esbuild.buildSync({ absWorkingDir: root, entryPoints: [rel], outfile: tmp, bundle: true, platform: "node", format: "cjs", target: "node20", logLevel: "warning" });
        fs.writeFileSync(tmp, asciiOnly(fs.readFileSync(tmp, "utf8")));
        const names = Object.keys(createRequire(tmp)(tmp));
        fs.renameSync(tmp, side);
        const file = JSON.stringify(`./${path.basename(side)}`);
        const getters = names.map((n) => `get ${n}() { return load().${n}; }`).join(", ");
        return { contents: `let loaded; const load = () => (loaded ??= require(${file}));\nmodule.exports = { ${getters} };\n`, loader: "js", pluginData: "lazy-data", resolveDir: path.dirname(out) };
      });
    },
  };
}

/** @param {string} root @param {string} entry @param {{ out: string, inputs: string, dir: string }} p */
async function build(root, entry, p) {
  // tsx depends on esbuild; resolving it through tsx finds the same copy tsx uses, hoisted or not.
  const requireFromTsx = createRequire(createRequire(path.join(root, "package.json")).resolve("tsx/package.json"));
  /** @type {typeof import("esbuild")} */
  const esbuild = requireFromTsx("esbuild");
  fs.mkdirSync(p.dir, { recursive: true });
  // Written under temporary names and renamed, so two processes starting at once never read half a file.
  const tmp = `${p.out}.${process.pid}.tmp`;
  const started = Date.now();
  // Asynchronous only because esbuild runs plugins (lazyDataPlugin) in its asynchronous API alone.
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile: tmp,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    // esbuild does not count \p{Script=…} as supported by node20 and rewrites each such regex
    // literal as `new RegExp(…)`, evaluated at every call (isHan per character); Node has
    // supported Unicode property escapes since 10, so the literals are kept.
    supported: { "regexp-unicode-property-escapes": true },
    // The one ES-module construct the sources use (lazy-pinyin's createRequire); a CommonJS
    // script has __filename instead.
    define: { "import.meta.url": "__bundleUrl" },
    banner: { js: `${WRAP_START}var __bundleUrl = require("node:url").pathToFileURL(__filename).href;` },
    footer: { js: WRAP_END.slice(1) },
    plugins: [lazyDataPlugin(esbuild, root, p.out)],
    // Loaded at first use in a CLI process instead of at start-up (see the stand-in's comment).
    alias: { "pinyin-pro": "./lib/build/lazy-pinyin.mjs" },
    metafile: true,
    logLevel: "warning",
  });
  fs.writeFileSync(tmp, asciiOnly(fs.readFileSync(tmp, "utf8")));
  const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.startsWith("node_modules/"));
  fs.writeFileSync(`${p.inputs}.${process.pid}.tmp`, JSON.stringify(inputs));
  // The bundle's mtime is the build's start, so a source saved during the build counts as newer.
  fs.utimesSync(tmp, started / 1000, started / 1000);
  fs.renameSync(`${p.inputs}.${process.pid}.tmp`, p.inputs);
  fs.renameSync(tmp, p.out);
}

/**
 * The path of an up-to-date bundle of `entry` (relative to `root`), building it first if needed.
 * @param {string} root @param {string} entry @returns {Promise<string>}
 */
export async function freshBundle(root, entry) {
  const p = bundlePaths(root, entry);
  if (!isFresh(root, p)) await build(root, entry, p);
  return p.out;
}
