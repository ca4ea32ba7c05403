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
 * Bitmaps of how aliases start: the first character, and (hashed) the first two. A Han text hits
 * the first-character map at a third of its positions, but almost never the pair map, so most
 * positions are skipped without walking the trie.
 */
interface StartMaps {
  first: Uint8Array;
  /** First characters that are whole aliases on their own: no pair needed. */
  single: Uint8Array;
  pair: Uint8Array;
}

const PAIR_BITS = 1 << 20;
const pairHash = (a: number, b: number) => (Math.imul(a, 0x9e3779b1) ^ b) & (PAIR_BITS - 1);
const startCache = new WeakMap<AliasIndex, StartMaps>();

function startMaps(index: AliasIndex): StartMaps {
  let maps = startCache.get(index);
  if (!maps) {
    maps = { first: new Uint8Array(65536), single: new Uint8Array(65536), pair: new Uint8Array(PAIR_BITS) };
    for (const [a, n] of index.root.next) {
      maps.first[a] = 1;
      if (n.targets) maps.single[a] = 1;
      for (const b of n.next.keys()) maps.pair[pairHash(a, b)] = 1;
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
  const { first, single, pair } = startMaps(index);
  let i = 0;
  while (i < low.length) {
    const c = low.charCodeAt(i);
    if (first[c] === 0 || (single[c] === 0 && (i + 1 >= low.length || pair[pairHash(c, low.charCodeAt(i + 1))] === 0))) {
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
