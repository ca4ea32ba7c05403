/**
 * Rules from blind batch 32 (site-corporate-release-about-contact-card, site-gov-yitu-dudong-qa-explainer,
 * site-live-text-launch-event-newest-first): a press release's ### end mark, a live page's end
 * notice, an explainer's 文字解读 label, and the host's name repeated on every live entry's time line.
 */
import { describe, expect, it } from "vitest";
import { vocabularyHit } from "@/lib/ingest/classify/vocabulary";
import { stripEntryTimeNames } from "@/lib/ingest/entry-time-names";
import type { Block } from "@/lib/ingest/types";

const block = (text: string, index: number): Block => ({ index, text, path: "body>ul>li>div", linkDensity: 0, indent: 0, heading: false, listItem: true });

describe("closing marks and labels", () => {
  it("reads a press release's ### and # # # as an end mark", () => {
    expect(vocabularyHit("###")?.kind).toBe("metadata");
    expect(vocabularyHit("# # #")?.kind).toBe("metadata");
    expect(vocabularyHit("#5 号机组于3月投产")).toBeNull();
  });

  it("reads a live page's closing notice, not a sentence about a live broadcast", () => {
    expect(vocabularyHit("— 直播已结束，感谢您的关注 —")?.kind).toBe("metadata");
    expect(vocabularyHit("本场直播到此结束")?.kind).toBe("metadata");
    expect(vocabularyHit("直播结束后，主办方公布了完整的演讲视频和会议资料，供未能到场的开发者回看。")).toBeNull();
  });

  it("reads an explainer's text-version label alone on its line", () => {
    expect(vocabularyHit("文字解读")?.kind).toBe("metadata");
    expect(vocabularyHit("以下为文字版：")?.kind).toBe("metadata");
    expect(vocabularyHit("文字解读工作由市科技局负责")).toBeNull();
  });
});

describe("a live entry's time line with its poster", () => {
  it("keeps the times and drops the name repeated on every entry", () => {
    const lines = ["15:32 顾远帆", "发布会结束。", "15:18 顾远帆", "价格公布。", "15:05 顾远帆", "林晓川介绍架构。"];
    expect(stripEntryTimeNames(lines.map(block)).map((b) => b.text)).toEqual(["15:32", "发布会结束。", "15:18", "价格公布。", "15:05", "林晓川介绍架构。"]);
  });

  it("leaves a schedule of times and different words alone", () => {
    const lines = ["09:00 开幕", "10:30 主论坛", "14:00 分论坛", "16:00 闭幕"];
    expect(stripEntryTimeNames(lines.map(block)).map((b) => b.text)).toEqual(lines);
  });
});
