/**
 * Next.js's App Router sends its page as flight data: scripts `self.__next_f.push([1,"…"])` whose
 * strings, joined, are rows `id:payload` — JSON (the React tree, `["$","div",null,{props}]`), a
 * text row `id:T<hex byte length>,<text>` (long strings such as an article's HTML), or a tagged
 * row (I imports, HL hints) that says nothing here. A prop "$4" points at row 4. The props of the
 * tree's elements, with their pointers resolved, are the page's data; a client component's props
 * are often the only place its article is. Only JSON.parse reads any of it; nothing is run.
 */
import type { Value } from "./script-data";

const PUSH = /^\s*(?:\(?\s*self\.__next_f\s*=\s*self\.__next_f\s*\|\|\s*\[\]\s*\)?\s*[;,]?\s*)?(?:\(\s*)?self\.__next_f\.push\((\[[\s\S]*\])\)\s*;?\s*$/;
const MAX_STREAM = 2_000_000;
const MAX_NODES = 50_000;
const MAX_DEPTH = 60;

/** The joined flight stream of a page's scripts, or null when it has none. */
export function flightStream(scripts: string[]): string | null {
  let out = "";
  let found = false;
  for (const script of scripts) {
    if (!script.includes("__next_f")) continue;
    const m = PUSH.exec(script);
    if (!m) continue;
    let chunk: unknown;
    try {
      chunk = JSON.parse(m[1]!);
    } catch {
      continue;
    }
    if (!Array.isArray(chunk) || chunk[0] !== 1 || typeof chunk[1] !== "string") continue;
    found = true;
    if (out.length + chunk[1].length > MAX_STREAM) break;
    out += chunk[1];
  }
  return found ? out : null;
}

/** How many UTF-16 units from `from` make `bytes` bytes of UTF-8 (a text row counts bytes). */
function unitsForBytes(s: string, from: number, bytes: number): number {
  let i = from;
  let left = bytes;
  while (left > 0 && i < s.length) {
    const c = s.codePointAt(i)!;
    left -= c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    i += c >= 0x10000 ? 2 : 1;
  }
  return i - from;
}

/** The rows of a flight stream by id: text rows as strings, JSON rows parsed; others left out. */
export function flightRows(stream: string): Map<string, Value> {
  const rows = new Map<string, Value>();
  let pos = 0;
  while (pos < stream.length) {
    const colon = stream.indexOf(":", pos);
    if (colon === -1) break;
    const id = stream.slice(pos, colon);
    if (!/^[0-9a-f]{0,8}$/i.test(id)) {
      // Lost the row boundary: go on at the next line.
      const nl = stream.indexOf("\n", pos);
      if (nl === -1) break;
      pos = nl + 1;
      continue;
    }
    const text = /^T([0-9a-f]{1,8}),/i.exec(stream.slice(colon + 1, colon + 12));
    if (text) {
      const start = colon + 1 + text[0].length;
      const units = unitsForBytes(stream, start, parseInt(text[1]!, 16));
      rows.set(id, stream.slice(start, start + units));
      pos = start + units;
      continue;
    }
    const nl = stream.indexOf("\n", colon);
    const end = nl === -1 ? stream.length : nl;
    const payload = stream.slice(colon + 1, end);
    if (/^[[{"]/.test(payload)) {
      try {
        rows.set(id, JSON.parse(payload) as Value);
      } catch {
        // A broken row says nothing.
      }
    }
    pos = end + 1;
  }
  return rows;
}

/**
 * The props of every element of the flight tree, in stream order, with "$id" pointers replaced by
 * the rows they name ("$$…" is an escaped dollar; "$L…", "$@…", "$undefined" are no data).
 */
export function flightProps(scripts: string[]): Value[] {
  const stream = flightStream(scripts);
  if (stream === null) return [];
  const rows = flightRows(stream);
  let nodes = 0;
  const resolving = new Set<string>();
  const resolve = (v: Value, depth: number): Value => {
    if (++nodes > MAX_NODES || depth > MAX_DEPTH) return null;
    if (typeof v === "string") {
      if (!v.startsWith("$")) return v;
      if (v.startsWith("$$")) return v.slice(1);
      const id = /^\$([0-9a-f]+)$/i.exec(v)?.[1];
      if (id === undefined) return v === "$undefined" ? null : v;
      const row = rows.get(id);
      if (row === undefined || resolving.has(id)) return null;
      resolving.add(id);
      const out = resolve(row, depth + 1);
      resolving.delete(id);
      return out;
    }
    if (Array.isArray(v)) return v.map((x) => resolve(x, depth + 1));
    if (v !== null && typeof v === "object") {
      const out: { [k: string]: Value } = {};
      for (const [k, x] of Object.entries(v)) out[k] = resolve(x, depth + 1);
      return out;
    }
    return v;
  };
  const props: Value[] = [];
  const visit = (v: Value, depth: number): void => {
    if (depth > MAX_DEPTH || props.length > 2_000) return;
    if (Array.isArray(v)) {
      if (v[0] === "$" && typeof v[1] === "string" && v.length === 4 && v[3] !== null && typeof v[3] === "object" && !Array.isArray(v[3])) {
        const { children, ...rest } = v[3];
        if (Object.keys(rest).length > 0) props.push(rest);
        if (children !== undefined) visit(children, depth + 1);
        return;
      }
      for (const x of v) visit(x, depth + 1);
    } else if (v !== null && typeof v === "object") for (const x of Object.values(v)) visit(x, depth + 1);
  };
  for (const [id, row] of rows) {
    if (nodes > MAX_NODES) break;
    resolving.add(id);
    visit(resolve(row, 0), 0);
    resolving.delete(id);
  }
  return props;
}
