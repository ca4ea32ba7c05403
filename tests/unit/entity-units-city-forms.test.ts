/**
 * Issue 15, dev misses: a unit whose name joins two fields with 与 after a known parent
 * (中国科学院地理科学与资源研究所), written after two of the parent's names, is one unit; a 分院
 * is a branch; a company's line of business with 云 (网易云音乐) where a post is held is its unit;
 * a city's body with and without 市 is one body. Names of units and people are made up.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const companies = (...paragraphs: string[]) => extractEntities({ title: "", paragraphs }).companies.map((c) => c.name);

describe("units of a known organisation", () => {
  it("与 joining two fields stays inside the unit's name, and two parent names make one unit", () => {
    const names = companies("来自中国科学院海洋科学与资源研究所的专家出席。", "中科院海洋科学与资源研究所岳川研究员作了报告。");
    expect(names).toContain("中国科学院海洋科学与资源研究所");
    expect(names).not.toContain("中科院海洋科学与资源研究所");
  });
  it("a partner before a joint lab is no unit of the first organisation", () => {
    expect(companies("华为与复旦大学联合实验室今天揭牌。")).not.toContain("华为与复旦大学联合实验室");
  });
  it("X分院 is a branch of X", () => {
    expect(companies("中国科学院南京分院原院长岳川研究员致辞。")).toContain("中国科学院南京分院");
  });
  it("a company + 云音乐 where someone held a post is a unit, not the company", () => {
    const names = companies("温叙川创业前在网易云音乐担任产品总监。");
    expect(names).toContain("网易云音乐");
    expect(names).not.toContain("网易");
  });
});

describe("a city's body with and without 市", () => {
  it("北京工商局 and 北京市工商局 are one body", () => {
    const names = companies("北京工商局抽检出14种不合格食品", "据北京市工商局网站消息，食品安全监管部门抽检出14种不合格食品。");
    expect(names.filter((n) => n.includes("工商局"))).toEqual(["北京市工商局"]);
  });
});

describe("widely known international bodies", () => {
  it("世卫组织 and 联合国贸发会议 are found", () => {
    expect(companies("世卫组织将嗅觉丧失列为主要症状之一。", "联合国贸发会议发布了年度报告。")).toEqual(expect.arrayContaining(["世界卫生组织", "联合国贸易和发展会议"]));
  });
});

describe("posts at units", () => {
  it("a post at a unit written after the parent's short name is at the unit's reported name", () => {
    const r = extractEntities({ title: "", paragraphs: ["来自中国科学院海洋科学与资源研究所的专家出席。", "中科院海洋科学与资源研究所研究员岳川明作了报告。"] });
    expect(r.people.find((p) => p.name === "岳川明")?.roles.map((x) => x.organisation)).toContain("中国科学院海洋科学与资源研究所");
  });
});
