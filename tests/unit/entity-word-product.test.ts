import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { wordHits, wordProduct, wordTable } from "@/lib/ingest/entities/word-hits";

// The patterns some finders ran over the whole article before they read the shared pass instead:
// each table must find exactly the pattern's global matches (start and text), in order.
const cases: [RegExp, string[]][] = [
  [/(?:也|还|则|再次)?(?:表示|说|称|指出|认为)/g, wordProduct(["也", "还", "则", "再次", ""], ["表示", "说", "称", "指出", "认为"])],
  [/(?:的)?(?:家人|家属|父母)/g, wordProduct(["的", ""], ["家人", "家属", "父母"])],
  [/(?:副)?(?:主席|总理|总书记)/g, wordProduct(["副", ""], ["主席", "总理", "总书记"])],
  [/自由民主党|民主党|自民党/g, ["自由民主党", "民主党", "自民党"]],
  [/冠军|亚军|教练|主帅/g, "冠军|亚军|教练|主帅".split("|")],
];
const tables = cases.map(([, words]) => wordTable(words));

const byPattern = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);
const byTable = (text: string, k: number) => wordHits(text, tables[k]!).map((h) => [h.at, h.word]);

describe("wordProduct tables", () => {
  it("lists the words in the order the pattern tries them", () => {
    expect(wordProduct(["a", "b", ""], ["x", "y"])).toEqual(["ax", "ay", "bx", "by", "x", "y"]);
  });

  it("find what the pattern's matchAll finds", () => {
    const piece = fc.constantFrom("也", "还", "则", "再", "次", "再次", "表示", "表", "示", "说", "称", "指出", "认为", "的", "家人", "家", "属", "父母", "副", "主席", "总理", "总", "书记", "自由", "民主党", "自民党", "党", "冠军", "亚", "军", "教练", "主帅", "，", "a", "\n");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join("");
        cases.forEach(([re], k) => expect(byTable(text, k)).toEqual(byPattern(text, re)));
      }),
      { numRuns: 3000 },
    );
  });
});
