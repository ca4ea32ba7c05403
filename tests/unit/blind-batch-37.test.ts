// Blind HTML batch 37 (issue 14): lines of an article that the cleaner read as boilerplate.
import { describe, expect, it } from "vitest";
import { vocabularyHit } from "@/lib/ingest/classify/vocabulary";
import { metadataLineKind } from "@/lib/ingest/metadata/metadata-line";
import { foldLine } from "@/lib/text/fold";

describe("blind batch 37: copyright named in a sentence", () => {
  it("a sentence about copyright law is prose, not a footer", () => {
    const line = "under the ai act, providers must publish a summary of the data used to train their models and show that they respect eu copyright law.";
    expect(vocabularyHit(line)).toBeNull();
  });
  it("the footer's label still is one", () => {
    expect(vocabularyHit("copyright 2025 example media group")?.kind).toBe("copyright");
    expect(vocabularyHit("copyright: example media")?.kind).toBe("copyright");
    expect(vocabularyHit("example media copyright")?.kind).toBe("copyright");
  });
});

describe("blind batch 37: short lines that are no menu", () => {
  it("an English sentence with a figure in it", () => {
    expect(vocabularyHit("companies that break the rules could be fined up to 3% of their global annual turnover.")).toBeNull();
  });
  it("a numbered subhead with spaced Latin words", () => {
    expect(vocabularyHit("1. 首选 4bit 的 awq 或 gptq")).toBeNull();
    expect(vocabularyHit("（二） 选 int8 还是 fp8")).toBeNull();
  });
  it("a numbered list of menu items is still a menu", () => {
    expect(vocabularyHit("1. 首页 2. 新闻 3. 体育 4. 财经")?.kind).toBe("navigation");
    expect(vocabularyHit("1 要闻 2 财经 3 科技 4 体育")?.kind).toBe("navigation");
  });
});

describe("blind batch 37: a dated sentence of two clauses", () => {
  it("is prose, not a date line", () => {
    expect(metadataLineKind(foldLine("《措施》自2025年8月1日起施行，有效期三年。"))).toBeNull();
  });
  it("a date with its weekday or its counter is still a date line", () => {
    expect(metadataLineKind(foldLine("2025年8月1日 星期五"))).toBe("dateline");
    expect(metadataLineKind(foldLine("2025-08-01 10:00 阅读 33"))).toBe("dateline");
  });
});
