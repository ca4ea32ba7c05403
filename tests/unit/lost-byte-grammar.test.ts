/**
 * A damaged character is scored by the grammar of its neighbours too (jieba's part-of-speech
 * HMM, han-pos-hmm-score.ts): an adverb between a subject and a passive 被 (男子又被), where the
 * pair model alone takes 午 (男子 ends a word, 午 begins many).
 */
import { describe, expect, it } from "vitest";
import { undoMojibake } from "@/lib/ingest/decode/undo-mojibake";
import { makeMojibake } from "@/lib/eval/mojibake-variants";
import { posHmmFit } from "@/lib/ingest/repair/han-pos-hmm-score";

const mend = (text: string, variant: "utf8-as-cp1252-question" | "utf8-as-cp1252-drop" = "utf8-as-cp1252-question") =>
  undoMojibake(makeMojibake(text, variant))?.text;

describe("lost bytes chosen by the grammar around them", () => {
  it("又 between a subject and 被, not 午 (traditional and simplified)", () => {
    expect(mend("這名男子又被警方逮捕。")).toBe("這名男子又被警方逮捕。");
    expect(mend("该男子又被警方带走调查。")).toBe("该男子又被警方带走调查。");
  });
});

describe("posHmmFit", () => {
  it("prefers the adverb before a verb and is 0 without neighbours", () => {
    expect(posHmmFit("又", "男子", "被警方")).toBeGreaterThan(posHmmFit("午", "男子", "被警方"));
    expect(posHmmFit("又", "", "")).toBe(0);
  });
});
