/**
 * The 阅读原文 address (issue 19): the safe-URL rule, the order of evidence, and the whole
 * pipeline on made-up pages and dumps plus real dev pages that carry a canonical link or og:url.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";
import { resolveOriginalUrl } from "@/lib/ingest/metadata/original-url";
import { safeHttpUrl } from "@/lib/text/http-url";

const BODY = [
  "一家人工智能公司今天发布了新一代中文大模型，参数规模较上一代提升三倍，并首次开放了面向开发者的接口。",
  "公司负责人在发布会上表示，新模型在长文本理解和代码生成两项能力上进步最为明显，上下文窗口扩展到二十万字。",
  "业内人士认为，国内大模型厂商正在从比拼参数转向比拼落地场景，价格战可能在下半年进一步加剧。",
];

function page(head: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>新一代中文大模型发布</title>${head}</head><body>
<div class="nav"><a href="/">首页</a> <a href="/t">科技</a></div>
<div class="main"><h1>新一代中文大模型发布</h1><p>2024-05-20 10:32 来源：示例日报</p>
<div class="content">${BODY.map((p) => `<p>${p}</p>`).join("\n")}</div></div></body></html>`;
}

const html = (head: string) => extractFile(Buffer.from(page(head)), "page.html").article;
const dump = (lines: string[]) => extractFile(Buffer.from(lines.join("\n")), "dump.txt").article;

describe("safeHttpUrl: only absolute http(s) addresses become links", () => {
  it.each([
    ["https://news.example.com/a/1.html", "https://news.example.com/a/1.html"],
    ["http://example.cn/p?id=3#top", "http://example.cn/p?id=3#top"],
    ["  https://example.com/x  ", "https://example.com/x"],
    ["HTTPS://Example.COM/新闻", "https://example.com/%E6%96%B0%E9%97%BB"],
  ])("keeps %s", (raw, url) => expect(safeHttpUrl(raw)).toBe(url));

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox",
    "ftp://example.com/file",
    "file:///etc/passwd",
    "/news/1.html",
    "//example.com/protocol-relative",
    "https://user:pass@example.com/",
    "https://exa mple.com/",
    "https://example.com/a\nb",
    "",
    `https://example.com/${"a".repeat(2100)}`,
  ])("refuses %s", (raw) => expect(safeHttpUrl(raw)).toBeNull());

  it("reads a relative address against a safe base only", () => {
    expect(safeHttpUrl("/news/1.html", "https://example.com/other")).toBe("https://example.com/news/1.html");
    expect(safeHttpUrl("/news/1.html", "javascript:alert(1)")).toBeNull();
  });
});

describe("resolveOriginalUrl: canonical, then og:url, then a crawler's field", () => {
  it("prefers the canonical link to og:url", () => {
    expect(resolveOriginalUrl({ canonical: "https://a.example/1", ogUrl: "https://b.example/1", lines: [] })).toBe("https://a.example/1");
  });
  it("reads a relative canonical link against og:url", () => {
    expect(resolveOriginalUrl({ canonical: "/n/2.html", ogUrl: "https://b.example/m/1", lines: [] })).toBe("https://b.example/n/2.html");
  });
  it("falls back to og:url when the canonical link is unusable", () => {
    expect(resolveOriginalUrl({ canonical: "javascript:void(0)", ogUrl: "https://b.example/1", lines: [] })).toBe("https://b.example/1");
  });
  it.each([
    ["URL: https://c.example/3.html", "https://c.example/3.html"],
    ["原文链接：https://c.example/4.html", "https://c.example/4.html"],
    ["【原文地址】http://c.example/5.html", "http://c.example/5.html"],
    ["source_url=https://c.example/6", "https://c.example/6"],
  ])("reads the field line %s", (line, url) => {
    expect(resolveOriginalUrl({ canonical: null, ogUrl: null, lines: ["无关的一行", line] })).toBe(url);
  });
  it("ignores a bare 链接 in running text and a field with a hostile address", () => {
    expect(resolveOriginalUrl({ canonical: null, ogUrl: null, lines: ["链接：https://github.com/x/y"] })).toBeNull();
    expect(resolveOriginalUrl({ canonical: null, ogUrl: null, lines: ["原文链接：javascript:alert(1)"] })).toBeNull();
    expect(resolveOriginalUrl({ canonical: null, ogUrl: null, lines: ["详见原文链接：https://c.example/7 以及更多"] })).toBeNull();
  });
});

describe("the pipeline stores the original address", () => {
  it("from a canonical link", () => {
    expect(html('<link rel="canonical" href="https://news.example.com/2024/05/20/1.html">').originalUrl).toBe("https://news.example.com/2024/05/20/1.html");
  });
  it("from og:url when there is no canonical link", () => {
    expect(html('<meta property="og:url" content="https://m.example.com/a/9">').originalUrl).toBe("https://m.example.com/a/9");
  });
  it("not from a javascript: canonical link", () => {
    expect(html('<link rel="canonical" href="javascript:alert(1)">').originalUrl).toBeNull();
  });
  it("none for a page without any", () => {
    expect(html("").originalUrl).toBeNull();
  });
  it("from a crawler's URL field at the top of a text dump", () => {
    const a = dump(["url: https://www.example.com/tech/2024/0520/88.html", "", "新一代中文大模型发布", "", "2024-05-20 10:32 来源：示例日报", "", ...BODY.flatMap((p) => [p, ""])]);
    expect(a.originalUrl).toBe("https://www.example.com/tech/2024/0520/88.html");
    expect(a.body).not.toContain("example.com");
  });
  it("none for the seeds, which carry no address", () => {
    const dir = path.resolve(import.meta.dirname, "../../seeds");
    for (const f of fs.readdirSync(dir)) expect(extractFile(fs.readFileSync(path.join(dir, f)), f).article.originalUrl, f).toBeNull();
  });

  const devPages = path.resolve(import.meta.dirname, "../../../shared/dev-pages");
  it.skipIf(!fs.existsSync(devPages))("from real dev pages' canonical link and og:url", () => {
    const read = (f: string) => extractFile(fs.readFileSync(path.join(devPages, f)), f).article.originalUrl;
    expect(read("gamersky_gamersky.html")).toBe("https://ol.gamersky.com/news/201909/1220000.shtml");
    expect(read("ifeng_1.html")).toBe("https://news.ifeng.com/c/7rtKNyg6PU9");
  });
});
