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
   * Per first character: for each table with words starting with it, the table's id and those
   * words in table order, with each word's second code unit (-1 for a one-character word): most
   * words have two characters, and a compare of that unit settles them without a startsWith call.
   */
  lists: { table: number; words: string[]; seconds: number[] }[][];
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
  const lists: Merged["lists"] = [];
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
  merged = { firstBits, slot, singleBits, pairBits, lists };
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
  const { firstBits, slot, singleBits, pairBits, lists } = mergedIndex();
  // a table's list is made at its first hit: most of the ~200 tables have none in an article, and
  // those share one empty list (read only) instead of an array each per article
  const hits: (WordHit[] | undefined)[] = new Array<WordHit[] | undefined>(tables.length);
  // per table, the first position a new hit may start at (hits of one table do not overlap); one
  // reused buffer, zeroed, not an off-heap array per article
  const free = freeBuffer();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((firstBits[c >>> 5]! & (1 << (c & 31))) === 0) continue;
    const next = text.charCodeAt(i + 1);
    if ((singleBits[c >>> 5]! & (1 << (c & 31))) === 0) {
      if (i + 1 >= text.length) continue;
      const h = pairHash(c, next);
      if ((pairBits[h >>> 5]! & (1 << (h & 31))) === 0) continue;
    }
    const list = lists[slot[c]! - 1]!;
    for (let k = 0; k < list.length; k++) {
      const { table, words, seconds } = list[k]!;
      if (i < free[table]!) continue;
      for (let j = 0; j < words.length; j++) {
        const w = words[j]!;
        const second = seconds[j]!;
        if (second === -1 || (second === next && (w.length === 2 || text.startsWith(w, i)))) {
          const got = hits[table];
          if (got === undefined) hits[table] = [{ at: i, word: w }];
          else got.push({ at: i, word: w });
          free[table] = i + w.length;
          break;
        }
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
