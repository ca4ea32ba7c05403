/**
 * Issue 15 (helper e7): shops, hotels and pharmacies an inspection or a visit lists by name.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const companies = (...paragraphs: string[]) => extractEntities({ title: "检查", paragraphs }).companies.map((c) => c.name).sort();

describe("a 、-list of businesses named by their premises", () => {
  it("each item ending in a trade, the first cut after the place, the last two joined", () => {
    const r = companies("执法人员先后来到该区金桂酒店、百草药房、福临宾馆和鸿运药业等，检查食品安全。");
    expect(r).toEqual(expect.arrayContaining(["金桂酒店", "百草药房", "福临宾馆", "鸿运药业"]));
  });
  it("kinds of premises are no names (大型超市, 连锁药房, 社区药店)", () => {
    expect(companies("附近有大型超市、连锁药房和社区药店。")).toEqual([]);
    expect(companies("记者走访了城区多家超市、商场和农贸市场。")).toEqual([]);
  });
  it("one business among places or kinds is not enough", () => {
    expect(companies("线路途经金桂酒店、人民广场、火车站和体育馆。")).toEqual([]);
  });
  it("trades alone make no list of businesses (kinds of machine)", () => {
    expect(companies("执法人员检查了挖掘机、起重机械、农用机械等产品。")).toEqual([]);
  });
});
