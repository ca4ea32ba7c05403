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

const firstCache = new WeakMap<AliasIndex, Uint8Array>();

/** A bitmap of the characters aliases start with: most positions are skipped without a Map lookup. */
function firstChars(index: AliasIndex): Uint8Array {
  let bits = firstCache.get(index);
  if (!bits) {
    bits = new Uint8Array(65536);
    for (const ch of index.root.next.keys()) bits[ch] = 1;
    firstCache.set(index, bits);
  }
  return bits;
}

/** Every alias occurrence that passes the context rules, in text order, non-overlapping. */
export function scanAliases(index: AliasIndex, t: ArticleText): Occurrence[] {
  const out: Occurrence[] = [];
  const low = t.low;
  const ends: number[] = [];
  const nodes: TrieNode[] = [];
  const first = firstChars(index);
  let i = 0;
  while (i < low.length) {
    if (first[low.charCodeAt(i)] === 0) {
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
