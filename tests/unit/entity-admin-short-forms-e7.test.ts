/**
 * Issue 15 (helper e7): a public body named in full and then by its usual short form is one body.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

describe("a body's full and short names", () => {
  it("监督管理局 and 监管局 of one body are one organisation, the post moving to the full name", () => {
    const r = extractEntities({ title: "签约", paragraphs: ["国家药品监督管理局与湖北省人民政府签署合作备忘录。", "国家药品监管局局长王宏出席签字仪式。", "国家药品监督管理局表示将给予支持。"] });
    const names = r.companies.map((c) => c.name);
    expect(names.filter((n) => n.startsWith("国家药品"))).toEqual(["国家药品监督管理局"]);
    expect(r.people.find((p) => p.name === "王宏")?.roles.map((x) => `${x.organisation}|${x.title}`)).toEqual(["国家药品监督管理局|局长"]);
  });
  it("two different bodies are not merged", () => {
    const r = extractEntities({ title: "检查", paragraphs: ["湖北省市场监督管理局和湖北省药品监管局联合检查。", "湖北省市场监督管理局表示，湖北省药品监管局将配合。"] });
    expect(r.companies.map((c) => c.name).sort()).toEqual(["湖北省市场监督管理局", "湖北省药品监管局"].sort());
  });
});

describe("a place's 人民政府 and its short 政府", () => {
  it("one body under the full name", () => {
    const r = extractEntities({ title: "湖北省政府与国家药品监督管理局签署合作备忘录", paragraphs: ["湖北省人民政府与国家药品监督管理局在武汉举行签字仪式。"] });
    expect(r.companies.map((c) => c.name).filter((n) => n.startsWith("湖北"))).toEqual(["湖北省人民政府"]);
  });
});
