/**
 * 阅读原文 through the real importer and a real SQLite file (migration 0018): the page's
 * canonical link is stored, read back by the article page's query, updated when the file
 * changes, and a hostile address never reaches the database.
 */
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runImport } from "@/lib/data/import/run-import";
import { defaultImportDeps } from "@/lib/data/import/after-save";
import { getArticle } from "@/lib/data/articles/get-article";
import { createTempDb, type TempDb } from "../helpers/temp-db";

let t: TempDb;
let dir: string;

const BODY = [
  "一家人工智能公司今天发布了新一代中文大模型，参数规模较上一代提升三倍，并首次开放了面向开发者的接口。",
  "公司负责人在发布会上表示，新模型在长文本理解和代码生成两项能力上进步最为明显，上下文窗口扩展到二十万字。",
  "业内人士认为，国内大模型厂商正在从比拼参数转向比拼落地场景，价格战可能在下半年进一步加剧。",
];

const OTHER = [
  "某地气象台今天发布寒潮蓝色预警，预计未来三天气温将下降八到十度，北部山区有中到大雪。",
  "交通部门提醒驾车出行的市民提前检查车辆防冻情况，高速公路可能因路面结冰临时封闭部分路段。",
  "农业部门建议种植户加固大棚、做好作物保温，养殖户注意圈舍防风，减少低温带来的损失。",
];

const page = (head: string, body = BODY) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${body === BODY ? "新一代中文大模型发布" : "寒潮预警发布"}</title>${head}</head><body>
<div class="main"><h1>${body === BODY ? "新一代中文大模型发布" : "寒潮预警发布"}</h1><p>2024-05-20 10:32 来源：示例日报</p>
<div class="content">${body.map((p) => `<p>${p}</p>`).join("\n")}</div></div></body></html>`;

const importDir = () => runImport({ dir, trigger: "test" }, { db: t.db, url: t.url, ...defaultImportDeps });
const stored = async (file: string) => {
  const row = await t.db.article.findFirstOrThrow({ where: { path: file }, select: { id: true } });
  return (await getArticle(row.id, t.db))!.originalUrl;
};

beforeEach(async () => {
  t = await createTempDb();
  dir = path.join(t.dir, "pages");
  fs.mkdirSync(dir);
});
afterEach(async () => {
  await t.cleanup();
});

describe("the original address in the database", () => {
  it("is stored from the canonical link and updated with the file", async () => {
    fs.writeFileSync(path.join(dir, "a.html"), page('<link rel="canonical" href="https://news.example.com/2024/0520/1.html">'));
    fs.writeFileSync(path.join(dir, "b.html"), page('<link rel="canonical" href="javascript:alert(1)">', OTHER));
    expect(await importDir()).toMatchObject({ added: 2, failed: 0 });
    expect(await stored("a.html")).toBe("https://news.example.com/2024/0520/1.html");
    expect(await stored("b.html")).toBeNull();

    fs.writeFileSync(path.join(dir, "a.html"), page('<meta property="og:url" content="https://m.example.com/a/2">'));
    expect(await importDir()).toMatchObject({ updated: 1, unchanged: 1, failed: 0 });
    expect(await stored("a.html")).toBe("https://m.example.com/a/2");
  });
});
