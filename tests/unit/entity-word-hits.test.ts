import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { containsAny, wordHits, wordTable } from "@/lib/ingest/entities/word-hits";

/** What one table's scan must equal: a global alternation pattern of its words, in table order. */
function byPattern(text: string, words: string[]): { at: number; word: string }[] {
  const re = new RegExp(words.join("|"), "g");
  return [...text.matchAll(re)].map((m) => ({ at: m.index, word: m[0] }));
}

describe("word tables read in one merged pass", () => {
  const a = ["表示", "表", "示范", "说"];
  const b = ["示", "表示说", "范"];
  const c = ["个股", "涨停"];
  const ta = wordTable(a);
  const tb = wordTable(b);
  const tc = wordTable(c);

  it("gives each table its own hits: one table's hit does not hide another's words at the same place", () => {
    const text = "他表示说示范，表示说明了示范";
    expect(wordHits(text, ta)).toEqual(byPattern(text, a));
    expect(wordHits(text, tb)).toEqual(byPattern(text, b));
    expect(wordHits(text, tb)[0]).toEqual({ at: 1, word: "表示说" });
    expect(containsAny(text, tc)).toBe(false);
  });

  it("reads a new text afresh, and a table made after a text was read still finds its words", () => {
    const first = "今日个股普涨，有股涨停";
    expect(wordHits(first, tc)).toEqual([
      { at: 2, word: "个股" },
      { at: 9, word: "涨停" },
    ]);
    const late = wordTable(["普涨", "今日"]);
    expect(wordHits(first, late)).toEqual([
      { at: 0, word: "今日" },
      { at: 4, word: "普涨" },
    ]);
    expect(wordHits("他说", ta)).toEqual([{ at: 1, word: "说" }]);
    expect(containsAny("他说", tc)).toBe(false);
  });
});

describe("word tables skip positions whose first two characters start no word", () => {
  // one-character words beside longer ones of the same first character, in both orders, and
  // first characters that start words only in other tables: the pair filter must keep every hit
  const words = [
    ["表示", "表", "示范", "说"],
    ["示", "表示说", "范例", "范"],
    ["说明", "明天", "天"],
    ["范例说明", "例"],
  ];
  const tables = words.map((w) => wordTable(w));

  it("gives what a global alternation of each table's words gives", () => {
    const piece = fc.constantFrom("表", "示", "说", "明", "天", "范", "例", "他", "，", "a", "表示", "范例");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        words.forEach((w, k) => expect(wordHits(text, tables[k]!)).toEqual(byPattern(text, w)));
      }),
      { numRuns: 3000 },
    );
  });
});

