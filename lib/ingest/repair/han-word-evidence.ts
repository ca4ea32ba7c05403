/**
 * The words a candidate for a damaged character completes with its neighbours, from a general
 * word-frequency dictionary (han-words.ts): 道 in 地?路 makes 道路, a word of its own, where a
 * model of adjacent pairs weighs 地道 and 铁路 against each other. Scored as a unigram word
 * model over a short window, relative to the neighbours read one character at a time: each
 * word covering the damaged position adds count(word) / Π P(neighbour it takes in).
 * The table is built at the first call, so clean text never pays for it.
 */
import { hanWordTables, WORD_WEIGHT_BASE } from "./han-words";

interface Words {
  /** Counts of words of 2–4 characters, and of lossy characters standing alone. */
  counts: Map<string, number>;
}

let words: Words | null = null;

function load(): Words {
  const t = hanWordTables();
  const counts = new Map<string, number>();
  const add = (ws: string, weights: string, n: number) => {
    for (let i = 0; i < weights.length; i++) counts.set(ws.slice(n * i, n * i + n), 2 ** ((weights.charCodeAt(i) - WORD_WEIGHT_BASE) / 2));
  };
  add(t.WORDS1, t.WEIGHTS1, 1);
  add(t.WORDS2, t.WEIGHTS2, 2);
  add(t.WORDS3, t.WEIGHTS3, 3);
  add(t.WORDS4, t.WEIGHTS4, 4);
  return { counts };
}

/** Longest word the table holds. */
const MAX_WORD = 4;


/**
 * log of the window's likelihood with `ch` at the centre, up to a factor the same for every
 * candidate: `left` and `right` are the known Han neighbours in model form (nearest last and
 * first), `p1` a neighbour's or the candidate's probability as a character read alone.
 */
export function wordEvidence(ch: string, left: string[], right: string[], p1: (c: string) => number, total: number, base: number): number {
  const w = (words ??= load());
  // A candidate no word holds is still possible: rarer than the rarest listed one.
  let score = base / total;
  const l = left.slice(-(MAX_WORD - 1));
  const r = right.slice(0, MAX_WORD - 1);
  for (let a = 0; a <= l.length; a++) {
    // a neighbours to the left, b to the right.
    let leftCost = 1;
    for (let k = 0; k < a; k++) leftCost *= p1(l[l.length - 1 - k]!);
    for (let b = 0; a + b + 1 <= MAX_WORD && b <= r.length; b++) {
      if (a + b === 0) continue;
      let cost = leftCost;
      for (let k = 0; k < b; k++) cost *= p1(r[k]!);
      const word = l.slice(l.length - a).join("") + ch + r.slice(0, b).join("");
      const n = w.counts.get(word);
      if (n !== undefined) score += n / total / cost;
    }
  }
  return Math.log(score);
}
