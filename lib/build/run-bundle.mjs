/**
 * Runs a CommonJS bundle (lib/build/fresh-bundle.mjs) through a V8 code cache, so a command-line
 * tool does not parse and compile its ~4.6 MB of JavaScript again at every start. Node 20 has no
 * module compile cache (module.enableCompileCache() came in 22.1), so the bundle is compiled as a
 * vm.Script with cachedData. The cache is written when the process exits, after the run, so it
 * also holds the functions V8 compiled lazily while working, not only the top level.
 *
 * V8 checks a cache against its own version and flags but matches the source only by length, so
 * the cache file is named after a hash of the bundle's text: a rebuilt bundle never meets an old
 * cache. A rejected or missing cache only costs the compile it would have saved.
 * Plain JavaScript: it runs before anything could transpile TypeScript.
 */
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import vm from "node:vm";
import zlib from "node:zlib";

/**
 * CRC-32 of the bytes and their length: a rebuilt bundle gets another name. Not a cryptographic
 * hash on purpose: sha1 of the ~9 MB bundle cost ~40 ms (~140 ms hashing it as a string), and
 * loading node:crypto into the ES-module loader ~90 ms more, at every start.
 * @param {string} bundle @param {Buffer} bytes @returns {string}
 */
export function codeCachePath(bundle, bytes) {
  const hash = `${zlib.crc32(bytes).toString(16).padStart(8, "0")}${bytes.length.toString(16)}`;
  return `${bundle}.${hash}.v8cache`;
}

/** Removes the code caches of earlier builds of `bundle` (they can never match again). @param {string} bundle @param {string} keep */
function removeOldCaches(bundle, keep) {
  const dir = path.dirname(bundle);
  const prefix = `${path.basename(bundle)}.`;
  for (const f of fs.readdirSync(dir)) {
    const file = path.join(dir, f);
    if (f.startsWith(prefix) && f.endsWith(".v8cache") && file !== keep) fs.rmSync(file, { force: true });
  }
}

/**
 * The bundle compiled, from its code cache when one matches. A function of its own so that the
 * file's bytes and the cache's bytes are garbage once it returns: the whole program runs inside
 * runBundle's frame, which would otherwise hold them (~4.6 MB and ~2.5 MB) for the whole run.
 * The script keeps the source string itself, and nothing else of it.
 * @param {string} bundle @returns {{ script: vm.Script, cache: string, writeCache: boolean }}
 */
function compile(bundle) {
  const bytes = fs.readFileSync(bundle);
  const cache = codeCachePath(bundle, bytes);
  // The bundle is ASCII only (asciiOnly in ./fresh-bundle.mjs), so Latin-1 decodes it the same as
  // UTF-8; Node 20's readFileSync(…, "utf8") took ~200 ms validating its ~9 MB, latin1 ~1 ms.
  const source = bytes.toString("latin1");
  /** @type {Buffer | undefined} */
  let cachedData;
  try {
    cachedData = fs.readFileSync(cache);
  } catch {
    cachedData = undefined;
  }
  // The file is already wrapped as a function (./fresh-bundle.mjs), so this string is the one V8 keeps.
  const script = new vm.Script(source, { filename: bundle, cachedData });
  return { script, cache, writeCache: cachedData === undefined || script.cachedDataRejected === true };
}

/**
 * Runs `bundle` as Node would run a CommonJS main module, compiled from its code cache when one
 * matches; writes the cache at exit when there was none or V8 rejected it, then calls `atExit`
 * (lib/build/snapshot.mjs builds a start-up snapshot then, from that cache).
 * @param {string} bundle absolute path of the .cjs bundle @param {() => void} [atExit]
 */
export function runBundle(bundle, atExit) {
  const { script, cache, writeCache } = compile(bundle);
  if (writeCache || atExit) {
    process.once("exit", () => {
      if (writeCache) {
        try {
          // Under a temporary name and renamed, so a process starting meanwhile never reads half a file.
          const tmp = `${cache}.${process.pid}.tmp`;
          fs.writeFileSync(tmp, script.createCachedData());
          fs.renameSync(tmp, cache);
          removeOldCaches(bundle, cache);
        } catch {
          // A cache that cannot be written (read-only tree) only means the next start compiles again.
        }
      }
      atExit?.();
    });
  }
  const module = { exports: {}, filename: bundle, id: ".", loaded: false };
  const wrapper = script.runInThisContext();
  wrapper.call(module.exports, module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
}
