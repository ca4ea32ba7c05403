/**
 * Finds gazetteer aliases in the article (leftmost-longest over the alias trie) and keeps the
 * ones that are real mentions: Latin word boundaries, false-friend strings, and for two-character
 * Chinese person names a plausible neighbour on each side.
 */
import { matchesAt, type AliasIndex, type AliasTarget } from "./alias-index";
import type { ArticleText } from "./article-text";
import { isHan, latinBoundariesOk, nameLeftOk, nameRightOk } from "./context";

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

/** Every alias occurrence that passes the context rules, in text order, non-overlapping. */
export function scanAliases(index: AliasIndex, t: ArticleText): Occurrence[] {
  const out: Occurrence[] = [];
  const low = t.low;
  let i = 0;
  while (i < low.length) {
    const ch = low[i]!;
    if (!index.root.next.has(ch)) {
      i++;
      continue;
    }
    let taken: Occurrence | null = null;
    for (const m of matchesAt(index.root, low, i)) {
      if (!latinBoundariesOk(t.simp, i, m.end)) continue;
      const key = low.slice(i, m.end);
      let strong = true;
      const targets = m.targets.filter((tg) => {
        if (falseFriend(low, i, m.end, tg)) return false;
        if (tg.type === "person" && shortHanName(key)) {
          const left = nameLeftOk(low, i);
          const right = nameRightOk(low, m.end);
          if (!right) return false;
          strong = left;
        }
        return true;
      });
      if (targets.length === 0) continue;
      taken = { start: i, end: m.end, targets, strong };
      break;
    }
    if (taken) {
      out.push(taken);
      i = taken.end;
    } else i++;
  }
  return out;
}
