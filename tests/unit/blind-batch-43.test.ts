/**
 * Rules asked for by blind batch 43 (issue 14: pages where readability-lxml still beat us on
 * body text). Each case fails without its rule; the counter-cases show what each rule spares.
 */
import { describe, expect, it } from "vitest";
import * as cheerio from "cheerio";
import type { Element } from "domhandler";
import { parseByline } from "@/lib/ingest/metadata/byline";
import { isPictureGrid } from "@/lib/ingest/html/data-table";
import { vocabularyHit } from "@/lib/ingest/classify/vocabulary";
import { extractFile } from "@/lib/ingest/extract-file";
import type { Byline } from "@/lib/ingest/types";

const byline = (line: string) => {
  const b: Byline = { authors: [], reporters: [], editors: [] };
  parseByline(line, b);
  return b;
};
const table = (html: string): Element => cheerio.load(html)("table").get(0) as Element;
const cell = (img: boolean, text: string) => `<td>${img ? '<div><img src="x.jpg"></div>' : ""}<div>${text}</div></td>`;
const grid = (captions: string[][], img = true) => `<table>${captions.map((r) => `<tr>${r.map((c) => cell(img, c)).join("")}</tr>`).join("")}</table>`;

const PARAS = [
  "市里今年新建的四座社区图书馆本周同时开放，每座馆藏书都在两万册以上，周末还会安排亲子阅读活动。",
  "图书馆负责人介绍，新馆全部实行通借通还，读者在任何一座分馆借的书都可以就近归还，也可以在网上预约。",
  "据了解，明年还将在城东和城北再建两座分馆，让更多居民在步行十五分钟内就能找到一座图书馆。",
];
const page = (tail: string) =>
  Buffer.from(`<html><head><meta charset="utf-8"><title>四座社区图书馆同时开放</title></head><body>
<h1>四座社区图书馆同时开放</h1><div class="box">${PARAS.map((p) => `${p}<br>`).join("\n")}${tail}</div></body></html>`);
const bodyOf = (tail: string) => extractFile(page(tail), "t.html").article.body;

describe("a picture grid (shape-b43-picture-teaser-grid-table-in-article)", () => {
  it("is thumbnails over short captions, headlines ending in ? or ! included", () => {
    expect(isPictureGrid(table(grid([["老街夜市重新开张", "外卖骑手的一天", "古桥修缮完工"], ["谁是最美志愿者?", "秋收稻田如画!", "龙舟赛冠军出炉"]])))).toBe(true);
  });
  it("is not a data table, a caption that is a sentence, nor too few pictures", () => {
    expect(isPictureGrid(table(grid([["型号", "价格", "续航"], ["甲", "3999元", "12小时"]], false)))).toBe(false);
    expect(isPictureGrid(table(grid([["市民在步道上散步，远处是观景台", "b图", "c图"], ["d图", "e图", "f图"]])))).toBe(false);
    expect(isPictureGrid(table(grid([["甲图", "乙图"], ["丙图", "丁图"]])))).toBe(false);
  });
});

describe("under the article, inside its box (shape-b43-br-article-box-script-toolbar-…)", () => {
  it("a row of click-scripted list items is a toolbar, cut", () => {
    const body = bodyOf(`<ul><li onclick="fav(1)">收藏本文</li><li onclick="share(1)">推荐给好友</li><li onclick="go('/')">返回首页</li></ul>`);
    expect(body).toContain("步行十五分钟");
    expect(body).not.toContain("收藏本文");
  });
  it("a click-scripted paragraph with a sentence in it stays", () => {
    const body = bodyOf(`<p onclick="zoom(this)">馆内还设有自助借还机和阅读角，开放时间为每天上午九点至晚上九点。</p>`);
    expect(body).toContain("自助借还机");
  });
  it("a <form> with one text field and a label is a search box, cut", () => {
    const body = bodyOf(`<form action="/s"><input type="hidden" name="c" value="1"><span>查找更多同类文章</span><input type="text" name="q"><a href="#"><img src="so.gif"></a></form>`);
    expect(body).not.toContain("查找更多同类文章");
  });
});

describe("a rights notice whose permission is qualified", () => {
  it("未经本网协议授权 / 未经本网事先书面许可 … 不得转载", () => {
    expect(vocabularyHit("本网刊发的所有作品，著作权归本网所有。未经本网协议授权，任何媒体和个人不得转载、链接或以其他方式使用。")?.kind).toBe("disclaimer");
    expect(vocabularyHit("任何单位或个人未经本网事先书面许可，不得转载、摘编或以其他方式使用。")?.kind).toBe("disclaimer");
  });
});

describe("a role word that a button's verb takes as its object", () => {
  it("给作者留言 / 向作者提问 name no author", () => {
    expect(byline("转到我的空间 参与讨论 给作者留言").authors).toEqual([]);
    expect(byline("收藏本文 向作者提问").authors).toEqual([]);
    expect(byline("作者：林一舟").authors).toEqual(["林一舟"]);
  });
});
