/**
 * Info-line fields in <span>s with nothing between them (minified markup): where a number meets a
 * name or another number, the walk keeps them apart, so a byline's name does not run into the
 * count after it and a time into a date; spans cut inside a sentence stay glued.
 */
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";
import { extractHtml } from "@/lib/ingest/html/extract-html";

const P = [
  "深言科技今天下午在杭州举行秋季发布会，推出新一代通用大模型深言-3，本网记者在现场为您带来图文直播。",
  "深言科技创始人兼CEO周启明登台。他说，过去一年公司把主要精力放在推理效率上，让模型更便宜比让模型更大更重要。",
  "周启明透露，深言科技的企业客户已经超过3000家，覆盖金融、制造、政务等行业，今年以来调用量增长了五倍。",
];
const page = (info: string, extra = "") => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>深言科技秋季发布会_示例网</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/tech">科技</a> <a href="/live">直播</a></div>
<div class="main"><h1>深言科技秋季发布会</h1><div class="info">${info}</div>${P.map((p) => `<p>${p}</p>`).join("")}${extra}</div>
<div class="foot">示例网 版权所有</div></body></html>`;

describe("abutting info spans", () => {
  it("keeps a byline's name apart from the count after it", () => {
    const html = page(`<span class="status">已结束</span><span>直播时间：2025-10-16 14:00</span><span>主持人：本网记者 顾远帆</span><span>12.6万人参与</span>`);
    const a = extractFile(Buffer.from(html, "utf8"), "live.html").article;
    expect([...a.authors, ...a.reporters]).toEqual(["顾远帆"]);
  });

  it("keeps a date apart from the time in the next span", () => {
    const html = page(`<span class="date">发布时间：2025-10-16</span><span class="time">23:16</span>`);
    expect(extractHtml(html).blocks.map((b) => b.text)).toContain("发布时间：2025-10-16 23:16");
  });

  it("leaves spans that meet Han to Han, or carry inline styles, glued", () => {
    const html = page(`<span>2025-10-16</span>`, `<p><span>五粮液</span><span>与路易威登同列其中。</span><span style="color:red">3</span><span style="color:red">2</span>个品牌上榜，排名较上年提升。</p>`);
    const texts = extractHtml(html).blocks.map((b) => b.text);
    expect(texts).toContain("五粮液与路易威登同列其中。32个品牌上榜，排名较上年提升。");
  });
});
