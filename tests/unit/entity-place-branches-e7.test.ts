/**
 * Issue 15 (helper e7): a known organisation's company in a city or a country, written with no 分.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const companies = (...paragraphs: string[]) => extractEntities({ title: "消息", paragraphs }).companies.map((c) => c.name).sort();

describe("a known organisation + a place + 公司", () => {
  it("the local company, named once after the organisation was found elsewhere", () => {
    expect(companies("柯林公司宣布破产保护。", "柯林中国上海公司表示，业务照常。")).toEqual(["柯林", "柯林中国上海公司"]);
  });
  it("the organisation's own 公司, or a place that is none, makes no branch", () => {
    expect(companies("柯林公司宣布破产保护。", "柯林公司表示，柯林大楼公司的物业照常。")).toEqual(["柯林"]);
  });
});
