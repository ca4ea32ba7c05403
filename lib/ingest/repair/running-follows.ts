/**
 * How often one Han character follows another in running news text (han-running-pairs.ts), as
 * P(b | a): a pair seen far more often than a word boundary explains (现代, 功能) is a word, and a
 * damaged character beside it had better not take one of its two characters into another word.
 * The tables are searched in place (sorted, fixed width) and built at the first damaged character.
 */
import { hanRunningPairTables, RUNNING_WEIGHT_BASE, type HanRunningPairTables } from "./han-running-pairs";

let tables: HanRunningPairTables | null = null;

/** Index of the `width`-unit entry `key` in `keys`, -1 when absent. */
function find(keys: string, width: number, key: string): number {
  let lo = 0;
  let hi = keys.length / width - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const entry = keys.slice(mid * width, mid * width + width);
    if (entry === key) return mid;
    if (entry < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

const weight = (weights: string, i: number) => 2 ** ((weights.charCodeAt(i) - RUNNING_WEIGHT_BASE) / 2);

/**
 * P(b | a) in running text (a and b in simplified form), `prior` pairs of a added to its count so
 * a rare character's one pair is not a certainty; null when the text holds too few pairs of a to tell.
 */
export function runningFollows(a: string, b: string, prior: number): number | null {
  const t = (tables ??= hanRunningPairTables());
  if (a.length !== 1 || b.length !== 1) return null;
  const left = find(t.LEFTS, 1, a);
  if (left === -1) return null;
  const pair = find(t.PAIRS, 2, a + b);
  return pair === -1 ? 0 : weight(t.PAIR_WEIGHTS, pair) / (weight(t.LEFT_WEIGHTS, left) + prior);
}
