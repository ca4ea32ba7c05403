import { describe, expect, it } from "vitest";
import { splitGluedCredits } from "@/lib/ingest/split-glued-credit";
import type { Block } from "@/lib/ingest/types";

const block = (index: number, text: string): Block => ({ index, text, path: "line", linkDensity: 0, indent: 0, heading: false, listItem: false });

describe("splitGluedCredits", () => {
  it("splits a 【来源：X】 glued to the last sentence into a line of its own (blind batches 21, 22)", () => {
    const out = splitGluedCredits([block(0, "标题"), block(1, "到2027年，全省人工智能核心产业营收力争突破1万亿元。【来源：浙江日报】"), block(2, "责任编辑：王涛")]);
    expect(out.map((b) => b.text)).toEqual(["标题", "到2027年，全省人工智能核心产业营收力争突破1万亿元。", "【来源：浙江日报】", "责任编辑：王涛"]);
    expect(out.map((b) => b.index)).toEqual([0, 1, 2, 3]);
  });
  it("leaves a credit alone on its line, a bracket that is no credit, and a headline's bracket", () => {
    const lines = ["【来源：浙江日报】", "国务院常务会议研究部署人工智能工作。【图】", "大模型价格战【深度】"];
    expect(splitGluedCredits(lines.map((t, i) => block(i, t))).map((b) => b.text)).toEqual(lines);
  });
});
