/**
 * Body rules asked for by blind batch 26 (tests/fixtures/pages/site-*): lines that are page
 * controls or pointers elsewhere, not the article, in shapes the earlier vocabulary missed.
 */
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";
import { vocabularyHit } from "@/lib/ingest/classify/vocabulary";

const ITEMS = [
  "一家实验室发布的新版开源模型在多项代码生成评测中取得领先，参数规模约为三百亿，采用宽松的开源协议。",
  "多家算力服务商下调了高端显卡的月租价格，降幅在一到两成之间，业内人士认为新增供给集中释放是主因。",
  "一家为律所提供合同审查工具的公司完成新一轮融资，资金将用于拓展华东和华南市场的销售团队。",
];

describe("a read-on link pointing with an arrow, and a font-size control listing its sizes", () => {
  it("are toolbar lines", () => {
    expect(vocabularyHit("查看原文 →")?.kind).toBe("share");
    expect(vocabularyHit("阅读全文»")?.kind).toBe("share");
    expect(vocabularyHit("字体：小中大")?.kind).toBe("share");
    expect(vocabularyHit("字号：大 中 小")?.kind).toBe("share");
    expect(vocabularyHit("了解更多大模型的用法，请看下文的三个例子和评测结果")).toBeNull();
  });
  it("leave a digest's items without their link lines", () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>每周简报 第3期</title></head><body>
<h1>每周简报 第3期</h1><p>2025年9月15日</p>
${ITEMS.map((t, i) => `<h3>${i + 1}. 第${i + 1}条消息的标题写在这里</h3><p>${t}</p><p><a href="https://example.org/${i}">查看原文 →</a></p>`).join("\n")}
<p>© 2025 每周简报</p></body></html>`;
    const a = extractFile(Buffer.from(html), "page.html").article;
    expect(a.body).toContain(ITEMS[2]);
    expect(a.body).not.toContain("查看原文");
  });
});
