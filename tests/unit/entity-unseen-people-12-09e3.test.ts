/**
 * People and posts in unseen LLM-industry news (issue 15, blind batch blind-12-09e3): posts paired
 * with names by 分别, bare posts chained before a name, an association officer addressed after the
 * name, a time word before a filing that is no company, a host named by the part, a name apposed to
 * a noun for a person before a past post, a name addressed after a copula or 来自…的, and a verb
 * ending in 快 before 公司. Names are made up.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";
import { chineseNameAt } from "@/lib/ingest/entities/names";

const ex = (paragraphs: string[], title = "") => extractEntities({ title, paragraphs });
const people = (r: ReturnType<typeof ex>) => r.people.filter((p) => !p.author).map((p) => p.name).sort();
const companies = (r: ReturnType<typeof ex>) => r.companies.map((c) => c.name).sort();
const rolesOf = (r: ReturnType<typeof ex>, name: string) => (r.people.find((p) => p.name === name)?.roles ?? []).map((x) => `${x.organisation}/${x.title}`);

describe("分别 pairs each name with its post", () => {
  it("聘任A、B分别担任C和D, at the company the article is about", () => {
    const r = ex(["第四范式发布公告称，董事会同意聘任顾明轩、钱佳怡分别担任副总经理和财务总监。"], "第四范式：两名高管到岗");
    expect(people(r)).toEqual(["钱佳怡", "顾明轩"]);
    expect(rolesOf(r, "顾明轩")).toEqual(["第四范式/副总经理"]);
    expect(rolesOf(r, "钱佳怡")).toEqual(["第四范式/财务总监"]);
  });
  it("a surname ending the verb is not read into the name (聘任|张鹏, not 聘|任张鹏)", () => {
    const r = ex(["第四范式董事会决定聘任张鹏、刘洋分别担任副总裁和董事会秘书。"]);
    expect(people(r)).toEqual(["刘洋", "张鹏"]);
    expect(rolesOf(r, "张鹏")).toEqual(["第四范式/副总裁"]);
  });
  it("lists of different lengths pair nothing", () => {
    const r = ex(["第四范式董事会聘任顾明轩、钱佳怡、周一鸣分别担任副总经理和财务总监。"]);
    expect(rolesOf(r, "周一鸣")).toEqual([]);
  });
  it("no post list after 分别 gives no name (分别发布了新品)", () => {
    const r = ex(["会上，华为、小米分别发布了新一代大模型。"]);
    expect(people(r)).toEqual([]);
  });
});

describe("a list after a verb of office", () => {
  it("聘任张鹏、刘洋为副总裁: 任 closes the verb, it opens no name", () => {
    const r = ex(["第四范式董事会同意聘任张鹏、刘洋为副总裁。"]);
    expect(people(r)).toEqual(["刘洋", "张鹏"]);
  });
  it("a person surnamed 任 in a list still reads (、任晓东)", () => {
    const r = ex(["出席签约仪式的有第四范式副总裁张鹏、任晓东等。"]);
    expect(people(r)).toContain("任晓东");
  });
});

describe("bare posts chained before a name are held where the last one is", () => {
  it("执行董事、首席财务官X: both posts at the filing company", () => {
    const r = ex(["第四范式12月5日晚间公告称，执行董事、首席财务官叶文涛因个人原因辞任。"], "第四范式：首席财务官辞任");
    expect(rolesOf(r, "叶文涛").sort()).toEqual(["第四范式/执行董事", "第四范式/首席财务官"]);
  });
  it("a segment with its own organisation is not chained", () => {
    const r = ex(["会上，百度副总裁、第四范式首席技术官叶文涛表示，算力仍然紧张。"]);
    expect(rolesOf(r, "叶文涛")).not.toContain("第四范式/副总裁");
  });
});

describe("an officer addressed after the name, the unit found right before it", () => {
  it("联盟X秘书长表示", () => {
    const r = ex(["中国人工智能产业发展联盟柯文静秘书长表示，标准将于明年发布。"]);
    expect(people(r)).toEqual(["柯文静"]);
    expect(rolesOf(r, "柯文静")).toEqual(["中国人工智能产业发展联盟/秘书长"]);
  });
  it("a society read as a run places its officer (…联合会X秘书长等)", () => {
    const r = ex(["当天，南海区软件行业联合会邝晓岚秘书长等一行到园区考察。"]);
    expect(rolesOf(r, "邝晓岚")).toEqual(["南海区软件行业联合会/秘书长"]);
    expect(companies(r)).toContain("南海区软件行业联合会");
  });
  it("a run that is no society does not (座谈会X会长)", () => {
    const r = ex(["当天，园区座谈会邝晓岚会长等一行到场。"]);
    expect(rolesOf(r, "邝晓岚")).toEqual([]);
  });
  it("a unit read only as a run does not place an officer (…发展部门X会长)", () => {
    const r = ex(["记者在会场见到了很多人，其中有张明会长。"]);
    expect(rolesOf(r, "张明")).toEqual([]);
  });
});

describe("a time word before a filing is no company", () => {
  it("X12月5日晚间发布公告称: no company named 晚间发布", () => {
    const r = ex(["第四范式12月5日晚间发布公告称，公司拟定增募资。"]);
    expect(companies(r)).toEqual(["第四范式"]);
  });
});

describe("a host is named by the part played", () => {
  it("主持人X介绍了议程: a person, no post", () => {
    const r = ex(["论坛由深圳市人工智能行业协会主办，主持人邝semi介绍了议程。".replace("semi", "晓岚")]);
    expect(people(r)).toContain("邝晓岚");
    expect(rolesOf(r, "邝晓岚")).toEqual([]);
  });
});

describe("a name apposed to a noun for a person, then a past post", () => {
  it("新加入的成员X曾是英伟达高级工程师", () => {
    const r = ex(["团队另一位新加入的成员邵雨桐曾是英伟达高级工程师，负责编译器开发。"]);
    expect(people(r)).toEqual(["邵雨桐"]);
    expect(rolesOf(r, "邵雨桐").some((x) => x.startsWith("英伟达/") && x.includes("高级工程师"))).toBe(true);
  });
  it("a noun that is no person opens no name (新加入的设备|高明曾是…)", () => {
    const r = ex(["新加入的设备高明曾是英伟达高级工程师，负责编译器开发。"]);
    expect(people(r)).toEqual([]);
  });
});

describe("a name addressed after a copula or 来自…的", () => {
  it("导师是X教授。", () => {
    expect(people(ex(["他在北京读博，导师是蒋明远教授。"]))).toEqual(["蒋明远"]);
  });
  it("来自<organisation>的X先生分享了…", () => {
    expect(people(ex(["来自商汤科技的饶思齐先生分享了多模态模型的应用。"]))).toEqual(["饶思齐"]);
  });
  it("a surname alone before the address is no name (是王教授, 来自百度的李先生)", () => {
    expect(people(ex(["他的导师是王教授。来自百度的李先生分享了经验。"]))).toEqual([]);
  });
  it("a post before the name, an address after it (委员会副主任X教授主持)", () => {
    expect(people(ex(["闭幕式由中国计算机学会大模型专业委员会副主任蒋明远教授主持。"]))).toEqual(["蒋明远"]);
  });
  it("…not after a list item, whose post reader would misplace the name", () => {
    expect(people(ex(["出席的有南京分院原院长之字研究员、协会副主任蒋明远教授主持的代表团。"]))).not.toContain("蒋明远");
  });
  it("先生 after a copula alone gives nothing (这是张三先生)", () => {
    expect(people(ex(["说到底这是邓伯先生们的事。"]))).toEqual([]);
  });
});

describe("a verb ending in 快 before 公司 is no outlet", () => {
  it("加快公司…: not Fast Company", () => {
    expect(companies(ex(["许志远的加入将加快公司新一代架构的研发。"]))).toEqual([]);
  });
});

describe("a pronoun opening the next sentence stands for the one person named before", () => {
  it("X表示…。他是<organisation>的研究员", () => {
    const r = ex(["“评测决定了模型的上限。”负责出题的饶思齐表示。他是智谱的研究员，负责代码评测。"]);
    expect(rolesOf(r, "饶思齐")).toContain("智谱/研究员");
  });
  it("two people named before: no referent", () => {
    const r = ex(["饶思齐表示同意，邝晓岚表示反对。他是智谱的研究员。"]);
    expect(rolesOf(r, "饶思齐")).not.toContain("智谱/研究员");
    expect(rolesOf(r, "邝晓岚")).not.toContain("智谱/研究员");
  });
});

describe("加入公司出任: the post at the company the sentence named", () => {
  it("X近日宣布，Y加入公司出任首席技术官", () => {
    const r = ex(["国产芯片企业摩尔线程近日宣布，邵雨桐加入公司出任首席技术官。邵雨桐表示，很高兴加入。"]);
    expect(rolesOf(r, "邵雨桐")).toContain("摩尔线程/首席技术官");
  });
  it("two companies named before: 公司 is not read", () => {
    const r = ex(["摩尔线程与英伟达近日宣布，邵雨桐加入公司出任首席技术官。邵雨桐表示，很高兴加入。"]);
    expect(rolesOf(r, "邵雨桐").filter((x) => x.endsWith("/首席技术官"))).toEqual([]);
  });
});

describe("女士 and 先生 after a two-character name are its address, not its last character", () => {
  it("张三女士 → 张三, 李四先生 → 李四", () => {
    expect(chineseNameAt("邝岚女士的意见", 0)?.name).toBe("邝岚");
    expect(chineseNameAt("饶齐先生表示", 0)?.name).toBe("饶齐");
    expect(people(ex(["董事长邝岚女士的丈夫饶齐先生表示支持。"]))).not.toContain("邝岚女");
  });
  it("a three-character name keeps its length (饶思齐先生), and a surname alone stays no name (张女士)", () => {
    expect(chineseNameAt("饶思齐先生说", 0)?.name).toBe("饶思齐");
    expect(chineseNameAt("张女士说", 0)).toBeNull();
  });
});
