/**
 * Holds a computation in a bounded map so concurrent callers share it: once it settles it is
 * marked in `settled` (what stale answers may be taken from); a failure is not kept, unless the
 * key has moved on to a newer computation. The oldest entry goes when the map is full.
 */
export function keepPending<T>(
  entries: Map<string, Promise<unknown>>,
  key: string,
  pending: Promise<T>,
  max: number,
  settled: WeakSet<Promise<unknown>>,
): Promise<T> {
  entries.set(key, pending);
  pending.then(
    () => settled.add(pending),
    () => {
      if (entries.get(key) === pending) entries.delete(key);
    },
  );
  if (entries.size > max) entries.delete(entries.keys().next().value!);
  return pending;
}
