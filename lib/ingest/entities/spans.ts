/**
 * Whether any span overlaps [s, e): `spans.some((o) => o.start < e && o.end > s)` as a function.
 * A closure like that, written in a loop that reads every candidate position, captures the loop's
 * own variables, and V8 then allocates the loop body's scope at every pass, taken or not.
 */
export function overlapsAny(spans: readonly { start: number; end: number }[], s: number, e: number): boolean {
  for (let k = 0; k < spans.length; k++) {
    const o = spans[k]!;
    if (o.start < e && o.end > s) return true;
  }
  return false;
}
