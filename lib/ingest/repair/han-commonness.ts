/**
 * How "ordinary" a run of Chinese text looks: the share of its Han characters that are in
 * GB2312 level 1 (the 3,755 most common characters). Mojibake is made of rare characters,
 * so a repair is kept only when it raises this share clearly.
 */
import { COMMON_HAN_CHARS } from "./common-han-chars";

const HAN = /\p{Script=Han}/u;

interface Tables {
  /** Per BMP code unit: 0 not Han, 1 Han, 2 common Han. Surrogates are 0. */
  bmp: Uint8Array;
  commonAstral: Set<string>;
}

let tables: Tables | null = null;

// Built at first use: this runs on every run of non-ASCII text of every block, where a Set of
// one-character strings and a Unicode-property regex per character cost more than the rest of
// the repair. The Han test is the regex's own answer, taken once per code unit.
function buildTables(): Tables {
  const bmp = new Uint8Array(0x10000);
  // Every BMP code unit once (surrogates as spaces), so a match's index is its code unit; Han
  // characters come in a few long runs, marked a run at a time (a match per character cost ~40 ms).
  const units = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) units[c] = c >= 0xd800 && c <= 0xdfff ? 0x20 : c;
  let all = "";
  for (let c = 0; c < 0x10000; c += 0x1000) all += String.fromCharCode(...units.subarray(c, c + 0x1000));
  for (const m of all.matchAll(/\p{Script=Han}+/gu)) bmp.fill(1, m.index, m.index + m[0].length);
  const commonAstral = new Set<string>();
  for (const ch of COMMON_HAN_CHARS) {
    if (ch.length === 1) bmp[ch.charCodeAt(0)] = 2;
    else commonAstral.add(ch);
  }
  return { bmp, commonAstral };
}

export function hanCommonness(text: string): { han: number; common: number; share: number } {
  const { bmp, commonAstral } = (tables ??= buildTables());
  let han = 0;
  let common = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        const ch = text.slice(i, i + 2);
        i++;
        if (HAN.test(ch)) {
          han++;
          if (commonAstral.has(ch)) common++;
        }
        continue;
      }
    }
    const kind = bmp[c]!;
    if (kind !== 0) {
      han++;
      if (kind === 2) common++;
    }
  }
  return { han, common, share: han === 0 ? 0 : common / han };
}
