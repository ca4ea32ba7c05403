/**
 * One case per form of metadata evidence, through the real pipeline (extractFile on a built page
 * or text dump): each expectation fails without the rule that reads that form. The pages are
 * small and made up; real pages are in tests/fixtures/pages.
 */
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";
import { isSiteName, looksLikeOutlet, looksLikePerson } from "@/lib/ingest/metadata/names";
import { urlDate } from "@/lib/ingest/metadata/resolve-published-at";
import { parseByline } from "@/lib/ingest/metadata/byline";
import { originalPublisher, siteClaim } from "@/lib/ingest/metadata/source";

const BODY = [
  "一家人工智能公司今天发布了新一代中文大模型，参数规模较上一代提升三倍，并首次开放了面向开发者的接口。",
  "公司负责人在发布会上表示，新模型在长文本理解和代码生成两项能力上进步最为明显，上下文窗口扩展到二十万字。",
  "业内人士认为，国内大模型厂商正在从比拼参数转向比拼落地场景，价格战可能在下半年进一步加剧。",
];

interface PageOpts {
  head?: string;
  title?: string;
  headline?: string;
  header?: string[];
  lead?: string;
  trailer?: string[];
  tailSuffix?: string;
}

function page(o: PageOpts): string {
  const paras = [...BODY];
  if (o.lead) paras[0] = o.lead + paras[0];
  if (o.tailSuffix) paras[paras.length - 1] += o.tailSuffix;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${o.title ?? "新一代中文大模型发布"}</title>${o.head ?? ""}</head><body>
<div class="nav"><a href="/">首页</a> <a href="/t">科技</a> <a href="/f">财经</a> <a href="/a">关于我们</a></div>
<div class="main"><h1>${o.headline ?? "新一代中文大模型发布"}</h1>
<div class="info">${(o.header ?? []).map((l) => `<p>${l}</p>`).join("")}</div>
<div class="content">${paras.map((p) => `<p>${p}</p>`).join("\n")}</div>
<div class="after">${(o.trailer ?? []).map((l) => `<p>${l}</p>`).join("")}</div></div>
<div class="footer">Copyright © 2024 示例网 版权所有</div></body></html>`;
}

const html = (o: PageOpts) => extractFile(Buffer.from(page(o)), "page.html").article;
const text = (lines: string[]) => extractFile(Buffer.from(lines.join("\n")), "dump.txt").article;
const people = (a: { authors: string[]; reporters: string[] }) => [...a.authors, ...a.reporters];

describe("source: the publisher the article credits", () => {
  it("reads the outlet a date line ends in (2025年10月17日 08:12 解放日报), not a place", () => {
    expect(text(["新一代中文大模型发布", "2025年10月17日 08:12 示例日报", "", ...BODY]).source).toBe("示例日报");
    expect(text(["新一代中文大模型发布", "2025年10月17日 08:12 北京", "", ...BODY]).source).toBeNull();
  });
  it("reads 来自：X after a date, a platform account's line, a bracketed Latin dateline and a newsroom's reporter label", () => {
    expect(text(["新一代中文大模型发布", "2025-10-23 来自：示例APP", "", ...BODY]).source).toBe("示例APP");
    expect(text(["新一代中文大模型发布", "示例新知 2025-10-22 10:03 北京 百家号", "", ...BODY]).source).toBe("示例新知");
    expect(text(["新一代中文大模型发布", "", "【ExampleWeb】10月21日消息，" + BODY[0], ...BODY.slice(1)]).source).toBe("ExampleWeb");
    expect(text(["新一代中文大模型发布", "示例新闻记者 | 韩雪", "", ...BODY]).source).toBe("示例新闻");
    expect(text(["新一代中文大模型发布", "本报记者 | 韩雪", "", ...BODY]).source).toBeNull();
  });
  it("reads a channel's dateline opening the lead (示例财经讯 北京时间…), not 本网讯", () => {
    expect(text(["新一代中文大模型发布", "", "示例财经讯 北京时间1月17日凌晨消息，" + BODY[0], ...BODY.slice(1)]).source).toBe("示例财经");
    expect(text(["新一代中文大模型发布", "", "本网讯 北京时间1月17日凌晨消息，" + BODY[0], ...BODY.slice(1)]).source).toBeNull();
  });
  it("reads no source from 来自 inside prose", () => {
    expect(text(["新一代中文大模型发布", "", "来自示例大学的研究团队参与了评测。" + BODY[0], ...BODY.slice(1)]).source).toBeNull();
  });
  it.each([
    ["来源：北京青年报", "北京青年报"],
    ["稿源：经济观察报", "经济观察报"],
    ["出处：第一财经", "第一财经"],
    ["来源于：东区办事处", "东区办事处"],
    ["2024-05-20 10:32 来源：证券时报网作者：李在山", "证券时报网"],
  ])("reads %s in the header", (line, name) => {
    expect(html({ header: ["2024-05-20", line] }).source).toBe(name);
  });
  it("reads 文章来源 under the body", () => {
    expect(html({ header: ["2024-05-20"], trailer: ["文章来源：科技日报", "责任编辑：王芳"] }).source).toBe("科技日报");
  });
  it("prefers the header's 来源 to a material credit (资料来源, 图片来源)", () => {
    expect(html({ header: ["2024-05-20 来源：长江网"], trailer: ["（资料来源：参考消息、海外网等）"] }).source).toBe("长江网");
    // a material credit names no source; the site itself (its footer's 示例网) is, by issue 14's policy
    expect(html({ header: ["2024-05-20"], trailer: ["图片来源：视觉中国"] }).source).toBe("示例网");
  });
  it("takes a credit (本文来自微信公众号「X」, 转载自X) over the site's claim", () => {
    const a = html({ header: ["2024-05-20 来源：某资讯网"], lead: "本文来自微信公众号「算力前哨」（ID：suanli），作者：周一鸣。" });
    expect(a.source).toBe("算力前哨");
    expect(a.originalPublisher).toBe("算力前哨");
    expect(a.siteClaim).toBe("某资讯网");
    expect(html({ header: ["2023-11-02 转载自：机器之心"] }).source).toBe("机器之心");
  });
  it("reads 来源X between the separators of a meta line", () => {
    expect(html({ header: ["发表于2014-08-24 21:30| 1164次阅读| 来源CSDN| 0 条评论| 作者魏星"] }).source).toBe("CSDN");
  });
  it("names no one for generic claims and platform self-media", () => {
    // 本站原创 points back at the site: the source is the site's own name (its footer's), never 本站原创
    expect(html({ header: ["2024-05-20 来源：本站原创"] }).source).toBe("示例网");
    expect(html({ header: ["2024-05-20 来源：互联网"] }).source).toBeNull();
    expect(originalPublisher("免责声明：本文来自腾讯新闻客户端自媒体，不代表腾讯网的观点和立场。")).toBeNull();
  });
  it("reads a meta tag that declares the source", () => {
    expect(html({ head: '<meta name="contentSource" content="山西日报">', header: ["2024-05-20"] }).source).toBe("山西日报");
  });
  it("reads an element of the header classed as the source, not the outlets of related lists", () => {
    const a = extractFile(
      Buffer.from(
        page({ header: ['2019年11月25日 18:57 <a class="source" href="/x">参考消息</a>'], trailer: ['<span class="source">别家报</span> 相关文章一'] }),
      ),
      "p.html",
    ).article;
    expect(a.source).toBe("参考消息");
  });
  it("reads an agency dateline opening the body", () => {
    const a = html({ header: ["2024-08-12 18:02"], lead: "新华社北京8月12日电（记者 吴昊、郑岚）" });
    expect(a.source).toBe("新华社");
    expect(people(a)).toEqual(["吴昊", "郑岚"]);
    expect(html({ header: ["2024-08-12"], lead: "新京报快讯（记者 裴剑飞）" }).source).toBe("新京报");
  });
  it("files an outlet in an author slot as the source, not as an author", () => {
    const a = html({ head: '<meta property="article:author" content="参考消息">', header: ["2024-05-20"] });
    expect(a.source).toBe("参考消息");
    expect(people(a)).toEqual([]);
  });
});

describe("fields glued together in spans", () => {
  it("ends the source at a visit counter's label (访问量：3207)", () => {
    expect(html({ header: ["<span>发布时间：2024-02-26 16:40</span><span>来源：示例日报</span><span>访问量：3207</span>"] }).source).toBe("示例日报");
  });
  it("keeps 和 at the end of a name (邵清和) and splits at it only between two names", () => {
    expect(people(html({ header: ["2024-02-26　来源：示例日报", "本报记者 邵清和　通讯员 樊越"] }))).toEqual(["邵清和", "樊越"]);
    expect(people(html({ header: ["2024-02-26　来源：示例日报", "本报记者 张三和李四"] }))).toEqual(["张三", "李四"]);
  });
  it("ends the writer's name at the font-size buttons (大 中 小)", () => {
    expect(people(html({ header: ["2024-02-26 08:05:21　来源：示例网　作者：记者 韩雪　<a>大</a> <a>中</a> <a>小</a>"] }))).toEqual(["韩雪"]);
  });
});

describe("authors: writers and reporters, never editors", () => {
  it("adds the visible byline's co-writers to a structured author it also names (site-feature-pull-quotes-captions)", () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({ "@type": "NewsArticle", author: [{ "@type": "Person", name: "梁晓雯" }] })}</script>`;
    // Info spans run together: 记者 X实习生 Y, the intern glued to the reporter's name.
    expect(people(html({ head: ld, header: ["<span>记者 梁晓雯</span><span>实习生 范一</span>"] }))).toEqual(["梁晓雯", "范一"]);
    // A byline that does not name the declared author leaves the declaration alone.
    expect(people(html({ head: ld, header: ["记者 王五 实习生 范一"] }))).toEqual(["梁晓雯"]);
  });
  it("reads every citation_author of a scholarly page, in order", () => {
    const head = '<meta name="citation_author" content="林知远"><meta name="citation_author" content="许若琳"><meta name="citation_author" content="高振宇">';
    expect(people(html({ head }))).toEqual(["林知远", "许若琳", "高振宇"]);
  });
  it.each([
    ["作者：陈静 王磊", ["陈静", "王磊"]],
    ["文｜林小北", ["林小北"]],
    ["文/陈晨 2024-08-09 07:30", ["陈晨"]],
    ["撰文：孙立平", ["孙立平"]],
    ["口述：何若愚 整理：曹雪", ["何若愚", "曹雪"]],
    ["作者丨罗曼", ["罗曼"]],
    ["本报记者 刘洋 通讯员 赵敏", ["刘洋", "赵敏"]],
    ["【文/观察者网专栏作者 王文】", ["王文"]],
  ])("reads %s", (line, names) => {
    expect(people(html({ header: [line, "2024-05-20"] }))).toEqual(names);
  });
  it("keeps editors apart", () => {
    const a = html({ header: ["2024-05-20"], trailer: ["编辑：李想 责任编辑：张敏"] });
    expect(people(a)).toEqual([]);
    expect(a.editors).toEqual(["李想", "张敏"]);
  });
  it("does not take 文章关键词 or a disclaimer's 作者 for a byline", () => {
    expect(people(html({ header: ["2024-05-20"], trailer: ["文章关键词： 苹果 新品 发布"] }))).toEqual([]);
    const disclaimer = "免责声明：本文内容均源自自媒体，版权归原作者所有，转载请联系原作者并获许可。文章观点仅代表作者本人，不代表本站立场。";
    expect(people(html({ header: ["2024-05-20"], trailer: [disclaimer] }))).toEqual([]);
  });
  it("reads JSON-LD authors as a list, and <meta name=author>", () => {
    const ld = { "@type": "NewsArticle", author: [{ name: "钱宇" }, { name: "冯佳" }], datePublished: "2024-08-10T09:30:00+08:00" };
    expect(people(html({ head: `<script type="application/ld+json">${JSON.stringify(ld)}</script>` }))).toEqual(["钱宇", "冯佳"]);
    expect(people(html({ head: '<meta name="author" content="周敏">', header: ["2024-03-01"] }))).toEqual(["周敏"]);
  });
  it("ignores a meta author that is the site, a number or an address", () => {
    expect(people(html({ head: '<meta name="author" content="104363">', header: ["2024-03-01"] }))).toEqual([]);
    expect(people(html({ head: '<meta name="author" content="name, email@gmail.com">', header: ["2024-03-01"] }))).toEqual([]);
    const site = '<meta property="og:site_name" content="网易财经"><meta name="author" content="网易">';
    expect(people(html({ head: site, header: ["2024-03-01"] }))).toEqual([]);
  });
  it("reads a credit closing the last paragraph", () => {
    expect(people(html({ header: ["2024-03-01"], tailSuffix: "(文/图 刘玺东 易赛楠)" }))).toEqual(["刘玺东", "易赛楠"]);
    expect(people(html({ header: ["2024-03-01"], tailSuffix: "（张巨峰）" }))).toEqual(["张巨峰"]);
    expect(people(html({ header: ["2024-03-01"], tailSuffix: "（BBC）" }))).toEqual([]);
  });
});

describe("publication date", () => {
  it("skips a poster card's account dates (注册时间：) for the post's own line", () => {
    expect(html({ header: ["显存不够用", "注册时间：2023-02-11", "楼主 发表于 2025-04-06 21:14 只看该作者"] }).publishedAt).toBe("2025-04-06T21:14:00+08:00");
  });
  it("skips a manuscript's received, revised and accepted dates (收稿日期：) for the publication's, on its line or a later one", () => {
    expect(html({ header: ["收稿日期：2024-01-08；修回日期：2024-03-02；网络出版日期：2024-04-15"] }).publishedAt?.slice(0, 10)).toBe("2024-04-15");
    expect(html({ header: ["收稿日期：2024年1月8日", "录用日期：2024年3月9日", "发布时间：2024年4月15日"] }).publishedAt?.slice(0, 10)).toBe("2024-04-15");
    // with nothing else, a received day dates no publication
    expect(html({ header: ["收稿日期：2024-01-08"] }).publishedAt).toBeNull();
  });
  it("converts article:published_time to the Shanghai day", () => {
    expect(html({ head: '<meta property="article:published_time" content="2024-01-16T23:50:00Z">' }).publishedAt).toBe("2024-01-17T07:50:00+08:00");
  });
  it("reads JSON-LD datePublished and <time datetime>", () => {
    const ld = { "@type": "NewsArticle", datePublished: "2024-08-10T09:30:00+08:00" };
    expect(html({ head: `<script type="application/ld+json">${JSON.stringify(ld)}</script>` }).publishedAt).toBe("2024-08-10T09:30:00+08:00");
    expect(html({ header: ['<time datetime="2024-02-28T10:00:00+08:00">2月28日</time>'] }).publishedAt).toBe("2024-02-28T10:00:00+08:00");
  });
  it("reads a labelled date under the body", () => {
    expect(html({ trailer: ["阅读 539", "发布日期：2019-09-23 14:34:05 所属分类： 头条"] }).publishedAt).toBe("2019-09-23T14:34:05+08:00");
  });
  it("reads the date in the URL path when nothing else gives one", () => {
    expect(html({ head: '<link rel="canonical" href="https://example.cn/tech/2024/0612/c1234a5678.html">' }).publishedAt?.slice(0, 10)).toBe("2024-06-12");
    expect(urlDate("https://news.example.com/c/2019-10-23/doc-iicezuev4202091.shtml")?.slice(0, 10)).toBe("2019-10-23");
    expect(urlDate("http://nb.example.com/a/20200911/14526474_0.shtml")?.slice(0, 10)).toBe("2020-09-11");
    expect(urlDate("https://example.com/post/2740.html")).toBeNull();
  });
  it("reads a meta of the page's own system named xxx-date (site-epaper-page-agency-dateline), not one naming a change", () => {
    expect(html({ head: '<meta name="founder-date" content="2025-09-25">' }).publishedAt?.slice(0, 10)).toBe("2025-09-25");
    expect(html({ head: '<meta name="cms-update-date" content="2025-09-25"><meta name="page_expiredate" content="2025-09-25">' }).publishedAt).toBeNull();
    // Known names still come first.
    expect(html({ head: '<meta name="pubdate" content="2025-09-24"><meta name="founder-date" content="2025-09-25">' }).publishedAt?.slice(0, 10)).toBe("2025-09-24");
  });
  it("falls back to a declared modification time", () => {
    expect(html({ head: '<meta name="dateUpdate" content="2019-10-08 12:00:57">' }).publishedAt?.slice(0, 10)).toBe("2019-10-08");
  });
  it("does not read the neighbouring article's date as the article's", () => {
    const a = text(["首页 新闻", "", "新一代中文大模型发布", "", ...BODY, "", "上一篇 2024年3月15日", "下一篇 2024年3月16日"]);
    expect(a.dateInferred).toBe(true);
  });
});

describe("title", () => {
  it("drops the site after _, - and | in <title> and keeps a Chinese dash", () => {
    for (const t of ["新一代中文大模型发布_示例网", "新一代中文大模型发布 - 示例网", "新一代中文大模型发布|示例网"]) {
      expect(extractFile(Buffer.from(page({ title: t, headline: "" }).replace("<h1></h1>", "")), "p.html").article.title).toBe("新一代中文大模型发布");
    }
    const dash = "大模型会取代程序员吗？——访一位资深工程师";
    expect(extractFile(Buffer.from(page({ title: dash, headline: "" }).replace("<h1></h1>", "")), "p.html").article.title).toBe(dash);
  });
  it("takes a styled headline that agrees with <title> over the shorter <title>", () => {
    const styled = page({ title: "医疗AI公司完成新一轮融资_示例网", headline: "" }).replace(
      "<h1></h1>",
      '<div class="art-title">医疗AI公司完成新一轮融资 辅助诊断系统进入两百余家医院</div>',
    );
    expect(extractFile(Buffer.from(styled), "p.html").article.title).toBe("医疗AI公司完成新一轮融资 辅助诊断系统进入两百余家医院");
  });
  it("drops a bracketed insertion when the page prints the 原标题 without it", () => {
    const a = html({ headline: "[某某化妆品]江门七旬阿婆接来电被骗上百万", trailer: ["原标题：江门七旬阿婆接来电被骗上百万"] });
    expect(a.title).toBe("江门七旬阿婆接来电被骗上百万");
    expect(html({ headline: "【资讯汇总】新一代中文大模型发布" }).title).toBe("【资讯汇总】新一代中文大模型发布");
  });
  it("takes the headline over its ——subtitle heading, and off <title> that joins the two", () => {
    const a = html({
      title: "对话｜新一代中文大模型发布——访示例公司首席科学家 - 科技频道 - 示例网",
      headline: "对话｜新一代中文大模型发布</h1><h3>——访示例公司首席科学家</h3><h1 style=\"display:none\">",
    });
    expect(a.title).toBe("新一代中文大模型发布");
  });
  it("drops a feed's time of day in brackets after the headline, and nothing else in brackets there", () => {
    expect(html({ headline: "新一代中文大模型发布 估值超百亿【11:25】" }).title).toBe("新一代中文大模型发布 估值超百亿");
    expect(html({ headline: "新一代中文大模型发布 【16:15】" }).title).toBe("新一代中文大模型发布");
    expect(html({ headline: "新一代中文大模型发布【附全文】" }).title).toBe("新一代中文大模型发布【附全文】");
  });
  it("in a text dump, skips the crumb, 出品丨…, an ad and the reporter line", () => {
    const a = text(["首页 > 人工智能 > 正文", "出品丨硅基世界工作室", "【广告】限时特惠：企业套餐首年五折", "新一代中文大模型发布", "北方晨报记者 韩雪 报道", "2024-02-26", "", ...BODY]);
    expect(a.title).toBe("新一代中文大模型发布");
    expect(people(a)).toEqual(["韩雪"]);
    expect(a.publishedAt?.slice(0, 10)).toBe("2024-02-26");
  });
  it("reads the outlet of a 出品 field that shares its line with the people's (blind batches 21, 23)", () => {
    const a = text(["新一代中文大模型发布", "出品｜深氪新消费　作者｜林夕　编辑｜赵一帆", "", ...BODY]);
    expect(a.source).toBe("深氪新消费");
    expect(a.authors).toEqual(["林夕"]);
    expect(text(["出品 | 腾讯科技　作者 | 苏扬　编辑 | 郑可君", "新一代中文大模型发布", "", ...BODY]).source).toBe("腾讯科技");
  });
  it("in a text, drops a site after the headline's underscore, or after a dash where the tail is a site", () => {
    expect(text(["新一代中文大模型发布_科技频道_示例网", "2024-02-26", "", ...BODY]).title).toBe("新一代中文大模型发布");
    const dashed = text(["新一代中文大模型发布 - 示例之家", "", "示例之家 2 月 26 日消息，" + BODY[0], ...BODY.slice(1)]);
    expect(dashed.title).toBe("新一代中文大模型发布");
    expect(dashed.siteClaim).toBe("示例之家");
  });
  it("in a text, keeps a dash whose tail is part of the headline; a column tag in front is neither headline nor site", () => {
    expect(text(["新一代中文大模型发布 - 参数提升三倍", "2024-02-26", "", ...BODY]).title).toBe("新一代中文大模型发布 - 参数提升三倍");
    // as <title>'s 独家｜ is (meta-html-column-tag-title)
    const tagged = text(["独家｜新一代中文大模型今天发布", "2024-02-26", "", ...BODY]);
    expect(tagged.title).toBe("新一代中文大模型今天发布");
    expect(tagged.siteClaim).toBeNull();
  });
});

describe("site claim and names", () => {
  it("keeps the site's own name beside the credited source", () => {
    const a = html({ head: '<meta property="og:site_name" content="门户新闻">', header: ["2024-05-20 来源：新京报"] });
    expect(a.source).toBe("新京报");
    expect(a.siteClaim).toBe("新京报");
    // nothing credited: the site published it, so the site is the source (issue 14's policy)
    const b = html({ head: '<meta property="og:site_name" content="门户新闻">', header: ["2024-05-20"] });
    expect(b.source).toBe("门户新闻");
    expect(b.siteClaim).toBe("门户新闻");
  });
  it("tells persons from outlets by shape and vocabulary", () => {
    for (const n of ["张三", "欧阳娜娜", "kingname", "Tom Brown"]) expect(looksLikePerson(n), n).toBe(true);
    for (const n of ["新京报", "参考消息", "IT之家", "加拿大必读", "新浪财经-自媒体综合", "104363", "网络"]) expect(looksLikePerson(n), n).toBe(false);
    for (const n of ["新京报", "参考消息", "IT之家", "加拿大必读"]) expect(looksLikeOutlet(n), n).toBe(true);
    expect(looksLikeOutlet("张三")).toBe(false);
  });
  it("takes a four-character Han name for a person only with a compound or double surname", () => {
    for (const n of ["欧阳娜娜", "司马相如", "陈方安生"]) expect(looksLikePerson(n), n).toBe(true);
    // One surname and three more characters is no Chinese name: an account or a column.
    for (const n of ["智能涌现", "李想汽车", "量子位啊"]) {
      expect(looksLikePerson(n), n).toBe(false);
      expect(looksLikeOutlet(n), n).toBe(true);
    }
  });
  it("reads labels that are common words only before a separator", () => {
    const b = { authors: [] as string[], reporters: [] as string[], editors: [] as string[] };
    parseByline("整理了很多资料 张三", b);
    expect(b.authors).toEqual([]);
    expect(siteClaim("图片来源：视觉中国")).toBeNull();
  });
});

describe("blind batch 27: a research report's 分析师 field", () => {
  it("reads 分析师：A　B as the writers, not 分析师认为 in a line", () => {
    expect(people(html({ header: ["分析师：高远　宋佳宁　｜　2025-10-09　｜　阅读时长约6分钟"] }))).toEqual(["高远", "宋佳宁"]);
    const b = { authors: [] as string[], reporters: [] as string[], editors: [] as string[] };
    parseByline("分析师认为 张三", b);
    expect(b.authors).toEqual([]);
  });
});

describe("Taiwan and Hong Kong byline shapes", () => {
  it("reads 姓名／地點報導 and 【媒體／姓名】", () => {
    expect(people(html({ header: ["2012-01-17", "中國時報", "邱俐穎／台北報導"] }))).toEqual(["邱俐穎"]);
    expect(people(html({ header: ["2012-01-12", "【楊宗灝／桃園報導】"] }))).toEqual(["楊宗灝"]);
    const a = html({ header: ["2012-01-17", "【中廣新聞／陳奕華】"] });
    expect(people(a)).toEqual(["陳奕華"]);
    expect(a.source).toBe("中廣新聞");
    expect(html({ header: ["2012-01-17", "中國時報", "邱俐穎／台北報導"] }).source).toBe("中國時報");
  });
});

describe("bylines inside the body's span", () => {
  const run = (middle: string, extra = "") =>
    extractFile(
      Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>新一代中文大模型发布</title></head><body>
<div class="main"><h1>新一代中文大模型发布</h1><div class="content">
<p>划重点：</p><ol><li>${BODY[0]}</li><li>${BODY[1]}</li><li>参数规模较上一代提升三倍，并首次开放了面向开发者的接口，价格下降一半。</li></ol>
<p>${middle}</p>${BODY.map((p) => `<p>${p}</p>`).join("\n")}${extra}</div></div></body></html>`),
      "page.html",
    ).article;

  it("credit a writer when the header and trailer credit no one (《X》作者 Y under a summary box)", () => {
    const a = run("《棱镜》作者 周纯");
    expect([...a.authors, ...a.reporters]).toEqual(["周纯"]);
    expect(a.body).not.toContain("作者 周纯");
  });

  it("read 采写 as a reporters' label whose glued outlet prefix names no one", () => {
    const b = { authors: [] as string[], reporters: [] as string[], editors: [] as string[] };
    parseByline("采写：南都记者 余毅菁 向雪妮", b);
    expect(b).toEqual({ authors: [], reporters: ["余毅菁", "向雪妮"], editors: [] });
  });
});

describe("photographers are no authors", () => {
  const parse = (line: string) => {
    const b = { authors: [] as string[], reporters: [] as string[], editors: [] as string[] };
    parseByline(line, b);
    return b;
  };
  it("drops a credit ending in 摄, brackets and all, and stops names at a 摄影 field", () => {
    expect(parse("（记者 孙一帆 摄）").reporters).toEqual([]);
    expect(parse("记者孙一帆摄").reporters).toEqual([]);
    expect(parse("本报记者 钱立群 摄影 孙一帆").reporters).toEqual(["钱立群"]);
    expect(parse("记者 钱立群 摄像 孙一帆 编辑 周小满")).toEqual({ authors: [], reporters: ["钱立群"], editors: ["周小满"] });
  });
});

describe("reporters in the article's openings and in byline fields", () => {
  it("reads a dateline's bracketed reporters after a caption glued before it, or in the second paragraph", () => {
    const glued = "图为示例大桥。本报记者张三摄示例日报12月15日讯(记者柳德新通讯员彭娟)";
    expect(people(html({ lead: glued }))).toEqual(["柳德新", "彭娟"]);
    const a = extractFile(Buffer.from(page({}).replace(`<p>${BODY[0]}</p>`, `<p>图为：示例大桥今天正式通车，市民在桥上合影留念。</p><p>示例都市報訊 （記者嚴 瓏 通訊員黃冬香）${BODY[0]}</p>`)), "page.html").article;
    expect(people(a)).toEqual(["嚴瓏", "黃冬香"]);
  });
  it("reads 【X報記者NAME台北報導】 glued in the lead's brackets", () => {
    expect(people(html({ lead: "【示例醒報記者陳昭妤台北報導】" }))).toEqual(["陳昭妤"]);
    expect(people(html({ lead: "【示例醒報記者李宛台北報導】" }))).toEqual(["李宛"]);
  });
  it("reads 外媒╱記者X／地點報導 with its time, and keeps a correspondent after a glued reporter", () => {
    const b = { authors: [] as string[], reporters: [] as string[], editors: [] as string[] };
    parseByline("示例傳媒╱記者丁彥伶／台北報導 2012-01-12 12:01", b);
    parseByline("记者柳德新通讯员彭娟", b);
    expect(b.reporters).toEqual(["丁彥伶", "柳德新", "彭娟"]);
  });
  it("stops an editor's names at a closing bracket or the next field's label", () => {
    const b = { authors: [] as string[], reporters: [] as string[], editors: [] as string[] };
    parseByline("[责任编辑：PN030] 标签：网友 张汉晖", b);
    parseByline("编辑：王五 标签：大模型 芯片", b);
    expect(b.editors).toEqual(["王五"]);
  });
});

describe("credits that name no writer, and writers in the page's script", () => {
  it("reads no writer from an acknowledgement (（实习生X对此文亦有贡献）)", () => {
    expect(people(html({ tailSuffix: "（记者 段一）", trailer: ["（实习生王二对此文亦有贡献）"] }))).toEqual(["段一"]);
  });
  it("keeps a closing credit's names in the page's own script", () => {
    expect(people(html({ tailSuffix: "(本刊記者/李靜睿)" }))).toEqual(["李靜睿"]);
  });
});

describe("a headline styled in a table cell over the fields line", () => {
  it("takes the short line over 日期 作者：记者 X 来源：Y as the headline when <title> is only the site's name", () => {
    const cell = (t: string, cls: string) => `<tr><td class="${cls}">${t}</td></tr>`;
    const doc = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>示例参考网</title></head><body>
<table><tr><td><a href="/">首页</a> <a href="/n">新闻</a> <a href="/c">财经</a></td></tr></table>
<table>${cell("示例公司发布新一代中文大模型 参数规模提升三倍", "black18")}${cell("2011-12-08 　　作者：记者 武彩云　　来源：示例参考网", "black12")}</table>
<table><tr><td>${BODY.map((p) => `<p>${p}</p>`).join("")}</td></tr></table></body></html>`;
    const a = extractFile(Buffer.from(doc), "table.html").article;
    expect(a.title).toBe("示例公司发布新一代中文大模型 参数规模提升三倍");
    expect(people(a)).toEqual(["武彩云"]);
  });
});

describe("reporters' lines of several names, full-width datelines, 讯 … 报道：", () => {
  it("takes a line of 记者 and two names out of the body as the reporters' line", () => {
    const b = extractFile(Buffer.from(page({}).replace(`<p>${BODY[0]}</p>`, `<p>记者 许一毅 王二澄</p><p>${BODY[0]}</p>`)), "page.html").article;
    expect(b.body).not.toContain("许一毅");
    expect(people(b)).toEqual(["许一毅", "王二澄"]);
  });
  it("reads a dateline written in full-width digits", () => {
    const a = html({ lead: "示例网长春１２月９日电（记者张建　周长庆）" });
    expect(a.source).toBe("示例网");
    expect(people(a)).toEqual(["张建", "周长庆"]);
  });
  it("reads the credit between 讯 and 报道：", () => {
    expect(people(html({ lead: "示例网讯 实习生吴梦丽、记者喻云亮报道：" }))).toEqual(["吴梦丽", "喻云亮"]);
  });
});

describe("blind batch 26: a blog header's times and a control's verb beside the byline", () => {
  it("reads no account from a word ending in 于 before the date (原创 X 已于 <time> 修改)", () => {
    // not 已于 as an account: the site's own name (its footer's) is the source
    expect(html({ header: ["原创 韩雪 已于 2025-03-06 22:41:15 修改 阅读量3.2k"] }).source).toBe("示例网");
  });
  it("prefers a date labelled after it (于 <time> 首次发布) to a plain modification time above it", () => {
    const a = html({ header: ["原创 韩雪 已于 2025-03-06 22:41:15 修改 阅读量3.2k", "于 2025-03-05 20:17:42 首次发布"] });
    expect(a.publishedAt?.slice(0, 10)).toBe("2025-03-05");
  });
  it("ends the writer's field at 我要评论(18): 我要 is no second name", () => {
    const a = html({ header: ["2025-04-11 15:32:08　来源：示例科技报　作者：韩雪　<a href=\"#pl\">我要评论(18)</a>　字号：T|T"] });
    expect(people(a)).toEqual(["韩雪"]);
  });
});

describe("blind batch 26: a format tag before the headline's bar", () => {
  it("drops 图集丨 / 图文直播｜ from an HTML headline, keeps an editorial 独家｜", () => {
    expect(html({ title: "图集丨新一代中文大模型发布会现场_示例网", headline: "图集丨新一代中文大模型发布会现场" }).title).toBe("新一代中文大模型发布会现场");
    expect(html({ title: "图文直播｜新一代中文大模型发布会_示例网", headline: "图文直播｜新一代中文大模型发布会" }).title).toBe("新一代中文大模型发布会");
    expect(html({ title: "独家｜新一代中文大模型发布会_示例网", headline: "独家｜新一代中文大模型发布会" }).title).toBe("独家｜新一代中文大模型发布会");
  });
  it("blind batch 27: drops a transcript's 演讲实录丨 / 圆桌实录｜ the same way", () => {
    expect(html({ title: "演讲实录丨张某：大模型应用的工程化之路-示例网", headline: "演讲实录丨张某：大模型应用的工程化之路" }).title).toBe("张某：大模型应用的工程化之路");
    expect(html({ title: "圆桌实录｜开源还是闭源？五位创业者的选择", headline: "圆桌实录｜开源还是闭源？五位创业者的选择" }).title).toBe("开源还是闭源？五位创业者的选择");
  });
  it("blind batch 29: drops an interview's 专访｜ / 对话丨 / 访谈｜ tag the same way", () => {
    expect(html({ title: "专访｜创业者陈某：大模型让我们从冷门变成刚需_示例网", headline: "专访｜创业者陈某：大模型让我们从冷门变成刚需" }).title).toBe("创业者陈某：大模型让我们从冷门变成刚需");
    expect(html({ title: "对话丨张某：端侧模型不是大模型的缩小版", headline: "对话丨张某：端侧模型不是大模型的缩小版" }).title).toBe("张某：端侧模型不是大模型的缩小版");
    expect(html({ title: "访谈｜医疗大模型进医院要过三道关_示例网", headline: "访谈｜医疗大模型进医院要过三道关" }).title).toBe("医疗大模型进医院要过三道关");
    // the word glued to a name is the headline's own: 对话智谱CEO…
    expect(html({ title: "对话某公司CEO张某：AGI的路线图已经清晰", headline: "对话某公司CEO张某：AGI的路线图已经清晰" }).title).toBe("对话某公司CEO张某：AGI的路线图已经清晰");
  });
});

describe("blind batch 26: an author card in the header", () => {
  it("reads the writer from the card's first link when the card holds a bio too", () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>新一代中文大模型发布</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/t">科技</a> <a href="/f">财经</a></div>
<div class="main"><h1>新一代中文大模型发布</h1>
<div class="author-info"><a href="/people/x">韩雪</a><div class="bio">行业分析师，前云厂商产品经理</div></div>
<div class="content">${BODY.map((p) => `<p>${p}</p>`).join("\n")}</div>
<div class="time">发布于 2025-05-22 09:14</div></div>
<div class="footer">Copyright © 2024 示例网 版权所有</div></body></html>`;
    expect(people(extractFile(Buffer.from(page), "page.html").article)).toEqual(["韩雪"]);
  });
});

describe("forms of blind metadata batches 25 and 26", () => {
  it("reads the outlet of 本文系《X》原创 and of 本文版权归X所有, not the site's own rights", () => {
    expect(text(["新一代中文大模型发布", "2025-12-03 09:41", "", ...BODY, "本文系《示例前沿》原创稿件，作者：周宁。转载请注明出处。"]).source).toBe("示例前沿");
    expect(text(["新一代中文大模型发布", "2025-12-03 09:41", "", ...BODY, "（本文版权归示例深读所有，未经授权不得转载。）"]).source).toBe("示例深读");
    expect(text(["新一代中文大模型发布", "2025-12-03 09:41", "", ...BODY, "（本文版权归原作者所有，如有侵权请联系删除。）"]).source).toBeNull();
    expect(text(["新一代中文大模型发布", "2025-12-03 09:41", "", ...BODY, "【本文著作权归《示例周刊》所有，转载请联系授权】"]).source).toBe("示例周刊");
    // the site's rights over its own article: the site is the source (issue 14's policy)
    expect(html({ title: "新一代中文大模型发布 - 示例日报", trailer: ["本文版权归示例日报所有"] }).source).toBe("示例日报");
  });
  it("reads no outlet from a category link's bare suffix beside the date (2025年12月2日 资讯)", () => {
    expect(text(["新一代中文大模型发布", "2025年12月2日 资讯", "", ...BODY]).source).toBeNull();
    expect(text(["新一代中文大模型发布", "2025年12月2日 示例资讯", "", ...BODY]).source).toBe("示例资讯");
  });
  it("takes the first publication's date over an update's on the header line", () => {
    expect(text(["新一代中文大模型发布", "更新时间：2025-12-05 17:20　首发时间：2025-12-01 08:00", "", ...BODY]).publishedAt).toBe("2025-12-01T08:00:00+08:00");
    expect(text(["新一代中文大模型发布", "更新时间：2025-12-05 17:20", "", ...BODY]).publishedAt).toBe("2025-12-05T17:20:00+08:00");
  });
  it("follows a JSON-LD author's @id to the named node of its @graph", () => {
    const ld = {
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "Article", headline: "新一代中文大模型发布", author: { name: "", "@id": "https://ex.cn/#/person/1" } },
        { "@type": "Person", "@id": "https://ex.cn/#/person/1", name: "唐思远" },
      ],
    };
    expect(html({ head: `<script type="application/ld+json">${JSON.stringify(ld)}</script>` }).authors).toEqual(["唐思远"]);
  });
  it("reads the name of a byline element that runs on into its date, and no account beside a follow button", () => {
    const byl = page({ headline: "新一代中文大模型发布" }).replace('<div class="info">', '<div class="info"><div class="byline"><a class="author-name" href="/u/1">韩松</a><span>·</span><span>2025-12-03 11:48</span></div>');
    expect(extractFile(Buffer.from(byl), "p.html").article.authors).toEqual(["韩松"]);
    const acct = page({ headline: "新一代中文大模型发布" }).replace(
      '<div class="info">',
      '<div class="info"><div class="author-info"><a class="author-info__name" href="/u/1">管晓峰</a><div class="author-info__attention">关注</div></div><div class="author-info__desc"><time>2024-05-08 23:23</time></div>',
    );
    expect(extractFile(Buffer.from(acct), "p.html").article.authors).toEqual([]);
  });
  it("takes the line under a column's tag line (封面报道｜series) for the headline", () => {
    expect(text(["封面报道｜大模型下半场", "", "新一代中文大模型发布", "作者：周宁", "2025-12-01 20:00", "", ...BODY]).title).toBe("新一代中文大模型发布");
  });
  it("takes the site's own desk (「X」編集部, X编辑部) for the site", () => {
    expect(isSiteName("「食べログマガジン」編集部", "食べログマガジン")).toBe(true);
    expect(isSiteName("示例科技编辑部", "示例科技")).toBe(true);
    expect(isSiteName("别家科技编辑部", "示例科技")).toBe(false);
  });
});

describe("forms of blind metadata batch 34", () => {
  it("takes no declared author the page credits only as its editor (meta author = 责任编辑), and reads the visible writers", () => {
    const a = html({ head: '<meta name="author" content="周默">', header: ["作者：陆远｜沈星禾"], trailer: ["责任编辑：周默"] });
    expect(people(a)).toEqual(["陆远", "沈星禾"]);
    expect(a.editors).toEqual(["周默"]);
    // a declared author the page credits as a writer too stays
    expect(people(html({ head: '<meta name="author" content="周默">', header: ["作者：周默"], trailer: ["责任编辑：李敏"] }))).toEqual(["周默"]);
  });
  it("takes an English page's Published day over the Updated one printed first, on one line or wrapped over two", () => {
    expect(text(["新一代中文大模型发布", "By Li Wei | Updated: 2025-03-04 18:20 |", "Published: 2025-03-03 23:50", "", ...BODY]).publishedAt?.slice(0, 10)).toBe("2025-03-03");
    expect(text(["新一代中文大模型发布", "Updated: 2025-03-04 18:20 | Published: 2025-03-03 23:50", "", ...BODY]).publishedAt?.slice(0, 10)).toBe("2025-03-03");
  });
  it("reads the writers of a long row of fields apart by wide spaces (更新时间 … 发布时间 … 来源 … 作者：记者 X 实习生 Y)", () => {
    const row = "更新时间：2025-07-29 10:02  发布时间：2025-07-28 21:40  来源：示例数智网  作者：记者 冯嘉 实习生 欧阳晓晓";
    expect(people(text(["新一代中文大模型发布", row, "", ...BODY]))).toEqual(["冯嘉", "欧阳晓晓"]);
  });
});
