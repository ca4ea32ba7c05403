/**
 * Where any of a fixed set of words occurs in a text, left to right and non-overlapping, earlier
 * words of the set winning at one position (as a global alternation pattern would).
 *
 * Every table made here is read in ONE pass over the text, and the hits of all of them are kept
 * for that text: the discovery rules each ask for their own table over the same article, and a
 * pass per table read every character a dozen times. Tables are few and fixed (module constants),
 * so the merged first-character index is built once.
 */
export interface WordTable {
  /** Position in the merged index. */
  id: number;
  words: readonly string[];
}

export interface WordHit {
  at: number;
  word: string;
}

const tables: WordTable[] = [];

interface Merged {
  /** One bit per code unit that starts some table's word: 8 KB that stay in cache, read at every character. */
  firstBits: Uint32Array;
  /** Slot + 1 in `lists` of each first character (0: no table has a word starting with it). */
  slot: Int32Array;
  /** One bit per first character that some table has as a one-character word: a hit needs no second character there. */
  singleBits: Uint32Array;
  /**
   * Hashed (first, second) code-unit pairs of every longer word: a Han text starts some word at
   * most of its positions but pairs with the right second character at few, so the lists are read
   * only there (a collision costs a read of the lists, never a hit).
   */
  pairBits: Uint32Array;
  /**
   * Per first character (its slot s): entries entryStart[s] .. entryStart[s + 1], one for each table
   * with words starting with it, in table order; entry e is table entryTable[e] and its words
   * wordStart[e] .. wordStart[e + 1], in table order. Flat typed arrays, not an object and two arrays
   * per entry: the pass reads them at every candidate position of every article.
   */
  entryStart: Int32Array;
  entryTable: Int32Array;
  wordStart: Int32Array;
  /** Each word's second code unit (-1 for a one-character word): most words have two, and a compare of that unit settles them. */
  wordSecond: Int32Array;
  wordLength: Int32Array;
  /** Where each word's code units start in `units` (a longer word is compared from its third unit there, no startsWith call). */
  wordOffset: Int32Array;
  units: Uint16Array;
  words: string[];
}

let merged: Merged | null = null;

const PAIR_BITS = 1 << 16;
const pairHash = (a: number, b: number) => (Math.imul(a, 0x9e3779b1) ^ b) & (PAIR_BITS - 1);

function mergedIndex(): Merged {
  if (merged) return merged;
  const firstBits = new Uint32Array(2048);
  const slot = new Int32Array(65536);
  const singleBits = new Uint32Array(2048);
  const pairBits = new Uint32Array(PAIR_BITS >>> 5);
  const lists: { table: number; words: string[]; seconds: number[] }[][] = [];
  for (const t of tables) {
    for (const w of t.words) {
      const c = w.charCodeAt(0);
      firstBits[c >>> 5]! |= 1 << (c & 31);
      if (slot[c] === 0) {
        lists.push([]);
        slot[c] = lists.length;
      }
      const list = lists[slot[c]! - 1]!;
      const last = list[list.length - 1];
      const second = w.length > 1 ? w.charCodeAt(1) : -1;
      if (second === -1) singleBits[c >>> 5]! |= 1 << (c & 31);
      else {
        const h = pairHash(c, second);
        pairBits[h >>> 5]! |= 1 << (h & 31);
      }
      if (last && last.table === t.id) {
        last.words.push(w);
        last.seconds.push(second);
      } else list.push({ table: t.id, words: [w], seconds: [second] });
    }
  }
  const entryStart = [0];
  const entryTable: number[] = [];
  const wordStart = [0];
  const wordSecond: number[] = [];
  const wordLength: number[] = [];
  const wordOffset: number[] = [];
  const units: number[] = [];
  const words: string[] = [];
  for (const list of lists) {
    for (const entry of list) {
      entryTable.push(entry.table);
      entry.words.forEach((w, j) => {
        words.push(w);
        wordSecond.push(entry.seconds[j]!);
        wordLength.push(w.length);
        wordOffset.push(units.length);
        for (let q = 0; q < w.length; q++) units.push(w.charCodeAt(q));
      });
      wordStart.push(words.length);
    }
    entryStart.push(entryTable.length);
  }
  merged = {
    firstBits,
    slot,
    singleBits,
    pairBits,
    entryStart: Int32Array.from(entryStart),
    entryTable: Int32Array.from(entryTable),
    wordStart: Int32Array.from(wordStart),
    wordSecond: Int32Array.from(wordSecond),
    wordLength: Int32Array.from(wordLength),
    wordOffset: Int32Array.from(wordOffset),
    units: Uint16Array.from(units),
    words,
  };
  return merged;
}

/**
 * The words a run of literal groups matches, in the order a regex tries them: (?:a|b)?(?:x|y) is
 * wordProduct(["a", "b", ""], ["x", "y"]) (an optional group ends with ""), giving ax, ay, bx, by,
 * x, y. A table of them finds what the pattern's global matches find, the earlier word winning
 * where several start, as the pattern's first alternative to match does.
 */
export function wordProduct(...groups: readonly (readonly string[])[]): string[] {
  let out = [""];
  for (const g of groups) out = out.flatMap((head) => g.map((w) => head + w));
  return out;
}

export function wordTable(words: readonly string[]): WordTable {
  const table: WordTable = { id: tables.length, words: [...words] };
  tables.push(table);
  merged = null;
  return table;
}

/** Whether a word of `length` units (its first two already matched at `i`) goes on in the text from its third, as `units` from `offset` holds it. */
function restMatches(text: string, i: number, length: number, units: Uint16Array, offset: number): boolean {
  if (i + length > text.length) return false;
  for (let q = 2; q < length; q++) if (text.charCodeAt(i + q) !== units[offset + q]) return false;
  return true;
}

/** The hits of a table the text holds none of (shared by all of them: read, never changed). */
const NO_HITS: WordHit[] = [];

let freeAt = new Int32Array(0);

function freeBuffer(): Int32Array {
  if (freeAt.length !== tables.length) freeAt = new Int32Array(tables.length);
  else freeAt.fill(0);
  return freeAt;
}

/** The last text read and every table's hits in it (the rules read one article at a time). */
let lastText: string | null = null;
let lastHits: WordHit[][] = [];

function allHits(text: string): WordHit[][] {
  if (text === lastText && lastHits.length === tables.length) return lastHits;
  const { firstBits, slot, singleBits, pairBits, entryStart, entryTable, wordStart, wordSecond, wordLength, wordOffset, units, words } = mergedIndex();
  // a table's list is made at its first hit: most of the ~200 tables have none in an article, and
  // those share one empty list (read only) instead of an array each per article
  const hits: (WordHit[] | undefined)[] = new Array<WordHit[] | undefined>(tables.length);
  // per table, the first position a new hit may start at (hits of one table do not overlap); one
  // reused buffer, zeroed, not an off-heap array per article
  const free = freeBuffer();
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((firstBits[c >>> 5]! & (1 << (c & 31))) === 0) continue;
    // -2: past the end, equal to no word's second unit (a NaN read would make the compares below slow)
    const next = i + 1 < n ? text.charCodeAt(i + 1) : -2;
    if ((singleBits[c >>> 5]! & (1 << (c & 31))) === 0) {
      if (next === -2) continue;
      const h = pairHash(c, next);
      if ((pairBits[h >>> 5]! & (1 << (h & 31))) === 0) continue;
    }
    const s = slot[c]! - 1;
    for (let e = entryStart[s]!, entryEnd = entryStart[s + 1]!; e < entryEnd; e++) {
      const table = entryTable[e]!;
      if (i < free[table]!) continue;
      for (let w = wordStart[e]!, wordEnd = wordStart[e + 1]!; w < wordEnd; w++) {
        const second = wordSecond[w]!;
        const length = wordLength[w]!;
        if (second !== -1 && (second !== next || (length > 2 && !restMatches(text, i, length, units, wordOffset[w]!)))) continue;
        const hit = { at: i, word: words[w]! };
        const got = hits[table];
        if (got === undefined) hits[table] = [hit];
        else got.push(hit);
        free[table] = i + length;
        break;
      }
    }
  }
  for (let k = 0; k < hits.length; k++) if (hits[k] === undefined) hits[k] = NO_HITS;
  lastText = text;
  lastHits = hits as WordHit[][];
  return lastHits;
}


/** The table's hits in the text, in text order (shared: read, do not change). */
export function wordHits(text: string, table: WordTable): readonly WordHit[] {
  return allHits(text)[table.id]!;
}

/** Whether any word of the set occurs (the leftmost occurrence is always a hit). */
export function containsAny(text: string, table: WordTable): boolean {
  return allHits(text)[table.id]!.length > 0;
}
