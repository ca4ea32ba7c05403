/**
 * Loads one function from another checkout of this project (e.g. main's), for A/B benchmarks
 * in one process: the entry file is bundled with its packages into one CommonJS file, so each
 * checkout keeps its own tables and caches, and the \p{…} regex literals stay literals as in
 * the shipped extract bundle.
 */
import path from "node:path";
import { createRequire } from "node:module";

const requireHere = createRequire(import.meta.url);

export interface CheckoutModule {
  /** The checkout's root folder. */
  root: string;
  /** The entry file, relative to the root. */
  entry: string;
  /** The exported function to return. */
  exportName: string;
  /** Where to write the bundle. */
  out: string;
  /** Packages left out of the bundle (loaded from this checkout's node_modules). */
  external?: string[];
}

export function loadCheckoutFunction<F extends (...args: never[]) => unknown>(m: CheckoutModule): F {
  const esbuild = createRequire(requireHere.resolve("tsx/package.json"))("esbuild") as typeof import("esbuild");
  esbuild.buildSync({
    absWorkingDir: path.resolve(m.root),
    entryPoints: [m.entry],
    outfile: m.out,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    supported: { "regexp-unicode-property-escapes": true },
    external: m.external ?? [],
    logLevel: "error",
  });
  const fn = (requireHere(m.out) as Record<string, unknown>)[m.exportName];
  if (typeof fn !== "function") throw new Error(`${m.root}: ${m.entry} exports no ${m.exportName}`);
  return fn as F;
}

/** CPU milliseconds this process has used (user + system). */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
