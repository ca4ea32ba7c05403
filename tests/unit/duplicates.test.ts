/**
 * Copies among a page's blocks (lib/ingest/classify/duplicates.ts): teasers that begin a
 * paragraph, and pull quotes that lift a clause from a paragraph's middle or end.
 */
import { describe, expect, it } from "vitest";
import { findCopies } from "@/lib/ingest/classify/duplicates";

const PARA = "更让她担心的是职业前景。随着模型能力提升，一部分简单的标注工作已经开始由模型自己完成，人工只负责抽查。";
const all = () => true;

describe("findCopies", () => {
  it("takes a block that begins another for a copy of it", () => {
    expect(findCopies([PARA, "更让她担心的是职业前景。"], all)).toEqual(new Map([[1, 0]]));
  });

  it("takes a pull quote lifted from a paragraph's end, from a clause's start, for a copy", () => {
    expect(findCopies([PARA, "一部分简单的标注工作已经开始由模型自己完成，人工只负责抽查。"], all)).toEqual(new Map([[1, 0]]));
  });

  it("leaves a sentence found inside another only past a clause's start, and short ones, alone", () => {
    // Starts mid-clause (…标注工作|已经开始…): a different sentence that happens to end the same.
    expect(findCopies([PARA, "已经开始由模型自己完成，人工只负责抽查。"], all).size).toBe(0);
    expect(findCopies([PARA, "人工只负责抽查。"], all).size).toBe(0);
  });
});
