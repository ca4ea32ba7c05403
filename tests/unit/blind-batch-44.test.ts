/**
 * Rules from blind batch 44 (x4-b44-*: site families no fixture had: a docs site's blog, a Blogger
 * blog, a newsletter, a research institute, a state-owned group, …). Each case fails without its
 * rule; the counter-cases show what each rule spares.
 */
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";
import { siteBeforeColon } from "@/lib/ingest/html/title-tag-opening";
import { vocabularyHit } from "@/lib/ingest/classify/vocabulary";
import { isSiteName } from "@/lib/ingest/metadata/names";
import { siteClaim } from "@/lib/ingest/metadata/source";
import { handleBesideTime } from "@/lib/ingest/metadata/handle-time-line";

const PARAS = [
  "上周把团队内部的文档问答从云端接口换成了自己部署的模型，这里记录一下过程和一些数据，供准备做同样迁移的同事参考。",
  "硬件是两张二十四GB显存的消费级显卡，一开始没有限制并发，请求一多显存就不够了，后来限制在十六个并发再加上排队才稳定下来。",
  "检索部分沿用了原来的向量库，只是把嵌入模型换成了中文效果更好的版本，两百个真实问题里回答可用的比例提高了七个百分点。",
];
const page = (body: string, head = "", foot = "") =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>把文档问答换成自部署模型</title>${head}</head><body>
<div class="nav"><a href="/">首页</a> <a href="/archive/">归档</a></div><article>${body}</article>${foot}</body></html>`;
const extract = (html: string) => extractFile(Buffer.from(html), "page.html").article;
const paras = PARAS.map((p) => `<p>${p}</p>`);

describe("a heading's permalink mark (x4-b44-mkdocs-material-…)", () => {
  it("¶ after a heading, and after the headline, is no word of either", () => {
    const a = extract(page(`<h1 id="t">把文档问答换成自部署模型<a class="headerlink" href="#t" title="Permanent link">&para;</a></h1>${paras[0]}<h2 id="s">部署过程<a class="headerlink" href="#s">¶</a></h2>${paras[1]}${paras[2]}`));
    expect(a.title).toBe("把文档问答换成自部署模型");
    expect(a.body).toContain("部署过程");
    expect(a.body).not.toContain("¶");
  });
  it("an in-page link with words, or a mark linking elsewhere, stays", () => {
    const a = extract(page(`<h1>把文档问答换成自部署模型</h1>${paras[0]}<p>详见<a href="#s">第二节</a>的配置说明，这里不再重复，所有参数都保持默认值即可正常运行。</p>${paras[1]}${paras[2]}`));
    expect(a.body).toContain("详见第二节的配置说明");
  });
});

describe("a JSON-LD author typed Person (x4-b44-substack-…)", () => {
  const ld = (name: string) =>
    `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"把文档问答换成自部署模型","datePublished":"2026-12-06T00:02:11+00:00","author":[{"@type":"Person","name":"${name}"}],"publisher":{"@type":"Organization","name":"模型周记"}}</script>`;
  it("is the writer under a pen name of any shape, and the footer's rights line in that name is no outlet", () => {
    const a = extract(page(`<h1>把文档问答换成自部署模型</h1>${paras.join("")}`, ld("许知远行"), `<div class="footer">© 2026 许知远行</div>`));
    expect(a.authors).toEqual(["许知远行"]);
    expect(a.source).toBe("模型周记");
  });
  it("a Person whose name ends in a publisher's word is an outlet the CMS filed as one", () => {
    const a = extract(page(`<h1>把文档问答换成自部署模型</h1>${paras.join("")}`, ld("深蓝财经")));
    expect(a.authors).toEqual([]);
  });
});

describe("a microdata Person's name given as text (x4-b44-blogger-…)", () => {
  it("<span itemprop=author itemtype=Person><a><span itemprop=name>X</span></a></span> names the writer", () => {
    const foot = `<div class="post-footer"><span class="post-author vcard">发帖者 <span class="fn" itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/profile/1"><span itemprop="name">老周</span></a></span></span></div>`;
    expect(extract(page(`<h1>把文档问答换成自部署模型</h1>${paras.join("")}${foot}`)).authors).toEqual(["老周"]);
  });
  it("a name outside a Person's scope names no one", () => {
    const foot = `<div class="post-footer"><span class="post-author"><a href="/profile/1"><span itemprop="name">老周</span></a></span></div>`;
    expect(extract(page(`<h1>把文档问答换成自部署模型</h1>${paras.join("")}${foot}`)).authors).toEqual([]);
  });
});

describe("the site's name before a colon in <title> (x4-b44-blogger-…)", () => {
  it("is the site when og:title is exactly what follows", () => {
    expect(siteBeforeColon("老周的杂货铺: 用 NAS 上的本地模型整理了两万张照片", ["用 NAS 上的本地模型整理了两万张照片"])?.site).toBe("老周的杂货铺");
  });
  it("a headline's own colon is no split", () => {
    expect(siteBeforeColon("OpenAI: 发布新一代推理模型", ["OpenAI: 发布新一代推理模型"])).toBeNull();
    expect(siteBeforeColon("老周的杂货铺: 用 NAS 上的本地模型整理了两万张照片", [undefined])).toBeNull();
  });
});

describe("a possessive site name (X的…) is its owner's", () => {
  it("the owner's name inside it is a writer's, not the site's short name", () => {
    expect(isSiteName("老周", "老周的杂货铺")).toBe(false);
    expect(isSiteName("网易", "网易财经")).toBe(true);
  });
});

describe("图： before what the figure shows (x4-b44-research-institute-…)", () => {
  it("names a kind of figure: a caption, not a credit", () => {
    expect(vocabularyHit("图：分层自适应缓存压缩方法示意图")).toBeNull();
  });
  it("names who made it: a credit", () => {
    expect(vocabularyHit("图：视觉中国")?.kind).toBe("image-credit");
    expect(vocabularyHit("图：网络截图")?.kind).toBe("image-credit");
  });
});

describe("an office's second name in brackets in a 来源 field (x4-b44-soe-group-news-…)", () => {
  it("is part of its name", () => {
    expect(siteClaim("来源：集团公司办公室（党组办公室）")?.name).toBe("集团公司办公室（党组办公室）");
    expect(siteClaim("来源：市委宣传部（市政府新闻办）")?.name).toBe("市委宣传部（市政府新闻办）");
  });
  it("a place or a reporter in brackets is not", () => {
    expect(siteClaim("来源：县政府办公室（北京）")?.name).toBe("县政府办公室");
    expect(siteClaim("来源：新华网（记者 张三）")?.name).toBe("新华网");
  });
});

describe("a handle beside the time and the post's counters (x4-b44-yuque-…)", () => {
  it("字数 / 阅读 counts after the time leave the handle the writer's", () => {
    expect(handleBesideTime("秦月 2026-12-02 18:22 字数 682 阅读 356", null)).toBe("秦月");
    expect(handleBesideTime("林间小路 2024-08-12 21:05:33 浏览：1.2万", null)).toBe("林间小路");
  });
  it("a field that is no count still names no one", () => {
    expect(handleBesideTime("秦月 2026-12-02 18:22 来源 晨报", null)).toBeNull();
    expect(handleBesideTime("秦月 2026-12-02 18:22 阅读全文", null)).toBeNull();
  });
});

describe("a team in the author slot (x4-b44-mkdocs-material-…)", () => {
  const site = (author: string) =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="author" content="${author}"><title>把文档问答换成自部署模型 - 星火推理文档</title></head><body>
<div class="nav"><a href="/">首页</a></div><article><h1>把文档问答换成自部署模型</h1>${paras.join("")}</article><div class="footer">Copyright © 2026 ${author}</div></body></html>`;
  it("is a group inside the publisher: the site is the source", () => {
    expect(extract(site("星火推理团队")).source).toBe("星火推理文档");
  });
  it("an outlet in the author slot is still the source", () => {
    expect(extract(site("参考消息")).source).toBe("参考消息");
  });
});
