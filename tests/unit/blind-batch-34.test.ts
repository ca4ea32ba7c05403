/**
 * Rules from blind batch 34 (site-tab-panels-first-is-article, site-cookie-consent-banner-text-heavy-top,
 * site-flash-day-timeline-h1-picks-item, site-ir-earnings-call-wen-da-record): a tab box's panels,
 * a consent notice laid over the page, a page that shows one item of a timeline, the fields of an
 * info line run together, a two-character site name its footer confirms, a 来源 naming the site's
 * own department.
 */
import { describe, expect, it } from "vitest";
import { parseDocument } from "htmlparser2";
import type { Element } from "domhandler";
import { isHidden, roleOf } from "@/lib/ingest/html/dom-rules";
import { extractFile } from "@/lib/ingest/extract-file";
import { parseByline } from "@/lib/ingest/metadata/byline";
import { ownSiteSource } from "@/lib/ingest/metadata/own-site-source";
import { siteClaim } from "@/lib/ingest/metadata/source";

const PARAS = [
  "云岫科技今天发布了一款会议纪要大模型，可以在会议进行中实时转写普通话和多种方言，会后自动整理出议题和待办事项。",
  "产品负责人介绍，这款模型基于公司自研的语音大模型，在内部测试中普通话会议的转写准确率达到百分之九十七。",
  "价格方面，个人版每月二十九元，企业版按席位收费并支持私有化部署，已购买录音笔的用户可以免费使用三个月。",
];
const OTHER = [
  "发布会开始后，公司创始人首先回顾了过去三年在语音识别领域的积累，表示会议场景是语音大模型最先落地的方向之一。",
  "现场演示了一段四人参与、夹杂粤语和普通话的会议录音，屏幕上按发言人分色显示，演示中出现了一次识别错误。",
  "媒体问答环节，有记者问到数据安全问题，公司方面表示录音默认在本地处理，上传云端需要用户单独授权才能进行。",
  "公司还表示，企业版将在下个月开放申请，首批支持私有化部署的行业包括金融、政务和医疗，后续会逐步扩大范围。",
];
const page = (body: string, title = "云岫发布会议纪要大模型") =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>
<div class="topnav"><a href="/">首页</a> <a href="/ai">AI产品</a> <a href="/review">评测</a></div>${body}
<div class="footer">© 2025 示例网 版权所有 浙ICP备00000000号</div></body></html>`;
const body = (html: string) => extractFile(Buffer.from(html), "page.html").article.body;
const el = (html: string) => parseDocument(html).children.find((c) => c.type === "tag") as Element;

describe("a tab box", () => {
  it("its panels and the box holding them are no navigation; its strip is", () => {
    expect(roleOf(el(`<div class="tab-con"><p>x</p></div>`), false).kind).toBeNull();
    expect(roleOf(el(`<div class="tab-pane fade"><p>x</p></div>`), false).kind).toBeNull();
    expect(roleOf(el(`<div role="tabpanel" class="tabs-x"><p>x</p></div>`), false).kind).toBeNull();
    expect(roleOf(el(`<div class="art-tabs"><ul class="tab-nav"></ul><div class="tab-con"></div></div>`), false).kind).toBeNull();
    expect(roleOf(el(`<ul class="tab-nav"><li>正文</li></ul>`), false).kind).toBe("navigation");
    expect(roleOf(el(`<div class="tabs"><a>最新</a><a>最热</a></div>`), false).kind).toBe("navigation");
  });
  it("a panel whose sibling is marked active while it is not is hidden", () => {
    const box = el(`<div class="tab-content"><div class="tab-pane active">a</div><div class="tab-pane">b</div></div>`);
    const [on, off] = box.children.filter((c) => c.type === "tag") as Element[];
    expect(isHidden(on!)).toBe(false);
    expect(isHidden(off!)).toBe(true);
    // no panel marked active: none is hidden by this rule
    const plain = el(`<div><div class="tab-pane">a</div><div class="tab-pane">b</div></div>`);
    expect((plain.children.filter((c) => c.type === "tag") as Element[]).some(isHidden)).toBe(false);
  });
  it("keeps the first panel's article, not the hidden panels", () => {
    const html = page(`<div class="main"><h1>云岫发布会议纪要大模型</h1><p class="info">2025-09-25 15:48 作者：钱程</p>
<div class="art-tabs"><ul class="tab-nav"><li class="cur">正文</li><li>发布会实录</li><li>网友评论</li></ul>
<div class="tab-con"><div class="art-body">${PARAS.map((p) => `<p>${p}</p>`).join("")}</div></div>
<div class="tab-con" style="display:none">${OTHER.map((p) => `<p>${p}</p>`).join("")}</div></div></div>`);
    const b = body(html);
    expect(b).toContain(PARAS[0]);
    expect(b).toContain(PARAS[2]);
    expect(b).not.toContain(OTHER[0]!.slice(0, 12));
  });
  it("Bootstrap's inactive panes stay out", () => {
    const html = page(`<div class="container"><h1>云岫发布会议纪要大模型</h1><ul class="nav nav-tabs"><li><a href="#a">正文</a></li><li><a href="#b">实录</a></li></ul>
<div class="tab-content"><div class="tab-pane fade show active" id="a">${PARAS.map((p) => `<p>${p}</p>`).join("")}</div>
<div class="tab-pane fade" id="b">${OTHER.map((p) => `<p>${p}</p>`).join("")}</div></div></div>`);
    const b = body(html);
    expect(b).toContain(PARAS[1]);
    expect(b).not.toContain(OTHER[1]!.slice(0, 12));
  });
});

describe("a consent notice over the page", () => {
  const NOTICE = [
    "为了向您提供更好的阅读体验，我们及合作伙伴会使用Cookie和类似技术，在您的设备上存储和读取信息，帮助我们记住您的偏好设置并改进网站的功能。",
    "必要Cookie是网站正常运行所必需的，无法关闭；分析Cookie帮助我们了解访问者如何使用本网站，您可以随时在隐私设置中撤回同意，撤回不影响此前的处理。",
    "点击全部接受即表示您同意我们按照隐私政策使用上述全部技术，点击仅必要将只启用网站运行必需的技术，如需了解您享有的查询、更正、删除等权利，请阅读完整的隐私政策。",
  ];
  it("is a notice by its class (cookie, consent, gdpr: a word's start) or its dialog role", () => {
    expect(roleOf(el(`<div class="CookieBanner_wrap__3kd9a">x</div>`), false).kind).toBe("ad");
    expect(roleOf(el(`<div id="consent-bar">x</div>`), false).kind).toBe("ad");
    expect(roleOf(el(`<div role="dialog" class="box">x</div>`), false).kind).toBe("ad");
    expect(roleOf(el(`<div class="caas filterNonGdprEmbeds enableAds">x</div>`), false).kind).toBeNull();
  });
  it("goes, however long its text", () => {
    const html = page(`<div class="CookieBanner_wrap__3kd9a" aria-label="隐私设置"><div class="CookieBanner_text__Qp1x7"><h2>我们重视您的隐私</h2>${NOTICE.map((p) => `<p>${p}</p>`).join("")}</div></div>
<main class="Article_main__x1"><h1>云岫发布会议纪要大模型</h1><div class="Article_body__c9">${PARAS.map((p) => `<p>${p}</p>`).join("")}</div></main>`);
    const b = body(html);
    expect(b).toContain(PARAS[0]);
    expect(b).not.toContain("重视您的隐私");
    expect(b).not.toContain("必要Cookie");
  });
});

describe("a page showing one item of a timeline", () => {
  const items = [
    ["11:26", "多家券商上调算力板块评级", OTHER[0]],
    ["10:58", "电商平台导购助手接入全部类目", OTHER[1]],
    ["10:12", "云岫发布会议纪要大模型", PARAS[0]! + PARAS[1]!],
    ["09:47", "公共数据开发利用试点扩围", OTHER[2]],
    ["09:20", "企业版下月开放申请", OTHER[3]],
  ];
  it("keeps the item whose heading repeats the <h1>, without that heading and its time", () => {
    const html = page(`<div class="left"><div class="hd"><h1>云岫发布会议纪要大模型</h1><p>2025年11月18日 星期二</p></div><div class="timeline">
${items.map(([t, h, p]) => `<div class="flash-item"><span class="time">${t}</span><div class="txt"><b>【${h}】</b><p>${p}</p></div></div>`).join("\n")}</div></div>`);
    const b = body(html);
    expect(b).toContain(PARAS[1]);
    for (const o of OTHER) expect(b).not.toContain(o!.slice(0, 12));
    expect(b).not.toContain("【");
    expect(b).not.toContain("10:12");
  });
});

describe("an info line's fields run together", () => {
  const by = (line: string) => {
    const b = { authors: [] as string[], reporters: [] as string[], editors: [] as string[] };
    parseByline(line, b);
    return b;
  };
  it("a name glued to a next label with its own colon is this field's", () => {
    expect(by("出处：智品网原创作者：钱程编辑：吴桐评论(56)")).toMatchObject({ authors: ["钱程"], editors: ["吴桐"] });
    expect(by("每经记者：王琳每经编辑：陈旭")).toMatchObject({ reporters: ["王琳"], editors: ["陈旭"] });
    // a label without a colon after the run is the run's: 南都 is the outlet before 记者
    expect(by("采写：南都记者 冯群星").reporters).toEqual(["冯群星"]);
  });
  it("a question word after a label is no name", () => {
    expect(by("当AI写稿成为常态，自媒体作者怎么办").authors).toEqual([]);
    expect(by("记者什么时候能用上这些工具").reporters).toEqual([]);
  });
});

describe("the own site's source", () => {
  it("a two-character site name is taken when the footer names the site the same way", () => {
    expect(ownSiteSource(null, { siteName: "深潮", footer: "深潮" }, "标题")).toBe("深潮");
    expect(ownSiteSource(null, { siteName: "深潮", footer: null }, "标题")).toBeNull();
    expect(ownSiteSource(null, { siteName: "论文", footer: "某某科技有限公司" }, "标题")).toBe("某某科技有限公司");
  });
  it("a 来源 naming the site's own department names no outlet", () => {
    expect(siteClaim("来源：证券部")?.generic).toBe(true);
    expect(siteClaim("来源：党委宣传部")?.generic).toBe(true);
    expect(siteClaim("来源：东区办事处")?.generic).toBe(false);
    expect(siteClaim("来源：市委宣传部")?.generic).toBe(false);
    expect(siteClaim("来源：人民日报")?.generic).toBe(false);
    expect(ownSiteSource("证券部", { siteName: "星图智能科技股份有限公司", footer: null }, "业绩说明会问答实录")).toBe("星图智能科技股份有限公司");
  });
});
