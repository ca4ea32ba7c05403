/**
 * Whether a few re-read characters are everyday ones. A handful of high bytes re-reads as valid
 * UTF-8 or GBK by chance far more often than one would think (é•°è‘® is 镰葮, ö©äüä© is 雯潼洎),
 * and "common" by encoding level (GB2312 level 1, Big5 level 1) still admits such pairs; the
 * frequency rank of the character-pair model's list (han-pair-counts.ts, most frequent first)
 * does not. Only short re-readings are asked this: a long one has its share of common characters
 * to go by. Built at first use, so clean text never pays for the list.
 */
import { hanPairTables } from "./han-pair-counts";
import { toSimplified, toTraditional } from "../../text/script";

/** The most frequent characters of general Chinese; they make up almost all running text. */
const EVERYDAY_RANK = 3000;
/** A two-character re-reading is one chance pair of sequences: it must be a very frequent one. */
const PAIR_RANK = 1500;
/** A re-reading with fewer Han characters than this must be made of everyday ones only. */
export const FEW_REREAD_HAN = 6;

let everyday: Map<string, number> | null = null;
const HAN = /\p{Script=Han}/u;

function rank(ch: string): number {
  everyday ??= new Map([...hanPairTables().CHARS.slice(0, EVERYDAY_RANK)].map((c, i) => [c, i]));
  // The list is simplified: a traditional character counts by its simplified form.
  return everyday.get(ch) ?? everyday.get(toSimplified(ch)) ?? Infinity;
}

/**
 * Whether a short re-reading is everyday text: every Han character frequent, and not a mix of
 * traditional-only and simplified-only forms (穀绩), which no one text is written in.
 */
export function allEveryday(text: string): boolean {
  const han = [...text].filter((ch) => HAN.test(ch));
  const limit = han.length <= 2 ? PAIR_RANK : EVERYDAY_RANK;
  if (han.some((ch) => rank(ch) >= limit)) return false;
  const traditionalOnly = han.some((ch) => toSimplified(ch) !== ch);
  const simplifiedOnly = han.some((ch) => toTraditional(ch) !== ch);
  return !(traditionalOnly && simplifiedOnly);
}
