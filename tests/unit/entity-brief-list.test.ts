/**
 * Financial briefs (公告速递, 盘中资讯) head each item with a company's short name and a colon; the
 * repeated shape is the evidence. Insider trades and resignations (增持, 减持, 辞职) end a name the
 * way speech verbs do. Names are made up so the rules, not the gazetteer, find them.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const ex = (paragraphs: string[], title = "") => extractEntities({ title, paragraphs });
const companies = (r: ReturnType<typeof ex>) => r.companies.map((c) => c.name);
const people = (r: ReturnType<typeof ex>) => r.people.filter((p) => !p.author).map((p) => p.name);

const BRIEF = [
  "澄岭科技：以9614万元竞得常州市一宗工业用地。",
  "东洺药业：公司副总裁蔺晓川增持公司股份20万股。",
  "汇屿股份：确定为两个风电场项目的设备供应商，中标价7亿元。",
  "朔川：拟1079万元收购控股子公司少数股权。",
];

describe("news briefs: companies heading the items", () => {
  it("counts every suffixed head once two such items stand in the article", () => {
    expect(companies(ex(BRIEF))).toEqual(expect.arrayContaining(["澄岭科技", "东洺药业", "汇屿股份"]));
  });

  it("takes a head with no suffix beside three suffixed ones when its item is business news", () => {
    expect(companies(ex(BRIEF))).toContain("朔川");
  });

  it("leaves the brief's own label in the headline out (午间公告：…)", () => {
    expect(companies(ex(BRIEF, "午间公告：澄岭科技竞得工业用地"))).not.toContain("午间公告");
  });

  it("needs two suffixed items: one alone is a heading, not a list", () => {
    expect(companies(ex(["澄岭科技：以9614万元竞得常州市一宗工业用地。"]))).not.toContain("澄岭科技");
  });

  it("does not read theme headings as companies (具身智能：, 新能源汽车：)", () => {
    const r = ex(["具身智能：机器人公司融资火热。", "新能源汽车：销量继续上升。", "数字医疗：监管趋严。"]);
    expect(companies(r)).toEqual([]);
  });

  it("does not take a speaker's label in an interview as a company", () => {
    const r = ex(["记者：您怎么看这一轮融资？", "澄岭科技：我们会继续投入研发。", "东洺药业：我们也在观望。", "蔺晓川：我认为估值偏高，公司不会跟进。"]);
    expect(companies(r)).not.toContain("蔺晓川");
    expect(companies(r)).not.toContain("记者");
  });
});

describe("insider trades and resignations end a name", () => {
  it.each([
    ["东洺药业公告称，公司副总经理蔺晓川增持公司股份。", "蔺晓川"],
    ["公告显示，公司董事孟文涛减持10万股。", "孟文涛"],
    ["公司独立董事冼嘉铭辞职，将不再担任任何职务。", "冼嘉铭"],
  ])("%s", (text, name) => {
    const names = people(ex([text]));
    expect(names).toContain(name);
    expect(names.some((n) => n.length > name.length && n.startsWith(name))).toBe(false);
  });

  it("does not take the verb's first character into the name (X增持, not X增)", () => {
    const names = people(ex(["据公告，公司副总裁蔺泉增持公司股份1万股。"]));
    expect(names).toContain("蔺泉");
    expect(names).not.toContain("蔺泉增");
  });
});
