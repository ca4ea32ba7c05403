/**
 * Scans that read a text only where a clause starts, and ask of each candidate whether a known
 * span covers it: the clause starts come from one pass, the spans become one table, so a
 * scan costs the clauses it reads, not every character against every span.
 */

import { isClauseBreakAt } from "./context";

/** The last text read and its clause starts: the scans of one article ask in turn for the same text. */
let cached: { text: string; starts: number[] } | null = null;

/** Offsets where a clause starts: 0 and each position after a clause break. */
export function clauseStarts(text: string): number[] {
  if (cached?.text === text) return cached.starts;
  const out = [0];
  // a table read per character: matchAll built a match array per break, a visible share of extraction
  for (let i = 0; i + 1 < text.length; i++) if (isClauseBreakAt(text, i)) out.push(i + 1);
  cached = { text, starts: out };
  return out;
}

/**
 * Which offsets a span covers, and the furthest end of a span starting at each: read at every
 * clause start, so one pass over the spans replaces a walk of all of them per candidate.
 */
export interface SpanTable {
  covered: Uint8Array;
  endFrom: Int32Array;
}

export function spanTable(length: number, spans: readonly { start: number; end: number }[]): SpanTable {
  const covered = new Uint8Array(length + 1);
  const endFrom = new Int32Array(length + 1);
  for (const o of spans) {
    for (let i = Math.max(0, o.start); i < o.end && i <= length; i++) covered[i] = 1;
    if (o.start >= 0 && o.start <= length && o.end > endFrom[o.start]!) endFrom[o.start] = o.end;
  }
  return { covered, endFrom };
}

/** Whether a span covers any offset of [s, e). */
export function coversAny(table: SpanTable, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (table.covered[i] === 1) return true;
  return false;
}

