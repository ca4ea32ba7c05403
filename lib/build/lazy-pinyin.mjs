/**
 * Stands in for pinyin-pro in the command-line bundles (lib/build/fresh-bundle.mjs aliases it):
 * pinyin-pro's dictionary costs ~90 ms and ~25 MB RSS to load, and `npm run extract` never
 * needs it (slugs of discovered entities are computed when read), so it loads at the first
 * call instead of at start-up. Everywhere else (Next, vitest, tsx) the real module is imported.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
/** @type {typeof import("pinyin-pro") | null} */
let loaded = null;

/** @type {typeof import("pinyin-pro").pinyin} */
export const pinyin = /** @type {any} */ ((...args) => {
  loaded ??= require("pinyin-pro");
  return /** @type {any} */ (loaded).pinyin(...args);
});
