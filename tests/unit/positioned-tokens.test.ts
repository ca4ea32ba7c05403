/**
 * Highlighting tokenizes with positionedTokens, the index with searchTokens: the two must cut
 * the same tokens, or a hit the index found would not light up (or a non-hit would).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { positionedTokens, searchTokens } from "@/lib/search/normalize";
import { toSimplified } from "@/lib/text/script";

// Han inside and outside the fast range (龥 U+9FA5, U+9FFF, extension B), traditional forms,
// full-width and upper-case Latin, a ligature, digits, Roman and circled numerals, kana, Hangul,
// Greek, punctuation and whitespace. Not half-width kana with a sound mark (ﾊﾟ): whole-text NFKC
// joins the pair into one letter, folding one character at a time does not (a known gap, as before).
const PIECES = ["李", "開", "復", "华", "为", "龥", "\u9fff", "𠀀", "𪚥", "〇", "々", "Ａ", "ｂ", "ﬁ", "A", "z", "9", "Ⅻ", "①", "ß", "é", "ア", "ﾊ", "한", "Ω", " ", "，", "。", "-", "_", "\n"];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((xs) => xs.join(""));

describe("positionedTokens", () => {
  it("cuts the same tokens as the search index, with ordered offsets inside the text", () => {
    fc.assert(
      fc.property(text, (t) => {
        const { text: shown, tokens } = positionedTokens(t, toSimplified(t));
        expect(tokens.map((x) => x.token)).toEqual(searchTokens(t));
        let last = 0;
        for (const x of tokens) {
          expect(x.start).toBeGreaterThanOrEqual(last);
          expect(x.end).toBeGreaterThan(x.start);
          expect(x.end).toBeLessThanOrEqual(shown.length);
          last = x.end;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("points at the original characters of a traditional, full-width text", () => {
    const t = "李開復：ＯｐｅｎＡＩ發布";
    const { tokens } = positionedTokens(t);
    expect(tokens.map((x) => [x.token, t.slice(x.start, x.end)])).toEqual([
      ["李", "李"], ["开", "開"], ["复", "復"], ["openai", "ＯｐｅｎＡＩ"], ["发", "發"], ["布", "布"],
    ]);
  });

  it("covers a ligature that folds into a longer word", () => {
    const t = "ﬁne 模型";
    expect(positionedTokens(t).tokens).toEqual([
      { token: "fine", start: 0, end: 3 },
      { token: "模", start: 4, end: 5 },
      { token: "型", start: 5, end: 6 },
    ]);
  });
});
