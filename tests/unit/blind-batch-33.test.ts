/**
 * Rules from blind batch 33 (site-portal-promo-follow-app-lines-in-body, site-mobile-reprint-midbody-open-app-banners,
 * site-ranking-top10-h3-figure-captions, site-explainer-footnote-marks-reference-list,
 * site-gallery-slides-captions-only, site-press-conference-qa-many-speaker-turns): promotion lines inside
 * an article, an app page's account header, a reference list, a caption closing with its credit,
 * a slideshow's counters in lines of their own, and a transcript's turns that mention reporters.
 */
import { describe, expect, it } from "vitest";
import { vocabularyHit } from "@/lib/ingest/classify/vocabulary";
import { metadataLineKind } from "@/lib/ingest/metadata/metadata-line";
import { looksLikePerson } from "@/lib/ingest/metadata/names";
import { siteClaim } from "@/lib/ingest/metadata/source";
import { stripGalleryCounters } from "@/lib/ingest/gallery-counters";
import { extractFile } from "@/lib/ingest/extract-file";
import { foldLine } from "@/lib/text/fold";
import type { Block } from "@/lib/ingest/types";

const hit = (line: string) => vocabularyHit(foldLine(line));

const PARAS = [
  "开源模型社区今日更新了月度下载量榜单，在全球下载量前十的开源大模型中，有三款来自国内团队，比上个月多出一款。",
  "榜单显示，中小参数模型继续占据下载量的主体，社区分析认为这与端侧部署和企业私有化部署需求上升有关。",
  "不过也有开发者指出，下载量并不完全等同于实际使用量，部分模型被自动化流水线反复拉取，真实用户规模还需综合判断。",
];

describe("a portal's promotion lines between an article's paragraphs", () => {
  it("are ads: the app pitch, the follow line, the QR box's lines", () => {
    expect(hit("海量资讯、精准解读，尽在新澜财经APP")?.kind).toBe("ad");
    expect(hit("APP内查看高清大图及更多精彩评论去APP看")?.kind).toBe("ad");
    expect(hit("打开掌讯APP，阅读体验更佳")?.kind).toBe("ad");
    expect(hit("点击关注新澜科技官方微博，第一时间获取AI前沿资讯")?.kind).toBe("ad");
    expect(hit("新澜科技公众号")?.kind).toBe("ad");
    expect(hit("“掌”握科技鲜闻 （微信搜索xinlantech或扫描左侧二维码关注）")?.kind).toBe("ad");
  });
  it("leave sentences about apps and accounts alone", () => {
    expect(hit("打开支付宝APP，进入设置页面后选择隐私选项，再关闭个性化推荐，就能减少此类广告推送。")).toBeNull();
    expect(hit("这家公司在公众号上发布了一篇长文，详细介绍了新模型的训练过程和评测结果。")).toBeNull();
    expect(hit("用户关注的重点已经从模型参数转向了实际使用体验和价格。")).toBeNull();
    expect(hit("关注这家公司官方微博的网友发现，新模型的发布时间比预告提前了一周。")).toBeNull();
    expect(hit("升级之后，电子书的阅读体验更好了。")).toBeNull();
    // a heading about accounts is no account name: only a bare name before 公众号 is the QR box's line
    expect(hit("如何运营公众号")).toBeNull();
    expect(hit("企业的公众号")).toBeNull();
  });
  it("go from the article's body", () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>榜单更新</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/tech">科技</a></div>
<div class="article" id="artibody"><h1>榜单更新</h1><p>2025年10月28日 14:32</p>
<p>${PARAS[0]}</p><p><strong>海量资讯、精准解读，尽在新澜财经APP</strong></p><p>${PARAS[1]}</p>
<p><a href="/weibo">点击关注新澜科技官方微博，第一时间获取AI前沿资讯</a></p><p>${PARAS[2]}</p>
<div class="appendQr_wrap"><p>新澜科技公众号</p><p>“掌”握科技鲜闻 （微信搜索xinlantech或扫描左侧二维码关注）</p></div></div>
<div class="foot">© 2025 示例网 版权所有</div></body></html>`;
    const a = extractFile(Buffer.from(html), "page.html").article;
    expect(a.body).toContain(PARAS[2]);
    expect(a.body).not.toContain("尽在");
    expect(a.body).not.toContain("点击关注");
    expect(a.body).not.toContain("公众号");
  });
});

describe("an app page's account header", () => {
  it("(account, time, follow button run together) is metadata, not a sentence", () => {
    expect(hit("江城晚报11-02 09:15 关注")?.kind).toBe("metadata");
    expect(hit("科技前沿 3小时前 +关注")?.kind).toBe("metadata");
    expect(hit("这一现象值得社会各界持续关注")).toBeNull();
  });
});

describe("an article's reference list", () => {
  it("opens under its heading, and a GB/T 7714 citation is a list entry", () => {
    expect(hit("参考文献")).toMatchObject({ kind: "link-list", opensSection: true });
    expect(hit("【参考资料】")).toMatchObject({ kind: "link-list", opensSection: true });
    expect(hit("王立群, 李佳. 大语言模型幻觉问题综述[J]. 中文信息学报, 2024, 38(5): 1-18.")?.kind).toBe("link-list");
    expect(hit("参考文献的格式各刊要求不同，投稿前应仔细阅读作者须知。")).toBeNull();
  });
  it("goes from the body", () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>幻觉从哪里来</title></head><body>
<article><h1>幻觉从哪里来</h1><p>作者：陈书言 2025-08-26</p><div class="post-body">
${PARAS.map((p) => `<p>${p}</p>`).join("\n")}
<h3>参考文献</h3><ol><li>王立群, 李佳. 大语言模型幻觉问题综述[J]. 中文信息学报, 2024, 38(5): 1-18.</li>
<li>张明远. 语言模型的概率基础[M]. 北京: 科学出版社, 2023: 45-62.</li></ol></div></article>
<div class="foot">© 2025 示例网 版权所有</div></body></html>`;
    const a = extractFile(Buffer.from(html), "page.html").article;
    expect(a.body).toContain(PARAS[2]);
    expect(a.body).not.toContain("参考文献");
    expect(a.body).not.toContain("中文信息学报");
  });
});

describe("a caption closing with its picture's credit in brackets", () => {
  it("is the article's caption, neither a bare credit nor an origin line", () => {
    const caption = "青松Coder在终端里的对话式改代码界面（图片来源：产品官网截图）";
    expect(hit(caption)).toBeNull();
    expect(metadataLineKind(foldLine(caption))).toBeNull();
    expect(hit("（图片来源：网络）")?.kind).toBe("image-credit");
    expect(hit("图片来源：视觉中国")?.kind).toBe("image-credit");
  });
});

describe("a slideshow's n/N counters in blocks of their own", () => {
  const block = (text: string, index: number): Block => ({ index, text, path: "body>div>div.slide-info", linkDensity: 0, indent: 0, heading: false, listItem: false });
  const texts = (lines: string[]) => stripGalleryCounters(lines.map(block)).map((b) => b.text);
  it("go when they count up against one total between the captions", () => {
    expect(texts(["1/3", "清晨的监控大厅里，值班工程师正在交接班。", "2/3", "机房内一排排液冷机柜整齐排列。", "3/3", "夜幕降临，园区依然灯火通明。"])).toEqual([
      "清晨的监控大厅里，值班工程师正在交接班。",
      "机房内一排排液冷机柜整齐排列。",
      "夜幕降临，园区依然灯火通明。",
    ]);
  });
  it("stay when one or two such lines stand alone", () => {
    const lines = ["比分", "3/4", "第二局双方战成平手。", "2/3"];
    expect(texts(lines)).toEqual(lines);
  });
  it("with the viewer's replay and next-gallery controls", () => {
    expect(hit("重新浏览")?.kind).toBe("share");
    expect(hit("下一图集")?.kind).toBe("prev-next");
  });
});

describe("a transcript's turn", () => {
  it("closing a sentence after a speaker's label is speech, not a byline, whatever 记者 it mentions", () => {
    expect(metadataLineKind(foldLine("主持人 李文：下面请其他记者朋友提问。"))).toBeNull();
    expect(metadataLineKind(foldLine("征文：你的中秋有什么故事呢？请告诉我吧。回复文章和豆邮都可以。"))).toBeNull();
    expect(metadataLineKind(foldLine("记者：张三"))).toBe("byline");
    expect(metadataLineKind(foldLine("文：李文"))).toBe("byline");
  });
  it("and what a reporter does after the word (记者提问) is no name", () => {
    expect(looksLikePerson("提问")).toBe(false);
    expect(looksLikePerson("了解")).toBe(false);
    expect(looksLikePerson("李文")).toBe(true);
  });
});

describe("a source field whose span abuts the next credit's", () => {
  it("stops at that credit's label and colon (来源：X摄影：Y)", () => {
    expect(siteClaim("2025-10-12 16:40 来源：西岭网摄影：马骁编辑：吴倩")?.name).toBe("西岭网");
    expect(siteClaim("来源：上海摄影家协会")?.name).toBe("上海摄影家协会");
  });
});
