/**
 * A contact line closing the chosen region as a sentence (咨询电话：…。) is the notice's last line;
 * one written as a bare field at the edge is still cut as a contact bar
 * (site-policy-jiedu-nested-numbering-table).
 */
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";

const PARAS = [
  "近日，市工业和信息化局、市财政局联合印发关于加快人工智能算力券发放使用的若干措施，现就有关内容解读如下。",
  "算力券按企业实际采购智能算力服务费用的一定比例抵扣，中小企业抵扣比例为百分之三十，年度上限为二百万元。",
  "《措施》自2025年8月1日起施行，有效期三年。",
];
const page = (last: string) => `<html><head><meta charset="utf-8"><title>算力券政策解读-市工信局</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/zcjd/">政策解读</a></div>
<div class="detail"><div class="title">算力券政策解读</div><div id="zoom">${PARAS.map((p) => `<p>${p}</p>`).join("")}<p>${last}</p></div></div>
<div class="footer">© 2025 市工信局 版权所有</div></body></html>`;
const body = (html: string) => extractFile(Buffer.from(html), "page.html").article.body.split(/\n+/);

describe("a closing contact line", () => {
  it("is kept when it closes the notice as a sentence", () => {
    expect(body(page("咨询电话：0591-8765 4321。"))).toEqual([...PARAS, "咨询电话：0591-8765 4321。"]);
  });
  it("is cut when it is a bare field at the region's edge", () => {
    expect(body(page("联系电话：0591-8765 4321"))).toEqual(PARAS);
  });
});
