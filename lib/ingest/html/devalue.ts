/**
 * Nuxt 3 writes its page state as `<script type="application/json" id="__NUXT_DATA__">`: devalue's
 * flat form, one array whose first element is the root and in which every object and array holds
 * indexes into the array instead of values (`[["ShallowReactive",1],{"data":2},…]`), and a wrapper
 * names a type (["Reactive",5], ["Date","2025-…"]). This rebuilds the tree from a parsed block,
 * bounded, so that the page-data reader sees plain objects; anything else gives null.
 */
import type { Value } from "./script-data";

/** Wrappers that only mark a value as reactive: the value is the one they point at. */
const PASS_THROUGH = new Set(["Reactive", "ShallowReactive", "Ref", "ShallowRef"]);
const MAX_NODES = 50_000;
const MAX_DEPTH = 40;

const isIndex = (v: unknown, length: number): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0 && v < length;

/** A devalue payload: an array whose root (element 0) is a wrapper or an object of indexes. */
function looksFlat(a: unknown[]): boolean {
  const root = a[0];
  if (a.length < 2) return false;
  if (Array.isArray(root)) return typeof root[0] === "string" && PASS_THROUGH.has(root[0]) && isIndex(root[1], a.length);
  if (root === null || typeof root !== "object") return false;
  const values = Object.values(root);
  return values.length > 0 && values.every((v) => isIndex(v, a.length) || (typeof v === "number" && v < 0));
}

export function reviveDevalue(parsed: unknown): Value | null {
  if (!Array.isArray(parsed) || !looksFlat(parsed)) return null;
  const flat: unknown[] = parsed;
  const done = new Map<number, Value>();
  let nodes = 0;
  const hydrate = (index: unknown, depth: number): Value => {
    // Negative indexes stand for undefined, holes, NaN and infinities.
    if (!isIndex(index, flat.length) || depth > MAX_DEPTH || ++nodes > MAX_NODES) return null;
    const seen = done.get(index);
    if (seen !== undefined) return seen;
    const v = flat[index];
    if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
    if (Array.isArray(v)) {
      if (typeof v[0] === "string") {
        const out = PASS_THROUGH.has(v[0]) ? hydrate(v[1], depth + 1) : v[0] === "Date" && typeof v[1] === "string" ? v[1] : null;
        done.set(index, out);
        return out;
      }
      const out: Value[] = [];
      done.set(index, out);
      for (const i of v) out.push(hydrate(i, depth + 1));
      return out;
    }
    if (typeof v !== "object") return null;
    const out: { [k: string]: Value } = {};
    done.set(index, out);
    for (const [k, i] of Object.entries(v as { [k: string]: unknown })) out[k] = hydrate(i, depth + 1);
    return out;
  };
  const root = hydrate(0, 0);
  return nodes > MAX_NODES ? null : root;
}
