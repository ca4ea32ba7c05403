import { describe, expect, it } from "vitest";
import { bodyScore, sameDay, titleMatches, namesPresent } from "@/lib/eval/score";

describe("eval measures", () => {
  it("scores body shingles as multisets, ignoring whitespace and width", () => {
    expect(bodyScore("大模型时代来了。", "大模型时代来了。").f1).toBe(1);
    expect(bodyScore("大模型 时代来了，", "大模型时代来了,").f1).toBe(1);
    const half = bodyScore("大模型时代", "大模型时代来了好多公司");
    expect(half.precision).toBe(1);
    expect(half.recall).toBeLessThan(0.5);
    expect(bodyScore("", "大模型时代").f1).toBe(0);
  });
  it("compares titles after folding and dates by Shanghai day", () => {
    expect(titleMatches("加速分化：关于大模型走势的十个判断", "加速分化:关于大模型走势的十个判断")).toBe(true);
    expect(titleMatches("加速分化", "加速分化:关于大模型")).toBe(false);
    // a case with no headline matches only an empty title
    expect(titleMatches("", null)).toBe(true);
    expect(titleMatches("【导读】一篇论文引发热议", null)).toBe(false);
    expect(sameDay("2023-05-20T01:00:00+08:00", "2023-05-20")).toBe(true);
    expect(sameDay("2023-05-19T20:00:00Z", "2023-05-20")).toBe(true);
    expect(sameDay(null, "2023-05-20")).toBe(false);
    expect(namesPresent(["蘭素英"], ["蘭素英"])).toBe(true);
    expect(namesPresent([], ["高涵"])).toBe(false);
  });
});
