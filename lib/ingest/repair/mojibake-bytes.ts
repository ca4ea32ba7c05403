/**
 * The bytes behind mojibake and their re-reading as UTF-8. Latin-1 shows byte b as U+00bb;
 * cp1252 shows 0x80–0x9F as 27 typographic characters (€ ‚ ƒ „ … “ ” …) and leaves five bytes
 * (0x81 0x8D 0x8F 0x90 0x9D) undefined, which tools keep as the C1 control of the same number,
 * drop, or replace with "?". Each character of a mojibake run stands for exactly one byte, so
 * a byte the decoder cannot use is given back as the character it came from.
 */
import { chooseLostBytes, type Script } from "./lost-byte-choice";

export type { Script };

const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
/** The five bytes cp1252 leaves undefined: the candidates for a byte lost as "?" or dropped. */
export const CP1252_UNDEFINED = [0x81, 0x8d, 0x8f, 0x90, 0x9d] as const;

/**
 * Where a tool wrote U+FFFD for a byte cp1252 leaves undefined (Python's errors="replace"), the
 * hole stands for one byte as "?" does: it is read as "?" and mended the same way.
 */
export const LOST_BYTE_MARK = "\uFFFD";

/** The byte a character of a Latin-1/cp1252 reading stands for, or -1 when it stands for none. */
export function latinByte(ch: string): number {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code <= 0xff) return code;
  const i = CP1252_HIGH.indexOf(ch);
  return i === -1 ? -1 : 0x80 + i;
}

const continuation = (b: number | undefined) => b !== undefined && b >= 0x80 && b <= 0xbf;

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

function decodeSequence(bytes: number[]): string | null {
  const n = bytes.length;
  let cp = bytes[0]! & (n === 2 ? 0x1f : n === 3 ? 0x0f : 0x07);
  for (let k = 1; k < n; k++) {
    if (!continuation(bytes[k])) return null;
    cp = (cp << 6) | (bytes[k]! & 0x3f);
  }
  const min = n === 2 ? 0x80 : n === 3 ? 0x800 : 0x10000;
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
  return String.fromCodePoint(cp);
}

export interface Utf8Reading {
  text: string;
  /** Multibyte characters read from valid sequences. */
  multibyte: number;
  /** Lead bytes whose sequence was not valid (each a damaged or foreign character). */
  invalid: number;
  /** Characters mended where a cp1252-undefined byte had become "?" or was dropped. */
  mended: number;
  /** Invalid sequences with a "?" where a byte should be: tells "?" from dropped bytes. */
  questionHoles: number;
}

/** What the tool that made the mojibake did with cp1252's undefined bytes. */
export type LostBytes = "question" | "dropped";

/** A damaged character still to be chosen, once the text after it is read. */
interface Damaged {
  candidates: string[];
  /** What stands in the text if no candidate fits: the characters of its bytes, as they were. */
  raw: string;
}

/**
 * Reads `chars` (each one byte, see latinByte) as UTF-8. With `mend` (the script of the text's
 * intact characters), a sequence whose missing byte was one of cp1252's undefined five ("?" in
 * its place, or nothing) is completed with the most likely of them between its neighbours
 * (lost-byte-choice.ts), which needs the text on both sides: damaged characters are collected
 * first and chosen left to right after the whole run is read.
 */
export function readUtf8(chars: string[], bytes: number[], mend: { script: Script; lost: LostBytes } | null): Utf8Reading {
  const pieces: (string | Damaged)[] = [];
  let multibyte = 0;
  let invalid = 0;
  let questionHoles = 0;
  // Whether the last piece is a character read from (or mended into) a multibyte sequence.
  let afterMultibyte = false;
  let lastInvalid = { start: -1, end: -1 };
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      pieces.push(chars[i]!);
      afterMultibyte = false;
      i++;
      continue;
    }
    const n = sequenceLength(b);
    const seq = bytes.slice(i, i + n);
    const ch = n > 0 && seq.length === n ? decodeSequence(seq) : null;
    if (ch !== null) {
      pieces.push(ch);
      afterMultibyte = true;
      multibyte++;
      i += n;
      continue;
    }
    if (mend !== null && n > 0) {
      const fix = mendSequence(bytes, i, n, mend.lost);
      // A lead byte left alone is only mojibake beside other mojibake: a lone é or × between
      // clean letters (Français, FAIR×最大) is text, not a character that lost its bytes.
      if (fix && (fix.consumed > 1 || afterMultibyte || leadsSequence(bytes, i + 1) || lostLetter(bytes, i, fix.candidates))) {
        pieces.push({ candidates: fix.candidates, raw: chars.slice(i, i + fix.consumed).join("") });
        // A lone lead vouches for no neighbour: two of them side by side (éé) are text.
        afterMultibyte = fix.consumed > 1;
        i += fix.consumed;
        continue;
      }
    }
    pieces.push(chars[i]!);
    afterMultibyte = false;
    if (n > 0) {
      // A rule drawn with one damaged symbol (━ lost a byte 70 times over) is one damaged
      // character of evidence, not 70: repeats straight after the same sequence are not counted.
      let end = i + 1;
      while (end < i + n && (continuation(bytes[end]) || bytes[end] === 0x3f)) end++;
      const repeat = i === lastInvalid.end && sameBytes(bytes, lastInvalid.start, i, end);
      lastInvalid = { start: i, end };
      if (!repeat) {
        invalid++;
        if (bytes.slice(i + 1, i + n).includes(0x3f)) questionHoles++;
      }
    }
    i++;
  }
  // Parts, not one growing string: the choice reads the text just before each damaged
  // character, and slicing a string built by += flattens all of it every time.
  const out: string[] = [];
  // The last stretch of the text, kept apart and trimmed now and then, so reading it costs little.
  let recent = "";
  const push = (s: string) => {
    out.push(s);
    recent += s;
    if (recent.length > 2 * LOOK_BACK) recent = recent.slice(-LOOK_BACK);
  };
  let mended = 0;
  for (let k = 0; k < pieces.length; ) {
    const p = pieces[k]!;
    if (typeof p === "string") {
      push(p);
      k++;
      continue;
    }
    const chain: Damaged[] = [];
    while (k < pieces.length && typeof pieces[k] !== "string") chain.push(pieces[k++] as Damaged);
    const chosen = chooseLostBytes(
      chain.map((d) => d.candidates),
      recent,
      after(pieces, k),
      mend!.script,
    );
    chain.forEach((d, j) => {
      const ch = chosen[j];
      if (ch == null) {
        push(d.raw);
        invalid++;
      } else {
        push(ch);
        mended++;
      }
    });
  }
  const text = out.join("");
  return { text, multibyte, invalid, mended, questionHoles };
}

/** Whether bytes[from, to) repeat the same number of bytes just before `from`, starting at `prev`. */
function sameBytes(bytes: number[], prev: number, from: number, to: number): boolean {
  if (from - prev !== to - from) return false;
  for (let k = 0; k < to - from; k++) if (bytes[prev + k] !== bytes[from + k]) return false;
  return true;
}

const ASCII_LETTER = (b: number | undefined) => b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
const LATIN_LETTER = /^\p{Script=Latin}$/u;

/**
 * Whether a lone two-byte lead right after an ASCII letter is a Latin letter that lost its
 * second byte (lǐng, mā with the byte dropped): a clean text shows such letters with both of
 * their bytes, and a lead whose candidates hold no Latin letter (× before Hebrew ones) is text.
 */
function lostLetter(bytes: number[], i: number, candidates: string[]): boolean {
  return sequenceLength(bytes[i]!) === 2 && ASCII_LETTER(bytes[i - 1]) && candidates.some((c) => LATIN_LETTER.test(c));
}

/** Whether a lead byte and at least one of its continuation bytes start at `i`. */
const leadsSequence = (bytes: number[], i: number) => sequenceLength(bytes[i] ?? 0) > 0 && continuation(bytes[i + 1]);

/**
 * How far ahead and back a choice looks (a bracket on the same line). Ahead counts markup too,
 * and a toolbar's links (【大小：<a onClick=… href=… target=…>＋</a> …】) put a label's 】 a few
 * hundred characters on.
 */
const LOOK_AHEAD = 400;
const LOOK_BACK = 200;

/**
 * The text after piece `from`, a damaged character standing as U+FFFD (no character a choice
 * can lean on, but a bracket past it still closes: 【<a>收藏</a>】 with 藏 damaged).
 */
function after(pieces: (string | Damaged)[], from: number): string {
  let s = "";
  for (let k = from; k < pieces.length && s.length < LOOK_AHEAD; k++) {
    const p = pieces[k]!;
    s += typeof p === "string" ? p : UNKNOWN;
  }
  return s;
}
const UNKNOWN = "\uFFFD";

/** Every way to put `missing` of cp1252's undefined bytes among `present` continuation bytes. */
function withLostBytes(present: number[], missing: number): number[][] {
  if (missing === 0) return [present];
  const out: number[][] = [];
  for (let pos = 0; pos <= present.length; pos++) {
    for (const u of CP1252_UNDEFINED) {
      for (const rest of withLostBytes(present.slice(pos), missing - 1)) out.push([...present.slice(0, pos), u, ...rest]);
    }
  }
  return out;
}

/** The characters each completion decodes to, once each. */
function decodedCandidates(sequences: number[][]): string[] {
  const out = new Set<string>();
  for (const c of sequences) {
    const ch = decodeSequence(c);
    if (ch !== null) out.add(ch);
  }
  return [...out];
}

/**
 * The characters the sequence starting at `i` (n bytes long) may have been, when its undefined
 * bytes became "?" or were dropped, and how many bytes of the text it takes.
 */
function mendSequence(bytes: number[], i: number, n: number, lost: LostBytes): { candidates: string[]; consumed: number } | null {
  const lead = bytes[i]!;
  // "?" in place of lost bytes: the sequence keeps its length.
  const seq = bytes.slice(i, i + n);
  if (lost === "question" && seq.length === n && seq.slice(1).every((x) => x === 0x3f || continuation(x)) && seq.includes(0x3f, 1)) {
    let sequences: number[][] = [[lead]];
    for (const x of seq.slice(1)) sequences = sequences.flatMap((c) => (x === 0x3f ? CP1252_UNDEFINED.map((u) => [...c, u]) : [[...c, x]]));
    const candidates = decodedCandidates(sequences);
    return candidates.length > 0 ? { candidates, consumed: n } : null;
  }
  // Dropped: the lead and fewer continuation bytes than it announces, then something that does not continue.
  let k = 0;
  while (k < n - 1 && continuation(bytes[i + 1 + k])) k++;
  if (lost === "dropped" && k < n - 1) {
    const candidates = decodedCandidates(withLostBytes(bytes.slice(i + 1, i + 1 + k), n - 1 - k).map((c) => [lead, ...c]));
    return candidates.length > 0 ? { candidates, consumed: 1 + k } : null;
  }
  return null;
}
