/**
 * The main-content cascade's rules (lib/ingest/html/CASCADE.md), each on a small built page
 * that fails without the rule: the Readability-style candidate, the comparison between it and
 * the main extractor, forms and teaser feeds by structure, headed sections and notices inside
 * the chosen element, and the classifier keeping the chosen region's short lines.
 */
import { describe, expect, it } from "vitest";
import { load } from "cheerio/slim";
import { extractHtml } from "@/lib/ingest/html/extract-html";
import { extractFile } from "@/lib/ingest/extract-file";
import { walkPage } from "@/lib/ingest/html/walk";
import { readabilityCandidate } from "@/lib/ingest/html/readability-candidate";
import { vocabularyHit } from "@/lib/ingest/classify/vocabulary";
import { toSimplified } from "@/lib/text/script";

const ARTICLE = [
  "本报讯 5月28日，本市首个大模型公共服务平台正式上线，中小企业可免费申请算力额度和模型测试服务。",
  "平台负责人介绍，首批开放的额度可支持约两百家企业完成为期三个月的试用，申请材料已在官网公布。",
];
const OTHER = [
  "业内人士认为，价格下调将加速中小企业接入大模型，但也会压缩厂商的利润空间，行业洗牌或将提前到来。",
  "最新统计显示，过去一个月开源模型的下载量同比增长超过三倍，其中中文模型的增长最为明显。",
  "多地出台政策支持智算中心建设，算力租赁价格在过去半年里出现了明显波动，部分机构开始囤积显卡。",
  "有学校引入大模型助教批改作文，支持者认为减轻了教师负担，反对者担心学生过度依赖机器生成的答案。",
  "多家医院与科技公司合作开展试点，监管部门表示，医疗场景的模型必须经过严格评估后才能投入使用。",
];

const page = (body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>本市首个大模型公共服务平台上线_示例网</title></head><body>
<div class="top"><a href="/">首页</a> <a href="/a">要闻</a> <a href="/b">科技</a> <a href="/c">财经</a></div>${body}
<div class="bottom">示例网 版权所有</div></body></html>`;

const texts = (html: string) => extractHtml(html).blocks.map((b) => b.text);
const body = (html: string) => extractFile(Buffer.from(html, "utf8"), "page.html").article;

describe("Readability-style candidate", () => {
  it("votes for the element that holds the paragraphs, not for a list of linked teasers", () => {
    const html = page(`<div class="x"><h1>标题</h1><div class="y">${ARTICLE.map((p) => `<p>${p}</p>`).join("")}</div></div>`);
    const walk = walkPage(load(html).root()[0]!);
    const pick = readabilityCandidate(walk);
    expect(pick).not.toBeNull();
    const inside = walk.blocks.slice(pick!.top.blockStart, pick!.top.blockEnd).map((b) => b.text);
    expect(inside).toEqual(ARTICLE);
  });
});

describe("comparison of candidates", () => {
  it("keeps a short article both candidates agree on, instead of every paragraph of the page", () => {
    // Two paragraphs (< 200 prose characters): the main choice alone would be doubted and the
    // all-paragraphs fallback would take the sidebar's paragraphs too.
    const sidebar = OTHER.slice(0, 3)
      .map((p, i) => `<div class="box"><a href="/n/${i}">另一篇文章的标题第${i}条，点击阅读全文</a><p>${p.slice(0, 40)}。</p></div>`)
      .join("");
    const html = page(`<div class="l"><h1>本市首个大模型公共服务平台上线</h1><div class="zw">${ARTICLE.map((p) => `<p>${p}</p>`).join("")}</div></div><div class="r">${sidebar}</div>`);
    const t = texts(html);
    for (const p of ARTICLE) expect(t).toContain(p);
    for (const p of OTHER) expect(t).not.toContain(`${p.slice(0, 40)}。`);
  });

  it("lets an unnamed article beat a longer region that names itself recommended", () => {
    const rec = OTHER.map((p) => `<p>${p}</p>`).join("");
    const html = page(`<div class="detail"><div class="detail-normal"><h1>本市首个大模型公共服务平台上线</h1><div id="article__content">${ARTICLE.map((p) => `<p>${p}</p>`).join("")}</div></div>
<div class="detail-recommend"><div class="detail-recommend-content">${rec}</div></div></div>`);
    const x = extractHtml(html);
    const t = x.blocks.map((b) => b.text);
    for (const p of ARTICLE) expect(t).toContain(p);
    for (const p of OTHER) expect(t).not.toContain(p);
  });

  it("keeps a table when the larger candidate's extra lines are its cells", () => {
    const rows = [["模型", "输入价格"], ["星河-Pro", "4元"], ["远山-Lite", "0.8元"], ["灵犀-Max", "20元"]];
    const table = `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</table>`;
    const intro = "本刊整理了几款国产大模型接口在5月底公布的标准价格，均为不含优惠的公开报价，供读者比较。";
    const html = page(`<div class="main"><h1>国产大模型接口价格对比</h1><div class="txt"><p>${intro}</p>${table}<p>注：价格以各厂商官网公布为准。</p></div></div>`);
    const a = body(html);
    for (const c of rows.flat()) expect(a.body).toContain(c);
    expect(a.body).toContain(intro);
  });
});

describe("regions told by structure", () => {
  it("does not let a feed of linked teasers outscore a one-paragraph article beside it", () => {
    // Summaries under headline links, in a list with no class naming it, holding far more prose.
    const feed = OTHER.map((p, i) => `<li><div><a href="/n/${i}">另一篇文章的标题第${i}条，点击阅读全文</a></div><div class="item-content"><p>${p}${p}</p></div><span>来源·${i}小时前</span></li>`).join("");
    const html = page(`<div class="wrapper"><div><div><h1>本市首个大模型公共服务平台上线</h1><div><p>${ARTICLE[0]}</p></div></div></div>
<div><div>你可能还想看</div><ul>${feed}</ul></div></div>`);
    const t = texts(html);
    expect(t).toContain(ARTICLE[0]);
    for (const p of OTHER) expect(t.join("\n")).not.toContain(p);
  });

  it("cuts a poll (a control per option) from inside the article and records it as a form", () => {
    const options = ["媒体全责，过度刺探隐私引发纠纷", "当事人全责，打人纯属个人行为", "很难说，事件原因尚未公布"];
    const poll = `<form><table><tr><td><strong>1.你如何看待这次事件？</strong></td></tr>${options
      .map((o, i) => `<tr><td><input type="radio" name="q" value="${i}"></td><td>${o}</td></tr>`)
      .join("")}</table><input type="submit" value="投票"></form>`;
    const html = page(`<div class="content"><h1>本市首个大模型公共服务平台上线</h1>${ARTICLE.map((p) => `<p>${p}</p>`).join("")}${poll}</div>`);
    const x = extractHtml(html);
    const t = x.blocks.map((b) => b.text);
    for (const o of options) expect(t).not.toContain(o);
    expect(x.removedOutside.some((r) => r.kind === "form" && r.text.includes(options[0]!))).toBe(true);
  });

  it("counts a table of contents (links to the article's own sections) for nothing, and a menu of other pages against its container", () => {
    const toc = `<div class="toc"><p>目录</p><ul>${OTHER.map((_, i) => `<li><a href="#s${i}">第${i + 1}部分：关于大模型的一些观察</a></li>`).join("")}</ul></div>`;
    const menu = `<div class="list"><ul>${OTHER.map((_, i) => `<li><a href="/n/${i}">第${i + 1}部分：关于大模型的一些观察</a></li>`).join("")}</ul></div>`;
    const stats = (extra: string) => {
      const walk = walkPage(load(page(`<div class="main">${extra}${OTHER.map((p, i) => `<h2 id="s${i}">第${i + 1}部分</h2><p>${p}</p>`).join("")}</div>`)).root()[0]!);
      return { main: walk.stats.find((st) => st.el.attribs?.class === "main")!, list: walk.stats.find((st) => /toc|list/.test(st.el.attribs?.class ?? ""))! };
    };
    const bare = stats("").main.value;
    const withToc = stats(toc);
    expect(withToc.list.kind).toBe("navigation");
    expect(withToc.main.value).toBeCloseTo(bare);
    const withMenu = stats(menu);
    expect(withMenu.list.neutral).toBe(false);
    expect(withMenu.main.value).toBeLessThan(bare);
    // Other pages' links with a tracking tag or a tab in the fragment are still a list of other pages.
    const tracked = `<div class="list"><ul>${OTHER.map((_, i) => `<li><a href="/n/${i}.html#from=relevant">第${i + 1}部分：关于大模型的一些观察</a></li><li><a href="/v?ref=x#tab${i}">视频</a></li>`).join("")}</ul></div>`;
    expect(stats(tracked).list.neutral).toBe(false);
  });

  it("takes a link-wrapped card between the article's own lines as the article's, but not a grid of cards", () => {
    const card = (i: number) => `<div class="shop-widget"><a href="/shop/${i}"><h3>示例小店${i}</h3><p>地址：示例路${i}号</p><p>人均 ${40 + i} 元</p></a></div>`;
    const entries = OTHER.map((p, i) => `<h2>第${i + 1}站</h2><p>${p}</p>${card(i)}<p>（图）第${i + 1}站的招牌菜</p>`).join("");
    const grid = [7, 8, 9].map(card).join("");
    const walk = walkPage(load(page(`<div class="main">${entries}${grid}</div>`)).root()[0]!);
    const cards = walk.stats.filter((st) => st.el.attribs?.class === "shop-widget");
    expect(cards.slice(0, OTHER.length).every((c) => c.embedded)).toBe(true);
    expect(cards.slice(OTHER.length).some((c) => c.embedded)).toBe(false);
    const x = extractHtml(page(`<div class="main">${entries}${grid}</div>`));
    const t = x.blocks.filter((b) => b.core).map((b) => b.text);
    expect(t).toContain("地址：示例路0号");
    expect(t).not.toContain("地址：示例路8号");
  });

  it("keeps a short article whose container also holds share buttons (not a form)", () => {
    const html = page(`<article><h1>本市首个大模型公共服务平台上线</h1><p>${ARTICLE[0]}</p><button>分享</button><button>收藏</button><input type="text"></article>`);
    expect(texts(html)).toContain(ARTICLE[0]);
  });
});

describe("inside the chosen element", () => {
  it("cuts a comment section headed 网友评论 after the article, with no class naming it", () => {
    const comments = OTHER.map((c, i) => `<div class="c-item"><div class="u">网友${i}</div><p>${c}</p></div>`).join("");
    const html = page(`<div class="layout"><div class="a"><h1>本市首个大模型公共服务平台上线</h1>${ARTICLE.map((p) => `<p>${p}</p>`).join("")}</div>
<div class="c"><div class="t">网友评论（${OTHER.length}）</div>${comments}</div></div>`);
    const x = extractHtml(html);
    const t = x.blocks.map((b) => b.text);
    for (const p of ARTICLE) expect(t).toContain(p);
    for (const c of OTHER) expect(t).not.toContain(c);
    expect(x.removedOutside.some((r) => r.kind === "comment")).toBe(true);
  });

  it("cuts a block of copyright and disclaimer notices beside a short article and records it", () => {
    const notices = [
      "版权声明：凡本网注明“来源：城市日报”的所有作品，版权均属城市日报社所有，未经本网授权不得转载、摘编或利用其它方式使用上述作品。",
      "免责声明：凡本网注明来源为其他媒体的作品，均转载自其它媒体，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。",
    ];
    const html = page(`<div class="w"><div class="bt">本市首个大模型公共服务平台上线</div><div class="zw">${ARTICLE.map((p) => `<p>${p}</p>`).join("")}</div><div class="sm">${notices.map((p) => `<p>${p}</p>`).join("")}</div></div>`);
    const x = extractHtml(html);
    const t = x.blocks.map((b) => b.text);
    for (const p of ARTICLE) expect(t).toContain(p);
    for (const n of notices) expect(t).not.toContain(n);
    expect(x.removedOutside.some((r) => r.kind === "disclaimer" && r.text.includes("版权声明"))).toBe(true);
    expect(body(html).paragraphs).toEqual(ARTICLE);
  });

  it("keeps the headings, numbered items and table-like entries between paragraphs", () => {
    const lines = ["门票半价优惠景点", "1、上海自然博物馆", "成人票原价：30元", "游客咨询电话：62620116", "2、上海辰山植物园", "成人票原价：30元", "游客咨询电话：37792288"];
    const html = page(`<div class="article"><h1>超60家景区推门票半价</h1><div class="text"><p>${ARTICLE[0]}</p>${lines.map((l) => `<p>${l}</p>`).join("")}<p>${ARTICLE[1]}</p></div></div>`);
    const a = body(html);
    expect(a.paragraphs).toEqual([ARTICLE[0], ...lines, ARTICLE[1]]);
  });

  it("steps over a stray credit line above the body, but stops at a notice after it", () => {
    const lead = ["各位读者好", "今天聊聊论坛", "先说结论"];
    const html = page(`<div class="post"><h1>论坛议程</h1><div class="entry"><p>${lead[0]}</p><p>图片来源：视觉中国</p><p>${lead[1]}</p><p>${lead[2]}</p>${ARTICLE.map((p) => `<p>${p}</p>`).join("")}<p>转载请注明出处</p><p>进入专区&gt;&gt;</p></div></div>`);
    expect(body(html).paragraphs).toEqual([...lead, ...ARTICLE]);
  });

  it("takes a page of short lines as the article when nothing else reads like one", () => {
    const lines = ["09:00-09:20 开幕致辞", "09:20-10:00 主题演讲：大模型的下一个十年", "10:00-10:40 圆桌讨论：开源与闭源之争", "10:40-11:00 茶歇", "11:00-11:40 专题报告：行业模型落地实践"];
    const html = page(`<div class="post"><h1>论坛议程</h1><div class="entry">${lines.map((l) => `<div>${l}</div>`).join("")}</div></div>`);
    const a = body(html);
    expect(a.paragraphs).toEqual(lines);
  });
});

describe("boilerplate that looks like prose, by vocabulary", () => {
  const hit = (line: string) => vocabularyHit(toSimplified(line).toLowerCase())?.kind ?? null;
  it("names notices, promotions and inline related links, and leaves article sentences alone", () => {
    expect(hit("【免责声明】本文仅代表作者本人观点，与本网无关。本网对文中陈述、观点判断保持中立。")).toBe("disclaimer");
    expect(hit("① 凡本網注明”稿件來源：本網”的所有文字、圖片和音視頻稿件，版權均屬本網所有。")).toBe("disclaimer");
    expect(hit("本网已开设Facebook专页，让你即时掌握本地新闻，欢迎大家关注！")).toBe("ad");
    expect(hit("欢迎订阅《手机报》：移动发送\"KX\"到10620000。")).toBe("ad");
    expect(hit("相关阅读：另一篇文章的标题在这里")).toBe("related");
    expect(hit("【打印】 【关闭】")).toBe("share");
    expect(hit("分享工具")).toBe("share");
    // A lazy page's loading tip (site-lazy-paragraphs-in-noscript); a sentence about loading is no tip.
    expect(hit("正在加载更多内容…")).toBe("share");
    expect(hit("加载中...")).toBe("share");
    expect(hit("加载更多数据需要等待模型把权重从硬盘读入显存。")).toBeNull();
    // A <noscript> notice about the browser, which the walk now reads when it holds a <p>.
    expect(hit("您的浏览器已禁用JavaScript，请启用后浏览本站。")).toBe("form");
    expect(hit("为了获得最佳体验，请启用浏览器的JavaScript功能")).toBe("form");
    expect(hit("团队用JavaScript重写了推理服务的前端，浏览器端也能运行小模型。")).toBeNull();
    // An embedded post's account line (site-embedded-social-post-card), not a sentence naming an account.
    expect(hit("某大模型公司创始人认证用户@founder_ai")).toBe("share");
    expect(hit("该公司在官方账号@星衡智能上发布了更正声明，并向用户致歉。")).toBeNull();
    // A review's sponsorship disclosure (site-review-score-card-pros-cons), not a finding about a vendor.
    expect(hit("本文测试设备及软件会员由厂商提供，不影响评测结论。")).toBe("disclaimer");
    expect(hit("测试所用的服务器由厂商提供，散热表现明显好于上一代。")).toBeNull();
    expect(hit("https://example.com/a/b?id=1")).toBe("link-list");
    expect(hit("平台负责人介绍，首批开放的额度可支持约两百家企业完成为期三个月的试用。")).toBeNull();
    expect(hit("公司在微博上宣布，新版本的调用价格保持不变，老用户无需迁移。")).toBeNull();
  });
});

describe("a forum thread's replies", () => {
  const post = (who: string, time: string, content: string) =>
    `<div class="post"><div class="card"><a href="/u">${who}</a><p>积分：120</p></div><div class="meta">发表于 ${time}</div><div class="content">${content}</div></div>`;
  const first = [ARTICLE[0], "配置：", "显卡：两张", "框架：vLLM", "结果：每秒约62 tokens"].join("<br>");
  const html = page(
    `<div class="thread"><h1>本地部署32B模型实测</h1>${post("楼主甲", "2025-04-06 21:14", first)}${post("网友乙", "2025-04-06 21:40", OTHER[0]!)}${post("网友丙", "2025-04-07 08:12", OTHER[1]! + OTHER[2]!)}</div>`,
  );

  it("keeps the first post of sibling posts with their time lines and cuts the replies, however much prose they hold", () => {
    const a = body(html);
    expect(a.body).toContain(ARTICLE[0]);
    expect(a.body).toContain("结果：每秒约62 tokens");
    for (const p of OTHER.slice(0, 3)) expect(a.body).not.toContain(p);
  });
});

describe("a thread that numbers its posts", () => {
  // The first post marked by a second class (post post-op), each post's time after its floor
  // (楼主 / 2楼) with no verb of posting: site-forum-product-post-spec-line.
  const post = (cls: string, floor: string, time: string, content: string) =>
    `<article class="${cls}"><aside class="user"><a href="/u">某网友</a><span>Lv.3</span></aside><div class="meta"><span>${floor}</span><time>${time}</time></div><div class="content"><p>${content}</p></div></article>`;
  const html = page(
    `<main><h1>本地部署32B模型实测</h1>${post("post post-op", "楼主", "2025-04-06 21:14", ARTICLE.join("</p><p>"))}${post("post", "2楼", "2025-04-06 21:40", OTHER[0]!)}${post("post", "3楼", "2025-04-07 08:12", OTHER[1]! + OTHER[2]!)}</main>`,
  );

  it("reads the floor and date as a post's time line and groups the posts by their first class", () => {
    const a = body(html);
    for (const p of ARTICLE) expect(a.body).toContain(p);
    for (const p of OTHER.slice(0, 3)) expect(a.body).not.toContain(p);
  });
});

describe("an embedded social post", () => {
  it("keeps the text of a <blockquote> whose class names it social: a quoted post, not a share bar", () => {
    const html = page(
      `<div class="art"><h1>本市首个大模型公共服务平台上线</h1><div class="txt">${ARTICLE.map((p) => `<p>${p}</p>`).join("")}<blockquote class="social-embed"><p>${OTHER[0]}</p></blockquote><p>${OTHER[1]}</p></div><div class="share-bar"><a>微信</a> <a>微博</a></div></div>`,
    );
    expect(texts(html)).toContain(OTHER[0]);
  });
});

describe("paragraphs in <noscript>", () => {
  it("reads a lazy page's paragraphs from <noscript> beside an empty placeholder, and not its loading tip", () => {
    const lazy = OTHER.slice(0, 3).map((p) => `<div class="lazy"><div class="ph"></div><noscript><p>${p}</p></noscript></div>`).join("");
    const html = page(
      `<div class="art"><h1>本市首个大模型公共服务平台上线</h1><div class="txt">${ARTICLE.map((p) => `<p>${p}</p>`).join("")}${lazy}</div><div class="tip">正在加载更多内容…</div></div><noscript><img src="/pixel.gif"></noscript>`,
    );
    const t = texts(html);
    for (const p of [...ARTICLE, ...OTHER.slice(0, 3)]) expect(t).toContain(p);
    expect(body(html).body).not.toContain("正在加载");
  });
});
