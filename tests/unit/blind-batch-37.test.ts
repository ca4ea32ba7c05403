// Blind HTML batch 37 (issue 14): lines of an article that the cleaner read as boilerplate.
import { describe, expect, it } from "vitest";
import { vocabularyHit } from "@/lib/ingest/classify/vocabulary";
import { metadataLineKind } from "@/lib/ingest/metadata/metadata-line";
import { foldLine } from "@/lib/text/fold";
import { extractHtml } from "@/lib/ingest/html/extract-html";
import { extractFile } from "@/lib/ingest/extract-file";

describe("blind batch 37: copyright named in a sentence", () => {
  it("a sentence about copyright law is prose, not a footer", () => {
    const line = "under the ai act, providers must publish a summary of the data used to train their models and show that they respect eu copyright law.";
    expect(vocabularyHit(line)).toBeNull();
  });
  it("the footer's label still is one", () => {
    expect(vocabularyHit("copyright 2025 example media group")?.kind).toBe("copyright");
    expect(vocabularyHit("copyright: example media")?.kind).toBe("copyright");
    expect(vocabularyHit("example media copyright")?.kind).toBe("copyright");
  });
});

describe("blind batch 37: short lines that are no menu", () => {
  it("an English sentence with a figure in it", () => {
    expect(vocabularyHit("companies that break the rules could be fined up to 3% of their global annual turnover.")).toBeNull();
  });
  it("a numbered subhead with spaced Latin words", () => {
    expect(vocabularyHit("1. 首选 4bit 的 awq 或 gptq")).toBeNull();
    expect(vocabularyHit("（二） 选 int8 还是 fp8")).toBeNull();
  });
  it("a numbered list of menu items is still a menu", () => {
    expect(vocabularyHit("1. 首页 2. 新闻 3. 体育 4. 财经")?.kind).toBe("navigation");
    expect(vocabularyHit("1 要闻 2 财经 3 科技 4 体育")?.kind).toBe("navigation");
  });
});

describe("blind batch 37: a dated sentence of two clauses", () => {
  it("is prose, not a date line", () => {
    expect(metadataLineKind(foldLine("《措施》自2025年8月1日起施行，有效期三年。"))).toBeNull();
  });
  it("a date with its weekday or its counter is still a date line", () => {
    expect(metadataLineKind(foldLine("2025年8月1日 星期五"))).toBe("dateline");
    expect(metadataLineKind(foldLine("2025-08-01 10:00 阅读 33"))).toBe("dateline");
  });
});

describe("blind batch 37: a Q&A page with an accepted answer among others", () => {
  const para = (s: string) => `<p>${s}，这一段写得足够长，像一个真正的回答段落那样有好几个分句，读起来是完整的意思。</p>`;
  const answer = (cls: string, badge: string, words: string) =>
    `<div class="${cls}"><div class="vote"><span>12</span></div><div class="answer-main">${badge}<div class="answer-body">${para(words + "一")}${para(words + "二")}</div></div></div>`;
  const page = (first: string, second: string, badge: string) => `<html><body><div class="main">
    <h1>本地部署小模型该怎么选量化方案？</h1>
    <div class="q-body">${para("提问者的补充说明")}</div>
    <div class="answers-head"><h3>3 个回答</h3></div>
    ${answer(first, badge, "被采纳的回答")}
    ${answer(second, "", "另一位网友的回答")}
    ${answer("answer", "", "第三位网友的回答")}
  </div><footer>© 2025 某问答社区</footer></body></html>`;
  const texts = (html: string) => extractHtml(html).blocks.map((b) => b.text).join("\n");

  it("keeps the accepted answer alone (marked by its class)", () => {
    const t = texts(page("answer accepted", "answer", ""));
    expect(t).toContain("被采纳的回答一");
    expect(t).not.toContain("另一位网友的回答");
    expect(t).not.toContain("提问者的补充说明");
  });
  it("keeps the accepted answer alone (marked by a badge), the badge out", () => {
    const t = texts(page("answer", "answer", "<div class=\"badge\">✔ 已采纳</div>"));
    expect(t).toContain("被采纳的回答二");
    expect(t).not.toContain("第三位网友的回答");
    expect(t).not.toContain("已采纳");
  });
  it("keeps every answer when none is accepted", () => {
    const t = texts(page("answer", "answer", ""));
    expect(t).toContain("被采纳的回答一");
    expect(t).toContain("第三位网友的回答");
  });
});

describe("blind batch 37: a QAPage's accepted answer dates the page", () => {
  const ld = (accepted: string) =>
    `<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"本地部署小模型该怎么选量化方案？","dateCreated":"2025-08-14T21:07:00+08:00"${accepted}}}</script>`;
  const page = (accepted: string) => `<html><head><title>本地部署小模型该怎么选量化方案？</title>${ld(accepted)}</head><body>
    <h1>本地部署小模型该怎么选量化方案？</h1><p>提问于 <time datetime="2025-08-14T21:07:00+08:00">2025-08-14</time></p>
    <div class="answer-body"><p>十二G显存跑七B完全够用，关键是先想清楚你要的是速度还是质量，我按自己踩过的坑说一下具体的做法。</p>
    <p>四比特量化之后权重只剩四G左右，加上上下文的缓存，十二G绰绰有余，中文问答上的质量损失很小。</p></div></body></html>`;
  const date = (html: string) => extractFile(Buffer.from(html), "qa.html").article.publishedAt;
  it("takes the accepted answer's date over the question's", () => {
    expect(date(page(`,"acceptedAnswer":{"@type":"Answer","dateCreated":"2025-08-15T10:32:00+08:00"}`))).toMatch(/^2025-08-15/);
  });
  it("keeps the question's date when no answer is accepted", () => {
    expect(date(page(""))).toMatch(/^2025-08-14/);
  });
});

describe("blind batch 37: a note on what the copy may be used for", () => {
  it("is a disclaimer", () => {
    expect(vocabularyHit("注:本文由某某双语编辑部编译,仅供英语学习使用。")?.kind).toBe("disclaimer");
    expect(vocabularyHit("(以上内容仅供学习交流之用)")?.kind).toBe("disclaimer");
  });
  it("a sentence saying a tool is for study is not", () => {
    expect(vocabularyHit("该模型目前仅向高校开放,用于学习和研究。")).toBeNull();
  });
});

describe("a headline set over two lines of its element", () => {
  const page = (h1: string, og: string) => `<!doctype html><html><head><meta charset="utf-8"><title>${og} - 示例双语网</title><meta property="og:title" content="${og}"></head><body><div class="nav"><a href="/">首页</a><a href="/news">快讯</a></div><article><h1>${h1}</h1><p>2025-08-02 来源：示例双语网</p>
<p>欧盟委员会表示，人工智能法案中针对通用模型的条款自本月起正式适用，模型提供者需要公开训练数据摘要并遵守版权规则。</p>
<p>The European Commission said the rules for general-purpose models apply from this month, and providers must publish a summary of their training data.</p>
<p>业内人士认为，这将影响在欧盟市场提供服务的国内外大模型公司，合规成本会明显上升，中小企业尤其需要提前准备。</p>
<p>Industry observers expect compliance costs to rise for model makers serving the EU market, especially smaller companies.</p></article></body></html>`;
  it("is the declared title that joins its two lines (中文<br><small>English</small>)", () => {
    const html = page("欧盟通用模型条款正式生效<br><small>EU rules for general-purpose models take effect</small>", "欧盟通用模型条款正式生效 EU rules for general-purpose models take effect");
    expect(extractFile(Buffer.from(html), "bilingual.html").article.title).toBe("欧盟通用模型条款正式生效 EU rules for general-purpose models take effect");
  });
  it("stays the heading when the declared title is that heading alone", () => {
    const html = page("欧盟通用模型条款正式生效", "欧盟通用模型条款正式生效");
    expect(extractFile(Buffer.from(html), "plain.html").article.title).toBe("欧盟通用模型条款正式生效");
  });
});
