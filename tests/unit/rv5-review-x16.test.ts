/**
 * Review of x16's batch-51 rules against shapes of unseen sites: where each rule must hold back.
 */
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";
import { parseByline } from "@/lib/ingest/metadata/byline";
import { findDates } from "@/lib/ingest/metadata/dates";
import { vocabularyHit } from "@/lib/ingest/classify/vocabulary";
import { writerCardItems } from "@/lib/ingest/classify/writer-card";
import { foldLine } from "@/lib/text/fold";

const PARAS = [
  "十一月以来，多家大模型公司陆续下调了旗舰模型的接口价格，降幅从两成到五成不等，中小开发者的调用成本明显下降。",
  "一位做智能客服的创业者说，价格下降后，他们把原本只在夜间运行的批量任务改到了白天，客户的等待时间缩短了一半。",
  "不过也有开发者担心，价格战会让部分厂商压缩研发投入，长期来看未必是好事，行业需要找到更健康的盈利方式。",
  "业内人士预计，明年的竞争焦点将从价格转向服务质量，包括稳定性、响应速度和对企业私有数据的保护能力。",
];
const page = (info: string, content: string, title = "大模型接口降价之后") =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title} - 某科技站</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/ai">AI</a> <a href="/cloud">云计算</a></div>
<div class="main"><h1>${title}</h1><div class="info">${info}</div><div class="content">${content}</div></div>
<div class="foot"><a href="/about">关于我们</a> | <a href="/jobs">加入我们</a></div></body></html>`;
const paras = (list: string[]) => list.map((p) => `<p>${p}</p>`).join("");
const extract = (html: string) => extractFile(Buffer.from(html), "page.html").article;
const names = (line: string) => {
  const into = { authors: [] as string[], reporters: [] as string[], editors: [] as string[] };
  parseByline(line, into);
  return into;
};
const hit = (line: string) => vocabularyHit(foldLine(line));

describe("correction notice", () => {
  it("a listed company's 更正公告 told in the body stays", () => {
    expect(hit("更正公告显示，公司此前披露的三季度报告原文中“研发投入同比增长35%”应为“同比增长3.5%”，其余内容不变。")).toBeNull();
    expect(hit("更正后，该公司在原文件中列出的算力采购金额由12亿元下调至8亿元，市场对此反应平淡。")).toBeNull();
  });
  it("the notice itself is still a notice", () => {
    expect(hit("更正：本文此前版本误称该公司成立于2019年，实为2018年。")?.kind).toBe("disclaimer");
    expect(hit("【勘误】文中“降幅从两成到五成”应为“降幅从一成到五成”。")?.kind).toBe("disclaimer");
  });
  it("a short correction item that is the article keeps a body", () => {
    const note = "更正：本报11月20日A3版刊发的《大模型接口降价之后》一文中，“降幅从两成到五成”应为“降幅从一成到五成”，特此更正。";
    const a = extract(page("2026-11-21 08:00 来源：某报", `<p>${note}</p>`, "更正"));
    expect(a.body.length).toBeGreaterThan(0);
  });
});

describe("disclaimer wording", () => {
  it("a news sentence quoting a publisher's reply", () => {
    expect(hit("对此，该杂志社回应称，涉事文章仅代表作者本人，编辑部已启动复核，将在一周内公布结果。")).toBeNull();
  });
});

describe("writer card", () => {
  it("a roster of people (name line + one-line bio) keeps its last person", () => {
    const roster = [PARAS[0]!, "林知远", "清华大学研究员，关注多模态大模型", "周若兰", "专注大模型推理优化的工程师", PARAS[1]!, "沈一鸣", "某实验室研究员，关注具身智能"];
    expect(writerCardItems(roster)).toBe(0);
  });
  it("a profile closing on its subject's name and one line about them keeps them", () => {
    const profile = ["林知远在实验室里待了二十年，见证了神经网络从冷门走向主流。", PARAS[0]!, "谈到下一步，林知远说，他最想做的是让模型真正理解物理世界。", "人物简介", "林知远", "中国科学院院士，长期关注人工智能基础理论研究"];
    expect(writerCardItems(profile)).toBe(0);
  });
});

describe("linked headline", () => {
  it("a daily brief whose items are linked titles over their summaries keeps the titles", () => {
    const items = ["谷歌发布新一代多模态大模型并开放接口", "国内三家大模型公司同日宣布下调价格", "人形机器人企业完成新一轮大额融资"];
    const html = page("2026-12-05 07:30 作者：欧阳晴", `<p>${PARAS[0]}</p>` + items.map((t, k) => `<p><a href="/a/${k}.html">${t}</a></p><p>${PARAS[(k + 1) % 4]}</p>`).join(""), "AI早报");
    const a = extract(html);
    for (const t of items) expect(a.body).toContain(t);
  });
  it("a paragraph that is one link to a cited report", () => {
    const html = page("2026-12-05 07:30 作者：欧阳晴", paras(PARAS.slice(0, 2)) + `<p><a href="https://example.org/r.pdf">点击下载《2026年中国大模型产业发展报告》全文</a></p>` + paras(PARAS.slice(2)));
    const a = extract(html);
    expect(a.body).toContain(PARAS[2]);
  });
});

describe("报道 label", () => {
  it("a body line opening 报道：", () => {
    expect(names("报道：人工智能如何改变课堂")).toEqual({ authors: [], reporters: [], editors: [] });
  });
});

describe("slashed dates", () => {
  const day = (s: string) => findDates(s).map((d) => d.iso.slice(0, 10));
  it("03/04/2026 says nothing of its order: unread; a path's year-last run is no date", () => {
    expect(day("03/04/2026")).toEqual([]);
    expect(day("/news/23/11/2026/a.html")).toEqual([]);
  });
});

describe("footer words after a clause", () => {
  it("a site's own sentence ending on its link word is still the site's", () => {
    expect(hit("本网站所有内容均由用户自行上传，仅作学习交流之用，如需商业使用或有其他疑问，欢迎随时联系我们。")?.kind).toBe("navigation");
  });
});
