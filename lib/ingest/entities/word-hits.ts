/**
 * Where any of a fixed set of words occurs in a text, left to right and non-overlapping, earlier
 * words of the set winning at one position (as a global alternation pattern would): one array
 * read per character instead of trying a many-way pattern at every position.
 */
export interface WordTable {
  first: Uint8Array;
  byFirst: Map<number, string[]>;
}

export function wordTable(words: readonly string[]): WordTable {
  const first = new Uint8Array(65536);
  const byFirst = new Map<number, string[]>();
  for (const w of words) {
    const c = w.charCodeAt(0);
    first[c] = 1;
    const list = byFirst.get(c);
    if (list) list.push(w);
    else byFirst.set(c, [w]);
  }
  return { first, byFirst };
}

export function wordHits(text: string, table: WordTable): { at: number; word: string }[] {
  const out: { at: number; word: string }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (table.first[c] === 0) continue;
    for (const w of table.byFirst.get(c)!) {
      if (w.length === 1 || text.startsWith(w, i)) {
        out.push({ at: i, word: w });
        i += w.length - 1;
        break;
      }
    }
  }
  return out;
}

/** Whether any word of the set occurs: one pass that stops at the first hit, not one search per word. */
export function containsAny(text: string, table: WordTable): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (table.first[c] === 0) continue;
    for (const w of table.byFirst.get(c)!) if (w.length === 1 || text.startsWith(w, i)) return true;
  }
  return false;
}
