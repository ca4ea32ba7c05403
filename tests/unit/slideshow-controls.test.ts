/**
 * A slideshow set in the article's flow leaves its controls as lines of their own (上一张 下一张,
 * 查看图集, the empty position （/8） its script fills): vocabulary.ts cuts them, and nothing of
 * the article they sit in (fixture shape-article-split-by-gallery).
 */
import { describe, expect, it } from "vitest";
import { vocabularyHit } from "@/lib/ingest/classify/vocabulary";
import { extractFile } from "@/lib/ingest/extract-file";

const hit = (line: string) => vocabularyHit(line)?.kind ?? null;

describe("slideshow controls", () => {
  it("are navigation, alone or in a row", () => {
    for (const line of ["上一张 下一张", "上一张", "图片中心 | 查看图集", "（/8） 分享到微博", "（3/12）", "(/15)", "查看原图"]) expect(hit(line), line).toBe("navigation");
  });

  it("leave sentences and bare fractions alone", () => {
    for (const line of ["3/12", "点击上一张图片可以返回", "上一张照片拍摄于1998年，下一张则是今年春天。", "全部图片由主办方提供"]) expect(hit(line), line).toBeNull();
  });

  it("are cut from the body of a page that sets a viewer between its paragraphs", () => {
    const para = (s: string) => `<p>${s}</p>`;
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>新馆开放_示例网</title></head><body><div class="main"><h1>城市博物馆新馆今日开放</h1>
<div class="info">2024-03-02 10:00 来源：示例日报</div>
${para("城市博物馆新馆今天上午正式对公众开放，首日预约的三千个名额在一周前就已约满，不少市民一早便在门口排队等候入馆。")}
<div class="viewer"><img src="/a.jpg"><a href="#">上一张</a> <a href="#">下一张</a><div><span>（<span></span>/6）</span></div><div><a href="/set/1.html">查看图集</a></div></div>
${para("新馆展厅面积是老馆的三倍，常设展览分为古代、近代和当代三个部分，另设一个可以动手体验的儿童展区。")}
${para("馆方表示，开馆后的第一个月每天限流五千人，市民可以通过官方网站或小程序提前三天预约参观。")}
</div></body></html>`;
    const { body } = extractFile(Buffer.from(html, "utf8"), "page.html").article;
    expect(body).toContain("城市博物馆新馆今天上午正式对公众开放");
    expect(body).toContain("市民可以通过官方网站或小程序提前三天预约参观");
    for (const s of ["上一张", "下一张", "查看图集", "/6）"]) expect(body).not.toContain(s);
  });

  it("take a menu item left with a dangling separator bar (体育图库 |) for navigation, not a heading or a sentence", () => {
    for (const line of ["体育图库 |", "图片中心｜", "Photos |"]) expect(hit(line), line).toBe("navigation");
    for (const line of ["| 表头 |", "观鸟屏风每天开放", "他说：去年冬天 |", "2024年度十大新闻评选结果公布 |"]) expect(hit(line), line).toBeNull();
  });

  it("take a paged article's row of page numbers for its pager (1 2 下一页), not a line of figures", () => {
    for (const line of ["1 2 下一页", "1 2 3 4 下一页 尾页"]) expect(vocabularyHit(line)?.kind, line).toBe("prev-next");
    for (const line of ["1 2 3", "2024 1 下一步"]) expect(hit(line), line).not.toBe("prev-next");
  });
});
