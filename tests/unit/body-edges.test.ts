/**
 * The edges of the chosen body: a widget stub (图集, +1) beside the article is not its first or
 * last line, a screenshot caption or "此前报道：" link is not body, and a dateline after such a
 * stub still names the reporter.
 */
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";
import { vocabularyHit } from "@/lib/ingest/classify/vocabulary";

const PARAS = [
  "新华社北京5月9日电（记者王小明）国内多家科技公司9日发布新一代大模型，参数规模和推理速度都有明显提升，价格进一步下调。",
  "业内人士认为，价格下调将加速中小企业接入大模型，但也会压缩厂商的利润空间，行业洗牌或将提前到来。",
  "多地出台政策支持智算中心建设，算力租赁价格在过去半年里出现了明显波动，部分机构开始囤积显卡。",
];

const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>多家公司发布新一代大模型_示例网</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/a">要闻</a> <a href="/b">科技</a></div>
<h1>多家公司发布新一代大模型</h1>
<div class="content"><div class="tabs">图集</div>${PARAS.map((p) => `<p>${p}</p>`).join("")}<div class="like">+1</div></div>
<div class="foot">示例网 版权所有</div></body></html>`;

describe("body edges", () => {
  const a = extractFile(Buffer.from(page, "utf8"), "page.html").article;
  const lines = a.body.split(/\n+/).filter(Boolean);

  it("starts at the first paragraph and ends at the last, without the widget stubs", () => {
    expect(lines[0]).toBe(PARAS[0]);
    expect(lines[lines.length - 1]).toBe(PARAS[2]);
  });

  it("reads the reporter from the dateline of the first prose paragraph", () => {
    expect([...a.authors, ...a.reporters]).toContain("王小明");
  });

  it("takes screenshot captions and earlier-report links for what they are", () => {
    expect(vocabularyHit("加拿大大叔在公园（视频截图）")?.kind).toBe("image-credit");
    expect(vocabularyHit("BBC报道截图")?.kind).toBe("image-credit");
    expect(vocabularyHit("（新华社记者 李四 摄）")?.kind).toBe("image-credit");
    expect(vocabularyHit("此前报道：港媒称某公司将发布新模型")?.kind).toBe("related");
    expect(vocabularyHit("他在发布会上展示了产品截图和测试数据，并回答了记者关于价格的提问。")).toBeNull();
  });

  it("takes a line of credit fields split by spaced bars for fields, not a menu (blind batch 23)", () => {
    expect(vocabularyHit("出品 | 腾讯科技 作者 | 苏扬 编辑 | 郑可君")).toBeNull();
    expect(vocabularyHit("首页 | 新闻 | 科技 | 财经")?.kind).toBe("navigation");
    expect(vocabularyHit("作者 | 新闻 | 科技 | 财经")?.kind).toBe("navigation");
  });

  it("takes a translation's 原文标题 and 原文链接 lines for metadata, not body (blind batch 23)", () => {
    expect(vocabularyHit("原文标题:gemini robotics brings ai into the physical world")?.kind).toBe("metadata");
    expect(vocabularyHit("原文链接:https://deepmind.google/discover/blog/gemini-robotics/")?.kind).toBe("metadata");
    expect(vocabularyHit("原文链接中提到的数据显示，该模型的成功率达到了九成。")).toBeNull();
  });
});
