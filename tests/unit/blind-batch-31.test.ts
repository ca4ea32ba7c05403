// The rules blind metadata batch 31 asked for, each on a page or line of its own shape (the
// fixture cases are tests/fixtures/pages/*, named in each test).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";
import { blogOwnerOf, bloggerOf } from "@/lib/ingest/metadata/blogger";
import { crumbSite } from "@/lib/ingest/metadata/crumb-site";
import { isTaggedHeadline, withoutColumnTag } from "@/lib/ingest/metadata/column-tag";
import { parseByline } from "@/lib/ingest/metadata/byline";
import { editionMasthead } from "@/lib/ingest/metadata/edition-masthead";
import { siteClaim } from "@/lib/ingest/metadata/source";
import { rewrap } from "@/lib/ingest/text-dump/rewrap";

const BODY = [
  "据了解，新一代中文大模型在多项评测中取得领先成绩，研发团队表示将于下月开放接口，供企业和开发者申请试用。",
  "业内人士认为，这一进展将推动大模型在政务、金融等行业的落地应用，降低企业的使用门槛，也会加剧行业竞争。",
  "研发团队同时提醒，模型在专业领域仍可能出现事实错误，使用者需要对关键结论进行人工复核。",
];
const page = (head: string, body: string) =>
  extractFile(Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`), "page.html").article;
const paragraphs = BODY.map((p) => `<p>${p}</p>`).join("\n");
const text = (lines: string[]) => extractFile(Buffer.from(lines.join("\n")), "dump.txt").article;
const people = (a: { authors: string[]; reporters: string[] }) => [...a.authors, ...a.reporters];

describe("a dump's padded layout line is never wrapped (meta-txt-w3m-epaper-shouxi-jizhe-teyue-zhuangaoren)", () => {
  it("keeps the line after a line padded to the column apart", () => {
    const wrapped = [
      "据介绍，企业可通过平台申领算力券，用于模型训练、微调和推理服务，单家企业每年最",
      "高可获得50万元额度。平台同时接入了政务、医疗、交通等领域的开放数据集，供企业在",
      "合规前提下调用。市数据局有关负责人表示，中小企业自建算力成本高、利用率低，公共",
      "平台可以把分散的需求集中起来。",
    ].map((t) => ({ text: t, indent: 0 }));
    const lines = [{ text: "2026年12月5日 星期六                                         第A03版：要闻", indent: 0 }, { text: "[上一版] [下一版] [版面导航]", indent: 0 }, { text: "", indent: 0 }, ...wrapped];
    const out = rewrap(lines).filter((l) => l.text !== "");
    expect(out[0]!.text).toBe(lines[0]!.text);
    expect(out[1]!.text).toBe("[上一版] [下一版] [版面导航]");
    expect(out).toHaveLength(3);
  });
});

describe("a digital edition's masthead with its own word for itself (meta-txt-w3m-epaper-shouxi-jizhe-teyue-zhuangaoren)", () => {
  it("names the paper without 数字报", () => {
    expect(editionMasthead(["江城日报数字报", "2026年12月5日 星期六                  第A03版：要闻"])).toBe("江城日报");
    expect(editionMasthead(["清溪晚报电子版", "第A03版：要闻"])).toBe("清溪晚报");
  });
});

describe("a <title> whose site the content names whole (meta-html-title-tag-only-logo-h1-laiyuanyu-latin, meta-html-benbao-jizhe-tongxunyuan-header-today-weekday)", () => {
  it("takes the long part as the headline under a logo <h1>", () => {
    const a = page(
      "<title>新一代中文大模型发布 多项评测成绩领先_科技_环球速览网</title>",
      `<div class="top"><h1 class="logo"><a href="/">环球速览网</a></h1></div><div class="art"><div class="info">2026-12-02 08:45</div>${paragraphs}</div><div class="foot">环球速览网 版权所有</div>`,
    );
    expect(a.title).toBe("新一代中文大模型发布 多项评测成绩领先");
  });
  it("takes the headline after the site's name (站名 - 标题)", () => {
    const a = page(
      "<title>南州日报 - 新一代中文大模型发布</title>",
      `<table><tr><td><h2>新一代中文大模型发布</h2></td></tr><tr><td>2026年12月05日 星期六　来源：南州日报</td></tr></table><div id="content">${paragraphs}</div>`,
    );
    expect(a.title).toBe("新一代中文大模型发布");
  });
});

describe("a source glued to a translator's field (meta-html-title-tag-only-logo-h1-laiyuanyu-latin)", () => {
  it("stops a Latin outlet at 编译 and at another label", () => {
    expect(siteClaim("2026-12-02 08:45 来源于：Reuters编译：莫小川")?.name).toBe("Reuters");
    expect(siteClaim("来源：Bloomberg翻译：钱蓓")?.name).toBe("Bloomberg");
    expect(siteClaim("来源：AFP审校：钱蓓")?.name).toBe("AFP");
    expect(siteClaim("来源：新华社记者：张三")?.name).toBe("新华社");
  });
});

describe("a date line of fields with Latin names (meta-html-laiyuan-agency-han-authors-fullwidth-comma-fanyi)", () => {
  it("dates the article by the line's date", () => {
    const a = page("<title>新一代中文大模型发布</title>", `<h1>新一代中文大模型发布</h1><div class="meta"><span>2026/12/03 07:12</span> <span>来源：路透社</span> <span>作者：Stephen Nellis，Krystal Hu</span> <span>翻译：钱蓓</span></div><div class="body">${paragraphs}</div>`);
    expect(a.publishedAt?.slice(0, 10)).toBe("2026-12-03");
    expect(people(a)).toEqual(["Stephen Nellis", "Krystal Hu"]);
  });
});

describe("a dump's date line of fields with Latin names (meta-html-laiyuan-agency-han-authors-fullwidth-comma-fanyi)", () => {
  it("counts a Latin word as one character of the line's rest", () => {
    const a = text(["          新一代中文大模型发布", "", "2026/12/03 07:12 来源：Reuters 作者：Stephen Nellis，Krystal Hu 翻译：钱蓓", "", ...BODY.flatMap((p) => [p, ""])]);
    expect(a.publishedAt?.slice(0, 10)).toBe("2026-12-03");
  });
});

describe("names listed with commas (meta-html-laiyuan-agency-han-authors-fullwidth-comma-fanyi)", () => {
  const read = (line: string) => {
    const b = { authors: [] as string[], reporters: [] as string[], editors: [] as string[] };
    parseByline(line, b, []);
    return b;
  };
  it("reads every name of a comma list", () => {
    expect(read("作者：Stephen Nellis，Krystal Hu 翻译：钱蓓").authors).toEqual(["Stephen Nellis", "Krystal Hu"]);
    expect(read("作者：张明远，李文静").authors).toEqual(["张明远", "李文静"]);
  });
  it("stops at a comma before anything but names", () => {
    expect(read("作者：张明远，经授权发布").authors).toEqual(["张明远"]);
    expect(read("作者：张明远，北京大学教授").authors).toEqual(["张明远"]);
    expect(read("作者：张明远，编译：李文静").authors).toEqual(["张明远"]);
  });
});

describe("a blog's blogger (meta-txt-lynx-blog-bozhu-nickname-weekday-references, meta-html-blog-profile-box-nickname-only)", () => {
  it("reads the nickname after 博主：", () => {
    expect(bloggerOf(["博主：[6]老周不熬夜 | 2026-11-28 星期六 21:40 | 分类：[7]折腾记录 |"])).toBe("老周不熬夜");
    expect(bloggerOf(["博主：山风不语"])).toBe("山风不语");
    expect(bloggerOf(["博主：山风不语", "博主：老周不熬夜"])).toBeNull();
    expect(bloggerOf(["关于博主"])).toBeNull();
  });
  it("makes the blogger of a dump's info line the author", () => {
    const a = text(["[1]算力杂记 [2]首页", "", "          新一代中文大模型发布", "", "博主：[3]老周不熬夜 | 2026-11-28 星期六 21:40 | 分类：[4]随笔", "", ...BODY.flatMap((p) => [p, ""])]);
    expect(people(a)).toEqual(["老周不熬夜"]);
  });
  it("makes the blogger of a page's profile card the author", () => {
    const a = page(
      "<title>新一代中文大模型发布 | 山风的小站</title>",
      `<header><a href="/">山风的小站</a></header><main><article><h2>新一代中文大模型发布</h2><div class="entry-meta">发表于 2026年11月29日 星期日</div><div class="entry-content">${paragraphs}</div></article></main><aside class="sidebar"><div class="widget profile-card"><p class="nick">博主：山风不语</p><p>写代码的，偶尔写点字。</p></div></aside>`,
    );
    expect(people(a)).toEqual(["山风不语"]);
  });
});

describe("a blog platform's <title> names the blogger (site-tech-blog-code-blocks)", () => {
  it("reads X的博客 in a part of the <title>", () => {
    expect(blogOwnerOf("用 vLLM 部署 Qwen2.5-7B：踩坑记录_夜航船的博客-开发者社区")).toBe("夜航船");
    expect(blogOwnerOf("周末随笔 - 山风的个人博客")).toBe("山风");
    expect(blogOwnerOf("我的博客")).toBeNull();
    expect(blogOwnerOf("新一代中文大模型发布_科技_环球速览网")).toBeNull();
  });
  it("makes the owner the author, though the blog's name holds the owner's", () => {
    const a = page("<title>新一代中文大模型发布_夜航船的博客-开发者社区</title>", `<h1>新一代中文大模型发布</h1><div class="info">于 2025-03-05 20:17:42 首次发布</div><div class="body">${paragraphs}</div>`);
    expect(people(a)).toEqual(["夜航船"]);
  });
});

describe("a breadcrumb's first crumb names the site (meta-txt-copy-all-crumb-site-wan-jizhe-bianji-trailer)", () => {
  it("reads an outlet-shaped first crumb of a trail of three", () => {
    expect(crumbSite(["登录 | 注册", "北青网 > 科技 > 正文"])).toBe("北青网");
    expect(crumbSite(["当前位置：江城新闻网 > 要闻 > 正文"])).toBe("江城新闻网");
    expect(crumbSite(["首页 > 科技 > 正文"])).toBeNull();
    expect(crumbSite(["北青网 > 正文"])).toBeNull();
    expect(crumbSite(["[城市财经]财经 > 新闻 > 正文"])).toBeNull();
  });
  it("prefers the crumb to the footer's holder for the own-site source", () => {
    const a = text(["北青网 > 科技 > 正文", "新闻", "财经", "新一代中文大模型发布", "2025-12-05 10:03:27", ...BODY, "关于我们 | 联系我们", "北京青年报社 版权所有"]);
    expect(a.source).toBe("北青网");
  });
});

describe("an outlet in the header's author element (meta-html-column-tag-title)", () => {
  it("is the source when the headline carries a column's tag", () => {
    const a = page(
      "<title>独家｜新一代中文大模型发布</title>",
      `<div class="post"><div class="post-title">独家｜新一代中文大模型发布</div><div class="post-meta"><a class="author" href="/u/1">晚点LatePost</a><time datetime="2025-06-18T20:00:00+08:00">6月18日</time></div><div class="post-body">${paragraphs}</div></div>`,
    );
    expect(a.source).toBe("晚点LatePost");
    expect(people(a)).toEqual([]);
  });
  it("is not a platform's self-media account", () => {
    const a = page(
      "<title>独家｜新一代中文大模型发布</title>",
      `<div class="post"><div class="post-title">独家｜新一代中文大模型发布</div><div class="post-meta"><a class="author" href="/u/1">扬眼企鹅号</a><time datetime="2025-06-18T20:00:00+08:00">6月18日</time></div><div class="post-body">${paragraphs}</div></div>`,
    );
    expect(a.source).not.toBe("扬眼企鹅号");
  });
});

describe("a column's tag the page shows as a column (shape-bilingual-paragraph-pairs)", () => {
  it("cuts a tag that is a crumb of the breadcrumb or opens two other headlines", () => {
    expect(withoutColumnTag("中英对照｜OpenAI发布GPT-5", ["首页 › 中英对照 › 正文"])).toBe("OpenAI发布GPT-5");
    expect(withoutColumnTag("中英对照｜OpenAI发布GPT-5", ["中英对照｜谷歌推出新模型", "中英对照｜Meta组建新实验室"])).toBe("OpenAI发布GPT-5");
    expect(withoutColumnTag("中英对照｜OpenAI发布GPT-5", ["中英对照｜谷歌推出新模型"])).toBe("中英对照｜OpenAI发布GPT-5");
    expect(withoutColumnTag("华为｜一家公司的二十年", ["首页 › 科技 › 正文"])).toBe("华为｜一家公司的二十年");
  });
  it("knows the headline's line with its tag", () => {
    expect(isTaggedHeadline("演讲实录丨李明远：大模型的下半场", "李明远：大模型的下半场")).toBe(true);
    expect(isTaggedHeadline("李明远：大模型的下半场", "李明远：大模型的下半场")).toBe(true);
    expect(isTaggedHeadline("我们认为李明远：大模型的下半场", "李明远：大模型的下半场")).toBe(false);
  });
  it("takes the tag off a page's headline and keeps the headline out of the body", () => {
    const a = page(
      "<title>中英对照｜新一代中文大模型发布 - 双语科技</title>",
      `<div class="crumbs"><a href="/">首页</a> › <a href="/bilingual/">中英对照</a> › 正文</div><h1>中英对照｜新一代中文大模型发布</h1><div class="body">${paragraphs}</div>`,
    );
    expect(a.title).toBe("新一代中文大模型发布");
    expect(a.body).not.toContain("新一代中文大模型发布");
  });
  it("keeps the tagged headline out of the body when other headlines show the column (site-speech-transcript-speaker-lines)", () => {
    const file = path.resolve(import.meta.dirname, "../fixtures/pages/site-speech-transcript-speaker-lines/source.html");
    const a = extractFile(fs.readFileSync(file), "source.html").article;
    expect(a.title).toBe("李明远：大模型的下半场是工程能力的比拼");
    expect(a.body).not.toContain("演讲实录丨李明远");
  });
});
