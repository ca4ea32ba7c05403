/**
 * Review of x16's batch-51 rules against shapes of unseen sites: where each rule must hold back.
 * The cases that fail on e694c7e3 (x16's merge) are the review's defects; the others pin what was
 * checked and found sound.
 */
import { describe, expect, it } from "vitest";
import { findDates } from "@/lib/ingest/metadata/dates";
import { writerCardItems } from "@/lib/ingest/classify/writer-card";
import { extract, hit, names, page, PARAS, paras } from "../helpers/invented-news-page";

describe("correction notice (correction-notice.ts): only a label set off by brackets, colon or space, and no article named by its title", () => {
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

describe("文章仅代表作者本人 (vocabulary.ts): only where 文章 opens its clause", () => {
  it("a news sentence quoting a publisher's reply", () => {
    expect(hit("对此，该杂志社回应称，涉事文章仅代表作者本人，编辑部已启动复核，将在一周内公布结果。")).toBeNull();
  });
});

describe("writer card (writer-card.ts): not a roster's last person, not a profile's subject", () => {
  it("a roster of people (name line + one-line bio) keeps its last person", () => {
    const roster = [PARAS[0]!, "林知远", "清华大学研究员，关注多模态大模型", "周若兰", "专注大模型推理优化的工程师", PARAS[1]!, "沈一鸣", "某实验室研究员，关注具身智能"];
    expect(writerCardItems(roster)).toBe(0);
  });
  it("a profile closing on its subject's name and one line about them keeps them", () => {
    const profile = ["林知远在实验室里待了二十年，见证了神经网络从冷门走向主流。", PARAS[0]!, "谈到下一步，林知远说，他最想做的是让模型真正理解物理世界。", "人物简介", "林知远", "中国科学院院士，长期关注人工智能基础理论研究"];
    expect(writerCardItems(profile)).toBe(0);
  });
});

describe("linked headline (linked-headline.ts): a brief's own linked item titles stay", () => {
  it("a daily brief whose items are linked titles over their summaries keeps the titles", () => {
    const items = ["谷歌发布新一代多模态大模型并开放接口", "国内三家大模型公司同日宣布下调价格", "人形机器人企业完成新一轮大额融资"];
    const html = page("2026-12-05 07:30 作者：欧阳晴", `<p>${PARAS[0]}</p>` + items.map((t, k) => `<p><a href="/a/${k}.html">${t}</a></p><p>${PARAS[(k + 1) % 4]}</p>`).join(""), "AI早报");
    const a = extract(html);
    for (const t of items) expect(a.body).toContain(t);
  });
  it("three arrowed linked headlines between paragraphs are still a portal's pointers", () => {
    const links = ["▶ 大模型第一股上市首日破发，市场在担心什么", "▶ 智能座舱芯片进入大算力时代的三个信号", "▶ 人形机器人企业完成新一轮大额融资"];
    const html = page("2026-12-05 07:30 作者：欧阳晴", `<p>${PARAS[0]}</p>` + links.map((t, k) => `<p><a href="/a/${k}.html">${t}</a></p><p>${PARAS[(k + 1) % 4]}</p>`).join(""));
    const a = extract(html);
    for (const t of links) expect(a.body).not.toContain(t.slice(2));
    expect(a.body).toContain(PARAS[3]);
  });
  it("a paragraph that is one link to a cited report", () => {
    const html = page("2026-12-05 07:30 作者：欧阳晴", paras(PARAS.slice(0, 2)) + `<p><a href="https://example.org/r.pdf">点击下载《2026年中国大模型产业发展报告》全文</a></p>` + paras(PARAS.slice(2)));
    const a = extract(html);
    expect(a.body).toContain(PARAS[2]);
  });
});

describe("报道： label (byline.ts): a body line opening 报道： names no reporter", () => {
  it("a body line opening 报道：", () => {
    expect(names("报道：人工智能如何改变课堂")).toEqual({ authors: [], reporters: [], editors: [] });
  });
});

describe("slashed year-last dates (dates.ts)", () => {
  const day = (s: string) => findDates(s).map((d) => d.iso.slice(0, 10));
  it("03/04/2026 says nothing of its order: unread; a path's year-last run is no date", () => {
    expect(day("03/04/2026")).toEqual([]);
    expect(day("/news/23/11/2026/a.html")).toEqual([]);
  });
});

describe("footer words after a clause (vocabulary.ts): not when they end the sentence", () => {
  it("a site's own sentence ending on its link word is still the site's", () => {
    expect(hit("本网站所有内容均由用户自行上传，仅作学习交流之用，如需商业使用或有其他疑问，欢迎随时联系我们。")?.kind).toBe("navigation");
  });
});
