/**
 * A per-article byte table (one flag per offset of the text), zeroed, from a buffer kept by its
 * caller and grown as articles grow. `new Uint8Array(n)` for a table longer than V8 keeps on the
 * heap allocates an ArrayBuffer outside it, which the collector then tracks and sweeps: several
 * per article showed in the profile (institutionNames' `covered`, namesBeforeSpeech's `orgEnds`).
 *
 * The view is valid until the same pool is asked again: a pool belongs to one scan that does not
 * call itself, and a scan that needs two tables at once keeps two pools.
 */
export interface BytePool {
  buffer: Uint8Array;
}

export function bytePool(): BytePool {
  return { buffer: new Uint8Array(0) };
}

/** `length` zero bytes, as `new Uint8Array(length)` gives them. */
export function zeroedBytes(pool: BytePool, length: number): Uint8Array {
  if (pool.buffer.length < length) pool.buffer = new Uint8Array(Math.max(length, pool.buffer.length * 2));
  const view = pool.buffer.subarray(0, length);
  view.fill(0);
  return view;
}
