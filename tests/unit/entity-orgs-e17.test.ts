/**
 * Issue 15 (e17): organisations in news the gazetteer has never seen — a university's school that acts,
 * a 总局's local bureau, a firm after a Latin-worded head or a court party, trades that end a firm's name,
 * clubs named by their city, cooperatives, kind pointers of their own, and the cuts and false names around
 * them. Every sentence is written for these tests, none taken from a fixture; each rule has a guard.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const ex = (paragraphs: string[]) => extractEntities({ title: "", paragraphs });
const companies = (paragraphs: string[]) => ex(paragraphs).companies.map((c) => c.name);
const people = (paragraphs: string[]) => ex(paragraphs).people.map((p) => p.name);
const roles = (paragraphs: string[], name: string) => ex(paragraphs).people.find((p) => p.name === name)?.roles.map((r) => `${r.organisation}|${r.title}`) ?? [];

describe("a university's school that acts is its own organisation", () => {
  it("a known university's school that builds with a partner is named, not the university", () => {
    const names = companies(["昨天，清华大学软件学院与一家芯片公司共建了联合实验室。"]);
    expect(names).toContain("清华大学软件学院");
    expect(names).not.toContain("清华大学");
  });

  it("a university the gazetteer lacks, anchored by its place, with its school that develops something", () => {
    expect(companies(["湖南农业大学园艺学院联合当地企业开发了一款识别工具。"])).toContain("湖南农业大学园艺学院");
  });

  it("guard: a school before a person's post stays the university (the person's organisation)", () => {
    const r = ex(["清华大学软件学院教授王立新指出，风险很大。"]);
    expect(r.companies.map((c) => c.name)).toEqual(["清华大学"]);
  });

  it("guard: where the article names the university alone too, the school is read as the university", () => {
    expect(companies(["清华大学软件学院与企业共建实验室。清华大学校长表示欢迎。"])).toEqual(["清华大学"]);
  });

  it("the university before a school and a post elsewhere is not the university named alone: the acting school is kept", () => {
    const names = companies(["华中科技大学计算机学院与企业共建实验室。华中科技大学计算机学院教授李文博说，这很好。"]);
    expect(names.filter((n) => n === "华中科技大学计算机学院")).toHaveLength(1);
  });
});

describe("a 总局's bureau in a place is one body", () => {
  it("国家税务总局 + a district + 税务局 is the local bureau, not the 总局 and a second body", () => {
    expect(companies(["国家税务总局南京市鼓楼区税务局与银行合作推出了线上服务。"])).toEqual(["国家税务总局南京市鼓楼区税务局"]);
  });

  it("guard: the 总局 meeting in a city is the 总局", () => {
    expect(companies(["国家税务总局在南京市召开会议。"])).toEqual(["国家税务总局"]);
  });
});

describe("firms after a head, a court party or a verb", () => {
  it("a head with a Latin word in it (语音AI公司) still says where the name starts", () => {
    expect(companies(["语音AI公司澜音科技成为赛事官方合作伙伴。"])).toContain("澜音科技");
  });

  it("guard: a Latin word and a head with no name after them name nothing (AI公司|科技感)", () => {
    expect(companies(["这家AI公司科技感十足。"])).toEqual([]);
  });

  it("a headed 智能 name ends before 成为 and 合作 as before 宣布", () => {
    expect(companies(["大模型公司青禾智能成为这项赛事的赞助商。"])).toContain("青禾智能");
    expect(companies(["芯片设计公司澄岭微电子合作推出了新模组。"])).toContain("澄岭微电子");
  });

  it("guard: a field after a head names no firm (大模型公司|智能成为…)", () => {
    expect(companies(["这家大模型公司智能成为焦点。"])).toEqual([]);
  });

  it("trades that end a firm's name (互娱, 视觉) after a head", () => {
    expect(companies(["游戏厂商云岫互娱宣布接入自研模型。"])).toContain("云岫互娱");
    expect(companies(["视觉AI公司曜岩视觉将为球队提供系统。"])).toContain("曜岩视觉");
  });

  it("guard: a field before the trade is a line of work (机器视觉, 计算机视觉)", () => {
    expect(companies(["该公司机器视觉。这家AI公司计算机视觉很强。"])).toEqual([]);
  });

  it("a court's party (被告, 原告) heads the firm's name", () => {
    expect(companies(["法院认定被告衡声科技侵权。"])).toContain("衡声科技");
  });

  it("guard: a party's legal name with its seat in brackets is read whole, not its head alone", () => {
    const names = companies(["原告诉被告星岳科技（深圳）有限公司侵权。"]);
    expect(names).not.toContain("星岳科技");
  });

  it("an adverb before a preposition is no part of the name (则由|星岩科技)", () => {
    expect(companies(["县医院的AI随访平台则由星岩科技中标。"]).some((n) => n.startsWith("则"))).toBe(false);
  });

  it("the apposition's own head is no part of the name (孵化的|企业|青穗科技)", () => {
    const names = companies(["高校孵化的企业青穗科技获得了订单。"]);
    expect(names).toContain("青穗科技");
    expect(names).not.toContain("企业青穗科技");
  });

  it("a unit as short as three characters after 旗下 ends before 则", () => {
    const names = companies(["腾讯旗下欢游谷则联合多家公司推出了演出。"]);
    expect(names).toContain("欢游谷");
    expect(names).not.toContain("欢游谷则");
  });

  it("投资 before a trade is part of a legal name (…投资管理有限公司)", () => {
    expect(companies(["国泰创新投资管理有限公司也表示将加大投资。"])).toContain("国泰创新投资管理有限公司");
  });

  it("guard: 投资 as the verb before a legal name still cuts it", () => {
    expect(companies(["该基金投资深圳星河科技有限公司。"])).toContain("深圳星河科技有限公司");
  });

  it("guard: a predicate after 子公司 names no subsidiary (子公司|发布成果)", () => {
    expect(companies(["多家集团子公司发布成果"])).toEqual([]);
  });
});

describe("clubs named by their city and a word of their own", () => {
  it("a club without 队 or 俱乐部 in a paragraph about sport", () => {
    expect(companies(["新赛季联赛开幕前，青岛海牛与一家AI公司签约。"])).toContain("青岛海牛");
  });

  it("guard: a time, a verb or a place after the city names no club", () => {
    expect(companies(["北京时间12月8日，联赛比赛开始。中国足球协会在上海宣布，联赛将开幕。"])).toEqual(["中国足球协会"]);
  });

  it("guard: outside sport a city and a word are no club", () => {
    expect(companies(["青岛海牛与一家AI公司签约，双方将合作开发海产品溯源系统。"])).not.toContain("青岛海牛");
  });
});

describe("cooperatives and their own pointers", () => {
  it("a cooperative named by its place, produce and 专业, and 合作社 opening a clause points back to it", () => {
    const text = ["安远县蜜橘种植专业合作社是首批用户，合作社理事长王秋生说，今年销量翻番。"];
    expect(companies(text)).toContain("安远县蜜橘种植专业合作社");
    expect(roles(text, "王秋生")).toContain("安远县蜜橘种植专业合作社|理事长");
  });

  it("非 before a cooperative's name is no part of it (非|益民村经济合作社|社员)", () => {
    const names = companies(["石桥村经济合作社社员车辆免费通行，非石桥村经济合作社社员的车辆按月缴费。"]);
    expect(names).toContain("石桥村经济合作社");
    expect(names).not.toContain("非石桥村经济合作社");
  });

  it("guard: a kind, a pointer or a count names no cooperative", () => {
    expect(companies(["他加入了农民专业合作社。该合作社成立于2019年。当地一家合作社也很好。"])).toEqual([]);
  });

  it("no person is read inside a cooperative's name (…村民|宿旅游|专业合作社)", () => {
    const text = ["当地石门村民宿旅游专业合作社负责人介绍，订单增加。"];
    expect(companies(text)).toContain("石门村民宿旅游专业合作社");
    expect(people(text)).toEqual([]);
  });
});

describe("a school or an institute writing of itself", () => {
  it("学院 and 研究院 opening the clause point back to the one named before", () => {
    const text = ["湖南农业大学园艺学院与企业共建实验室。学院院长周启明表示，实验室将面向产业。"];
    expect(roles(text, "周启明")).toContain("湖南农业大学园艺学院|院长");
  });
});

describe("a known short name inside a discovered organisation's name", () => {
  it("is that organisation wherever it stands, not only where a pattern read it (星链|智造 is not Starlink's maker)", () => {
    const names = companies(["具身智能公司澜峰智能完成B轮融资，本轮由星链智造领投，云峰资本跟投。", "领投方星链智造合伙人周明远称，看好团队的数据积累。"]);
    expect(names).toContain("星链智造");
    expect(names).not.toContain("SpaceX");
  });
});
