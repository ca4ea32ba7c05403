/**
 * The script of the text around a damaged character, where it differs from the page's: a page
 * detected as simplified may quote or hold whole passages in traditional characters (a classic
 * novel in a mixed edition, a Taiwanese news item in a mainland digest) and a traditional page a
 * simplified passage. The lost-byte model is simplified, and the page's script decides both how
 * neighbours are looked up (traditional ones by their simplified form) and which candidates are
 * of the other script: scored by the page's script, 賈?便說 reads 賈 as unknown and takes 鍎 for
 * 過, a character a simplified text seldom holds.
 */
import iconv from "iconv-lite";
import { toSimplified } from "../../text/script";
import type { Script } from "./lost-byte-choice";

/** In Big5 proper (leads 0xA1–0xF9): iconv-lite's table adds Hong Kong's extension, which holds simplified forms (铁 经 发). */
export function inBig5(ch: string): boolean {
  const bytes = iconv.encode(ch, "big5");
  return bytes.length === 2 && bytes[0]! >= 0xa1 && iconv.decode(bytes, "big5") === ch;
}

/** How far on each side of the damaged character the script is read (a sentence or two). */
const WINDOW = 40;
/** Characters of one script only that a window needs, and more than of the other, to override the page's script. */
const MIN_MARKED = 3;

const HAN_G = /\p{Script=Han}/gu;
/** In Shift_JIS: Japanese kanji (黒 駅 焼) lack Big5 codes too, and are no mark of simplified text. */
function inShiftJis(ch: string): boolean {
  return iconv.decode(iconv.encode(ch, "shiftjis"), "shiftjis") === ch;
}

/** Per character: "t" when only traditional text holds it, "s" when only simplified (这 们 发), "" when both. */
const markCache = new Map<string, "t" | "s" | "">();

function mark(ch: string): "t" | "s" | "" {
  let v = markCache.get(ch);
  if (v === undefined) {
    v = toSimplified(ch) !== ch ? "t" : inBig5(ch) || inShiftJis(ch) ? "" : "s";
    markCache.set(ch, v);
  }
  return v;
}

export function localScript(before: string, after: string, page: Script): Script {
  let t = 0;
  let s = 0;
  for (const [ch] of (before.slice(-WINDOW) + "\n" + after.slice(0, WINDOW)).matchAll(HAN_G)) {
    const m = mark(ch);
    if (m === "t") t++;
    else if (m === "s") s++;
  }
  if (page === "simplified" && t >= MIN_MARKED && t > s) return "traditional";
  if (page === "traditional" && s >= MIN_MARKED && s > t) return "simplified";
  return page;
}
