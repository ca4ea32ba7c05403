/**
 * The precomputed common-Han list (lib/ingest/repair/common-han-chars.ts) must be exactly what
 * the encoding rule gives over every Han code point, and hanCommonness must count by it.
 */
import { describe, expect, it } from "vitest";
import { COMMON_HAN_CHARS } from "@/lib/ingest/repair/common-han-chars";
import { commonHanChars, isCommonHanByEncoding } from "@/lib/ingest/repair/common-han-rule";
import { hanCommonness } from "@/lib/ingest/repair/han-commonness";

describe("common Han characters", () => {
  it("the generated list equals the encoding rule over all Han code points", () => {
    expect(COMMON_HAN_CHARS).toBe(commonHanChars());
  });

  it("hanCommonness counts Han and common Han as the rule does", () => {
    const text = "大模型公司發佈了新模型 ABC 123 々〇 鍏徃鐨勬 𠀀𠀁 亍";
    let han = 0;
    let common = 0;
    for (const ch of text) {
      if (/\p{Script=Han}/u.test(ch)) {
        han++;
        if (isCommonHanByEncoding(ch)) common++;
      }
    }
    expect(han).toBeGreaterThan(10);
    expect(common).toBeLessThan(han);
    expect(hanCommonness(text)).toEqual({ han, common, share: common / han });
    expect(hanCommonness("no Chinese here")).toEqual({ han: 0, common: 0, share: 0 });
    expect(hanCommonness("\ud800 lone surrogates \udc00 大")).toEqual({ han: 1, common: 1, share: 1 });
  });

  it("hanCommonness counts every BMP code unit as Han exactly when the Unicode property says so", () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (hanCommonness(ch).han !== (/\p{Script=Han}/u.test(ch) ? 1 : 0)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it("hanCommonness agrees with the regex and the rule over every code point from U+2E80 to U+2FFFF", () => {
    for (let from = 0x2e80; from < 0x30000; from += 0x1000) {
      let text = "";
      let han = 0;
      let common = 0;
      for (let cp = from; cp < Math.min(from + 0x1000, 0x30000); cp++) {
        if (cp >= 0xd800 && cp <= 0xdfff) continue;
        const ch = String.fromCodePoint(cp);
        text += ch;
        if (/\p{Script=Han}/u.test(ch)) {
          han++;
          if (COMMON_HAN_CHARS.includes(ch)) common++;
        }
      }
      expect(hanCommonness(text)).toEqual({ han, common, share: han === 0 ? 0 : common / han });
    }
  });
});
