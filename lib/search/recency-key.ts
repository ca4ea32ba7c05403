/**
 * The FTS5 rowid of an article: its publication minute in the high bits and its id in the low
 * bits. FTS5 can walk matches in rowid order lazily and stop early, so with this key "the
 * newest N matches" and date ranges (after:/before:) cost only the rows read, instead of
 * evaluating a common phrase (大模型) over every article before sorting. Stays below 2^53 so
 * JavaScript numbers hold it exactly.
 */

const ID_BITS = 28;
/** Article ids must stay below this (268 million). */
export const ID_SPACE = 2 ** ID_BITS;
const EPOCH = Date.UTC(2000, 0, 1);
const MAX_MINUTE = 2 ** 25 - 1; // up to the year 2063

/** Minutes since 2000-01-01 UTC, clamped to the key's range; articles without a date sort oldest. */
export function keyMinute(at: Date | null): number {
  if (!at || Number.isNaN(at.getTime())) return 0;
  return Math.min(MAX_MINUTE, Math.max(0, Math.floor((at.getTime() - EPOCH) / 60_000)));
}

export function recencyKey(articleId: number, publishedAt: Date | null): number {
  if (!Number.isInteger(articleId) || articleId < 1 || articleId >= ID_SPACE) throw new RangeError(`article id ${articleId} does not fit the search key`);
  return keyMinute(publishedAt) * ID_SPACE + articleId;
}

/** Smallest key of articles published at or after `at`. */
export function keyFloor(at: Date): number {
  return keyMinute(at) * ID_SPACE;
}
