import { describe, expect, it } from "vitest";
import { repeatedCaptions, type CaptionLine } from "@/lib/ingest/classify/repeated-captions";

const para: CaptionLine = { norm: "", captionShape: false, prose: true };
const cap = (norm: string): CaptionLine => ({ norm, captionShape: true, prose: false });

describe("a dump's gallery captions", () => {
  it("takes a name printed three times or more between paragraphs", () => {
    const lines = [para, cap("a"), cap("b"), para, cap("a"), cap("b"), para, cap("a"), cap("b"), para];
    expect([...repeatedCaptions(lines)]).toEqual([1, 2, 4, 5, 7, 8]);
  });
  it("leaves a line printed twice, and repeats that are not between paragraphs", () => {
    expect(repeatedCaptions([para, cap("a"), para, cap("a"), para]).size).toBe(0);
    expect(repeatedCaptions([cap("a"), para, cap("a"), para, cap("a")]).size).toBe(1);
    expect(repeatedCaptions([para, cap("m"), cap("m"), cap("m"), cap("m"), cap("m"), cap("m"), cap("m"), para]).size).toBe(0);
  });
});
