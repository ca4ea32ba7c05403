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
      memo.set(input, out);
    }
    return out;
  };
}
