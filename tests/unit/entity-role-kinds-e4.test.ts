/**
 * Issue 15 (helper e4, roles by kind): posts whose organisation stands away from the usual
 * ORG + title + name — 公司 pointing to the company heading a brief item, an officer named after a
 * colon on a heading line, a list after a shared post with 分别 and one post each, the post
 * before 兼 at its own organisation, and a long unit listing regions with 、 between organisation
 * and title. Names are made up so the rules, not the gazetteer, find them.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const ex = (paragraphs: string[], title = "新闻") => extractEntities({ title, paragraphs });
const rolesOf = (r: ReturnType<typeof ex>, name: string) => (r.people.find((p) => p.name === name)?.roles ?? []).map((x) => `${x.organisation}/${x.title}`).sort();

describe("公司 in a brief headed by its company", () => {
  it("gives the post to every name of the list", () => {
    const r = ex(["科大讯飞：3日获公司副总经理王建国、李红梅增持。腾讯：发布新一代混元模型。"], "公告速递");
    expect(rolesOf(r, "王建国")).toContain("科大讯飞/副总经理");
    expect(rolesOf(r, "李红梅")).toContain("科大讯飞/副总经理");
  });
  it("not when the sentence names two organisations before it", () => {
    const r = ex(["百度与腾讯：3日获公司副总经理王建国增持。"], "公告速递");
    expect(rolesOf(r, "王建国")).toEqual([]);
  });
});

describe("an officer after a colon on a heading line", () => {
  it("holds the title at the organisation before it", () => {
    const r = ex(["一、红杉中国合伙人：郑明远", "郑明远认为，估值仍然合理。"], "投资人谈估值");
    expect(rolesOf(r, "郑明远")).toContain("红杉中国/合伙人");
  });
  it("not when the name goes on into a sentence", () => {
    const r = ex(["红杉中国合伙人：郑明远认为估值仍然合理，郑明远说。"], "投资人谈估值");
    expect(rolesOf(r, "郑明远")).not.toContain("红杉中国/合伙人");
  });
});

describe("a shared post, then 分别 and one post each", () => {
  it("gives both posts at the organisation the sentence opens with", () => {
    const r = ex(["壁仞科技创始人张文曾任商汤总裁，公司另两位联合创始人李新荣、王春晖分别担任首席技术官和首席运营官。"], "国产GPU公司冲刺上市");
    expect(rolesOf(r, "李新荣")).toEqual(expect.arrayContaining(["壁仞科技/联合创始人", "壁仞科技/首席技术官"]));
  });
});

describe("two posts at two organisations joined by 兼", () => {
  it("holds the post before 兼 at the organisation before it", () => {
    const r = ex(["在发布会上，百度集团首席技术官兼百度智能云总裁郑宏伟发布了新芯片。"]);
    expect(rolesOf(r, "郑宏伟")).toEqual(expect.arrayContaining(["百度/首席技术官"]));
  });
});

describe("a long unit listing regions between organisation and title", () => {
  it("holds the title at the organisation before the unit", () => {
    const r = ex(["穆迪公司北美、拉美及加勒比地区主权评级部门执行总裁高文斌（Wenbin Gao）表示，评级将保持稳定。"], "穆迪：新兴市场承压");
    expect(rolesOf(r, "高文斌").some((x) => x.startsWith("穆迪") && x.endsWith("执行总裁"))).toBe(true);
  });
});

describe("an organisation's short form before a strong title", () => {
  it("is the organisation the article names in full elsewhere", () => {
    const r = ex(["“明年会扩产。”鼎泰董事长韩立峰对记者说。", "鼎泰集团东莞总部的员工约有三千人。"], "鼎泰集团在越南建厂");
    expect(rolesOf(r, "韩立峰").some((x) => x.startsWith("鼎泰") && x.endsWith("/董事长"))).toBe(true);
  });
});
