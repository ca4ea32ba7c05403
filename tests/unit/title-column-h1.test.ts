/** A column's name set as the page's <h1> (and alone in <title> with the site) is no headline. */
import { describe, expect, it } from "vitest";
import { extractHtml } from "@/lib/ingest/html/extract-html";

const BODY = [
  "上周，三家研究机构先后公布了新的开源模型评测结果，参与评测的模型数量比去年翻了一倍，覆盖代码、数学和长文本等任务。",
  "评测负责人表示，不少模型在公开榜单上的成绩已经非常接近，但在真实业务数据上的表现差距仍然明显，这也是本次评测的重点。",
  "多位开发者认为，评测方法的透明度同样重要，只有公开测试集和打分规则，结果才能被其他团队复现和检验。",
].map((p) => `<p>${p}</p>`).join("");

function page(o: { title: string; h1: string; second: string; nav?: string; head?: string }): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${o.title}</title>${o.head ?? ""}</head><body>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/a/">要闻</a></li>${o.nav ?? ""}<li><a href="/b/">财经</a></li></ul>
<div class="banner"><h1>${o.h1}</h1></div>
<div class="article">${o.second}
<div class="info">2025-08-02 09:00 作者：许文</div>
<div class="text">${BODY}</div></div>
<div class="foot">版权所有</div></body></html>`;
}

const HEADLINE = "开源模型评测结果出炉：榜单接近，真实业务差距仍大";

describe("column name as <h1>", () => {
  it("gives way to the <h2> headline when <title> holds only it and the site and the nav repeats it", () => {
    const html = page({ title: "评测前线_某某网", h1: "评测前线", nav: `<li><a href="/c/">评测前线</a></li>`, second: `<h2>${HEADLINE}</h2>` });
    expect(extractHtml(html).hints.title).toBe(HEADLINE);
  });

  it("gives way to a line classed as the headline", () => {
    const html = page({ title: "评测前线 - 某某网", h1: "评测前线", nav: `<li><a href="/c/">评测前线</a></li>`, second: `<div class="news-title">${HEADLINE}</div>` });
    expect(extractHtml(html).hints.title).toBe(HEADLINE);
  });

  it("stays when the page never repeats it as a link: a short headline over its deck", () => {
    const html = page({ title: "评测结果出炉_某某网", h1: "评测结果出炉", second: `<h2>三家研究机构公布新一轮开源模型评测，真实业务数据上的差距仍然明显</h2>` });
    expect(extractHtml(html).hints.title).toBe("评测结果出炉");
  });

  it("stays when <title> names a headline of its own", () => {
    const html = page({ title: `${HEADLINE}_评测前线_某某网`, h1: "评测前线", nav: `<li><a href="/c/">评测前线</a></li>`, second: `<h2>${HEADLINE}</h2>` });
    expect(extractHtml(html).hints.title).toBe(HEADLINE);
  });
});
