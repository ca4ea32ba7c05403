/**
 * A widget a page repeats after each paragraph (a translate button, a "report an error" link, an
 * image whose alternative text is a sentence) is hidden or drawn apart in the HTML, but a dump
 * writes its text into the paragraph it follows, wrapped with it wherever the line breaks. Such a
 * tail is found as one sentence (compared without spaces or line breaks) that comes again and
 * again right after sentences that end differently, at least once on the same line as the
 * sentence before it, and is removed from every place it stands.
 */
import type { DumpLine } from "./rewrap";

/** Characters (without spaces) a repeated sentence needs: short ones (好。谢谢。) recur in any text. */
const MIN_LENGTH = 10;
/** Places a sentence must follow a different sentence before it counts as a tail. */
const MIN_TAILS = 3;
const TERMINAL = /[。！？!?]/u;
/** An ASCII ! or ? inside an address or a word (c?db=1) ends nothing. */
const IN_WORD = /[\w=&%/.-]/;
/** Characters compared at the end of the sentences a tail follows. */
const ENDING = 6;
const CLOSER = /[”’」』）)】\]]/u;
/** A sentence's last character: TERMINAL or CLOSER. */
const SENTENCE_LAST = /[。！？!?”’」』）)】\]]/g;

interface Sentence {
  text: string;
  /** Indexes into the page's non-space characters, [from, to). */
  from: number;
  to: number;
}

/**
 * Whether any MIN_LENGTH code units ending a sentence (at a terminal or closing mark) come
 * MIN_TAILS times in the page's text without spaces. A tail repeats whole, so its last
 * MIN_LENGTH units do too: a page without such a repeat (most) has no tail, found without
 * splitting the page into code points and sentences.
 */
function mayHoldTail(lines: DumpLine[]): boolean {
  SENTENCE_LAST.lastIndex = 0;
  const text = lines.map((l) => l.text).join("").replace(/\s+/g, "");
  const seen = new Map<string, number>();
  for (let m = SENTENCE_LAST.exec(text); m; m = SENTENCE_LAST.exec(text)) {
    const e = m.index + 1;
    if (e < MIN_LENGTH) continue;
    const key = text.slice(e - MIN_LENGTH, e);
    const n = (seen.get(key) ?? 0) + 1;
    if (n >= MIN_TAILS) return true;
    seen.set(key, n);
  }
  return false;
}

export function dropRepeatedTails(lines: DumpLine[]): DumpLine[] {
  if (!mayHoldTail(lines)) return lines;
  const chars: string[] = [];
  const split = lines.map((l) => [...l.text]);
  // Line and code point of each non-space character, in typed arrays: a dump page has ~10^5
  // characters, and a [line, index] tuple for each was most of this step's time and garbage.
  let total = 0;
  for (const cps of split) total += cps.length;
  const lineOf = new Int32Array(total);
  const pointOf = new Int32Array(total);
  for (const [i, cps] of split.entries())
    for (const [j, ch] of cps.entries())
      if (!/\s/u.test(ch)) {
        lineOf[chars.length] = i;
        pointOf[chars.length] = j;
        chars.push(ch);
      }
  const sentences: Sentence[] = [];
  let from = 0;
  for (let k = 0; k < chars.length; k++) {
    if (!TERMINAL.test(chars[k]!) || (/[!?]/.test(chars[k]!) && IN_WORD.test(chars[k + 1] ?? ""))) continue;
    while (k + 1 < chars.length && (CLOSER.test(chars[k + 1]!) || TERMINAL.test(chars[k + 1]!))) k++;
    sentences.push({ text: chars.slice(from, k + 1).join(""), from, to: k + 1 });
    from = k + 1;
  }
  const byText = new Map<string, number[]>();
  for (const [n, s] of sentences.entries()) {
    if (s.to - s.from < MIN_LENGTH) continue;
    const places = byText.get(s.text);
    if (places) places.push(n);
    else byText.set(s.text, [n]);
  }
  const drop = new Set<number>();
  const tailTexts: string[] = [];
  for (const [text, places] of byText) {
    if (places.length < MIN_TAILS) continue;
    // A tail follows the sentence before it with no blank line between, and follows different ones.
    const tails = places.filter((n) => n > 0 && noBlankBetween(lines, lineOf[sentences[n - 1]!.to - 1]!, lineOf[sentences[n]!.from]!));
    // Different sentences: a headline repeated after its kicker, however the lines before it differ, follows the same words.
    const before = new Set(tails.map((n) => chars.slice(Math.max(sentences[n - 1]!.from, sentences[n - 1]!.to - ENDING), sentences[n - 1]!.to).join("")));
    const glued = tails.some((n) => lineOf[sentences[n - 1]!.to - 1] === lineOf[sentences[n]!.from]);
    if (before.size < MIN_TAILS || !glued) continue;
    tailTexts.push(text);
    for (const n of places) drop.add(n);
  }
  if (drop.size === 0) return lines;
  // [from, to) ranges of non-space characters to remove: each tail, and a tail glued to a line
  // with no sentence end before it (a headline the widget follows).
  const ranges: [number, number][] = [];
  for (const [n, s] of sentences.entries()) {
    if (drop.has(n)) ranges.push([s.from, s.to]);
    else {
      const tail = tailTexts.find((t) => s.text.length > t.length && s.text.endsWith(t));
      if (tail) ranges.push([s.to - [...tail].length, s.to]);
    }
  }
  const cut = split.map((cps) => new Uint8Array(cps.length));
  for (const [from, to] of ranges) {
    const i0 = lineOf[from]!;
    const j0 = pointOf[from]!;
    const i1 = lineOf[to - 1]!;
    const j1 = pointOf[to - 1]!;
    for (let i = i0; i <= i1; i++) for (let j = i === i0 ? j0 : 0; j <= (i === i1 ? j1 : split[i]!.length - 1); j++) cut[i]![j] = 1;
  }
  const out: DumpLine[] = [];
  for (const [i, line] of lines.entries()) {
    if (!cut[i]!.includes(1)) {
      out.push(line);
      continue;
    }
    const text = split[i]!.filter((_, j) => cut[i]![j] === 0).join("").trim();
    // A line that held only the tail goes; a blank line would split the paragraph around it.
    if (text !== "") out.push({ ...line, text });
  }
  return out;
}

function noBlankBetween(lines: DumpLine[], a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (lines[i]!.text === "") return false;
  return true;
}
