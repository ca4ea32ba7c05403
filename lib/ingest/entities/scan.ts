/**
 * Finds gazetteer aliases in the article (leftmost-longest over the alias trie) and keeps the
 * ones that are real mentions: Latin word boundaries, false-friend strings, and for two-character
 * Chinese person names a plausible neighbour on each side.
 */
import type { AliasIndex, AliasTarget, TrieNode } from "./alias-index";
import type { ArticleText } from "./article-text";
import { latinBoundariesOk, nameLeftOk, namedAfterPerson, nameRightOk, isHanAt } from "./context";
import { aliasInsideWord } from "./inner-aliases";

export interface Occurrence {
  start: number;
  end: number;
  targets: AliasTarget[];
  /** For short Chinese person names: both neighbours plausible (true) or only the right one (false). */
  strong: boolean;
}

function falseFriend(low: string, start: number, end: number, target: AliasTarget): boolean {
  if (target.falseFriends.length === 0) return false;
  const key = low.slice(start, end);
  for (const f of target.falseFriends) {
    const k = f.indexOf(key);
    if (k !== -1 && low.startsWith(f, start - k)) return true;
  }
  return false;
}

function shortHanName(key: string): boolean {
  return key.length === 2 && isHanAt(key, 0) && isHanAt(key, 1);
}

/**
 * The alias trie laid out flat for scanning: a direct table for the first character, sorted child
 * arrays below it, and a 64-kbit set of hashed first pairs. Walking Maps cost more than the rest
 * of the scan (their entries are scattered over the heap and miss the cache inside a full
 * extraction); typed arrays stay compact. A Han text hits the first-character table at a third
 * of its positions but almost never the pair set, so most positions are skipped at once.
 */
interface FlatTrie {
  /** One bit per code unit that starts an alias: 8 KB read at every position, where `root` is 256 KB. */
  firstBits: Uint32Array;
  /** Node id + 1 of each first character's node (0: no alias starts with it). */
  root: Int32Array;
  /** One bit per first character that is an alias alone (no pair needed): 8 KB beside firstBits, where a byte each was 64 KB read at every candidate position. */
  singleBits: Uint32Array;
  pairBits: Uint32Array;
  /** Children of node n are childChar/childNode[childStart[n] .. childStart[n + 1]), by character. */
  childStart: Int32Array;
  childChar: Uint16Array;
  childNode: Int32Array;
  targets: (AliasTarget[] | null)[];
  /** 1 where a node's targets need the context rules (a false friend or a person): most need none. */
  checked: Uint8Array;
}

const PAIR_BITS = 1 << 16;
const pairHash = (a: number, b: number) => (Math.imul(a, 0x9e3779b1) ^ b) & (PAIR_BITS - 1);
const hasPair = (bits: Uint32Array, h: number) => (bits[h >>> 5]! & (1 << (h & 31))) !== 0;
const flatCache = new WeakMap<AliasIndex, FlatTrie>();

function flatTrie(index: AliasIndex): FlatTrie {
  const cached = flatCache.get(index);
  if (cached) return cached;
  // breadth-first ids, so a node's children are contiguous
  const order: TrieNode[] = [];
  const ids = new Map<TrieNode, number>();
  for (const n of index.root.next.values()) {
    ids.set(n, order.length);
    order.push(n);
  }
  for (let k = 0; k < order.length; k++) {
    for (const child of order[k]!.next.values()) {
      ids.set(child, order.length);
      order.push(child);
    }
  }
  const childStart = new Int32Array(order.length + 1);
  const edges = order.reduce((x, n) => x + n.next.size, 0);
  const childChar = new Uint16Array(edges);
  const childNode = new Int32Array(edges);
  let at = 0;
  order.forEach((n, k) => {
    childStart[k] = at;
    for (const [c, child] of [...n.next].sort((x, y) => x[0] - y[0])) {
      childChar[at] = c;
      childNode[at] = ids.get(child)!;
      at++;
    }
  });
  childStart[order.length] = at;
  const firstBits = new Uint32Array(2048);
  const root = new Int32Array(65536);
  const singleBits = new Uint32Array(2048);
  const pairBits = new Uint32Array(PAIR_BITS >>> 5);
  for (const [a, n] of index.root.next) {
    root[a] = ids.get(n)! + 1;
    firstBits[a >>> 5]! |= 1 << (a & 31);
    if (n.targets) singleBits[a >>> 5]! |= 1 << (a & 31);
    for (const b of n.next.keys()) {
      const h = pairHash(a, b);
      pairBits[h >>> 5]! |= 1 << (h & 31);
    }
  }
  const targets = order.map((n) => n.targets);
  const checked = Uint8Array.from(targets, (tg) => (tg?.some((x) => x.falseFriends.length > 0 || x.type === "person") ? 1 : 0));
  const flat: FlatTrie = { firstBits, root, singleBits, pairBits, childStart, childChar, childNode, targets, checked };
  flatCache.set(index, flat);
  return flat;
}

/** Like matchesAt over the flat trie: every end with targets from `start` (and its node), shortest first; returns how many. */
function flatMatchesAt(f: FlatTrie, text: string, start: number, ends: number[], found: number[]): number {
  let n = f.root[text.charCodeAt(start)]! - 1;
  let count = 0;
  for (let i = start; n >= 0; ) {
    const tg = f.targets[n];
    if (tg) {
      ends[count] = i + 1;
      found[count] = n;
      count++;
    }
    if (++i >= text.length) break;
    const c = text.charCodeAt(i);
    let next = -1;
    for (let k = f.childStart[n]!, e = f.childStart[n + 1]!; k < e; k++) {
      const d = f.childChar[k]!;
      if (d === c) {
        next = f.childNode[k]!;
        break;
      }
      if (d > c) break;
    }
    n = next;
  }
  return count;
}

/** Every alias occurrence that passes the context rules, in text order, non-overlapping. */
export function scanAliases(index: AliasIndex, t: ArticleText): Occurrence[] {
  const out: Occurrence[] = [];
  const low = t.low;
  const ends: number[] = [];
  const found: number[] = [];
  const flat = flatTrie(index);
  const { firstBits, singleBits, pairBits } = flat;
  let i = 0;
  while (i < low.length) {
    const c = low.charCodeAt(i);
    if ((firstBits[c >>> 5]! & (1 << (c & 31))) === 0 || ((singleBits[c >>> 5]! & (1 << (c & 31))) === 0 && (i + 1 >= low.length || !hasPair(pairBits, pairHash(c, low.charCodeAt(i + 1)))))) {
      i++;
      continue;
    }
    let taken: Occurrence | null = null;
    // longest first
    for (let k = flatMatchesAt(flat, low, i, ends, found) - 1; k >= 0; k--) {
      const end = ends[k]!;
      const node = found[k]!;
      const all = flat.targets[node]!;
      if (!latinBoundariesOk(t.simp, i, end)) continue;
      let strong = true;
      let targets = all;
      // an organisation's two-character alias inside a longer word (港大 in 海港大道) is no mention
      if (end - i === 2 && aliasInsideWord(low, i, end)) targets = all.filter((tg) => tg.type !== "org");
      if (flat.checked[node] === 1) {
        const short = end - i === 2 && shortHanName(low.slice(i, end));
        targets = targets.filter((tg) => {
          if (falseFriend(low, i, end, tg)) return false;
          if (tg.type === "person" && namedAfterPerson(low, end)) return false;
          if (tg.type === "person" && short) {
            if (!nameRightOk(low, end)) return false;
            strong = nameLeftOk(low, i);
          }
          return true;
        });
      }
      if (targets.length === 0) continue;
      taken = { start: i, end, targets, strong };
      break;
    }
    if (taken) {
      out.push(taken);
      i = taken.end;
    } else i++;
  }
  return out;
}
