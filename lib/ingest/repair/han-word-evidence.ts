/**
 * The words a candidate for a damaged character completes with its neighbours, from a general
 * word-frequency dictionary (han-words.ts): 合 in 转让?同 makes 合同, and a word of three or
 * four characters is evidence a model of adjacent pairs cannot hold. Scored as a unigram word
 * model over a short window, relative to reading the neighbours one character at a time: each
 * word covering the damaged position adds count(word) / Π P(neighbour it takes in).
 * The word strings are searched as they are (sorted, fixed width), so no table of 140 000
 * entries is built, and only at the first damaged character.
 */
import { hanWordTables, WORD_WEIGHT_BASE, type HanWordTables } from "./han-words";

let tables: [string, string][] | null = null;

function load(): [string, string][] {
  const t: HanWordTables = hanWordTables();
  return [
    [t.WORDS2, t.WEIGHTS2],
    [t.WORDS3, t.WEIGHTS3],
    [t.WORDS4, t.WEIGHTS4],
  ];
}

/** Compares `word` with the n-character entry at `i` of `words`, by code units. */
function compareAt(words: string, i: number, word: string): number {
  const n = word.length;
  for (let k = 0; k < n; k++) {
    const d = words.charCodeAt(i * n + k) - word.charCodeAt(k);
    if (d !== 0) return d;
  }
  return 0;
}

/** The dictionary count of `word` (2–4 characters), 0 when it does not hold it. */
export function wordCount(word: string): number {
  const [words, weights] = (tables ??= load())[word.length - 2] ?? ["", ""];
  let lo = 0;
  let hi = weights.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = compareAt(words, mid, word);
    if (c === 0) return 2 ** ((weights.charCodeAt(mid) - WORD_WEIGHT_BASE) / 2);
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** Longest word the table holds. */
const MAX_WORD = 4;

/**
 * log of the window's likelihood with `ch` at the centre, up to a factor the same for every
 * candidate: `left` and `right` are the known Han neighbours in model form (nearest last and
 * first), `p1` a neighbour's probability as a character read alone, `base` the candidate's count
 * as such.
 */
export function wordEvidence(ch: string, left: string, right: string, p1: (c: string) => number, total: number, base: number, skipLeftPair = false): number {
  let score = base / total;
  const l = left.slice(-(MAX_WORD - 1));
  const r = right.slice(0, MAX_WORD - 1);
  let leftCost = 1;
  // a neighbours to the left, b to the right.
  for (let a = 0; a <= l.length; a++) {
    if (a > 0) leftCost *= p1(l[l.length - a]!);
    let cost = leftCost;
    for (let b = 0; a + b + 1 <= MAX_WORD && b <= r.length; b++) {
      if (b > 0) cost *= p1(r[b - 1]!);
      if (a + b === 0 || (skipLeftPair && a === 1 && b === 0)) continue;
      const n = wordCount(l.slice(l.length - a) + ch + r.slice(0, b));
      if (n > 0) score += n / total / cost;
    }
  }
  return Math.log(score);
}
