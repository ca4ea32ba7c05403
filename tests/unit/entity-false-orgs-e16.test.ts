/**
 * Issue 15 (e16): shapes that were read as organisations and name none — a town or a village named
 * alone (a place), a name with a one-character adverb left on it (X亦|在公告中…), a term of office
 * opening a clause (任内|推动公司…), and a chain of posts joined by 兼 (创办人兼行政总裁). Sentences
 * are written for these tests, none taken from a fixture.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";
import { namesNoOrganisation } from "@/lib/ingest/entities/non-org-names";

const ex = (paragraphs: string[]) => extractEntities({ title: "", paragraphs });
const companies = (paragraphs: string[]) => ex(paragraphs).companies.map((c) => c.name);
const people = (paragraphs: string[]) => ex(paragraphs).people.map((p) => p.name);

describe("a town, a township or a village named alone is a place", () => {
  it("白沙镇 before 党委书记 holds the post as a place, no organisation", () => {
    const text = ["白沙镇党委书记林志远介绍，全镇今年新建了三座污水处理站。白沙镇镇长陈东升说，资金已经到位。"];
    const r = ex(text);
    expect(r.companies.map((c) => c.name)).not.toContain("白沙镇");
    // the post is still held at the place, as a district's posts are (临安区|区长)
    expect(r.people.find((p) => p.name === "林志远")?.roles.map((x) => `${x.organisation}|${x.title}`)).toContain("白沙镇|党委书记");
  });

  it("…乡 and …村 are places too; with an organisation word after them they are not", () => {
    expect(namesNoOrganisation("石门乡")).toBe(true);
    expect(namesNoOrganisation("桃源村")).toBe(true);
    expect(namesNoOrganisation("白沙镇人民政府")).toBe(false);
    expect(namesNoOrganisation("桃源村股份经济合作社")).toBe(false);
  });
});

describe("a one-character adverb after a subject is no part of its name", () => {
  it("周启航亦|在公告中…: no company 周启航亦", () => {
    const text = ["上个月，董事长周启航宣布退休。周启航亦在公告中感谢股东多年的支持。"];
    expect(companies(text)).toEqual([]);
    expect(people(text)).toContain("周启航");
  });

  it("星河电子却|在公告中称…: the company is 星河电子", () => {
    expect(companies(["星河电子却在公告中称，本季度订单有所下降。"])).toEqual(["星河电子"]);
  });
});

describe("a term of office opens a time phrase", () => {
  it("任内推动公司完成…: no company 任内推动", () => {
    expect(companies(["刘敏在董事长职位上干了八年，任内推动公司完成了三次并购。"])).toEqual([]);
  });

  it("任期内 and 在任 open no name either", () => {
    expect(namesNoOrganisation("任期内带领")).toBe(true);
    expect(namesNoOrganisation("在任期间")).toBe(true);
    expect(namesNoOrganisation("任丘钢铁")).toBe(false);
  });
});

describe("posts chained by 兼 form no organisation", () => {
  // a guard: either rule alone (行政总裁 a title, or a 兼 chain no name) keeps 创办人兼行政 out
  it("创办人兼行政总裁: 行政总裁 is one post, and no company 创办人兼行政", () => {
    const text = ["公司创办人兼行政总裁黄家明透露，新一轮融资正在进行。"];
    expect(companies(text)).toEqual([]);
    expect(people(text)).toContain("黄家明");
  });

  it("a post the title list lacks after 创始人兼 (创始人兼技术总裁) leaves no company 创始人兼技术", () => {
    const text = ["公司创始人兼技术总裁林小川表示，用户数翻了一番。"];
    expect(companies(text)).toEqual([]);
    expect(people(text)).toContain("林小川");
  });

  it("still reads the company before 行政总裁 (恒信集团行政总裁X)", () => {
    const r = ex(["恒信集团行政总裁何永康表示，集团将加大投资。"]);
    expect(r.companies.map((c) => c.name)).toEqual(["恒信集团"]);
    expect(r.people.find((p) => p.name === "何永康")?.roles.map((x) => x.title)).toContain("行政总裁");
  });
});

describe("a university's hospital named without 附属 is the hospital, not the university", () => {
  it("北京大学第三医院: the hospital, not 北京大学", () => {
    expect(companies(["北京大学第三医院骨科主任李明说，这台手术历时四个小时。"])).toEqual(["北京大学第三医院"]);
  });

  it("复旦大学中山医院 … 中山医院副院长X: one hospital under its full name", () => {
    const r = ex(["昨日，复旦大学中山医院完成了首例机器人辅助手术。中山医院副院长周晓峰表示，该院明年将推广这项技术。"]);
    expect(r.companies.map((c) => c.name)).toEqual(["复旦大学中山医院"]);
    expect(r.people.find((p) => p.name === "周晓峰")?.roles.map((x) => x.organisation)).toContain("复旦大学中山医院");
  });

  it("still reads a university and a hospital joined by 和 as two names (清华大学和X医院)", () => {
    expect(companies(["清华大学和协和医院签署了合作协议。"])).toContain("清华大学");
  });
});
