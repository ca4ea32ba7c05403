/**
 * Rules asked for by blind batch 41 (site-b41-*: site families not yet among the fixtures).
 * Each case fails without its rule.
 */
import { describe, expect, it } from "vitest";
import * as cheerio from "cheerio";
import type { Element } from "domhandler";
import { parseByline } from "@/lib/ingest/metadata/byline";
import { isSiteName, looksLikePerson } from "@/lib/ingest/metadata/names";
import { siteClaim } from "@/lib/ingest/metadata/source";
import { blogOwnerOf } from "@/lib/ingest/metadata/blogger";
import { ownSiteSource } from "@/lib/ingest/metadata/own-site-source";
import { roleOf } from "@/lib/ingest/html/dom-rules";
import { rowsHoldData } from "@/lib/ingest/classify/data-rows";
import { vocabularyHit } from "@/lib/ingest/classify/vocabulary";
import { extractFile } from "@/lib/ingest/extract-file";
import type { Byline } from "@/lib/ingest/types";

const byline = (line: string) => {
  const b: Byline = { authors: [], reporters: [], editors: [] };
  parseByline(line, b);
  return b;
};

const el = (html: string): Element => cheerio.load(html)("body > *").get(0) as Element;

describe("a text div whose id is an ad script's hook (site-b41-sina-blog-…)", () => {
  it("is content when its class names the text", () => {
    expect(roleOf(el('<div class="articleContent" id="blog_keyword_ad_area2"></div>'), false).hint).toBe(1);
  });
  it("stays an ad when the class says nothing of content, or names the ad itself", () => {
    expect(roleOf(el('<div class="box" id="keyword_ad_area"></div>'), false).kind).toBe("ad");
    expect(roleOf(el('<div class="ad-content" id="x_ad_1"></div>'), false).kind).toBe("ad");
    expect(roleOf(el('<div class="content" id="comments"></div>'), false).kind).toBe("comment");
  });
});

describe("byline fields (site-b41-discuz-…, -hospital-…)", () => {
  it("reads a field among bare bars (a forum portal's info line)", () => {
    expect(byline("2026-12-4 17:26| 发布者: admin| 查看: 2816| 评论: 3|原作者: 林晓|来自: 某晚报").authors).toEqual(["林晓"]);
  });
  it("reads 文/图 as the writer's label and leaves the office before the name", () => {
    expect(byline("文/图：信息中心 孙晓雯").authors).toEqual(["孙晓雯"]);
    expect(byline("图/文：宣传部 李明").authors).toEqual(["李明"]);
  });
  it("takes an office in the author slot for no person", () => {
    expect(looksLikePerson("宣传科")).toBe(false);
    expect(looksLikePerson("办公室")).toBe(false);
    expect(looksLikePerson("宣传")).toBe(true);
    expect(looksLikePerson("李文科")).toBe(true);
  });
});

describe("a source glued to the next label after Latin letters (site-b41-it-news-…)", () => {
  it("keeps the Han part of the name before the label", () => {
    expect(siteClaim("来源：AI前线作者：王五责编：王五")?.name).toBe("AI前线");
    expect(siteClaim("来源于：Reuters编译：莫小川")?.name).toBe("Reuters");
  });
  it("still reads an unknown label's run as the end of a non-Latin name", () => {
    expect(siteClaim("时间:2025-04-17 16:45来源:未知作者:admin")).toBeNull();
  });
});

describe("a blog's owner (site-b41-sina-blog-…, -typecho-…)", () => {
  it("is the handle between headline and a blog platform in <title>", () => {
    expect(blogOwnerOf("让孩子用AI写作文_山间老李_某某博客")).toBe("山间老李");
    expect(blogOwnerOf("让孩子用AI写作文_山间老李")).toBeNull();
    expect(blogOwnerOf("标题_科技频道_某某网")).toBeNull();
  });
  it("is not the site when a pen name closes the blog's name", () => {
    expect(isSiteName("听雨", "半山听雨")).toBe(false);
    expect(isSiteName("网易", "网易财经")).toBe(true);
    expect(isSiteName("日报", "溪城日报")).toBe(true);
  });
});

describe("a table's rows hold data (shape-linked-data-table-under-heading-in-body)", () => {
  it("when most rows hold a number past their first cell", () => {
    expect(rowsHoldData(["1 模型甲 机构甲 86.4 +1.2", "2 模型乙 机构乙 84.9 -0.3", "3 模型丙 机构丙 84.3 新上榜"])).toBe(true);
  });
  it("not for a numbered list of links, a list of dated headlines, or fewer than three rows", () => {
    expect(rowsHoldData(["1 某某文章标题", "2 另一篇文章的标题", "3 第三篇文章"])).toBe(false);
    expect(rowsHoldData(["某某文章标题 2026-11-28", "另一篇文章 2026-11-20", "第三篇 2026-11-02"])).toBe(false);
    expect(rowsHoldData(["1 模型甲 86.4", "2 模型乙 84.9"])).toBe(false);
  });
});

describe("batch 41b bylines", () => {
  it("reads 文字： as the writer's label, and a glued row of labelled spans", () => {
    expect(byline("文字：何明").authors).toEqual(["何明"]);
    expect(byline("来源：某某学院发布时间：2026-11-27浏览次数：1452文字：何明图片：邵晨审核：许国栋").authors).toEqual(["何明"]);
  });
  it("takes a blog's owner whose name opens the blog's name (X笔记) for a writer, not the site", () => {
    expect(isSiteName("云舒", "云舒笔记")).toBe(false);
    expect(isSiteName("云舒", "云舒的博客")).toBe(false);
    expect(isSiteName("新浪", "新浪科技")).toBe(true);
  });
});

describe("a platform's short name declared in og:site_name (site-b41b-douban-…)", () => {
  it("is the own-site source, though two Han characters in a <title> part are not trusted alone", () => {
    expect(ownSiteSource(null, { siteName: "豆瓣", footer: null, siteNameTag: "豆瓣" }, "在社区食堂教老人用AI点菜")).toBe("豆瓣");
    expect(ownSiteSource(null, { siteName: "纪检", footer: null }, "某某标题")).toBeNull();
  });
});

describe("an investment platform's post (site-b41b-xueqiu-…)", () => {
  it("cuts a line of cashtags and a personal-views risk note", () => {
    expect(vocabularyHit("$云算科技(SZ301234)$ $星链数据(SH688123)$")?.kind).toBe("link-list");
    expect(vocabularyHit("风险提示：本文所提到的观点仅代表个人的意见，所涉及标的不作推荐，据此买卖，风险自负。")?.kind).toBe("disclaimer");
    expect(vocabularyHit("公司股价当天上涨$5，收于每股30美元。")).toBeNull();
  });
});

describe("a user-content post's poster linked as the user's display name (site-b41b-xueqiu-…)", () => {
  const para = "最近翻了几家公司的三季报，毛利率普遍从去年的四成以上掉到了三成左右，原因并不复杂，租金在降而折旧还在摊。";
  const page = (time: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某某观察 - 示例社区</title></head><body>
<div class="nav"><a href="/">示例社区</a> <a href="/hq">行情</a></div><article><h1>某某观察</h1>
<div class="from"><a class="avatar__name" href="/u/8810293374">北山看行业</a><span>专栏作者</span></div><div class="meta">${time}</div>
<div class="detail"><p>${para}</p><p>${para}</p><p>${para}</p></div></article><div class="footer">示例社区 版权所有</div></body></html>`;
  const authorsOf = (html: string) => extractFile(Buffer.from(html, "utf8"), "post.html").article.authors;
  it("is the author, a handle as much as a name, beside the post's time", () => {
    expect(authorsOf(page("发布于2026-11-30 21:06"))).toEqual(["北山看行业"]);
  });
  it("is no author beside no time", () => {
    expect(authorsOf(page("专栏"))).toEqual([]);
  });
});
