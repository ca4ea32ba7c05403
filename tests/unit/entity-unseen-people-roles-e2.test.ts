/**
 * Issue 15 (helper e2, batch blind-12-07-people): a company opening a funding clause after its
 * city (上海|X完成…融资) is named and is what a later 公司 points to, and one post read twice in a
 * sentence, with and without its unit (法学院副教授 / 副教授), is one role; a post after a product
 * written with its maker's name (腾讯混元…负责人) is at the maker; an organisation found before a
 * title elsewhere is the one a person joins (加入X，出任…). Names are made up so
 * the rules, not the gazetteer, find them.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const ex = (paragraphs: string[]) => extractEntities({ title: "新闻", paragraphs });
const companies = (r: ReturnType<typeof ex>) => r.companies.map((c) => c.name).sort();
const rolesOf = (r: ReturnType<typeof ex>, name: string) => (r.people.find((p) => p.name === name)?.roles ?? []).map((x) => `${x.organisation}/${x.title}`);

describe("a company after its city, closing a round", () => {
  it("is named once, even when its name ends in a thing's word", () => {
    expect(companies(ex(["上海星垣数据完成1.5亿元Pre-B轮融资，君联资本领投。"]))).toContain("星垣数据");
    expect(companies(ex(["杭州澄湖系统宣布完成数千万元天使轮融资。"]))).toContain("澄湖系统");
  });
  it("a place with no round after it, or a thing alone, names nothing", () => {
    expect(companies(ex(["上海发布数据显示，前三季度经济平稳。"]))).toEqual([]);
    expect(companies(ex(["上海市场数据完成了季度更新。"]))).toEqual([]);
  });
  it("is what 公司 points to in the next sentence, not the company of the paragraph before", () => {
    const r = ex(["北京深栈智能宣布完成数千万美元天使轮融资，投资方为高榕创投。", "上海星垣数据完成1.5亿元Pre-B轮融资，君联资本领投。公司CEO裘晓楠介绍，新资金将用于建设标注平台。"]);
    expect(rolesOf(r, "裘晓楠")).toEqual(["星垣数据/CEO"]);
  });
});

describe("one post read with and without its unit", () => {
  it("is kept once, in its fuller form, in either script", () => {
    expect(rolesOf(ex(["南京大学法学院周长征副教授认为，修法方向体现了进步。"]), "周长征")).toEqual(["南京大学/法学院副教授"]);
    expect(rolesOf(ex(["南京大學法學院周長徵副教授認為，修法方向體現了進步。"]), "周长征")).toEqual(["南京大学/法學院副教授"]);
  });
});

describe("a post after a product written with its maker's name", () => {
  it("is at the maker, not at the organisation of the post listed before it", () => {
    const r = ex(["华为云首席科学家田奇、腾讯混元大模型技术负责人蒋杰分别发表主题演讲。"]);
    expect(rolesOf(r, "蒋杰")).toEqual(["腾讯/混元大模型技术负责人"]);
    expect(rolesOf(r, "田奇")).toEqual(["华为云/首席科学家"]);
  });
});

describe("an organisation found before a title, joined elsewhere", () => {
  it("is where the person who joins takes the post the next clause names", () => {
    const r = ex(["杜衡已于近日加入具身智能公司穹顶机器人，出任首席科学家。", "穹顶机器人创始人朱鸿儒表示，杜衡的加入将补齐短板。"]);
    expect(rolesOf(r, "杜衡")).toEqual(["穹顶机器人/首席科学家"]);
  });
});

describe("a court numbered in its city", () => {
  it("is named whole, the ordinal part of its name", () => {
    expect(companies(ex(["12月4日，北京市第四中级人民法院对一起案件作出二审判决。"]))).toEqual(["北京市第四中级人民法院"]);
  });
  it("a count before another kind is still no name", () => {
    expect(companies(ex(["北京市三家医院参与试点。"]))).toEqual([]);
  });
});

describe("a nickname between a post and its holder", () => {
  it("the post is the holder's, the nickname skipped", () => {
    const r = ex(["前阿里巴巴大模型算法负责人、花名“青衫”的杜衡已于近日加入穹顶机器人。", "杜衡表示，期待新的挑战。"]);
    expect(rolesOf(r, "杜衡")).toEqual(["阿里巴巴/前大模型算法负责人"]);
  });
});
