/** extractHtml on built pages: what never reaches the text, how the main region is chosen, and the hints. */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "@/lib/ingest/decode/decode-bytes";
import { extractHtml } from "@/lib/ingest/html/extract-html";
import { normaliseDate } from "@/lib/ingest/html/dates";

const P = [
  "北京时间昨日，国内多家人工智能公司在发布会上介绍了新一代大模型，业内人士认为，竞争正在从参数规模转向应用落地。",
  "记者在现场看到，展台前排起了长队，不少开发者表示，更低的调用价格让中小企业也能用上大模型。",
  "分析人士指出，未来一年，行业的重点将是成本、可靠性和数据安全，谁能在这三点上领先，谁就更有机会赢得客户。",
  "多位受访者认为，监管规则的逐步明确，也让企业在产品设计上有了更清晰的方向，这对整个行业都是好事。",
];

function newsPage(opts: { extraHead?: string; beforeBody?: string; inArticle?: string; charset?: string } = {}): string {
  const nav = Array.from({ length: 30 }, (_, i) => `<li><a href="/c${i}">频道${i}</a></li>`).join("");
  const related = Array.from({ length: 8 }, (_, i) => `<li><a href="/n${i}">相关新闻标题第${i}条，点击查看详情内容</a></li>`).join("");
  const comments = Array.from({ length: 6 }, (_, i) => `<div class="item"><span>网友${i}</span><p>这篇文章写得很好，我非常同意作者的观点，希望以后多多报道，第${i}条评论。</p></div>`).join("");
  return `<!DOCTYPE html><html><head>${opts.charset ? `<meta charset="${opts.charset}">` : ""}
<title>大模型竞争转向应用落地_科技频道_示例新闻网</title>
<meta property="og:site_name" content="示例新闻网">
${opts.extraHead ?? ""}
<script>var tracker = function () { return "脚本里的文字不能出现"; };</script>
<style>.x { content: "样式里的文字不能出现"; }</style>
</head><body>
<div class="header"><ul class="nav">${nav}</ul></div>
${opts.beforeBody ?? ""}
<div class="main">
  <div class="article">
    <h1>大模型竞争转向应用落地</h1>
    <div class="info">2024-03-15 10:30 来源：示例日报 作者：张三</div>
    <div class="share"><a href="#">分享到微博</a> <a href="#">微信</a></div>
    <div class="article-content">
      ${P.map((p) => `<p>${p}</p>`).join("\n")}
      ${opts.inArticle ?? ""}
      <p>责任编辑：李四</p>
    </div>
  </div>
  <div class="related"><h3>相关推荐</h3><ul>${related}</ul></div>
  <div id="comments">${comments}</div>
</div>
<div class="sidebar"><h3>热门排行</h3><ul>${related}</ul></div>
<div class="footer">关于我们 | 联系我们 | 版权所有 © 示例新闻网</div>
</body></html>`;
}

const textOf = (html: string) => extractHtml(html).blocks.map((b) => b.text).join("\n");

describe("extractHtml", () => {
  it("returns the article's paragraphs in order, with its headline and date line, and nothing around it", () => {
    const x = extractHtml(newsPage());
    const texts = x.blocks.map((b) => b.text);
    expect(x.stage).toBe("main");
    expect(texts).toEqual(["大模型竞争转向应用落地", "2024-03-15 10:30 来源：示例日报 作者：张三", ...P, "责任编辑：李四"]);
    expect(x.blocks.map((b) => b.index)).toEqual(texts.map((_, i) => i));
    expect(x.blocks[0]!.heading).toBe(true);
    expect(x.blocks[2]!.path).toMatch(/div\.article-content>p$/);
  });

  it("summarises what it left out as a few regions with kinds", () => {
    const x = extractHtml(newsPage());
    const kinds = x.removedOutside.map((r) => r.kind);
    expect(kinds).toContain("navigation");
    expect(kinds).toContain("comment");
    expect(kinds).toContain("related");
    expect(kinds).toContain("share");
    expect(x.removedOutside.length).toBeLessThanOrEqual(8);
    for (const r of x.removedOutside) expect(r.text.length).toBeLessThanOrEqual(201);
  });

  it("never lets scripts, styles or hidden elements reach the text", () => {
    const hidden = [
      `<p hidden>隐藏属性的文字，不能出现在正文里。</p>`,
      `<p aria-hidden="true">无障碍隐藏的文字，不能出现在正文里。</p>`,
      `<div style="display: none"><p>显示为无的文字，不能出现在正文里。</p></div>`,
      `<p style="color:red;visibility:hidden">不可见的文字，不能出现在正文里。</p>`,
      `<noscript>请启用脚本的提示，不能出现在正文里。</noscript>`,
      `<template><p>模板里的文字，不能出现在正文里。</p></template>`,
      `<iframe>框架里的文字</iframe>`,
      `<script type="application/ld+json">{"headline":"结构化数据"}</script>`,
    ].join("\n");
    const text = textOf(newsPage({ inArticle: hidden }));
    expect(text).toContain(P[3]);
    for (const word of ["隐藏属性", "无障碍隐藏", "显示为无", "不可见", "请启用脚本", "模板里", "框架里", "结构化数据", "脚本里", "样式里"]) {
      expect(text).not.toContain(word);
    }
  });

  it("cuts boilerplate regions nested inside the article container", () => {
    const inner = `<div class="related-news"><a href="/a">另一篇文章的标题一</a><a href="/b">另一篇文章的标题二</a></div>`;
    const x = extractHtml(newsPage({ inArticle: inner }));
    expect(x.blocks.map((b) => b.text).join("")).not.toContain("另一篇文章");
    expect(x.removedOutside.some((r) => r.reason.includes("inside the article container"))).toBe(true);
  });

  it("hints: headline, site suffix stripped from <title>, date, source, site name", () => {
    const { hints } = extractHtml(newsPage());
    expect(hints.title).toBe("大模型竞争转向应用落地");
    expect(hints.publishedAt).toBe("2024-03-15T10:30:00+08:00");
    expect(hints.source).toBe("示例日报");
    expect(hints.siteName).toBe("示例新闻网");
  });

  it("hints: meta and JSON-LD beat text, zoned times are converted to +08:00", () => {
    const head = `<meta property="article:published_time" content="2024-03-14T16:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"大模型竞争转向应用落地","author":{"@type":"Person","name":"王五"}}</script>`;
    const { hints } = extractHtml(newsPage({ extraHead: head }));
    expect(hints.publishedAt).toBe("2024-03-15T00:00:00+08:00");
    expect(hints.author).toBe("王五");
  });

  it("prefers the headline that agrees with <title> over a logo <h1>", () => {
    const { hints } = extractHtml(newsPage({ beforeBody: `<h1 class="logo">示例新闻网</h1>` }));
    expect(hints.title).toBe("大模型竞争转向应用落地");
  });

  it("falls back to the paragraphs when no container holds the article", () => {
    const scattered = P.map((p, i) => `<div class="box${i}"><a href="/x${i}">栏目${i}</a><a href="/y${i}">更多${i}</a><a href="/z${i}">推荐${i}</a><p>${p}</p></div>`).join("");
    const html = `<html><head><title>散落的文章</title></head><body>${scattered}</body></html>`;
    const x = extractHtml(html);
    const text = x.blocks.map((b) => b.text).join("\n");
    for (const p of P) expect(text).toContain(p);
  });

  it("rescues an article hidden until a script reveals it, when nothing visible is an article", () => {
    const html = `<html><head><title>被脚本显示的文章</title></head><body><div class="nav"><a href="/">首页</a></div>
<div id="js_content" style="visibility: hidden;">${P.map((p) => `<p>${p}</p>`).join("")}</div></body></html>`;
    const x = extractHtml(html);
    expect(x.stage).toBe("hidden-rescue");
    expect(x.blocks.map((b) => b.text)).toEqual(P);
  });

  it("reads GBK and Big5 pages end to end through decodeBytes", () => {
    const gbk = decodeBytes(iconv.encode(newsPage({ charset: "gbk" }), "gbk"), "a.html");
    expect(gbk.encoding).toBe("gb18030");
    expect(extractHtml(gbk.text).blocks.map((b) => b.text)).toContain(P[0]);
    const tw = "記者在現場看到，展台前排起了長隊，不少開發者表示，更低的調用價格讓中小企業也能用上大模型。";
    const big5 = decodeBytes(iconv.encode(`<html><head><title>測試</title></head><body><div class="content"><h1>大模型</h1><p>${tw}</p><p>${tw}</p><p>${tw}</p></div></body></html>`, "big5"), "b.html");
    expect(big5.encoding).toBe("big5");
    expect(extractHtml(big5.text).blocks.map((b) => b.text)).toContain(tw);
  });

  it("does not throw on empty, broken or non-article HTML", () => {
    for (const html of ["", "<html>", "<<<>>>", "<body><div><div><p>短</p>", "<p>" + "<b>".repeat(2000) + "深层嵌套的文字。" ]) {
      const x = extractHtml(html);
      expect(Array.isArray(x.blocks)).toBe(true);
    }
  });
});

describe("blind batch 27: a player block among the article's paragraphs", () => {
  const player = `<div class="video-box"><div class="video-wrap"><video poster="/p.jpg"></video><span>▶</span><span>02:36</span></div>
<div class="video-title">视频：现场演示断网状态下的AI助手</div><div class="tip">您的浏览器不支持视频播放，请升级浏览器</div></div>`;
  it("cuts the player's duration, caption and browser tip, keeps the paragraphs around it", () => {
    const text = textOf(newsPage({ inArticle: player + `<p>${P[0]!.replace("北京时间昨日", "此外")}</p>` }));
    expect(text).not.toContain("02:36");
    expect(text).not.toContain("现场演示断网状态下");
    expect(text).not.toContain("不支持视频播放");
    expect(text).toContain(P[3]!);
    expect(text).toContain("此外，国内多家人工智能公司");
  });
  it("keeps the caption of a looping clip with no controls: it is the article's figure", () => {
    const figure = `<div class="image-container"><video autoplay loop muted src="/moon.mp4"></video><div class="image-caption">演员饰演月亮之王的电影剧照</div></div>`;
    expect(textOf(newsPage({ inArticle: figure + `<p>${P[1]}</p>` }))).toContain("演员饰演月亮之王的电影剧照");
  });
  it("keeps a video page's short description beside its player: it is all the text the page has", () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>发布会现场视频</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/v">视频</a></div>
<div class="wrap"><h1>发布会现场视频</h1><div class="box"><video src="/v.mp4"></video><p>新一代大模型发布会在北京举行，现场演示了断网状态下的语音助手。</p></div></div>
<div class="foot">版权所有</div></body></html>`;
    expect(textOf(page)).toContain("现场演示了断网状态下的语音助手");
  });
});

describe("normaliseDate", () => {
  it("renders dates in Asia/Shanghai", () => {
    expect(normaliseDate("2023-05-20T05:21:01Z")).toBe("2023-05-20T13:21:01+08:00");
    expect(normaliseDate("2023-05-20T13:21:01+0800")).toBe("2023-05-20T13:21:01+08:00");
    expect(normaliseDate("2023-05-20 13:21")).toBe("2023-05-20T13:21:00+08:00");
    expect(normaliseDate("2023年5月20日")).toBe("2023-05-20T00:00:00+08:00");
    expect(normaliseDate("1581418070")).toBe("2020-02-11T18:47:50+08:00");
    expect(normaliseDate("not a date")).toBeNull();
  });
});
