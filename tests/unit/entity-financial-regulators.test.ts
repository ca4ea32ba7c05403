/**
 * Issue 15, dev-page miss: China's banking and insurance regulators (银保监会 and the 银监会 and
 * 保监会 it merged) are in the gazetteer, so their short names resolve and their local branches
 * (X监管分局) are named after them as the central bank's are.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const companies = (text: string) => extractEntities({ title: "", paragraphs: [text] }).companies.map((c) => c.name);

describe("banking and insurance regulators", () => {
  it.each([
    ["银保监会发布了新规。", "中国银行保险监督管理委员会"],
    ["银监会要求各行加强风险管理。", "中国银行业监督管理委员会"],
    ["保监会近日发布通知。", "中国保险监督管理委员会"],
  ])("%s → %s", (text, name) => {
    expect(companies(text)).toContain(name);
  });
  it("a local branch is named after the regulator (X常德监管分局)", () => {
    expect(companies("由岳州市中心医院、中国银行保险监督管理委员会岳州监管分局主办。")).toContain("中国银行保险监督管理委员会岳州监管分局");
  });
});
