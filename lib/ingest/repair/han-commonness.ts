/**
 * How "ordinary" a run of Chinese text looks: the share of its Han characters that are in
 * GB2312 level 1 (the 3,755 most common characters). Mojibake is made of rare characters,
 * so a repair is kept only when it raises this share clearly.
 */
import iconv from "iconv-lite";

const cache = new Map<string, boolean>();

export function isCommonHan(ch: string): boolean {
  let hit = cache.get(ch);
  if (hit === undefined) {
    const bytes = iconv.encode(ch, "gb18030");
    // GB2312 level 1 occupies lead bytes 0xB0–0xD7; traditional forms are common too, so
    // check their simplified twin through the same byte test when the char is not in GB2312.
    hit = bytes.length === 2 && bytes[0]! >= 0xb0 && bytes[0]! <= 0xd7;
    if (!hit && bytes.length === 2) {
      const big5 = iconv.encode(ch, "big5");
      // Big5 level 1 (frequent characters) lead bytes 0xA4–0xC6.
      hit = big5.length === 2 && big5[0]! >= 0xa4 && big5[0]! <= 0xc6 && iconv.decode(big5, "big5") === ch;
    }
    cache.set(ch, hit);
  }
  return hit;
}

export function hanCommonness(text: string): { han: number; common: number; share: number } {
  let han = 0;
  let common = 0;
  for (const ch of text) {
    if (/\p{Script=Han}/u.test(ch)) {
      han++;
      if (isCommonHan(ch)) common++;
    }
  }
  return { han, common, share: han === 0 ? 0 : common / han };
}
