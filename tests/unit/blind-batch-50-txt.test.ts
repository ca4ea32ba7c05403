// The rules blind text batch 50 asked for (issue 14: LLM-industry news excerpts saved as plain text),
// each on a small text of its own shape; the fixture cases are tests/fixtures/pages/meta-b50-txt-*.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";
import { originalPublisher, siteClaim } from "@/lib/ingest/metadata/source";

const BODY = [
  "某大模型公司今日发布新一代推理模型，官方称新模型在数学和代码评测中明显领先上一代，推理成本下降约一半。",
  "公司负责人表示，新模型将首先向企业客户开放，并计划在下个月上线面向个人开发者的接口。",
  "业内人士认为，推理成本的持续下降将加快大模型在各行业的落地，同时加剧厂商之间的价格竞争。",
].join("\n\n");
const HEADLINE = "新一代推理模型发布，推理成本下降一半";
const text = (head: string, tail = "") => extractFile(Buffer.from(`${head}\n\n${BODY}\n${tail ? `\n${tail}\n` : ""}`), "excerpt.txt").article;

describe("a cover picture's credit (meta-b50-txt-wen-bianji-bars-one-line-fengmian-laiyuan)", () => {
  it("封面来源｜X credits the picture, not the article", () => {
    expect(siteClaim("封面来源｜视觉中国")).toBeNull();
    expect(siteClaim("来源｜视觉中国")?.name).toBe("视觉中国");
  });
  it("the whole header names no source", () => {
    expect(text(`${HEADLINE}\n文｜张伟 编辑｜李娜\n封面来源｜视觉中国`).source).toBeNull();
  });
});

describe("an editor's note above the headline (meta-b50-txt-bianzhean-above-headline-wen-slash-reporter)", () => {
  it("the line under the note is the headline", () => {
    const a = text(`编者按：大模型价格战打响一周年。这一年里，谁在赚钱，谁在亏钱？本报推出“深读”系列报道，今天刊发第三篇。\n\n${HEADLINE}\n文/本报记者 张伟`);
    expect(a.title).toBe(HEADLINE);
    expect(a.body).not.toContain(HEADLINE);
    expect(a.body).not.toContain("编者按");
  });
  it("【编者按】 in brackets too", () => {
    expect(text(`【编者按】人工智能正在改变科研的方式。本刊推出“AI for Science”专题，邀请一线研究者讲述他们的实践。\n\n${HEADLINE}\n记者 张伟`).title).toBe(HEADLINE);
  });
});

describe("a release's dateline in square brackets (meta-b50-txt-press-release-bracket-date-place-guanyu-company-boilerplate)", () => {
  it("【date，place】 and 〔date，place〕 date the release", () => {
    const lead = (open: string, close: string) => extractFile(Buffer.from(`${HEADLINE}\n${open}2026年12月2日，中国深圳${close}某公司今天正式发布新一代推理模型，单位推理成本较上一代降低约六成。\n\n${BODY}\n`), "r.txt").article;
    expect(lead("【", "】").publishedAt?.slice(0, 10)).toBe("2026-12-02");
    expect(lead("〔", "〕").publishedAt?.slice(0, 10)).toBe("2026-12-02");
  });
});

describe("a release's 关于X boilerplate names its issuer (meta-b50-txt-release-tortoise-bracket-dateline-guanyu-issuer-shi-yijia)", () => {
  it("关于X over X成立于… / X是一家…", () => {
    expect(text(HEADLINE, "关于星衍智能\n\n星衍智能成立于2019年，总部位于深圳，专注于企业级大模型研发。").source).toBe("星衍智能");
    expect(text(HEADLINE, "关于海曜科技\n\n海曜科技是一家专注于多模态人工智能的科技公司。").source).toBe("海曜科技");
  });
  it("a section 关于X over prose about X names no issuer", () => {
    expect(text(HEADLINE, "关于推理成本\n\n推理成本的下降主要来自芯片和推理框架的进步，业内普遍预计还会继续。").source).toBeNull();
  });
});

describe("a date  outlet  记者 row (meta-b50-txt-title-dash-subtitle-date-outlet-jizhe-row)", () => {
  it("the outlet between the date and the reporters", () => {
    expect(text(`${HEADLINE}\n2026/12/01  创投日报  记者 陈晨`).source).toBe("创投日报");
    expect(text(`${HEADLINE}\n2026-11-18 09:30  长江科技报  记者 周宁、李可`).source).toBe("长江科技报");
  });
});

describe("原文作者：writer（outlet） (meta-b50-txt-translated-yuanwen-zuozhe-paren-outlet-bianyi-colon)", () => {
  it("the bracketed outlet is the original publisher", () => {
    expect(originalPublisher("原文作者：Stephanie Palazzolo（The Information）")).toBe("The Information");
    expect(originalPublisher("原文作者｜Kevin Roose（纽约时报）")).toBe("纽约时报");
    expect(originalPublisher("原文作者：Kevin Roose")).toBeNull();
  });
});

describe("a lone 原创 mark over the account (meta-b50-txt-wechat-yuanchuang-alone-account-line-zuozhe-colon-yuedu-yuanwen)", () => {
  it("the account's line under it, the writer's name stepped over", () => {
    expect(text(`${HEADLINE}\n原创\n硅谷深潜\n作者：周默\n2026年12月02日 20:31`).source).toBe("硅谷深潜");
    expect(text(`${HEADLINE}\n原创\n林深\n算力前沿\n2026-11-30 07:45`).source).toBe("算力前沿");
  });
});

describe("a digest whose items credit their own outlets (meta-b50-txt-zaobao-digest-dot-account-row-items-laiyuan-paren)", () => {
  const digest = (row: string) =>
    extractFile(Buffer.from(`AI早报 | 12月3日：多家大模型公司密集发布新品\n${row}\n\n1. 某公司发布新一代推理模型，推理成本下降约一半，将首先向企业客户开放。（来源：证券时报）\n\n2. 另一家公司上线新的图像生成模型，支持中文长文本渲染，已接入多款产品。（来源：财联社）\n\n3. 一家云厂商宣布面向中小企业推出大模型免费试用计划，为期三个月。（来源：第一财经）\n`), "d.txt").article;
  it("no item's outlet is the digest's source", () => {
    expect(digest("2026-12-03 08:00").source).toBeNull();
  });
  it("the account after the time and a dot is", () => {
    expect(digest("2026-12-03 08:00 · 智能早知道").source).toBe("智能早知道");
  });
  it("a city after the dot is a place, no account", () => {
    expect(digest("2026-12-03 08:00 · 北京").source).toBeNull();
    expect(digest("2026-12-03 08:00 · 呼和浩特市").source).toBeNull();
  });
});

describe("a machine-written summary box above the article (dump-b50-w3m-ai-summary-box-listen-button-dl-meta-fields)", () => {
  it("the box's paragraph and its notice are no part of the body; the writer above the box is still read", () => {
    const dump = fs.readFileSync(path.join(import.meta.dirname, "../fixtures/pages/dump-b50-w3m-ai-summary-box-listen-button-dl-meta-fields/source.txt"));
    const a = extractFile(dump, "source.txt").article;
    expect(a.body).not.toContain("以上摘要由AI生成");
    expect(a.paragraphs[0]).toMatch(/^11月30日晚/);
    expect([...a.authors, ...a.reporters]).toContain("顾言");
  });
  it("a label glued to its paragraph (AI摘要：…) and a bracketed notice", () => {
    const a = text(`${HEADLINE}\n\nAI摘要：新模型推理成本下降一半，先向企业客户开放。\n\n（本摘要由AI生成）`);
    expect(a.body).not.toContain("AI摘要");
    expect(a.paragraphs[0]).toMatch(/^某大模型公司今日发布/);
  });
});

describe("a table of contents above the first section (dump-b50-html2text-toc-anchor-list-h2-sections-refs-shoufa-line)", () => {
  const dump = () => fs.readFileSync(path.join(import.meta.dirname, "../fixtures/pages/dump-b50-html2text-toc-anchor-list-h2-sections-refs-shoufa-line/source.txt"));
  it("the section heading the 目录 listed is no headline; the headline's date and writer are read", () => {
    const a = extractFile(dump(), "source.txt").article;
    expect(a.title).toBe("一文看懂混合专家模型（MoE）的路由机制");
    expect(a.publishedAt?.slice(0, 10)).toBe("2026-11-26");
    expect([...a.authors, ...a.reporters]).toEqual(["程砚"]);
  });
  it("a headline under a series' 目录 that does not list it stays the headline", () => {
    const a = text(`目录\n上篇：推理成本\n下篇：推理芯片\n\n${HEADLINE}\n2026-11-22　作者：张伟`);
    expect(a.title).toBe(HEADLINE);
  });
});
