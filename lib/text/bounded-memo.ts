/**
 * A string → string function remembered, for conversions that cost more than a lookup and whose
 * inputs recur across articles (names, header lines). The memory is bounded: when full it is
 * cleared, so a long import cannot grow it without end.
 */
export function boundedMemo(fn: (input: string) => string, maxEntries: number): (input: string) => string {
  const memo = new Map<string, string>();
  return (input) => {
    let out = memo.get(input);
    if (out === undefined) {
      out = fn(input);
      if (memo.size >= maxEntries) memo.clear();
      memo.set(ownCopy(input), ownCopy(out));
    }
    return out;
  };
}

/** V8 copies substrings shorter than this (SlicedString::kMinLength) instead of making views. */
const SHORTEST_VIEW = 13;

/**
 * The same text in a string of its own. A line cut from a page is, in V8, a view into the whole
 * page's text, so remembering the line would keep every page it came from alive for the
 * process's life (~10 MB of heap after the 69 pages of bench:extract). Concatenating flattens
 * into a new string and the slice then views only that one. Short strings (most names) are
 * copies already.
 */
function ownCopy(s: string): string {
  return s.length < SHORTEST_VIEW ? s : ` ${s}`.slice(1);
}
