/**
 * Issue 15 (helper e7): ministries and state bodies that reforms merged or renamed (卫生部, 铁道部,
 * 质检总局) named bare in the news of their years.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const companies = (...paragraphs: string[]) => extractEntities({ title: "消息", paragraphs }).companies.map((c) => c.name).sort();

describe("former ministries named bare", () => {
  it("a ministry after a particle, a lead or at a clause start", () => {
    expect(companies("这家乳企借着卫生部的表态走出了困境。")).toContain("卫生部");
    expect(companies("铁道部发布消息，春运车票全面实名。")).toContain("铁道部");
    expect(companies("原国土资源部和环境保护部联合开展检查。")).toEqual(expect.arrayContaining(["国土资源部", "环境保护部"]));
  });
  it("the word going on is no ministry (卫生部门, 农业部分, 建设部署)", () => {
    expect(companies("各地卫生部门加强监管，现代农业部分项目已经建设部署完毕。")).toEqual([]);
  });
  it("a company's department (企业文化部) or another body's unit (总后|卫生部) is none", () => {
    expect(companies("公司企业文化部负责组织活动，项目的建设部负责施工。")).toEqual([]);
    expect(companies("该院经总后卫生部批准设立。")).not.toContain("卫生部");
  });
  it("the short form beside the whole one is not a second body", () => {
    expect(companies("国家质检总局发布公告。质检总局表示将加强抽查。").filter((n) => n.includes("质检"))).toEqual(["国家质检总局"]);
  });
});
