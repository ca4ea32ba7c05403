/**
 * Issue 15 (helper e10): the gazetteer file orgs-brands-media-bodies-2026.json — well-known brands,
 * outlets, public bodies, groupings, drug makers, airlines and railways that general news names once —
 * and the guards on its names that are also words, surnames or parts of other names.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";
import { loadGazetteer } from "@/lib/ingest/entities/load-gazetteer";

const companies = (...paragraphs: string[]) => extractEntities({ title: "消息", paragraphs }).companies.map((c) => c.name).sort();

describe("well-known organisations said once", () => {
  it("camera and film makers in a list", () => {
    expect(companies("展厅里陈列着佳能、尼康和爱克发的老式相机与胶片。")).toEqual(["佳能", "尼康", "爱克发"].sort());
  });
  it("a broadcaster, a streaming platform and a league", () => {
    const found = companies("中央广播电视总台将直播开幕式，咪咕视频此前也宣布与中超联赛续约。");
    expect(found).toEqual(expect.arrayContaining(["中央广播电视总台", "咪咕视频", "中超联赛"]));
  });
  it("international groupings, a disease-control centre, a drug maker, foreign transport operators", () => {
    expect(companies("七国集团外长会和五眼联盟的声明都提到了这一点。")).toEqual(["七国集团", "五眼联盟"].sort());
    expect(companies("中国疾病预防控制中心的数据显示，默沙东的同类疫苗供不应求。")).toEqual(["中国疾病预防控制中心", "默沙东"].sort());
    expect(companies("巴黎大众运输公司和法国国家铁路公司称，法国航空公司也取消了部分航班。")).toEqual(["巴黎大众运输公司", "法国国家铁路公司", "法国航空"].sort());
  });
  it("a carmakers' joint venture is one company, not its two parents", () => {
    expect(companies("广汽丰田上月销量增长两成。")).toEqual(["广汽丰田"]);
  });
});

describe("names that are also words or parts of other names", () => {
  it("富士通 is Fujitsu, not 富士 the film maker", () => {
    // beside other camera makers 富士 has the support it needs, so only the false friend keeps it out
    expect(companies("富士通、佳能和尼康上月公布了财报。")).toEqual(["佳能", "富士通", "尼康"].sort());
  });
  it("中超 inside 其中超过 names no league (the short form is left out)", () => {
    expect(companies("调查显示，其中超过一半的受访者使用手机支付。")).toEqual([]);
  });
  it("北约 after a direction word is 「north, about」; 宜家 in a list of old place names is no retailer", () => {
    expect(companies("南至保静公路以北约100米处，东至省道。")).toEqual([]);
    expect(companies("容城置县，名“桑丘”或“宜家”。")).toEqual([]);
  });
  it("an airline's legal name keeps its branch (the alias covers the whole legal name)", () => {
    expect(companies("中国南方航空股份有限公司北京分公司负责运营。")).toEqual(["中国南方航空股份有限公司北京分公司"]);
  });
  it("every entry of the file carries its source", () => {
    const fromFile = loadGazetteer().organisations.filter((o) => ["nikon", "g7", "ratp", "china-cdc", "msd", "cmg"].includes(o.slug));
    expect(fromFile).toHaveLength(6);
    for (const o of fromFile) expect(o.source ?? "").not.toBe("");
  });
});
