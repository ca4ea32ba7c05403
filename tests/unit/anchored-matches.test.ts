import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { anchoredMatches } from "@/lib/ingest/entities/anchored-matches";

const HAN_OR_LATIN = "[A-Za-z][A-Za-z0-9 .&-]{1,29}?|[\\u4e00-\\u9fff]{2,12}?";
const cases: [RegExp, string[], number][] = [
  [new RegExp(`(?:^|[，。；：、,;:\\n“”])(${HAN_OR_LATIN})旗下`, "g"), ["旗下"], 31],
  [new RegExp(`(?:^|[，。；：、,;:\\n“”]|作为)(${HAN_OR_LATIN})(?:的)?(?:联合创始人|创始人|CEO)(?=[，。；、,;])`, "g"), ["联合创始人", "创始人", "CEO"], 33],
  [new RegExp(`据(${HAN_OR_LATIN})(?:工作人员|人士)(?:介绍|称)`, "g"), ["据"], 0],
  [/旗下旗/g, ["旗下旗"], 0],
  // an anchor that overlaps itself: the match is at its second, overlapping occurrence
  [/旗下旗(?!下)/g, ["旗下旗"], 0],
  [/(?<=[，a])b+旗下?/g, ["旗"], 40],
];

const plain = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, ...m]);
const anchored = (text: string, re: RegExp, anchors: string[], reach: number) => anchoredMatches(text, re, anchors, reach).map((m) => [m.index, ...m]);

describe("anchoredMatches", () => {
  it("gives what matchAll gives", () => {
    const piece = fc.constantFrom("旗下", "旗", "下", "创始人", "联合", "CEO", "作为", "据", "工作人员", "人士", "介绍", "称", "，", "、", "的", "a", "b", "Ab", " ", "中", "国", "科技", "\n");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join("");
        for (const [re, anchors, reach] of cases) expect(anchored(text, re, anchors, reach)).toEqual(plain(text, re));
      }),
      { numRuns: 3000 },
    );
  });

  it("finds a match that ends before the next anchor and one right after it", () => {
    const re = new RegExp(`(?:^|[，])(${HAN_OR_LATIN})旗下`, "g");
    const text = "，甲乙旗下，丙丁旗下" + "戊".repeat(50) + "，己庚旗下";
    expect(anchored(text, re, ["旗下"], 31)).toEqual(plain(text, re));
  });

  it("finds a match at an anchor's occurrence that overlaps its previous one (e19: such an anchor is found by indexOf, not its word table)", () => {
    expect(anchored("旗下旗下旗", /旗下旗(?!下)/g, ["旗下旗"], 0)).toEqual([[2, "旗下旗"]]);
  });
});
