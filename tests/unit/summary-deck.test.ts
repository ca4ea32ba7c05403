import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractFile } from "../../lib/ingest/extract-file";
import { summaryDeckAbove } from "../../lib/ingest/html/summary-deck";
import type { Block } from "../../lib/ingest/types";

const DECK = "端侧模型的难点不在于把模型做小，而在于在有限的算力和内存里保住能力。";
const LEAD = "过去一年，手机、PC和汽车厂商纷纷把大模型塞进终端设备，端侧模型成为行业的新热点。";

function block(index: number, text: string, core: boolean, heading = false): Block {
  return { index, text, path: "html>body>div", linkDensity: 0, indent: 0, heading, listItem: false, core };
}

describe("blind batch 29: a summary deck above the article region", () => {
  it("marks a block above the chosen region that is the page's meta description", () => {
    const blocks = [block(0, "端侧模型不是大模型的缩小版", false, true), block(1, DECK, false), block(2, LEAD, true)];
    expect([...summaryDeckAbove(blocks, DECK)]).toEqual([1]);
    // a description cut short with … is the deck's start
    expect([...summaryDeckAbove(blocks, `${DECK.slice(0, 31)}…`)]).toEqual([1]);
  });
  it("leaves the region's own first paragraph, a headline and another block alone", () => {
    expect(summaryDeckAbove([block(0, LEAD, true), block(1, DECK, true)], LEAD).size).toBe(0);
    expect(summaryDeckAbove([block(0, DECK, false, true), block(1, LEAD, true)], DECK).size).toBe(0);
    expect(summaryDeckAbove([block(0, "编者按：本文记录了一次关于端侧模型的长谈，供读者参考，不代表本站观点。", false), block(1, LEAD, true)], DECK).size).toBe(0);
    // a headline-long description names no deck
    expect(summaryDeckAbove([block(0, "端侧模型不是大模型的缩小版。", false), block(1, LEAD, true)], "端侧模型不是大模型的缩小版。").size).toBe(0);
  });
  it("shape-qa-interview-comments-app-banner: the body opens with the article, not the summary box", () => {
    const file = path.resolve(import.meta.dirname, "../fixtures/pages/shape-qa-interview-comments-app-banner/source.html");
    const { article } = extractFile(fs.readFileSync(file), "source.html");
    expect(article.body.startsWith("过去一年")).toBe(true);
    expect(article.body).not.toContain("端侧模型的难点不在把模型做小");
  });
});
