// The rules blind metadata batch 39 asked for, each on a page of its own shape (the fixture cases are
// tests/fixtures/pages/meta-b39-*, named in each describe).
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";
import { isSiteName } from "@/lib/ingest/metadata/names";

const BODY = [
  "今年以来，训练和推理所需的算力价格一路走高，不少做通用大模型的创业公司开始收缩，行业小模型公司却接连完成融资。",
  "受访者表示，他们的模型参数量只有几十亿，但在质检、客服工单分类这类具体任务上，准确率并不输给通用大模型。",
  "他认为，行业客户更在意数据不出厂、响应够快、出了问题有人负责，只要这些需求还在，小模型就有自己的位置。",
];
const FIXTURES = "tests/fixtures/pages";
const paras = BODY.map((p) => `<p>${p}</p>`).join("");
const html = (head: string, body: string) => extractFile(Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`), "p.html").article;

describe("a headline holding a bar of its own, in a <title> with two _ suffixes and no heading (meta-b39-title-two-separators-bar-in-headline-no-heading)", () => {
  const page = (shown: string) =>
    html(
      "<title>对话某智能CEO｜算力涨价之后，小模型还有机会吗？_人物_某财经</title>",
      `<div class="nav"><a href="/">首页</a><a href="/renwu">人物</a></div><div class="art"><div class="art-tit">${shown}</div><div class="meta"><span>撰文：范知秋</span> <span>编辑：许苗</span> <time datetime="2025-06-02T20:30:00+08:00">6月2日 20:30</time></div><div class="bd">${paras}</div></div>`,
    );
  it("keeps the bar the page prints in its headline, and reads the writer under it", () => {
    const a = page("对话某智能CEO｜算力涨价之后，小模型还有机会吗？");
    expect(a.title).toBe("对话某智能CEO｜算力涨价之后，小模型还有机会吗？");
    expect(a.authors).toEqual(["范知秋"]);
    expect(a.body).not.toContain("对话某智能CEO");
  });
  it("still cuts at the bar when the page prints the headline without the part before it", () => {
    expect(page("算力涨价之后，小模型还有机会吗？").title).toBe("算力涨价之后，小模型还有机会吗？");
  });
});

describe("the accepted answer's writer on a Q&A page of several answers (site-qa-accepted-answer-among-others)", () => {
  // The answer's name sits on its meta line after a long text, where the thread-poster reader stops looking.
  it("files the answerer the QAPage declares, a handle as much as a name", () => {
    const a = extractFile(fs.readFileSync(`${FIXTURES}/site-qa-accepted-answer-among-others/source.html`), "source.html").article;
    expect(a.authors).toEqual(["寒江独钓"]);
  });
});

describe("an episode's number in the declared title over a headline printed under its badge (site-podcast-show-notes-timestamps)", () => {
  const page = (declared: string) =>
    html(
      `<title>${declared} - 某播客</title><meta property="og:site_name" content="某播客"><meta property="og:title" content="${declared}">`,
      `<main><div class="hero"><span class="ep-no">E87</span><h1>开源模型的商业化，到底卡在哪？</h1><div class="info"><span>2026-11-20</span><span>时长 52:18</span></div></div><article>${paras}</article></main>`,
    );
  it("names the episode by its number and its headline", () => {
    expect(page("E87｜开源模型的商业化，到底卡在哪？").title).toBe("E87｜开源模型的商业化，到底卡在哪？");
    expect(page("第87期｜开源模型的商业化，到底卡在哪？").title).toBe("第87期｜开源模型的商业化，到底卡在哪？");
  });
  it("leaves a column's word before the bar out, as before", () => {
    expect(page("独家｜开源模型的商业化，到底卡在哪？").title).toBe("开源模型的商业化，到底卡在哪？");
  });
});

describe("a production credit naming the site's own research arm (meta-b39-no-author-admin-xiaobian-chupin-ad-above-title)", () => {
  it("reads X研究院 on site X as the site itself", () => {
    expect(isSiteName("算力之家研究院", "算力之家")).toBe(true);
    expect(isSiteName("另一家研究院", "算力之家")).toBe(false);
  });
  it("names the site, not its research arm, as the source", () => {
    const a = html("<title>智算中心液冷改造提速 单机柜功率突破百千瓦-某算力站</title>", `<div class="nav"><a href="/">首页</a><a href="/news/">资讯</a></div><div class="view"><h2>智算中心液冷改造提速 单机柜功率突破百千瓦</h2><div class="info">时间:2025-04-17 16:45 作者:admin</div><div class="content"><p>出品丨某算力站研究院</p>${paras}</div></div><div class="foot">© 2025 某算力站</div>`);
    expect(a.source).toBe("某算力站");
    expect(a.authors).toEqual([]);
  });
});
