/**
 * The inline-script reader (lib/ingest/html/script-data.ts): top-level literal assignments and
 * page-data objects are read; function locals, call arguments (ad, analytics and share snippets),
 * settings variables and arrays (feeds of other articles) are not. Then, through the real
 * pipeline, script facts are evidence after JSON-LD and meta tags.
 */
import { describe, expect, it } from "vitest";
import { readScriptFacts, topLevelAssignments, type Value } from "@/lib/ingest/html/script-data";
import { blocksHtml } from "@/lib/ingest/html/content-blocks";
import { reviveDevalue } from "@/lib/ingest/html/devalue";
import { flightProps, flightRows, flightStream } from "@/lib/ingest/html/next-flight";
import { extractFile } from "@/lib/ingest/extract-file";

describe("topLevelAssignments", () => {
  it("reads var/let/const strings and numbers at the top level, with || fallbacks", () => {
    const got = topLevelAssignments(`
      var nickname = "未闻Code";
      let ct = "1581418070"
      const count = 42;
      var appuin = "" || "MzI2MzEwNTY3OQ==";
      var a = "x", b = "y";`);
    expect(got).toEqual([
      { name: "nickname", value: "未闻Code" },
      { name: "ct", value: "1581418070" },
      { name: "count", value: 42 },
      { name: "appuin", value: "MzI2MzEwNTY3OQ==" },
      { name: "a", value: "x" },
      { name: "b", value: "y" },
    ]);
  });

  it("skips expressions, function locals and call arguments", () => {
    const got = topLevelAssignments(`
      var copyright_stat = "0" * 1;
      var t0 = "abc".slice(1);
      function f() { var title = "函数里的标题"; return title; }
      (function () { var ct = "1581418070"; })();
      wx.config({ title: "分享标题" });
      var after = "yes";`);
    expect(got).toEqual([{ name: "after", value: "yes" }]);
  });

  it("reads a string passed alone through a decoding call, and no other call", () => {
    const got = topLevelAssignments(`
      var nickname = htmlDecode("AI深度研究所");
      var title = decodeURIComponent('a\\'b');
      var two = pick("x", "y");
      var conf = setup({ title: "分享标题" });
      var chained = htmlDecode("z").trim();
      var after = "yes";`);
    expect(got).toEqual([
      { name: "nickname", value: "AI深度研究所" },
      { name: "title", value: "a'b" },
      { name: "after", value: "yes" },
    ]);
  });

  it("is not derailed by braces inside strings, comments and regular expressions", () => {
    const got = topLevelAssignments(`
      var re = /[{(]/g; // a { in a comment
      var s = "}}}"; /* { */
      var title = "正文标题在这里";`);
    expect(got.map((a) => a.name)).toEqual(["s", "title"]);
  });

  it("reads object literals with unquoted keys, single quotes and \\u escapes; non-literal members are dropped", () => {
    const got = topLevelAssignments(`window.ARTICLE_INFO = window.ARTICLE_INFO || {
      title: '\\u6807\\u9898\\u4e00\\u4e8c',
      id: fn(1, 2),
      share: '&quot;x&quot;'.slice(6, -6),
      pubtime: '2019-09-23 07:48',
    };`);
    expect(got).toEqual([{ name: "window.ARTICLE_INFO", value: { title: "标题一二", pubtime: "2019-09-23 07:48" } }]);
  });
});

describe("readScriptFacts", () => {
  it("reads a WeChat article's top-level variables: title, Unix time, account", () => {
    const f = readScriptFacts([`var nickname = "算力前哨"; var nickname_new = ""; var ct = "1581418070"; var msg_title = "一日一技：延迟调用";`]);
    expect(f).toEqual({ title: "一日一技：延迟调用", publishedAt: "2020-02-11T18:47:50+08:00", authors: [], source: null, account: "算力前哨", poster: null, contentHtml: null });
  });

  it("takes the page-data object holding the most fields, not a widget's title; arrays are not entered", () => {
    const f = readScriptFacts([
      `var pageData = {
        footer: { title: "无线频道首页" },
        feed: [{ title: "另一篇文章的标题", source: "别的报社", author: "王五" }],
        article: { title: "大模型价格战再起", author: { name: "张三" }, pubDate: "2024-06-01 10:00", copyfrom: "示例日报" },
        media: { name: "示例日报客户端" }
      };`,
    ]);
    expect(f).toEqual({ title: "大模型价格战再起", publishedAt: "2024-06-01T10:00:00+08:00", authors: ["张三"], source: "示例日报", account: "示例日报客户端", poster: null, contentHtml: null });
  });

  it("never reads settings variables or call arguments (share, ads, analytics)", () => {
    const f = readScriptFacts([
      `var shareConfig = { title: "分享出去的标题", source: "分享来源" };`,
      `var adOptions = { title: "广告标题文字" };`,
      `Slardar.install({ title: "监控标题文字", pubDate: "2020-01-01" });`,
    ]);
    expect(f).toEqual({ title: null, publishedAt: null, authors: [], source: null, account: null, poster: null, contentHtml: null });
  });

  it("never reads a library object (one with methods) or a variable named for ads", () => {
    const f = readScriptFacts([
      `var IfengAdCookie = { author: "JingWu", version: "0.0.1", set: function (p) { return p; } };`,
      `var Widget = { author: "Wang Wu", render: (el) => el };`,
      `var pageAds = { author: "李广告" };`,
    ]);
    expect(f.authors).toEqual([]);
    // "ad" inside a word is no ad: loadData, uploadTime.
    expect(readScriptFacts([`var loadData = { author: "张三", pubDate: "2024-06-01" };`]).authors).toEqual(["张三"]);
  });

  it("ignores channel codes and empty values as sources", () => {
    expect(readScriptFacts([`var source = "pc"; var nickname = "";`]).source).toBeNull();
    expect(readScriptFacts([`var source = "wap"; var nickname = "";`]).account).toBeNull();
  });

  it("skips a member nested too deep and still reads its siblings", () => {
    const deep = '{"a":{"b":{"c":{"d":{"e":{"f":{"g":[{"h":1}]}}}}}}}';
    const f = readScriptFacts([`window.__INITIAL_STATE__ = { cache: ${deep}, topic: { title: "运营商促销方式曝光", publishDate: "2019-09-07T00:31:40.109Z" } };`]);
    expect(f.title).toBe("运营商促销方式曝光");
    expect(f.publishedAt).toBe("2019-09-07T08:31:40+08:00");
  });

  it("reads JSON data blocks", () => {
    const f = readScriptFacts([], [`{"props":{"pageProps":{"article":{"title":"模型开源后的第一周","publish_time":1717200000,"author":["李四","赵六"]}}}}`]);
    expect(f.title).toBe("模型开源后的第一周");
    expect(f.publishedAt?.slice(0, 10)).toBe("2024-06-01");
    expect(f.authors).toEqual(["李四", "赵六"]);
  });
});

const BODY = [
  "一家人工智能公司今天发布了新一代中文大模型，参数规模较上一代提升三倍，并首次开放了面向开发者的接口。",
  "公司负责人在发布会上表示，新模型在长文本理解和代码生成两项能力上进步最为明显，上下文窗口扩展到二十万字。",
  "业内人士认为，国内大模型厂商正在从比拼参数转向比拼落地场景，价格战可能在下半年进一步加剧。",
];

function page(head: string, scripts: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>新一代中文大模型发布</title>${head}</head><body>
<div class="main"><h1>新一代中文大模型发布</h1><div class="content">${BODY.map((p) => `<p>${p}</p>`).join("\n")}</div></div>
<script>${scripts}</script></body></html>`;
}

describe("script facts in the pipeline", () => {
  const run = (html: string) => extractFile(Buffer.from(html), "page.html").article;

  it("give the date, source and author when nothing else does", () => {
    const a = run(page("", `var pageData = { title: "新一代中文大模型发布", author: "张三", source: "示例日报", pubDate: "2024-06-01 10:00" };`));
    expect(a.publishedAt?.slice(0, 10)).toBe("2024-06-01");
    expect(a.source).toBe("示例日报");
    expect(a.authors).toEqual(["张三"]);
  });

  it("come after JSON-LD and meta tags", () => {
    const head = `<meta property="article:published_time" content="2024-05-30T08:00:00+08:00"><meta name="author" content="李四"><meta name="source" content="另一日报">`;
    const a = run(page(head, `var pageData = { title: "新一代中文大模型发布", author: "张三", source: "示例日报", pubDate: "2024-06-01 10:00" };`));
    expect(a.publishedAt?.slice(0, 10)).toBe("2024-05-30");
    expect(a.source).toBe("另一日报");
    expect(a.authors).toEqual(["李四"]);
  });
});

describe("a script's account as the source", () => {
  it("is named without the platform's word for an account", () => {
    const html = page("", `window.global = { id: "3yWy", source: "补壹刀微信公号", category: "国际新闻" };`);
    expect(extractFile(Buffer.from(html), "page.html").article.source).toBe("补壹刀");
  });
});

describe("a state written as a function called with its values (Nuxt)", () => {
  const content = `<p>${"正文段落的文字，".repeat(30)}</p><p>${"第二段的文字内容，".repeat(10)}</p>`;
  const state = `window.__NUXT__=(function(a,b,c){return {layout:"default",data:[{article:{title:"新一代中文大模型发布",author:"张三",source:a,publishTime:"2024-06-01 10:00",content:${JSON.stringify(content)},isOriginal:b},related:[{title:"别的文章",publishTime:c}]}],serverRendered:b}}("示例日报",true,"2024-05-01 08:00"));`;

  it("reads parameters as their arguments", () => {
    const [a] = topLevelAssignments(state);
    expect(a?.name).toBe("window.__NUXT__");
    expect(JSON.stringify(a?.value)).toContain('"source":"示例日报"');
  });

  it("gives the article record inside the data array", () => {
    const facts = readScriptFacts([state]);
    expect(facts.title).toBe("新一代中文大模型发布");
    expect(facts.source).toBe("示例日报");
    expect(facts.publishedAt?.slice(0, 10)).toBe("2024-06-01");
    expect(facts.contentHtml).toBe(content);
  });

  it("leaves a function that returns no object literal alone", () => {
    expect(topLevelAssignments(`window.x=(function(a){return a+1}(2));`)).toEqual([]);
  });
});

describe("Nuxt 3's devalue payload (__NUXT_DATA__)", () => {
  const content = `<p>${"第一段的文字，".repeat(30)}</p><p>${"第二段的文字，".repeat(10)}</p>`;
  const flat = [
    ["ShallowReactive", 1],
    { data: 2, state: 9 },
    ["ShallowReactive", 3],
    { "article-1": 4 },
    { title: 5, author: 6, publishTime: 7, content: 8 },
    "国产推理芯片量产爬坡",
    "邵亦青",
    ["Date", "2025-11-03T00:30:00.000Z"],
    content,
    { list: 10 },
    [11, -1],
    { title: 5 },
  ];

  it("is rebuilt from its indexes", () => {
    expect(reviveDevalue(flat)).toMatchObject({ data: { "article-1": { title: "国产推理芯片量产爬坡", author: "邵亦青", content } }, state: { list: [{ title: "国产推理芯片量产爬坡" }, null] } });
  });

  it("gives the article record of a JSON data block", () => {
    const facts = readScriptFacts([], [JSON.stringify(flat)]);
    expect(facts.title).toBe("国产推理芯片量产爬坡");
    expect(facts.authors).toEqual(["邵亦青"]);
    expect(facts.contentHtml).toBe(content);
  });

  it("leaves other arrays and malformed payloads alone, and survives cycles", () => {
    expect(reviveDevalue([1, 2, 3])).toBeNull();
    expect(reviveDevalue(["a", "b"])).toBeNull();
    expect(reviveDevalue({ a: 1 })).toBeNull();
    expect(reviveDevalue([["ShallowReactive", 7], {}])).toBeNull();
    const cyclic = reviveDevalue([{ self: 0, name: 1 }, "x"]) as { [k: string]: unknown };
    expect(cyclic.name).toBe("x");
    expect(cyclic.self).toBe(cyclic);
    expect(readScriptFacts([], ["[{\"a\":1},"])).toEqual(readScriptFacts([], []));
  });
});

describe("Next.js flight data (self.__next_f)", () => {
  const html = `<p>${"第一段的文字，".repeat(30)}</p><p>${"第二段的文字，".repeat(10)}</p>`;
  const bytes = Buffer.byteLength(html, "utf8").toString(16);
  const tree = JSON.stringify(["$", "main", null, { children: [["$", "$L2", null, { article: { title: "多模态模型进医院", author: { name: "温若舟" }, publishedAt: "2025-11-19T09:12:00+08:00", content: "$4" } }]] }]);
  const stream = `2:I[6182,["static/chunks/a.js"],"ArticleBody"]\n4:T${bytes},${html}5:${tree}\n`;
  // Cut at arbitrary points, one cut inside the text row, as Next.js streams it.
  const pushes = [stream.slice(0, 30), stream.slice(30, 200), stream.slice(200)].map((c) => `self.__next_f.push([1,${JSON.stringify(c)}])`);
  const scripts = ["(self.__next_f=self.__next_f||[]).push([0])", "self.__next_f.push([2,null])", ...pushes];

  it("joins the chunks and splits rows, a text row by its UTF-8 byte length", () => {
    const rows = flightRows(flightStream(scripts)!);
    expect(rows.get("4")).toBe(html);
    expect(Array.isArray(rows.get("5"))).toBe(true);
  });

  it("gives element props with pointers resolved, and the article record", () => {
    expect(flightProps(scripts)).toContainEqual({ article: { title: "多模态模型进医院", author: { name: "温若舟" }, publishedAt: "2025-11-19T09:12:00+08:00", content: html } });
    const facts = readScriptFacts(scripts);
    expect(facts.title).toBe("多模态模型进医院");
    expect(facts.authors).toEqual(["温若舟"]);
    expect(facts.contentHtml).toBe(html);
  });

  it("reads nothing from broken or foreign pushes, and never runs them", () => {
    expect(flightStream(["self.__next_f.push([1,\"unclosed)", "other.push([1,\"x\"])", "self.__next_f.push([1,alert(1)])"])).toBeNull();
    expect(flightProps(["self.__next_f.push([1,\"5:[\\\"$\\\",\\\"div\\\",null,{broken\\n\"])"])).toEqual([]);
    // A pointer to itself resolves to nothing rather than looping.
    expect(flightProps([`self.__next_f.push([1,${JSON.stringify('1:["$","div",null,{"a":"$1","title":"x"}]\n')}])`])).toEqual([{ a: null, title: "x" }]);
  });
});

describe("an article body kept as an array of blocks", () => {
  const paras: string[] = ["在江苏一家做工业网关的设备厂，研发团队把一个开源模型压缩后部署到了网关上。".repeat(2), "项目负责人说，过去这类日志要先传回云端再做分析，现在网关本地就能给出判断。".repeat(2), "团队做了四比特量化，并裁掉了与工业场景无关的词表，量化后长文本表现有所下降。".repeat(2)];

  it("becomes markup from editor, Portable Text and rich-text shapes, plain text escaped", () => {
    const editor: Value[] = [{ type: "paragraph", data: { text: paras[0]! } }, { type: "header", data: { text: "小标题", level: 2 } }, { type: "code", data: { code: "x<1" } }, { type: "paragraph", data: { text: "1<2 " + paras[1]! } }];
    expect(blocksHtml(editor)).toBe(`<p>${paras[0]}</p>\n<h2>小标题</h2>\n<p>1&lt;2 ${paras[1]}</p>`);
    const portable = paras.map((t) => ({ _type: "block", children: [{ _type: "span", text: t }] }));
    expect(blocksHtml(portable)).toBe(paras.map((t) => `<p>${t}</p>`).join("\n"));
    const rich = paras.map((t) => ({ nodeType: "paragraph", content: [{ nodeType: "text", value: t }] }));
    expect(blocksHtml(rich)).toBe(paras.map((t) => `<p>${t}</p>`).join("\n"));
    expect(blocksHtml(paras)).toBe(paras.map((t) => `<p>${t}</p>`).join("\n"));
  });

  it("is no content when it is a list of other things", () => {
    expect(blocksHtml([paras[0]!])).toBeNull();
    expect(blocksHtml([{ id: 1 }, { id: 2 }])).toBeNull();
    expect(blocksHtml([[1], [2]])).toBeNull();
  });

  it("is the content of the record beside its title", () => {
    const state = `window.__INITIAL_STATE__={"article":{"title":"开源小模型跑上工业网关","authorName":"乔晚晴","publishTime":1765073400,"blocks":${JSON.stringify(paras.map((t) => ({ type: "paragraph", data: { text: t } })))}}};`;
    expect(readScriptFacts([state]).contentHtml).toBe(paras.map((t) => `<p>${t}</p>`).join("\n"));
  });
});

describe("a teaser whose whole is in the state", () => {
  const paras = Array.from({ length: 8 }, (_, i) => `第${i + 1}段：研发团队把一个三十亿参数的开源模型压缩后，部署到了自家的边缘网关上，用来解析产线设备上报的告警日志，响应时间缩短到秒级。`.repeat(2));
  const state = (ps: string[]) => `window.__INITIAL_STATE__={"article":{"title":"开源小模型跑上工业网关","source":"工控前沿","content":${JSON.stringify(ps.map((p) => `<p>${p}</p>`).join(""))}}};`;
  const shell = (visible: string[], ps: string[]) =>
    `<html><head><title>开源小模型跑上工业网关_工控前沿</title></head><body><h1>开源小模型跑上工业网关</h1><div class="content">${visible.map((p) => `<p>${p}</p>`).join("")}</div><a href="#">展开全文</a><script>${state(ps)}</script></body></html>`;
  const body = (html: string) => extractFile(Buffer.from(html), "page.html").article.body;

  it("gives way to the state's article when every visible line is one of its lines", () => {
    expect(body(shell(paras.slice(0, 2), paras))).toContain("第8段");
  });

  it("does not when the visible article is whole, differs, or the state's is not far longer", () => {
    expect(body(shell(paras, paras))).toContain("第8段");
    expect(body(shell(paras.slice(0, 2), paras.slice(0, 5)))).not.toContain("第5段");
    const other = paras.map((p) => p.replace("研发团队", "另一个团队"));
    expect(body(shell(other.slice(0, 2), paras))).not.toContain("第8段");
  });
});
