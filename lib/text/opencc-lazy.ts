/**
 * OpenCC conversion with the dictionaries' tries built lazily, node by node, as texts reach them.
 * opencc-js builds the whole trie of every dictionary when a converter is created: for
 * simplified → traditional that is 400,000 characters of phrases turned into ~100,000 nested
 * Maps, ~0.2 s and tens of MB at every start of `npm run extract`, although converting an
 * article walks a few hundred paths of it. Here a node keeps references to the raw "key value"
 * entries below it until a lookup first reaches it, then hands them down to its children by
 * their next character, in load order, so a later entry for the same key still wins as in
 * opencc-js. The root's children come from a binary search of each (sorted) dictionary, so even
 * the first lookup does not touch every entry. Converting also skips, by a bitmap, the positions
 * where no key starts (most of a simplified text), instead of a Map lookup at each. Results are the same as opencc-js's
 * Converter: tests/unit/opencc-lazy.test.ts compares them.
 */
import { Locale, Trie } from "opencc-js";
import { z } from "zod";

interface LazyNode {
  /** Code units of the key consumed to reach this node. */
  depth: number;
  value?: string;
  children?: Map<number, LazyNode>;
  /** Entries whose key starts with this node's path, not yet handed to children (see EntryRef). */
  pending?: number[];
}

/** An entry is referred to by its dictionary's number and its offset there: no string per entry. */
const DICT_SHIFT = 2 ** 24;
const SPACE = 32;
/** Texts at least this long build the starter bitmap (see eachMatch). */
const SHORT_TEXT = 64;
const BAR = 124;

/** Ideographic description characters: opencc-js steps over a whole description sequence. */
const IDS = /[\u2ff0-\u2fff]/;

export class LazyTrie extends Trie {
  private readonly dicts: string[] = [];
  /** Every entry (see DICT_SHIFT), in load order; each dictionary's entries are one range. */
  private readonly refs: number[] = [];
  private readonly ranges: { lo: number; hi: number }[] = [];
  /** Whether every dictionary lists its entries in first-code-point order (opencc-js's do). */
  private sorted = true;
  /** The root's children, found on demand; null: no key starts with that character. */
  private readonly rootChildren = new Map<number, LazyNode | null>();
  private rootExpanded = false;
  /** BMP characters that start a key; elsewhere a lookup cannot match and is skipped. */
  private starters: Uint8Array | null = null;

  override loadDict(dict: unknown): void {
    if (typeof dict !== "string") throw new TypeError("lazy OpenCC: only string dictionaries are supported");
    if (dict.length >= DICT_SHIFT) throw new RangeError("lazy OpenCC: dictionary too large");
    const base = this.dicts.push(dict) - 1;
    const lo = this.refs.length;
    let previous = -1;
    for (let start = 0; start <= dict.length; ) {
      let end = dict.indexOf("|", start);
      if (end < 0) end = dict.length;
      // opencc-js rejects an entry without "key value" when loading; so does this.
      const space = dict.indexOf(" ", start);
      if (space < 0 || space > end) throw new TypeError(`Invalid dictionary entry: ${JSON.stringify(dict.slice(start, Math.min(end, start + 40)))}`);
      const cp = dict.codePointAt(start)!;
      if (cp < previous) this.sorted = false;
      previous = cp;
      this.refs.push(base * DICT_SHIFT + start);
      start = end + 1;
    }
    this.ranges.push({ lo, hi: this.refs.length });
  }

  /**
   * Marks in `bits` units of the keys that map to something else (see changingUnits): with
   * `phrases` false, the keys of one code unit; with it true, for each longer key none of whose
   * units is marked yet, the first unit where key and replacement differ (the key's first when
   * their lengths differ). Compares in place: no string per entry.
   */
  markChangingUnits(bits: Uint8Array, phrases: boolean): void {
    for (const ref of this.refs) {
      const dict = this.dicts[Math.floor(ref / DICT_SHIFT)]!;
      const start = ref % DICT_SHIFT;
      const space = dict.indexOf(" ", start);
      const keyLength = space - start;
      if (keyLength === 0 || (keyLength === 1) === phrases) continue;
      let end = space + 1;
      while (end < dict.length && dict.charCodeAt(end) !== SPACE && dict.charCodeAt(end) !== BAR) end++;
      const sameLength = end - space - 1 === keyLength;
      let differAt = sameLength ? -1 : 0;
      let marked = false;
      for (let i = 0; i < keyLength; i++) {
        const unit = dict.charCodeAt(start + i);
        if (bits[unit] === 1) marked = true;
        if (differAt < 0 && unit !== dict.charCodeAt(space + 1 + i)) differAt = i;
      }
      if (differAt >= 0 && !marked) bits[dict.charCodeAt(start + differAt)] = 1;
    }
  }

  /** Marks in `bits` every code unit any loaded dictionary holds (in a key, a replacement or a separator). */
  markHeldUnits(bits: Uint8Array): void {
    for (const d of this.dicts) for (let i = 0; i < d.length; i++) bits[d.charCodeAt(i)] = 1;
  }

  private firstCodePoint(ref: number): number {
    return this.dicts[Math.floor(ref / DICT_SHIFT)]!.codePointAt(ref % DICT_SHIFT)!;
  }

  /** The first index in [lo, hi) of a sorted dictionary's entries whose key starts at `cp` or above (hi when none). */
  private firstAtLeast(lo: number, hi: number, cp: number): number {
    let a = lo;
    let b = hi;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (this.firstCodePoint(this.refs[mid]!) < cp) a = mid + 1;
      else b = mid;
    }
    return a;
  }

  /**
   * The root's child for a character. Sorted dictionaries are binary-searched for the entries
   * starting with it, so the ~100,000 entries of a large dictionary are never all handed out.
   * A key never starts with a space (an entry starting with one has an empty key, which
   * opencc-js stores on the root, where no lookup reads it).
   */
  private rootChild(cp: number): LazyNode | null {
    const known = this.rootChildren.get(cp);
    if (known !== undefined) return known;
    if (!this.sorted && !this.rootExpanded) {
      const root: LazyNode = { depth: 0, pending: this.refs.slice() };
      this.expand(root);
      for (const [c, child] of root.children!) this.rootChildren.set(c, child);
      this.rootExpanded = true;
      return this.rootChildren.get(cp) ?? null;
    }
    if (this.rootExpanded || cp === SPACE) return null;
    let pending: number[] = [];
    for (const { lo, hi } of this.ranges) {
      // Both ends of the character's entries are binary-searched and the range copied at once: a
      // common character starts thousands of phrases, and stepping over them one by one was most
      // of a short run's conversion time (each process meets every character anew).
      const from = this.firstAtLeast(lo, hi, cp);
      const to = this.firstAtLeast(from, hi, cp + 1);
      if (to > from) pending = pending.length === 0 ? this.refs.slice(from, to) : pending.concat(this.refs.slice(from, to));
    }
    const child = pending.length ? { depth: cp > 0xffff ? 2 : 1, pending } : null;
    this.rootChildren.set(cp, child);
    return child;
  }

  private expand(node: LazyNode): void {
    const pending = node.pending!;
    node.pending = undefined;
    const children = (node.children ??= new Map());
    for (const ref of pending) {
      const dict = this.dicts[Math.floor(ref / DICT_SHIFT)]!;
      const at = (ref % DICT_SHIFT) + node.depth;
      if (dict.charCodeAt(at) === SPACE) {
        // The key ends here; its replacement is the next field, as opencc-js's split(" ")[1].
        let end = at + 1;
        while (end < dict.length && dict.charCodeAt(end) !== SPACE && dict.charCodeAt(end) !== BAR) end++;
        node.value = dict.slice(at + 1, end);
        continue;
      }
      const cp = dict.codePointAt(at)!;
      let child = children.get(cp);
      if (!child) children.set(cp, (child = { depth: node.depth + (cp > 0xffff ? 2 : 1), pending: [] }));
      child.pending!.push(ref);
    }
  }

  /** The longest key starting at `offset`, as opencc-js's Trie.matchPrefix finds it. */
  override matchPrefix(text: string, offset: number): { end: number; value: string } | null {
    let node: LazyNode | null = null;
    let matchEnd = 0;
    let matchValue = "";
    for (let i = offset; i < text.length; ) {
      const cp = text.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
      let next: LazyNode | null;
      if (node === null) next = this.rootChild(cp);
      else {
        if (node.pending) this.expand(node);
        next = node.children!.get(cp) ?? null;
      }
      if (!next) break;
      node = next;
      if (node.pending) this.expand(node);
      if (node.value !== undefined) {
        matchEnd = i;
        matchValue = node.value;
      }
    }
    return matchEnd > 0 ? { end: matchEnd, value: matchValue } : null;
  }

  private starterBits(): Uint8Array {
    if (!this.starters) {
      this.starters = new Uint8Array(0x10000);
      for (const ref of this.refs) {
        const cp = this.firstCodePoint(ref);
        if (cp <= 0xffff && cp !== SPACE) this.starters[cp] = 1;
      }
    }
    return this.starters;
  }

  /**
   * Walks `text` as opencc-js does (longest match at each position, else one code point on),
   * calling `onMatch` for each match, but looks a position up only when a key can start there.
   * Texts with description sequences take opencc-js's own path (the callers check).
   */
  private eachMatch(text: string, onMatch: (start: number, end: number, value: string) => void): void {
    // The bitmap costs a pass over every entry; a converter that only ever sees short strings
    // (names) looks every position up instead, which gives the same matches.
    const bits = this.starters ?? (text.length >= SHORT_TEXT ? this.starterBits() : null);
    for (let i = 0; i < text.length; ) {
      const c = text.charCodeAt(i);
      if (bits && (c < 0xd800 || c > 0xdbff)) {
        if (bits[c] === 0) {
          i++;
          continue;
        }
      }
      const hit = this.matchPrefix(text, i);
      if (hit) {
        onMatch(i, hit.end, hit.value);
        i = hit.end;
      } else i += text.codePointAt(i)! > 0xffff ? 2 : 1;
    }
  }

  /**
   * eachMatch's walk written out: conversion runs on every folded line of a page, and a closure
   * called per match (and its captured state) cost more than the matches. The unmatched text
   * between matches is copied as one slice.
   */
  override convert(text: string): string {
    if (IDS.test(text)) return super.convert(text);
    const bits = this.starters ?? (text.length >= SHORT_TEXT ? this.starterBits() : null);
    let out = "";
    let last = 0;
    for (let i = 0; i < text.length; ) {
      const c = text.charCodeAt(i);
      if (bits && (c < 0xd800 || c > 0xdbff) && bits[c] === 0) {
        i++;
        continue;
      }
      const hit = this.matchPrefix(text, i);
      if (hit) {
        out += text.slice(last, i) + hit.value;
        last = i = hit.end;
      } else i += text.codePointAt(i)! > 0xffff ? 2 : 1;
    }
    return last === 0 ? text : out + text.slice(last);
  }

  /** opencc-js's segment: matched keys alone, the unmatched runs between them. */
  override segment(text: string): string[] {
    if (IDS.test(text)) return super.segment(text);
    const parts: string[] = [];
    let last = 0;
    this.eachMatch(text, (start, end) => {
      if (start > last) parts.push(text.slice(last, start));
      parts.push(text.slice(start, end));
      last = end;
    });
    if (last < text.length) parts.push(text.slice(last));
    return parts;
  }
}

const Group = z.array(z.string());
const Config = z.object({
  normalizationChain: z.array(Group).optional(),
  segmentation: Group.optional(),
  conversionChain: z.array(Group),
});

function trieOf(group: string[]): LazyTrie {
  const t = new LazyTrie();
  t.loadDictGroup(group);
  return t;
}

/**
 * Code units such that a text without any of them is returned unchanged by `tries`: every key
 * that maps to something else has at least one of its units marked, so none of those keys can
 * occur in such a text, and the keys that can occur map to themselves. One unit per phrase is
 * enough, so a phrase whose key already holds a marked unit (most hold a traditional character
 * that is a key alone) marks nothing more: common simplified characters that only occur inside
 * such phrases stay unmarked.
 */
function changingUnits(tries: LazyTrie[]): Uint8Array {
  const bits = new Uint8Array(0x10000);
  for (const t of tries) t.markChangingUnits(bits, false);
  for (const t of tries) t.markChangingUnits(bits, true);
  // Description sequences take opencc-js's own path (see LazyTrie.convert): never skipped.
  bits.fill(1, 0x2ff0, 0x3000);
  return bits;
}

/**
 * The converter opencc-js's Converter builds for a preset (e.g. "hk2s", "s2tw"): normalise,
 * cut into phrase segments, convert each segment through the chain, join.
 */
/** A converter, and its walk stretch by stretch (see eachRun) for a caller that may stop early. */
export type LazyConverter = ((text: string) => string) & {
  eachRun(text: string, visit: (start: number, end: number, converted: string) => boolean): void;
};

export function lazyConverter(preset: string): LazyConverter {
  const cfg = Config.parse((Locale.configs as Record<string, unknown> | undefined)?.[preset]);
  const normalise = (cfg.normalizationChain ?? []).map(trieOf);
  const segmenter = cfg.segmentation ? trieOf(cfg.segmentation) : null;
  const chain = cfg.conversionChain.map(trieOf);
  // Most texts an extraction converts are simplified already: a pass over their code units against
  // this bitmap (built at the first conversion) replaces the segmenting and trie walks.
  let changing: Uint8Array | null = null;
  const tries = [...normalise, ...(segmenter ? [segmenter] : []), ...chain];
  // A code unit no dictionary holds (in a key or a replacement) is in no match of any walk
  // (normalising, segmenting, converting), and every walk passes it alone, as it passes a line
  // break: a text converts piece by piece between such units, and a piece without a changing
  // unit is itself (see changingUnits). A body with one traditional character is converted
  // around that character only; a detection sample (Han characters run together, no line break)
  // too, as most common simplified characters are in no dictionary.
  let inert: Uint8Array | null = null;
  const convert = (text: string) => {
    const normal = normalise.reduce((s, t) => t.convert(s), text);
    const segments = segmenter ? segmenter.segment(normal) : [normal];
    return chain.reduce((parts, t) => parts.map((p) => t.convert(p)), segments).join("");
  };
  const changes = (text: string, from: number, to: number) => {
    for (let i = from; i < to; i++) if (changing![text.charCodeAt(i)] !== 0) return true;
    return false;
  };
  /**
   * Calls `visit` with each stretch [start, end) of `text` that conversion may change, in order,
   * and its conversion; the text between stretches is itself. Pieces with a changing unit and the
   * inert units between them are one stretch (the same result, fewer walks). `visit` returning
   * true stops the walk.
   */
  const eachRun = (text: string, visit: (start: number, end: number, converted: string) => boolean): void => {
    changing ??= changingUnits([...normalise, ...chain]);
    let i = 0;
    while (i < text.length && changing[text.charCodeAt(i)] === 0) i++;
    if (i === text.length) return;
    // Description sequences take opencc-js's own path, whose steps were not checked piece by piece.
    if (IDS.test(text)) {
      visit(0, text.length, convert(text));
      return;
    }
    inert ??= inertUnits(tries);
    let start = i;
    while (start > 0 && inert[text.charCodeAt(start - 1)] === 0) start--;
    let runStart = -1;
    let runEnd = -1;
    while (start < text.length) {
      let end = start;
      while (end < text.length && inert[text.charCodeAt(end)] === 0) end++;
      if (changes(text, start, end)) {
        if (runStart < 0) runStart = start;
        runEnd = end;
      } else if (runStart >= 0) {
        if (visit(runStart, runEnd, convert(text.slice(runStart, runEnd)))) return;
        runStart = -1;
      }
      start = end;
      while (start < text.length && inert[text.charCodeAt(start)] === 1) start++;
    }
    if (runStart >= 0) visit(runStart, runEnd, convert(text.slice(runStart, runEnd)));
  };
  const converter = (text: string): string => {
    let out = "";
    let done = 0;
    eachRun(text, (start, end, converted) => {
      out += text.slice(done, start) + converted;
      done = end;
      return false;
    });
    return done === 0 ? text : out + text.slice(done);
  };
  return Object.assign(converter, { eachRun });
}

/**
 * Code units held by none of `tries`' dictionaries: Basic Multilingual Plane characters only
 * (a surrogate is half of a character, and a piece must not start inside one), and no
 * ideographic description character (see LazyTrie.convert).
 */
function inertUnits(tries: LazyTrie[]): Uint8Array {
  const held = new Uint8Array(0x10000);
  for (const t of tries) t.markHeldUnits(held);
  const inert = new Uint8Array(0x10000);
  for (let u = 0; u < 0x10000; u++) inert[u] = held[u] === 0 ? 1 : 0;
  inert.fill(0, 0xd800, 0xe000);
  inert.fill(0, 0x2ff0, 0x3000);
  return inert;
}
