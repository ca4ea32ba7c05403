/**
 * Body rules asked for by blind batch 26 (tests/fixtures/pages/site-*): lines that are page
 * controls or pointers elsewhere, not the article, in shapes the earlier vocabulary missed.
 */
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";
import { vocabularyHit } from "@/lib/ingest/classify/vocabulary";
import { stripGalleryCounters } from "@/lib/ingest/gallery-counters";
import type { Block } from "@/lib/ingest/types";

const ITEMS = [
  "一家实验室发布的新版开源模型在多项代码生成评测中取得领先，参数规模约为三百亿，采用宽松的开源协议。",
  "多家算力服务商下调了高端显卡的月租价格，降幅在一到两成之间，业内人士认为新增供给集中释放是主因。",
  "一家为律所提供合同审查工具的公司完成新一轮融资，资金将用于拓展华东和华南市场的销售团队。",
];

describe("a read-on link pointing with an arrow, and a font-size control listing its sizes", () => {
  it("are toolbar lines", () => {
    expect(vocabularyHit("查看原文 →")?.kind).toBe("share");
    expect(vocabularyHit("阅读全文»")?.kind).toBe("share");
    expect(vocabularyHit("字体：小中大")?.kind).toBe("share");
    expect(vocabularyHit("字号：大 中 小")?.kind).toBe("share");
    expect(vocabularyHit("了解更多大模型的用法，请看下文的三个例子和评测结果")).toBeNull();
  });
  it("leave a digest's items without their link lines", () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>每周简报 第3期</title></head><body>
<h1>每周简报 第3期</h1><p>2025年9月15日</p>
${ITEMS.map((t, i) => `<h3>${i + 1}. 第${i + 1}条消息的标题写在这里</h3><p>${t}</p><p><a href="https://example.org/${i}">查看原文 →</a></p>`).join("\n")}
<p>© 2025 每周简报</p></body></html>`;
    const a = extractFile(Buffer.from(html), "page.html").article;
    expect(a.body).toContain(ITEMS[2]);
    expect(a.body).not.toContain("查看原文");
  });
});

describe("a gallery's n/N counters glued to its captions", () => {
  const block = (text: string, index: number): Block => ({ index, text, path: "body>ul>li>div.txt", linkDensity: 0, indent: 0, heading: false, listItem: true });
  const texts = (lines: string[]) => stripGalleryCounters(lines.map(block)).map((b) => b.text);
  it("go when they count up against one total, even where a caption opens with a figure (1/87月…)", () => {
    expect(texts(["1/47月26日，观众排队入场。", "2/4机器人演示叠衣服。", "3/4芯片企业集中亮相。", "4/4夜幕降临，灯光秀开始。"])).toEqual([
      "7月26日，观众排队入场。",
      "机器人演示叠衣服。",
      "芯片企业集中亮相。",
      "夜幕降临，灯光秀开始。",
    ]);
  });
  it("stay when a line alone or two lines open with a fraction", () => {
    const lines = ["3/4的受访企业表示已经试用过大模型。", "1/2以上的企业计划今年加大投入。", "另有企业仍在观望。"];
    expect(texts(lines)).toEqual(lines);
  });
});

describe("a code listing in the article", () => {
  it("stays, though its spaced words look like a menu's items", () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>部署记录</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/b">博客</a> <a href="/q">问答</a></div>
<article><h1>部署记录</h1>
<p>${ITEMS[0]}</p><p>先单独建一个环境，命令如下，注意版本号要和显卡驱动匹配，否则后面会报错：</p>
<pre><code>conda create -n demo python=3.10 -y
conda activate demo
pip install demo</code></pre>
<p>${ITEMS[1]}</p><p>${ITEMS[2]}</p></article>
<div class="foot">© 2025 示例社区 版权所有</div></body></html>`;
    const a = extractFile(Buffer.from(html), "page.html").article;
    expect(a.body).toContain("conda create -n demo python=3.10 -y");
    expect(a.body).toContain(ITEMS[2]);
  });
});

describe("a release's contact card for journalists", () => {
  it("opens a section that is not body (媒体联系 and the names under it), while 关于X stays", () => {
    expect(vocabularyHit("媒体联系")?.kind).toBe("contact");
    expect(vocabularyHit("Media Contact:")?.kind).toBe("contact");
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>示例公司发布新模型</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/news">新闻中心</a> <a href="/about">关于我们</a></div>
<div class="news"><h1>示例公司发布新模型</h1><p>发布时间：2025-07-08</p>
<p>${ITEMS[0]}</p><p>${ITEMS[1]}</p>
<h3>关于示例公司</h3><p>示例公司成立于2021年，总部位于上海，专注于通用大模型及行业应用的研发，为企业提供一站式服务。</p>
<h3>媒体联系</h3><p>示例公司品牌公关部<br>邮箱：press@example.com<br>电话：021-5000 0000</p></div>
<div class="foot">© 2025 示例公司 版权所有</div></body></html>`;
    const a = extractFile(Buffer.from(html), "page.html").article;
    expect(a.body).toContain("示例公司成立于2021年");
    expect(a.body).not.toContain("媒体联系");
    expect(a.body).not.toContain("品牌公关部");
  });
});
