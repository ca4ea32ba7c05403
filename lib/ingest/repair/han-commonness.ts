/**
 * How "ordinary" a run of Chinese text looks: the share of its Han characters that are in
 * GB2312 level 1 (the 3,755 most common characters). Mojibake is made of rare characters,
 * so a repair is kept only when it raises this share clearly.
 */
import { COMMON_HAN_CHARS } from "./common-han-chars";

// GB2312 level 1 plus Big5 level 1's traditional forms (./common-han-rule.ts), precomputed so no
// encoder tables load; built at first use.
let commonSet: Set<string> | null = null;

export function hanCommonness(text: string): { han: number; common: number; share: number } {
  let han = 0;
  const set = (commonSet ??= new Set(COMMON_HAN_CHARS));
  let commonCount = 0;
  for (const ch of text) {
    // Every character of the set is Han, so the Unicode-property test runs only for the others.
    if (set.has(ch)) {
      han++;
      commonCount++;
    } else if (/\p{Script=Han}/u.test(ch)) han++;
  }
  return { han, common: commonCount, share: han === 0 ? 0 : commonCount / han };
}
