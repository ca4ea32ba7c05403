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

const ALWAYS_CHECKED = ["package.json", "tsconfig.json", "lib/build/fresh-bundle.mjs"];
/** Checked when present: npm rewrites them at every install or update of a package. */
const CHECKED_IF_PRESENT = ["package-lock.json", "node_modules/.package-lock.json"];

/** @param {string} root @param {string} entry @returns {string} */
function bundlePaths(root, entry) {
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

/** @param {string} root @param {{ out: string, inputs: string }} p @returns {boolean} */
function isFresh(root, p) {
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

/** @param {string} root @param {string} entry @param {{ out: string, inputs: string, dir: string }} p */
function build(root, entry, p) {
  // tsx depends on esbuild; resolving it through tsx finds the same copy tsx uses, hoisted or not.
  const requireFromTsx = createRequire(createRequire(path.join(root, "package.json")).resolve("tsx/package.json"));
  /** @type {typeof import("esbuild")} */
  const esbuild = requireFromTsx("esbuild");
  fs.mkdirSync(p.dir, { recursive: true });
  // Written under temporary names and renamed, so two processes starting at once never read half a file.
  const tmp = `${p.out}.${process.pid}.tmp`;
  const started = Date.now();
  const result = esbuild.buildSync({
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
    banner: { js: 'var __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
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
 * @param {string} root @param {string} entry @returns {string}
 */
export function freshBundle(root, entry) {
  const p = bundlePaths(root, entry);
  if (!isFresh(root, p)) build(root, entry, p);
  return p.out;
}
