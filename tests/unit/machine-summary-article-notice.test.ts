/**
 * A machine-summary box is cut by its label (html/machine-summary.ts); the label must not cut an
 * article that says it was generated, nor an article's own section whose heading starts with a
 * summary word (found in review of blind batch 50; inputs invented).
 */
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";

const body = (html: string) => extractFile(Buffer.from(html), "page.html").article.body;

const page = (content: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>央行宣布下调存款准备金率0.5个百分点 - 远川财经</title></head>
<body><header><a href="/"><img src="/logo.png" alt="远川财经"></a><nav><a href="/news">新闻</a><a href="/tech">科技</a></nav></header>
<main><h1>央行宣布下调存款准备金率0.5个百分点</h1><div class="meta">2026-12-05 10:00 作者：林晓</div>
${content}
</main><footer>© 2026 远川财经 版权所有</footer></body></html>`;

const PARAGRAPHS = `<p>中国人民银行12月5日宣布，决定于12月15日下调金融机构存款准备金率0.5个百分点，此次下调后，金融机构加权平均存款准备金率约为6.2%，预计将释放长期流动性约1万亿元。</p>
<p>央行有关负责人表示，此次降准是为了巩固经济回升向好的基础，保持流动性合理充裕，引导金融机构加大对实体经济的支持力度，尤其是对科技创新和小微企业的支持。</p>
<p>市场人士分析认为，降准落地后，银行负债成本有望下降，为后续贷款市场报价利率下行打开空间，对债市和股市均构成利好。</p>`;

describe("a generated-article notice is no summary box", () => {
  it("keeps a short article that opens with 本文由AI生成", () => {
    const text = body(page(`<div class="content"><p>本文由AI生成，经编辑审核后发布</p>\n${PARAGRAPHS}</div>`));
    expect(text).toContain("中国人民银行12月5日宣布");
    expect(text).toContain("对债市和股市均构成利好");
  });

  it("still cuts a box whose label says its own text was generated", () => {
    const box = `<div class="guide"><p>以下内容由AI生成，仅供参考</p><p>央行降准0.5个百分点，释放流动性约1万亿元，意在支持实体经济。</p></div>`;
    const text = body(page(`${box}<div class="content">${PARAGRAPHS}</div>`));
    expect(text).not.toContain("意在支持实体经济");
    expect(text).toContain("中国人民银行12月5日宣布");
  });
});

describe("a section heading that starts with a summary word is the article's", () => {
  const review = (heading: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>五款办公助手横评：谁最会读长文档 - 远川科技评论</title></head>
<body><header><a href="/"><img src="/logo.png" alt="远川科技评论"></a></header>
<main><article><h1>五款办公助手横评：谁最会读长文档</h1><div class="meta">2026-12-05 10:00 作者：林晓</div>
<p>我们用同一份八十页的年报，测试了五款常见的办公助手在阅读、检索和归纳长文档方面的表现，下面分三个部分介绍测试结果。</p>
<section><h2>${heading}</h2>
<p>在总结测试中，我们要求每款助手用三百字概括年报的核心内容。表现最好的一款准确列出了营收、利润和主要风险，而表现最差的一款遗漏了全部风险提示。</p>
<p>值得注意的是，几款助手都倾向于照搬管理层讨论部分的措辞，而不是从财务报表中提炼数字，这说明它们对表格的理解仍然有限。</p></section>
<section><h2>检索：能不能找到原文</h2>
<p>检索测试要求助手回答十个需要定位原文的问题。多数助手能给出正确答案，但只有两款能准确标出答案所在的页码，其余几款给出的页码常有偏差。</p>
<p>对于跨页表格中的数据，所有助手的准确率都明显下降，有一款甚至把两个年度的数字混在了一起，给出了完全错误的增长率。</p></section>
</article></main><footer>© 2026 远川科技评论</footer></body></html>`;

  it("keeps the section under 「AI总结：谁抓得住重点」", () => {
    expect(body(review("AI总结：谁抓得住重点"))).toContain("表现最好的一款准确列出了营收");
  });
});
