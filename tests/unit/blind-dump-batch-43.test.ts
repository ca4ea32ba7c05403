import { describe, expect, it } from "vitest";
import { splitGluedCredits } from "@/lib/ingest/split-glued-credit";
import { boxAboveHeaderEnd } from "@/lib/ingest/classify/headline-list-above";
import { parseText } from "@/lib/ingest/parse-text";
import type { Block } from "@/lib/ingest/types";

const block = (index: number, text: string): Block => ({ index, text, path: "line", linkDensity: 0, indent: 0, heading: false, listItem: false });
const row = (prose: boolean, length: number, dateline = false, excluded = false) => ({ prose, length, dateline, excluded });

describe("blind dump batch 43 rules", () => {
  it("splits a round-bracketed credit with its writer glued to the last sentence (dump-b43-lynx-lead-above-picture-widget)", () => {
    const out = splitGluedCredits([block(0, "明年将把挑战赛的项目扩展到无人机和智能农业两个方向。（本文来源：某某晚报 作者：罗某某）")]);
    expect(out.map((b) => b.text)).toEqual(["明年将把挑战赛的项目扩展到无人机和智能农业两个方向。", "（本文来源：某某晚报 作者：罗某某）"]);
    // A parenthesis that is no credit stays.
    expect(splitGluedCredits([block(0, "全市完成改造三百公里，涉及八十多个村。（完）")]).length).toBe(1);
  });
  it("cuts a box of prose above the headline and the page's first date line (dump-b43-lynx-sms-promo-above-headline)", () => {
    const blocks = [row(false, 5), row(true, 157), row(false, 18), row(false, 25, true, true), row(true, 70), row(true, 79), row(true, 80), row(true, 60)];
    expect(boxAboveHeaderEnd(blocks, { start: 1, end: 7 })).toBe(2);
    // A roundup whose first item has its own date line above keeps its first item.
    const roundup = [row(false, 25, true, true), row(true, 157), row(false, 18), row(false, 25, true, true), row(true, 300)];
    expect(boxAboveHeaderEnd(roundup, { start: 1, end: 4 })).toBeNull();
    // Under the header, the article must outweigh the box.
    expect(boxAboveHeaderEnd([row(true, 200), row(false, 18), row(false, 25, true, true), row(true, 160)], { start: 0, end: 3 })).toBeNull();
  });
  it("drops a section heading's bracketed edit link (dump-b43-lynx-encyclopedia-edit-marks-speak-buttons)", () => {
    const texts = parseText("历史沿革[7][编辑]\n\n   这是一段足够长的正文，用来说明历史沿革一节的内容，并且以句号结束。\n").map((b) => b.text);
    expect(texts[0]).toBe("历史沿革");
  });
});
