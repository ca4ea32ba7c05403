/**
 * Finds gazetteer aliases in the article (leftmost-longest over the alias trie) and keeps the
 * ones that are real mentions: Latin word boundaries, false-friend strings, and for two-character
 * Chinese person names a plausible neighbour on each side.
 */
import { matchesAt, type AliasIndex, type AliasTarget, type TrieNode } from "./alias-index";
import type { ArticleText } from "./article-text";
import { isHan, latinBoundariesOk, nameLeftOk, namedAfterPerson, nameRightOk } from "./context";

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
  return key.length === 2 && isHan(key[0]) && isHan(key[1]);
}

/**
 * How aliases start, kept small enough to stay in cache: a flag per first character (an alias
 * starts with it; it is a whole alias alone) and a 64-kbit set of hashed first pairs. A Han
 * text hits the first-character flags at a third of its positions but almost never the pair
 * set, so most positions are skipped without walking the trie.
 */
interface StartMaps {
  /** 1: some alias starts with the character; 2: the character alone is an alias. */
  first: Uint8Array;
  pairBits: Uint32Array;
}

const PAIR_BITS = 1 << 16;
const pairHash = (a: number, b: number) => (Math.imul(a, 0x9e3779b1) ^ b) & (PAIR_BITS - 1);
const hasPair = (bits: Uint32Array, h: number) => (bits[h >>> 5]! & (1 << (h & 31))) !== 0;
const startCache = new WeakMap<AliasIndex, StartMaps>();

function startMaps(index: AliasIndex): StartMaps {
  let maps = startCache.get(index);
  if (!maps) {
    maps = { first: new Uint8Array(65536), pairBits: new Uint32Array(PAIR_BITS >>> 5) };
    for (const [a, n] of index.root.next) {
      maps.first[a] = n.targets ? 2 : 1;
      for (const b of n.next.keys()) {
        const h = pairHash(a, b);
        maps.pairBits[h >>> 5]! |= 1 << (h & 31);
      }
    }
    startCache.set(index, maps);
  }
  return maps;
}

/** Every alias occurrence that passes the context rules, in text order, non-overlapping. */
export function scanAliases(index: AliasIndex, t: ArticleText): Occurrence[] {
  const out: Occurrence[] = [];
  const low = t.low;
  const ends: number[] = [];
  const nodes: TrieNode[] = [];
  const { first, pairBits } = startMaps(index);
  let i = 0;
  while (i < low.length) {
    const c = low.charCodeAt(i);
    const f = first[c];
    if (f === 0 || (f === 1 && (i + 1 >= low.length || !hasPair(pairBits, pairHash(c, low.charCodeAt(i + 1)))))) {
      i++;
      continue;
    }
    let taken: Occurrence | null = null;
    // longest first
    for (let k = matchesAt(index.root, low, i, ends, nodes) - 1; k >= 0; k--) {
      const end = ends[k]!;
      const all = nodes[k]!.targets!;
      if (!latinBoundariesOk(t.simp, i, end)) continue;
      let strong = true;
      let targets = all;
      if (all.some((tg) => tg.falseFriends.length > 0 || tg.type === "person")) {
        const short = end - i === 2 && shortHanName(low.slice(i, end));
        targets = all.filter((tg) => {
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
