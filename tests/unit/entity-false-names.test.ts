/**
 * Shapes of general news that used to make false companies or people: an impersonated identity
 * (冒充银行经理来电…), an adverb between a subject and its verb (气象台25日继续发布), and a family
 * named after a member (小温父母发布悬赏). Each is paired with the real shape it must not block.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const ex = (paragraphs: string[]) => extractEntities({ title: "", paragraphs });
const companies = (r: ReturnType<typeof ex>) => r.companies.map((c) => c.name);
const people = (r: ReturnType<typeof ex>) => r.people.map((p) => p.name);

describe("an impersonated identity names nobody", () => {
  it("冒充银行经理来电…: no bank called 冒充银行, no person after the title", () => {
    const r = ex(["冒充银行经理来电骗事主称其有巨额信用卡欠款，再假扮警察恐吓其已涉嫌洗钱。"]);
    expect(companies(r)).toEqual([]);
    expect(people(r)).toEqual([]);
  });

  it("假冒 + a real-looking company + a title is not that company's employee", () => {
    expect(companies(ex(["骗子假冒澄岭科技客服经理联系受害人。"]))).not.toContain("假冒澄岭科技");
  });
});

describe("adverbs between a subject and its business verb", () => {
  it("does not read 继续 as a company (25日继续发布)", () => {
    // 中央气象台 is in the gazetteer since 2026.12.07-5 (e10); 继续 stays no company
    expect(companies(ex(["25日，冷空气继续南下。中央气象台25日继续发布寒潮蓝色预警。"]))).toEqual(["中央气象台"]);
  });

  it("still reads a recurring short name with an adverb before its verb (途游25日继续发布…)", () => {
    expect(companies(ex(["途游25日继续发布新游戏。途游此前宣布裁员。途游的股价下跌。"]))).toContain("途游");
  });
});

describe("a family named after one member", () => {
  it("does not read 小温父母 as a company however often it acts", () => {
    expect(companies(ex(["第十二天，小温父母发布十万悬赏寻求有效线索。小温父母在等待。小温父母宣布继续寻找。"]))).toEqual([]);
  });
});

describe("prepositions and compounds next to organisation words", () => {
  it("does not read 向记者 after a title as a person (接近X的人士向记者透露)", () => {
    const r = ex(["百川智能创始人王小川表示同意。一位接近百川智能的人士向记者透露，公司内部正在调整。"]);
    expect(people(r)).not.toContain("向记者");
    expect(people(r)).toContain("王小川");
  });

  it("does not end a company's name on a preposition (企业客户向记者透露)", () => {
    expect(companies(ex(["会后，有参会的企业客户向记者透露，折扣力度仍然最大。"]))).toEqual([]);
  });

  it("does not read 资本 opening a compound as an organisation's tail (公司预计明年资本开支…)", () => {
    expect(companies(ex(["公司预计明年资本开支将达到450亿美元，资本市场反应积极。"]))).toEqual([]);
  });

  it("still reads X资本 acting as an investor", () => {
    expect(companies(ex(["源码资本投资了汇屿科技。"]))).toEqual(expect.arrayContaining(["源码资本", "汇屿科技"]));
  });
});
