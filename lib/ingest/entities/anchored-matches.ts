/**
 * The matches of a global pattern, exactly as `text.matchAll(pattern)` gives them, but tried only
 * where a match can be: near an occurrence of one of its anchors, literal words every match holds.
 *
 * A frame such as 「(?:^|，)(X{2,12}?)旗下」 is a lazy run before a word; scanned over the whole
 * article it starts a run at every clause break, while the word it waits for (旗下) occurs a few
 * times, or not at all. Every match holds an anchor that starts at most `reach` characters after
 * the match's own start, so the positions from which no anchor lies within `reach` hold no match
 * and are skipped; the others are tried in text order with a sticky copy of the pattern, which
 * matches at one position exactly as the global scan does there. The first position that matches
 * is the scan's leftmost match, and the next search starts at its end, as matchAll's does.
 * `reach` may be larger than needed (only slower), never smaller.
 */
import { wordHits, wordTable, type WordTable } from "./word-hits";

const stickyCopies = new WeakMap<RegExp, RegExp>();

function stickyOf(pattern: RegExp): RegExp {
  let sticky = stickyCopies.get(pattern);
  if (!sticky) {
    if (!pattern.global || pattern.unicode || pattern.sticky) throw new Error(`anchoredMatches: ${pattern} must be global, not unicode or sticky`);
    sticky = new RegExp(pattern.source, pattern.flags.replace("g", "") + "y");
    stickyCopies.set(pattern, sticky);
  }
  return sticky;
}

/** Whether a word's later occurrence can start inside an earlier one (旗下旗 in 旗下旗下旗). */
function overlapsItself(word: string): boolean {
  for (let k = 1; k < word.length; k++) if (word.startsWith(word.slice(k))) return true;
  return false;
}

const anchorTables = new Map<string, WordTable | null>();

/**
 * An anchor's own word table, whose hits are then every occurrence of it, read in the article's
 * one shared word pass (an indexOf pass per anchor read the article ~30 times): null for a word
 * that can overlap itself, whose overlapping occurrences a table (hits never overlap) would skip.
 */
function anchorTable(word: string): WordTable | null {
  let table = anchorTables.get(word);
  if (table === undefined) {
    table = word.length === 0 || overlapsItself(word) ? null : wordTable([word]);
    anchorTables.set(word, table);
  }
  return table;
}

/**
 * Makes the anchors' tables now (a module's constant anchors, at its load): a table made during an
 * article's reading makes the shared word pass start over.
 */
export function prepareAnchors(anchors: readonly string[]): void {
  for (const a of anchors) anchorTable(a);
}

/** Start offsets of every occurrence of every anchor (overlapping ones too), ascending. */
function anchorPositions(text: string, anchors: readonly string[]): number[] {
  const out: number[] = [];
  for (const a of anchors) {
    const table = anchorTable(a);
    if (table) for (const h of wordHits(text, table)) out.push(h.at);
    else for (let at = text.indexOf(a); at !== -1; at = text.indexOf(a, at + 1)) out.push(at);
  }
  if (anchors.length > 1) out.sort((x, y) => x - y);
  return out;
}

export function anchoredMatches(text: string, pattern: RegExp, anchors: readonly string[], reach: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const positions = anchorPositions(text, anchors);
  if (positions.length === 0) return out;
  const sticky = stickyOf(pattern);
  // `from`: where the next match may start; `tried`: positions below it already failed
  let from = 0;
  let tried = 0;
  for (let i = 0; i < positions.length; ) {
    const a = positions[i]!;
    if (a < from) {
      i++;
      continue;
    }
    let found = false;
    for (let p = Math.max(from, tried, a - reach); p <= a; p++) {
      sticky.lastIndex = p;
      const m = sticky.exec(text);
      tried = p + 1;
      if (m) {
        out.push(m);
        from = m[0].length > 0 ? p + m[0].length : p + 1;
        tried = from;
        found = true;
        break;
      }
    }
    // a match that ended before this anchor leaves the positions up to it still to try
    if (!found) i++;
  }
  return out;
}
