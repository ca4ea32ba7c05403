/**
 * The definition of a "common" Han character, from the encodings themselves: in GB2312 level 1
 * (GB18030 lead bytes 0xB0–0xD7, the 3,755 most frequent characters), or a traditional form
 * that is in Big5 level 1 (lead bytes 0xA4–0xC6) and has a two-byte GBK code. Encoding every
 * character through iconv-lite costs its encode tables (~50 ms at start-up), so the product
 * reads the precomputed list in ./common-han-chars.ts; this rule regenerates that list
 * (scripts/gen-common-han.ts) and the unit test checks that the two agree.
 */
import iconv from "iconv-lite";

export function isCommonHanByEncoding(ch: string): boolean {
  const bytes = iconv.encode(ch, "gb18030");
  if (bytes.length === 2 && bytes[0]! >= 0xb0 && bytes[0]! <= 0xd7) return true;
  if (bytes.length !== 2) return false;
  const big5 = iconv.encode(ch, "big5");
  return big5.length === 2 && big5[0]! >= 0xa4 && big5[0]! <= 0xc6 && iconv.decode(big5, "big5") === ch;
}

/** Every Han character (all planes) that the rule calls common, in code point order. */
export function commonHanChars(): string {
  let out = "";
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    if (/\p{Script=Han}/u.test(ch) && isCommonHanByEncoding(ch)) out += ch;
  }
  return out;
}
