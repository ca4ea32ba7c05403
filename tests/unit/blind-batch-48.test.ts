/**
 * Blind batch 48 (x11): the rules its cases asked for, each also held by a fixture case
 * (x11-b48-paged-article-second-page-section, x11-b48-article-split-around-video-ad-box,
 * x11-b48-commentary-one-line-paragraphs).
 */
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";
import { vocabularyHit } from "@/lib/ingest/classify/vocabulary";

const page = (info: string, paragraphs: string[]) =>
  Buffer.from(
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>测试标题：一家公司发布新模型-示例评论</title></head><body>` +
      `<div class="nav"><a href="/">首页</a><a href="/a">新闻</a><a href="/b">评论</a></div>` +
      `<h1>测试标题：一家公司发布新模型</h1><div class="meta">${info}</div>` +
      `<div class="text">${paragraphs.map((p) => `<p>${p}</p>`).join("")}</div></body></html>`,
  );

const PROSE = [
  "12月6日，一家大模型公司发布了新一代推理模型，在数学和代码任务上的表现明显提升，价格与上一代持平。",
  "公司负责人表示，新模型采用了新的训练方法，推理时会先规划步骤再作答，复杂问题的正确率提高了两成。",
  "业内人士认为，推理能力的竞争将决定明年大模型应用的走向，能稳定完成多步骤任务的模型才可能支撑起智能体产品。",
];

describe("blind batch 48", () => {
  it("a line that is only a paged article's page marker is not the article's", () => {
    for (const line of ["（第2页）", "第 3 页", "【第二页】"]) expect(vocabularyHit(line)?.kind, line).toBe("prev-next");
    // a sentence naming a page is text
    expect(vocabularyHit("详见报告第2页的表格。")).toBeNull();
  });

  it("an embedded player's controls left as text are no words of the article", () => {
    for (const line of ["点击播放 时长 01:32", "播放 03:15", "点击观看视频"]) expect(vocabularyHit(line)?.kind, line).toBe("navigation");
    expect(vocabularyHit("点击播放后，画面中出现了机器人分拣快递的场景。")).toBeNull();
  });

  it("文／X with a full-width slash credits a writer, not an outlet", () => {
    const a = extractFile(page(`<span class="author">文／苏默</span> <span>2026-12-06 07:00</span>`, PROSE), "p.html").article;
    expect(a.source ?? "").not.toContain("苏默");
    expect([...a.authors, ...a.reporters]).toContain("苏默");
  });
});
