/** Display-only Chinese punctuation (lib/text/display-punctuation.ts). */
import { describe, expect, it } from "vitest";
import { displayPunctuation as d } from "@/lib/text/display-punctuation";

describe("displayPunctuation", () => {
  it("turns ASCII marks between Han characters full-width", () => {
    expect(d("大模型现状:一边速成,一边参数内卷")).toBe("大模型现状：一边速成，一边参数内卷");
    expect(d("ChatGPT引領的大模型時代,小模型還有機會嗎?")).toBe("ChatGPT引領的大模型時代，小模型還有機會嗎？");
    expect(d("可开创“中国派”,但")).toBe("可开创“中国派”，但");
  });
  it("brackets after Han or holding Han", () => {
    expect(d("人工智能(AI)行业")).toBe("人工智能（AI）行业");
    expect(d("GPT-4 (多模态) 发布")).toBe("GPT-4 （多模态） 发布");
  });
  it("drops a space before 。 and 、", () => {
    expect(d("百度 、华为 。")).toBe("百度、华为。");
  });
  it("leaves Latin, numbers and times alone", () => {
    for (const s of ["GPT-3.5", "1,000 亿", "12:30", "a, b? (c)", "Hello, world!"]) expect(d(s)).toBe(s);
  });
});
