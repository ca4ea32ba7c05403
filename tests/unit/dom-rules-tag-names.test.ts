/**
 * A scraped page chooses its own tag names: one named after a member of Object.prototype
 * (<constructor>, <toString>, <__proto__>) is an unknown tag like any other, neither boilerplate
 * nor content, and the article inside it is kept.
 */
import { describe, expect, it } from "vitest";
import { parseDocument } from "htmlparser2";
import type { Element } from "domhandler";
import { roleOf } from "@/lib/ingest/html/dom-rules";
import { extractFile } from "@/lib/ingest/extract-file";

const el = (html: string) => parseDocument(html).children.find((c) => c.type === "tag") as Element;

const PARAS = [
  "星河智能今天发布了新一代多模态大模型，可以同时理解图片、语音和长文档，并在多项公开评测中取得领先成绩。",
  "公司技术负责人介绍，新模型采用混合专家架构，推理成本比上一代下降了一半，企业客户可以通过云平台直接调用。",
  "据悉，新模型将首先在教育和医疗两个行业落地，公司计划在明年上半年开放更多行业版本，并推出面向开发者的工具。",
];

describe("tag names that are Object.prototype members", () => {
  it("get no role from the tag table", () => {
    for (const name of ["constructor", "tostring", "__proto__", "hasownproperty", "valueof"]) {
      expect(roleOf(el(`<${name}><p>x</p></${name}>`), false), name).toEqual({ hint: 0, kind: null });
    }
  });

  it("do not cut the article inside them", () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>星河智能发布新一代多模态大模型</title></head><body>
<div class="topnav"><a href="/">首页</a> <a href="/ai">AI</a></div>
<constructor><h1>星河智能发布新一代多模态大模型</h1>${PARAS.map((p) => `<p>${p}</p>`).join("")}</constructor>
<div class="footer">© 2025 示例网 版权所有</div></body></html>`;
    const body = extractFile(Buffer.from(html), "page.html").article.body;
    for (const p of PARAS) expect(body).toContain(p);
  });
});
