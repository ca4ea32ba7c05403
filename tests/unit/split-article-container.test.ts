/**
 * A widget set inside the article (a slideshow) makes a template close the article's text
 * container before it and open one of the same name after it. Readability's pick joins the
 * winner's siblings of its class (and here of its id) whatever their own score, so the first
 * container's lone paragraph stays the article's (readability-candidate.ts sameName).
 */
import { describe, expect, it } from "vitest";
import { load } from "cheerio/slim";
import { walkPage } from "@/lib/ingest/html/walk";
import { readabilityCandidate } from "@/lib/ingest/html/readability-candidate";

const FIRST = "新学期第一天，全市一百二十所中小学的食堂同时换上了新菜单，每周的菜谱提前在家长群里公布，家长可以在线上给每道菜打分。";
const REST = Array.from({ length: 12 }, (_, k) => `第${k + 1}段：食堂负责人介绍，新菜单由营养师和厨师共同制定，每天保证两荤两素一汤，主食有米饭、面条和杂粮，每一道菜都标出了热量和主要营养成分，方便学生按需取餐，家长也能随时查看。`);

const page = (first: string, rest: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body>
<div class="wrap"><h1>中小学食堂换上新菜单</h1>
${first}
<div class="viewer"><a href="/set/1.html">查看图集</a><img src="/a.jpg"><span>（<span></span>/6）</span></div>
${rest}
<div class="other"><a href="/a.html">别的新闻一</a> <a href="/b.html">别的新闻二</a></div></div></body></html>`;

const members = (html: string) => readabilityCandidate(walkPage(load(html).root()[0]!))!.members.map((m) => m.el.attribs);

describe("an article container split in two by a widget", () => {
  it("joins the short first part when it has the winner's id", () => {
    const html = page(`<div id="artText"><p>${FIRST}</p></div>`, `<div id="artText">${REST.map((p) => `<p>${p}</p>`).join("")}</div>`);
    expect(members(html)).toHaveLength(2);
  });

  it("leaves out a short sibling that only shares the winner's class (a page's sections share one)", () => {
    const html = page(`<div class="nr"><p>${FIRST}</p></div>`, `<div class="nr">${REST.map((p) => `<p>${p}</p>`).join("")}</div>`);
    expect(members(html)).toHaveLength(1);
  });

  it("leaves out a short sibling of another name", () => {
    const html = page(`<div class="intro-box"><p>${FIRST}</p></div>`, `<div class="art-text">${REST.map((p) => `<p>${p}</p>`).join("")}</div>`);
    expect(members(html)).toHaveLength(1);
  });
});
