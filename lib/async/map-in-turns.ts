/**
 * Maps a list on the event loop in slices of at most `budgetMs` of work each, yielding a turn
 * (setImmediate) between slices, so one request's CPU-bound loop (a search page's 20 snippets:
 * each body tokenised and scanned for hits) never holds the loop for others much longer than
 * the budget. Issue 17: no loop turn above 50 ms; a process's first search held one turn for all
 * its snippets while the tokenizer's code was still cold (8–13 ms on a quiet machine, 20–40 ms
 * on a loaded one), where later searches take ~1 ms for the same page.
 */

/** Time source, replaceable so tests decide when a slice is over without real timing. */
export type Clock = () => number;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** `fn` over `items` in order; at least one item per slice, so a slow item still makes progress. */
export async function mapInTurns<T, R>(items: readonly T[], fn: (item: T) => R, budgetMs: number, now: Clock = () => performance.now()): Promise<R[]> {
  const out: R[] = [];
  let sliceStart = now();
  for (const item of items) {
    if (out.length > 0 && now() - sliceStart >= budgetMs) {
      await nextTurn();
      sliceStart = now();
    }
    out.push(fn(item));
  }
  return out;
}
