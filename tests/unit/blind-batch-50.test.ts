/**
 * Rules from blind batch 50 (x13-b50-*: Chinese AI-media page shapes). Each describe names its
 * rule's case; the tests fail without the rule, the counter-cases show what each rule spares.
 */
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";
import { parseByline } from "@/lib/ingest/metadata/byline";
import { metadataLineKind } from "@/lib/ingest/metadata/metadata-line";
import { foldLine } from "@/lib/text/fold";
import { blogOwnerOf } from "@/lib/ingest/metadata/blogger";
import { siteClaim } from "@/lib/ingest/metadata/source";

const PARAS = [
  "本周四深夜，一支此前几乎没有公开露面的创业团队在代码托管平台上放出了一个推理模型的全部权重，主打长链推理。",
  "团队在技术报告里写道，模型的训练只用了大约六百张加速卡，前后不到两个月，没有从头预训练，而是做了两轮强化学习。",
  "有开发者在发布后几个小时内就做了量化版本，单张消费级显卡可以跑起来，但长输出时速度明显下降，社区讨论很热烈。",
];
const paras = PARAS.map((p) => `<p>${p}</p>`).join("");
const page = (box: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>开源推理模型放出权重 - 某站</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/ai">AI</a></div><article><h1>开源推理模型放出权重</h1>
<div class="meta">2026-12-05 14:32</div>${box}<div class="entry-content">${paras}</div></article></body></html>`;
const body = (html: string) => extractFile(Buffer.from(html), "page.html").article.body;

describe("a box headed by a machine summary's label is cut, whatever its class (x13-b50-ai-brief-card-model-generated-above-post, x13-b50b-ai-guide-box-…)", () => {
  it("AI摘要 with 内容由大模型生成, AI导读 over bullet points, a label saying the text was generated", () => {
    const boxes = [
      `<section class="smart-digest"><div class="hd">✦ AI摘要 <em>内容由大模型生成，仅供参考</em></div><p>创业团队放出推理模型全部权重，数学竞赛基准得分超过多款闭源旗舰，训练仅用约六百张卡。</p><div><a>有帮助</a><a>没帮助</a></div></section>`,
      `<div class="abs-box"><h4>AI导读</h4><ul><li>一支创业团队放出了推理模型的全部权重。</li><li>训练只用了约六百张卡，社区反响热烈。</li></ul></div>`,
      `<div class="brief"><div class="t">以下内容由AI生成</div><p>创业团队放出推理模型全部权重，训练仅用约六百张卡，社区已做出量化版本。</p></div>`,
    ];
    for (const box of boxes) {
      const b = body(page(box));
      expect(b).toContain(PARAS[0]);
      expect(b).not.toMatch(/六百张卡，社区|全部权重，数学|全部权重。/);
    }
  });
  it("an editor's labelled lead (核心提示) and an article paragraph that mentions AI-generated text stay", () => {
    const lead = `<div class="lead-box"><div class="t">核心提示</div><p>一支创业团队放出了推理模型的全部权重，训练只用了约六百张卡。</p></div>`;
    expect(body(page(lead))).toContain("一支创业团队放出了推理模型的全部权重");
    const aside = `<div class="note"><p>这段演示视频由AI生成，团队在发布会上播放了它，并介绍了模型在数学题上的表现和训练成本。</p><p>团队表示，演示中的解题过程没有经过人工修改，观众可以在网上找到完整的录像。</p></div>`;
    expect(body(page(aside))).toContain("这段演示视频由AI生成");
  });
});

describe("a 发自 byline with the post's other fields after a bar on the same row (x13-b50-ai-brief-card…, x13-b50b-sent-from-row-…)", () => {
  const parse = (line: string) => {
    const into = { authors: [] as string[], reporters: [] as string[], editors: [] as string[] };
    parseByline(line, into, []);
    return into;
  };
  it("names the writer and is a byline line", () => {
    expect(parse("沈一苇 发自 凹陷寺 |量元 | 公众号 LiangYuanAI 2026-12-05 14:32").authors).toEqual(["沈一苇"]);
    expect(parse("鲁砚舟 发自 后厂村 | 智元前沿 | 公众号 ZYQY2026").authors).toEqual(["鲁砚舟"]);
    expect(metadataLineKind(foldLine("鲁砚舟 发自 后厂村 | 智元前沿 | 公众号 ZYQY2026"))).toBe("byline");
  });
  it("the row alone reads as before", () => {
    expect(parse("克雷西 发自 凹非寺").authors).toEqual(["克雷西"]);
  });
});

describe("a keyword-stuffed blog <title> names no blogger (x13-b50-blog-seo-stuffed-title-keywords-underscores)", () => {
  it("the part before the platform is a keyword when the title has more than three parts", () => {
    expect(blogOwnerOf("大模型微调入门：LoRA的rank到底怎么选_lora rank怎么设置_lora微调参数_大模型微调教程_AI_人工智能_深度学习-码栈博客")).toBeNull();
  });
  it("headline_owner_platform博客 and X的博客 are read as before", () => {
    expect(blogOwnerOf("让孩子用AI写作文，我试了一个学期_林间老周_新浪博客")).toBe("林间老周");
    expect(blogOwnerOf("用 vLLM 部署 Qwen_夜航船的博客-开发者社区")).toBe("夜航船");
  });
});

describe("a news section opening a three-part <title> is no site (x13-b50-newsroom-press-release-…, x13-b50b-company-news-section-…)", () => {
  const release = (title: string) =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>
<div class="menu"><a href="/">首页</a> <a href="/news/">新闻动态</a></div><div class="news-detail"><h1>澄川科技推出端侧推理芯片</h1><div class="info">发布时间：2026-11-26</div>
<p>11月26日，澄川科技在深圳发布首款端侧大模型推理芯片，面向手机、电脑和智能汽车，可在本地运行百亿参数以内的大模型。</p>
<p>据介绍，该芯片采用存算一体架构，在典型对话任务中每秒可生成三十个以上的token，功耗不到五瓦，并提供配套的编译工具链。</p>
<p>目前，该芯片已向三家终端厂商送样，预计明年二季度量产，澄川科技表示还将推出面向智能汽车的型号。</p></div></body></html>`;
  const source = (title: string) => extractFile(Buffer.from(release(title)), "page.html").article.source;
  it("the site is the title's other end", () => {
    expect(source("公司动态 - 澄川科技推出端侧推理芯片 - 澄川科技 ChengChuan")).toBe("澄川科技");
    expect(source("新闻中心 - 澄川科技推出端侧推理芯片 | 澄川科技 ChengChuan")).toBe("澄川科技");
  });
  it("a title of two parts, or a first part that is no section, reads as before", () => {
    expect(source("澄川科技推出端侧推理芯片 - 澄川科技 ChengChuan")).toBe("澄川科技");
    expect(source("芯片观察 - 澄川科技推出端侧推理芯片 - 澄川科技 ChengChuan")).not.toBe("芯片观察");
  });
});

describe("an English gloss between a byline's label and its colon (x13-b50-bilingual-…, x13-b50b-bilingual-labels-…)", () => {
  const parse = (line: string) => {
    const into = { authors: [] as string[], reporters: [] as string[], editors: [] as string[] };
    parseByline(line, into, []);
    return into;
  };
  it("is dropped: the label's name and the next label's are read as without it", () => {
    expect(parse("作者 Author：Mia Thornton ｜ 翻译 Translator：陈小舟 ｜ 2026-11-24").authors).toEqual(["Mia Thornton"]);
    expect(parse("撰文 Written by：裴知远").authors).toEqual(["裴知远"]);
    const row = parse("撰文 Writer：柯一鸣 · 编辑 Editor：米兰");
    expect(row.authors).toEqual(["柯一鸣"]);
    expect(row.editors).toEqual(["米兰"]);
  });
  it("a label without a gloss, and an English word that is a name, read as before", () => {
    expect(parse("作者：Mia Thornton").authors).toEqual(["Mia Thornton"]);
    expect(parse("Author: 马思远").authors).toEqual(["马思远"]);
  });
});

describe("a two-character site name in the <title> confirmed by the link home (x13-b50-state-json-…, x13-b50b-two-char-site-…)", () => {
  const mobile = (top: string) =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>存储芯片涨价潮蔓延至AI服务器 - 芯潮</title></head><body>
<div class="m-top">${top}<a href="/download">下载客户端</a></div><div class="m-article"><h1>存储芯片涨价潮蔓延至AI服务器</h1><div class="m-date">2026-11-19 07:30</div>
<p>存储芯片价格已经连续三个季度上涨，涨价的压力正在传导到AI服务器，一台八卡服务器的内存和硬盘成本比年初增加了约一成。</p>
<p>涨价的原因主要是需求结构的变化，大模型推理需要大量高带宽内存，存储厂商把更多产能转向了高端产品，普通内存反而偏紧。</p>
<p>业内预计，这一轮涨价至少会持续到明年二季度，服务器厂商已经开始按季度调整新签订单的价格，也有厂商提前囤货。</p></div></body></html>`;
  const source = (top: string) => extractFile(Buffer.from(mobile(top)), "page.html").article.source;
  it("the logo's alt or text on a link to the root names the site", () => {
    expect(source(`<a href="https://m.xinchao.example/" class="brand"><img src="/logo.png" alt="芯潮"></a>`)).toBe("芯潮");
    expect(source(`<a href="/" class="logo">芯潮</a>`)).toBe("芯潮");
    expect(source(`<div class="site-logo"><a href="/index.html">芯潮 XinChao</a></div>`)).toBe("芯潮");
  });
  it("without such a link, or with one that says something else, the two characters stay unconfirmed", () => {
    expect(source(`<a href="/">首页</a>`)).toBeNull();
    expect(source(`<a href="/tech/">芯潮</a>`)).toBeNull();
    // a channel's link to its own subdomain's root, in the menu, is no logo
    expect(source(`<a href="https://chip.xinchao.example/">芯潮</a>`)).toBeNull();
    expect(source("")).toBeNull();
  });
});

describe("a bilingual page's English headline set as a heading of its own under the Chinese h1 (x13-b50-bilingual-…, x13-b50b-bilingual-headline-…)", () => {
  const page = (head: string, title: string) =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title} | 启明双语科技</title></head><body>
<div class="reader"><div class="reader-head">${head}<div class="info">2026-12-04</div></div><div class="reader-body">
<p>Folding laundry has become a favourite demo for robot companies. But most videos are sped up, and many are remotely controlled.</p>
<p>叠衣服已经成为机器人公司最爱展示的项目。但大多数视频都经过加速，不少还是由人远程操控的，真实进展远没有视频里那么快。</p>
<p>研究者说，难点不在于叠这个动作本身，而在于处理那些会以无法预料的方式皱成一团的衣物，这需要大量真实数据。</p></div></div></body></html>`;
  const title = (head: string, t: string) => extractFile(Buffer.from(page(head, t)), "page.html").article.title;
  it("is no part of the headline the <title> joins it to", () => {
    expect(title("<h1>机器人学会叠衣服了吗</h1><h2>Can Robots Fold Laundry Yet</h2>", "机器人学会叠衣服了吗 Can Robots Fold Laundry Yet")).toBe("机器人学会叠衣服了吗");
  });
  it("one heading over two lines, or a product's name, is still joined as before", () => {
    expect(title("<h1>机器人学会叠衣服了吗<br><small>Can Robots Fold Laundry Yet</small></h1>", "机器人学会叠衣服了吗 Can Robots Fold Laundry Yet")).toBe("机器人学会叠衣服了吗 Can Robots Fold Laundry Yet");
  });
});

describe("公开资料 in a compiled piece's note names no source (x13-b50b-bilingual-headline-…)", () => {
  it("is generic", () => {
    expect(siteClaim("本文编译自公开资料")?.generic ?? true).toBe(true);
    expect(siteClaim("来源：网络公开报道")?.generic ?? true).toBe(true);
  });
  it("an outlet's name is still a claim", () => {
    expect(siteClaim("来源：澎湃新闻")?.generic).toBe(false);
  });
});
