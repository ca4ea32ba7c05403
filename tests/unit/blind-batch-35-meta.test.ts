// The rules blind metadata batch 35 asked for, each on a page or line of its own shape (the fixture
// cases are tests/fixtures/pages/*, named in each describe).
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";
import { dumpSelfAddress } from "@/lib/ingest/metadata/dump-self-address";
import { looksLikePerson } from "@/lib/ingest/metadata/names";
import { accountOf } from "@/lib/ingest/metadata/source";
import { unlabelledFields } from "@/lib/ingest/metadata/unlabelled-fields";

const BODY = [
  "据了解，新一代中文大模型在多项评测中取得领先成绩，研发团队表示将于下月开放接口，供企业和开发者申请试用。",
  "业内人士认为，这一进展将推动大模型在政务、金融等行业的落地应用，降低企业的使用门槛，也会加剧行业竞争。",
  "研发团队同时提醒，模型在专业领域仍可能出现事实错误，使用者需要对关键结论进行人工复核。",
];
const text = (lines: string[]) => extractFile(Buffer.from(lines.join("\n")), "copy.txt").article;
const html = (head: string, body: string) => extractFile(Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`), "p.html").article;
const paras = BODY.map((p) => `<p>${p}</p>`).join("");

describe("a copy's outlet, reporter and month-day line, its year in a 本文链接 line (meta-txt-outlet-reporter-month-day-time-year-in-link-footer)", () => {
  it("takes a labelled own address, not a repost's 原文链接", () => {
    expect(dumpSelfAddress(["正文", "本文链接：https://a.example/ai/2025/0302/8812.html"])).toBe("https://a.example/ai/2025/0302/8812.html");
    expect(dumpSelfAddress(["原文链接：https://b.example/2025/0302/1.html"])).toBeNull();
  });
  it("dates the copy by that address and names the newsroom before 记者", () => {
    const a = text(["新一代中文大模型发布", "", "智研快讯 记者 邵宇 3月2日 18:40", "", ...BODY.flatMap((p) => [p, ""]), "责任编辑：何方", "本文链接：https://a.example/ai/2025/0302/8812.html"]);
    expect(a.publishedAt?.slice(0, 10)).toBe("2025-03-02");
    expect(a.source).toBe("智研快讯");
    expect([...a.authors, ...a.reporters]).toEqual(["邵宇"]);
  });
});

describe("a writer's card below a media site's article (meta-html-time-datetime-relative-text-author-box-below-body)", () => {
  const card = (cls: string, role: string) =>
    `<div class="${cls}"><img class="avatar" src="/a.jpg" alt=""><div><a class="name" href="/u/1">姚子衿</a><p>${role}</p></div><a class="btn" href="javascript:;">+关注</a></div>`;
  const page = (after: string) =>
    html('<meta property="og:site_name" content="智能前沿">', `<div class="nav"><a href="/">首页</a><a href="/news">快讯</a></div><div class="article"><h1>新一代中文大模型发布</h1><div class="meta"><time datetime="2025-03-01T22:14:00+08:00">2天前</time></div><div class="content">${paras}</div>${after}</div>`);
  it("files the card's person as the writer, the site as the source", () => {
    const a = page(card("author-box", "专注AI基础设施报道"));
    expect(a.authors).toEqual(["姚子衿"]);
    expect(a.source).toBe("智能前沿");
  });
  it("leaves a card that calls its person the site's editor", () => {
    expect(page(card("author-box", "本站编辑 · 已发布 1286 篇")).authors).toEqual([]);
  });
  it("reads a profile card's counter as no name", () => {
    expect(looksLikePerson("已发布")).toBe(false);
  });
});

describe("a repost's visible credit over the carrying site's declared poster (meta-html-jsonld-graph-aggregator-repost-note-reporters-uploader-avatar-editor)", () => {
  it("takes the original's reporters when the declared author is none of them", () => {
    const a = html('<meta name="author" content="小模"><meta property="og:site_name" content="模界观察">', `<article><h1>新一代中文大模型发布</h1><div class="note">本文转载自第一智能报，记者：葛晨 邵一凡</div><div class="content">${paras}</div></article>`);
    expect(a.source).toBe("第一智能报");
    expect([...a.authors, ...a.reporters]).toEqual(["葛晨", "邵一凡"]);
  });
  it("keeps the declared author on a page that credits no other outlet", () => {
    const a = html('<meta name="author" content="小模"><meta property="og:site_name" content="模界观察">', `<article><h1>新一代中文大模型发布</h1><div class="note">记者：葛晨 邵一凡</div><div class="content">${paras}</div></article>`);
    expect(a.authors).toEqual(["小模"]);
  });
});

describe("shapes probed after batch 35: unlabelled outlet | writer | time fields, a WeChat account opening with a column's word", () => {
  it("tells the outlet and the writer apart by their shapes, in either order", () => {
    expect(unlabelledFields("深度AI参考 | 林晓川 | 3天前")).toEqual({ writer: "林晓川", outlet: "深度AI参考" });
    expect(unlabelledFields("林晓川 · 深度AI参考 · 2025-03-02")).toEqual({ writer: "林晓川", outlet: "深度AI参考" });
    expect(unlabelledFields("科技 | 林晓川 | 3天前")).toBeNull();
    expect(unlabelledFields("林晓川 | 北京 | 3天前")).toBeNull();
    expect(unlabelledFields("深度AI参考 | 林晓川")).toBeNull();
  });
  it("files them under the headline of a text copy", () => {
    const a = text(["新一代中文大模型发布", "", "深度AI参考 | 林晓川 | 3天前", "", ...BODY.flatMap((p) => [p, ""])]);
    expect(a.source).toBe("深度AI参考");
    expect(a.authors).toEqual(["林晓川"]);
    expect(a.publishedAt).toBeNull();
  });
  it("reads an account whose name opens with 深度, not a bare column word", () => {
    expect(accountOf("原创 林晓川 深度AI参考 2025年03月02日 10:20 北京")).toBe("深度AI参考");
    expect(accountOf("原创 林晓川 深度 2025年03月02日 10:20 北京")).toBeNull();
  });
});
