/**
 * Rules from blind batch 40 (site-b40-*): a poster card's glued 注册时间 date and a 发布于： post line,
 * a <title> tail of keyword tags, a microdata Person author, a user-content page's poster in its
 * state script (user object, author object with a user id, a bare Unix `time`), a follow card
 * naming that poster, a short site name that og:site_name and the <title> agree on, an account's
 * card known by its counts, a comment list's heading ending the lines under the body.
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";
import { extractHtml } from "@/lib/ingest/html/extract-html";
import { readScriptFacts } from "@/lib/ingest/html/script-data";
import { sectionMarker } from "@/lib/ingest/classify/vocabulary";

const PARAS = [
  "今年下半年，多家厂商在新品中搭载了可以离线运行的端侧大模型，冰箱可以根据食材给出菜谱，空调能听懂连续的语音指令。",
  "这些功能的共同点是不依赖云端，厂商给出的理由是家电联网率并不高，而且语音和图像数据留在本地更容易通过合规审查。",
  "代价落在芯片上，能跑起十亿参数级模型的主控芯片需要单独的神经网络处理器和更大的内存，整机成本因此增加了不少。",
];
const page = (inner: string, head = "", title = "端侧大模型走进家电") =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>
<div class="nav"><a href="/">首页</a> <a href="/ai">人工智能</a></div>${inner}
<div class="footer">© 2025 示例网 版权所有</div></body></html>`;
const extract = (html: string) => extractFile(Buffer.from(html), "page.html").article;
const fixture = (name: string) => extractFile(fs.readFileSync(`tests/fixtures/pages/${name}/source.html`), "source.html").article;
const body = PARAS.map((p) => `<p>${p}</p>`).join("");

describe("blind batch 40", () => {
  it("a poster card's 注册时间 glued to its date dates the account, and 发布于：dates the post", () => {
    const html = page(`<div class="thread"><h1>端侧大模型走进家电</h1><table><tr><td class="left"><div class="name"><a href="/u/1">北窗听雨</a></div><ul><li><em>帖子</em>1283</li><li><em>注册时间</em>2019-04-11</li></ul></td><td><div class="top"><span>楼主</span><span>发布于：2026-12-02 20:15</span></div><div class="content">${PARAS.join("<br><br>")}</div></td></tr></table></div>`);
    expect(extract(html).publishedAt?.slice(0, 10)).toBe("2026-12-02");
  });

  it("a <title> tail repeating the first keywords is tags, not the site's name", () => {
    const head = `<meta name="keywords" content="模型,训练,客户,价格">`;
    const tagged = extractHtml(page(`<article><h1>端侧大模型走进家电</h1>${body}</article>`, head, "端侧大模型走进家电_模型_训练_客户"));
    expect(tagged.hints.siteName).toBeNull();
    const sited = extractHtml(page(`<article><h1>端侧大模型走进家电</h1>${body}</article>`, head, "端侧大模型走进家电_家电频道_示例网"));
    expect(sited.hints.siteName).toBe("示例网");
  });

  it("a microdata Person author is the writer, handle or name, and its badge is nobody", () => {
    const a = fixture("site-b40-zhihu-column-edited-time-ip-location-vote-bar");
    expect(a.authors).toEqual(["林间有风"]);
    expect(a.source).not.toContain("优秀答主");
  });

  it("a state record's user, or an author object with a user id, is the poster; a bare Unix time in it the date", () => {
    const note = `window.__INITIAL_STATE__={"note":{"title":"端侧大模型走进家电","user":{"nickname":"一颗橙子Orange","userId":"5f3e"},"time":1796300100000}}`;
    const f = readScriptFacts([note]);
    expect(f.poster).toBe("一颗橙子Orange");
    expect(f.publishedAt?.slice(0, 10)).toBe("2026-12-03");
    expect(f.authors).toEqual([]);
    expect(readScriptFacts([`window.__INITIAL_STATE__={"readInfo":{"title":"端侧大模型走进家电","author":{"mid":2039,"name":"代码搬砖的阿杰"}}}`]).poster).toBe("代码搬砖的阿杰");
    // no title beside them: a state's logged-in user and a clock say nothing of an article
    const bare = readScriptFacts([`window.__STATE__={"login":{"user":{"nickname":"访客"},"time":1796300100000}}`]);
    expect(bare.poster).toBeNull();
    expect(bare.publishedAt).toBeNull();
    const b = fixture("site-b40-bilibili-column-h1-subheads-no-repost-tags-up-card");
    expect(b.authors).toEqual(["代码搬砖的阿杰"]);
    expect(b.source).toBe("哔哩哔哩");
  });

  it("a follow card naming the page's poster is its writer's, and a short site name two tags agree on is the source", () => {
    const a = fixture("site-b40-jianshu-note-wordcount-line-reward-box");
    expect(a.authors).toEqual(["程小满"]);
    expect(a.source).toBe("简书");
  });

  it("a card of a linked name over two of an account's counts is the publishing account's, its later links actions", () => {
    const card = `<div class="column left"><div class="user-info"><h4><a href="/p/1">智算前沿</a></h4><dl><dd><span>1.2万</span>文章</dd><dd><span>3087万</span>总阅读</dd></dl><div class="more"><a href="/p/1">查看TA的文章</a></div></div></div>`;
    expect(extract(page(`${card}<article><h1>端侧大模型走进家电</h1>${body}</article>`)).source).toBe("智算前沿");
    // a forum poster's counts (帖子, 积分) make no account
    const poster = `<div class="column left"><div class="user-info"><h4><a href="/u/1">北窗听雨</a></h4><dl><dd>帖子 1283</dd><dd>积分 5620</dd></dl></div></div>`;
    expect(extract(page(`${poster}<article><h1>端侧大模型走进家电</h1>${body}</article>`)).source).not.toBe("北窗听雨");
  });

  it("a comment list's heading (评论列表:, 共 86 条评论) opens the comments, whose times date no post", () => {
    expect(sectionMarker("评论列表:")?.kind).toBe("comment");
    expect(sectionMarker("共 86 条评论")?.kind).toBe("comment");
    expect(sectionMarker("97 条评论")?.kind).toBe("comment");
    expect(sectionMarker("评论列表显示，多数用户支持这一做法")).toBeNull();
    const a = fixture("site-b40-zblog-h1-blog-name-h2-post-threaded-comments-sidebar");
    expect(a.publishedAt).toBe("2026-11-28T00:00:00+08:00");
  });
});
