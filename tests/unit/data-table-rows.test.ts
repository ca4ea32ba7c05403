/**
 * A data table's rows read as lines, cells joined by a space (data-table.ts, walk.ts); a layout
 * table keeps its cells as blocks; a row repeating the row above stays; a row is no headline and
 * no menu (site-data-table-repeated-cells-word-paragraphs, site-layout-table-article-cell-sidebar-cell).
 */
import { describe, expect, it } from "vitest";
import type { Element } from "domhandler";
import { isDataTable } from "@/lib/ingest/html/data-table";
import { parseHtml } from "@/lib/ingest/html/fast-tokenizer";
import { walkPage } from "@/lib/ingest/html/walk";
import { extractFile } from "@/lib/ingest/extract-file";
import { vocabularyHit } from "@/lib/ingest/classify/vocabulary";

function firstTable(html: string): Element {
  const find = (n: { children?: unknown[] }): Element | null => {
    for (const c of (n.children ?? []) as Element[]) {
      if (c.type === "tag" && c.name === "table") return c;
      const hit = find(c as { children?: unknown[] });
      if (hit) return hit;
    }
    return null;
  };
  return find(parseHtml(html) as unknown as { children?: unknown[] })!;
}

const ROWS = `<tr><th>日期</th><th>课程</th><th>地点</th></tr>
<tr><td><p>12月7日</p></td><td><p>大模型基础</p></td><td><p>实训基地</p></td></tr>
<tr><td><p>12月7日</p></td><td><p>智能体应用</p></td><td><p>实训基地</p></td></tr>`;

const PARAS = [
  "根据管理办法，经企业申报、专家评审和现场核查，拟向以下企业发放本年度第四批人工智能算力券，现将培训安排一并公示如下。",
  "公示期间，如对名单或者培训安排有异议，请以书面形式向市数据局反映，并提供相关证明材料，逾期不再受理任何异议。",
];
const extract = (html: string) => extractFile(Buffer.from(html), "page.html").article;

describe("data tables", () => {
  it("tells a data table from a layout table by its structure", () => {
    expect(isDataTable(firstTable(`<table>${ROWS}</table>`))).toBe(true);
    // one row of several cells: a layout's fields line or a menu
    expect(isDataTable(firstTable(`<table><tr><td>来源：某报</td><td>作者：李娜</td><td>2026-01-02</td></tr></table>`))).toBe(false);
    // a cell holding the article: more than one paragraph-long line
    expect(isDataTable(firstTable(`<table><tr><td>栏目</td><td>${PARAS.map((t) => `<p>${t}</p>`).join("")}</td></tr><tr><td>a</td><td>b</td></tr></table>`))).toBe(false);
    // a table around another table
    expect(isDataTable(firstTable(`<table><tr><td>x</td><td><table>${ROWS}</table></td></tr><tr><td>a</td><td>b</td></tr></table>`))).toBe(false);
    expect(isDataTable(firstTable(`<table role="presentation">${ROWS}</table>`))).toBe(false);
  });

  it("reads a data table's row as one line, cells joined by a space", () => {
    const walk = walkPage(parseHtml(`<div><table><tbody>${ROWS}</tbody></table></div>`));
    expect(walk.blocks.map((b) => b.text)).toEqual(["日期 课程 地点", "12月7日 大模型基础 实训基地", "12月7日 智能体应用 实训基地"]);
    expect(walk.blocks.every((b) => b.row && b.owner.tag === "tr")).toBe(true);
  });

  it("keeps a layout table's cells as blocks of their own", () => {
    const walk = walkPage(parseHtml(`<table><tr><td><a href="/a">栏目一</a><br><a href="/b">栏目二</a></td><td>${PARAS.map((p) => `<p>${p}</p>`).join("")}</td></tr><tr><td>页脚</td><td>版权所有</td></tr></table>`));
    expect(walk.blocks.map((b) => b.text)).toEqual(["栏目一", "栏目二", ...PARAS, "页脚", "版权所有"]);
    expect(walk.blocks.some((b) => b.row)).toBe(false);
  });

  it("keeps every row in the article, one repeating another's cells, and takes no row for the headline", () => {
    const html = `<html><head><meta charset="utf-8"><title>算力券发放名单公示-市数据局</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/tzgg/">通知公告</a></div>
<div class="content"><div class="title">算力券发放名单公示</div><p>${PARAS[0]}</p><table border="1"><tbody>${ROWS}
<tr><td><p>12月14日</p></td><td><p>结业考核</p></td><td><p>实训基地</p></td></tr></tbody></table><p>${PARAS[1]}</p></div>
<div class="footer">© 2026 市数据局 版权所有</div></body></html>`;
    const a = extract(html);
    expect(a.title).toBe("算力券发放名单公示");
    const lines = a.body.split(/\n+/);
    expect(lines).toEqual([PARAS[0], "日期 课程 地点", "12月7日 大模型基础 实训基地", "12月7日 智能体应用 实训基地", "12月14日 结业考核 实训基地", PARAS[1]]);
  });

  it("takes an offer to subscribe by a texted code for an ad (a bullet list's rows no longer fence it off from the article)", () => {
    expect(vocabularyHit("订东北网彩信手机报，移动发KTDBW到10658333，联通发DBWY到1065566600。")?.kind).toBe("ad");
    expect(vocabularyHit("移动公司表示，用户可以通过手机发送短信查询话费余额，资费标准不变。")).toBeNull();
  });
});
