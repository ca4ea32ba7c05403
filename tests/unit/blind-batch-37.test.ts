// Blind HTML batch 37 (issue 14): lines of an article that the cleaner read as boilerplate.
import { describe, expect, it } from "vitest";
import { vocabularyHit } from "@/lib/ingest/classify/vocabulary";
import { metadataLineKind } from "@/lib/ingest/metadata/metadata-line";
import { foldLine } from "@/lib/text/fold";
import { extractHtml } from "@/lib/ingest/html/extract-html";

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
