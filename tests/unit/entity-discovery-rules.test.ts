/**
 * Discovery rules added for names real pages use (issue 15): outlets cited as sources are not
 * companies; a person right after an organisation with no title (X公司Y表示); Latin names after a
 * title and a heading colon; stock quotes and title modifiers between an organisation and its
 * title; names that are part of a place or prize (乔布斯剧院); lists that confirm an ambiguous
 * gazetteer person; a jurisdiction's association as a named body; suffixed names in apposition or
 * joined to another organisation; listed companies named with their code. Names are made up or
 * chosen to be absent from the gazetteer, so the rules, not the curated list, find them.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";
import { chineseNameAt } from "@/lib/ingest/entities/names";
import type { EntityInput } from "@/lib/ingest/entities/types";

const ex = (paragraphs: string[], extra: Partial<EntityInput> = {}) => extractEntities({ title: "", paragraphs, ...extra });
const people = (r: ReturnType<typeof ex>) => r.people.filter((p) => !p.author).map((p) => p.name);
const companies = (r: ReturnType<typeof ex>) => r.companies.map((c) => c.name);

describe("an outlet cited as a source is not a company the article discusses", () => {
  it.each([
    ["据新京报报道，字节跳动将发布新模型。"],
    ["新京报讯（记者 周远航）字节跳动将发布新模型。"],
    ["《新京报》报道称，字节跳动将发布新模型。"],
    ["字节跳动相关人士向新京报透露，新模型将在下月发布。"],
  ])("%s", (text) => {
    const r = ex([text]);
    expect(companies(r)).toContain("字节跳动");
    expect(companies(r)).not.toContain("新京报");
  });

  it("keeps an outlet that does something other than report (《X》预测)", () => {
    expect(companies(ex(["根据权威杂志《Fast Company》预测，OpenAI的收入将增长。"]))).toContain("Fast Company");
  });

  it("drops the article's own outlet, named by its source line, wherever it appears", () => {
    const text = ["澎湃新闻多次联系该公司，未获回复。面对澎湃新闻，字节跳动未作评论。"];
    expect(companies(ex(text, { source: "澎湃新闻网" }))).not.toContain("澎湃新闻");
    expect(companies(ex(text, { source: "新京报" }))).toContain("澎湃新闻");
  });
});

describe("people introduced without a title", () => {
  it("reads a name right after an organisation and before a speech verb", () => {
    const r = ex(["月之暗面张晓岚表示，模型价格还会下降。"]);
    expect(people(r)).toContain("张晓岚");
    expect(companies(r)).toContain("月之暗面");
  });

  it("does not read a common word after an organisation as a name (清华大学官网介绍)", () => {
    expect(people(ex(["清华大学官网介绍，该团队成立于2019年。"]))).toEqual([]);
  });

  it("takes a name after a weak title only when the article names it again", () => {
    expect(people(ex(["记者提出采访主治医师寇明远，院方表示需要同意。", "此后记者多次尝试联系寇明远，未获回复。"]))).toContain("寇明远");
    expect(people(ex(["记者提出采访主治医师寇明远，院方表示需要同意。"]))).not.toContain("寇明远");
  });

  it("ends a name before 任职/荣获/当选", () => {
    expect(chineseNameAt("顾明任职独立董事", 0)?.name).toBe("顾明");
    expect(chineseNameAt("邵锋荣获生命科学奖", 0)?.name).toBe("邵锋");
    expect(chineseNameAt("许晨当选院士", 0)?.name).toBe("许晨");
  });

  it("confirms an ambiguous gazetteer person named in a list with accepted ones", () => {
    expect(people(ex(["捐赠人为邓锋、吴鹰、徐小平。"]))).toContain("邓锋");
    // alone and without the organisation that would vouch for it, the ambiguous name stays out
    expect(people(ex(["邓锋这个名字很常见。"]))).not.toContain("邓锋");
  });

  it("reads a list of names with no known person in it (three items, or two with notes)", () => {
    expect(people(ex(["物质科学奖：薛其明(2016年)、潘建华(2017年)、马大为、周其林、冯小东(2018年)。"]))).toEqual(
      expect.arrayContaining(["薛其明", "潘建华", "马大为", "周其林", "冯小东"]),
    );
    expect(people(ex(["数学奖：许晨东(2017年)、林本松(2018年)。"]))).toEqual(expect.arrayContaining(["许晨东", "林本松"]));
  });

  it("does not read lists of companies, places or two bare items as people", () => {
    expect(people(ex(["华为、小米、OPPO都发布了新机。"]))).toEqual([]);
    expect(people(ex(["王府井、金融街、西单都很热闹。"]))).toEqual([]);
    expect(people(ex(["他去过张家、李家。"]))).toEqual([]);
  });

  it("does not take a person's name that is part of a place or prize (乔布斯剧院, 杨振宁讲座教授)", () => {
    expect(people(ex(["苹果在乔布斯剧院举办秋季发布会。"]))).toEqual([]);
    expect(people(ex(["乔布斯说，设计就是产品的灵魂。"]))).toEqual(["Steve Jobs"]);
  });
});

describe("Latin names and roles in headings", () => {
  it("reads a Latin name after a title and a colon that ends the line", () => {
    const r = ex(["AMUNDI副首席投资官：Vincent Mortier", "估值确实过高。"]);
    const p = r.people.find((x) => x.name === "Vincent Mortier");
    expect(p?.roles).toContainEqual(expect.objectContaining({ organisation: "AMUNDI", title: "副首席投资官" }));
  });

  it("does not read a colon's Latin word that runs on into the sentence as a heading name", () => {
    expect(people(ex(["首席投资官：Rick称泡沫并不存在，收益率会走低。"]))).toEqual([]);
  });

  it("skips a stock quote between the organisation and the title, and keeps it out of the title", () => {
    const r = ex(["PIMCO(0, 0.00, 0.00%)首席投资官：Dan Ivascyn", "不是传统意义上的泡沫。"]);
    const p = r.people.find((x) => x.name === "Dan Ivascyn");
    expect(p?.roles).toEqual([expect.objectContaining({ organisation: "PIMCO", title: "首席投资官" })]);
  });
});

describe("organisations without the gazetteer", () => {
  it("takes a jurisdiction's association as a named body of kind association", () => {
    const r = ex(["中国智能语音行业协会副理事长魏少文表示，产业要自强。"]);
    const body = r.companies.find((c) => c.name === "中国智能语音行业协会");
    expect(body?.kind).toBe("association");
    expect(people(r)).toContain("魏少文");
  });

  it("still treats a generic stem without a jurisdiction as a description (国家重点实验室)", () => {
    expect(companies(ex(["国家重点实验室主任张明远表示，算力是关键。"]))).not.toContain("国家重点实验室");
  });

  it("takes suffixed names in apposition or joined to another organisation", () => {
    const r = ex(["杭州的两家数据公司——星图科技和云蝎科技相关负责人被带走调查，随后头部平台同舟科技被传出解散部门。"]);
    expect(companies(r)).toEqual(expect.arrayContaining(["星图科技", "云蝎科技", "同舟科技"]));
  });

  it("does not take a phrase joined by 和 to a non-organisation (资产报酬率和投入资本回报率)", () => {
    expect(companies(ex(["资产报酬率和投入资本回报率均下滑。"]))).toEqual([]);
  });

  it("reads a listed company from its code, cut to the reading the article uses again", () => {
    const r = ex(["投资者纷纷甩卖远山啤酒(600999，收盘价72.95元)。", "远山啤酒昨日复牌。"]);
    expect(companies(r)).toContain("远山啤酒");
    expect(companies(r)).not.toContain("甩卖远山啤酒");
    expect(companies(ex(["星河智能（688999.SH）股价大涨。"]))).toContain("星河智能");
  });

  it("reads a registered legal name from its start, without a verb or a bracketed place before it", () => {
    expect(companies(ex(["由中山市远山家电制造有限公司生产的一款电磁炉不合格。"]))).toContain("中山市远山家电制造有限公司");
    expect(companies(ex(["苹果公司设立(英国)星河申请发展有限公司，起诉对方。"]))).toContain("星河申请发展有限公司");
    expect(companies(ex(["原告起诉被告远山科技（深圳）有限公司侵权。"]))).toEqual(["远山科技(深圳)有限公司"]);
    // a known company's legal name is that company, not a second one
    expect(companies(ex(["摩尔线程智能科技(北京)股份有限公司今日上市。"]))).toEqual(["摩尔线程"]);
  });

  it("reads a company speaking through 「X方面」, and folds it into the longer name the article uses", () => {
    expect(companies(ex(["远山电商方面表示，将继续推进合作。"]))).toContain("远山电商");
    expect(companies(ex(["警方方面表示，案件仍在调查。"]))).toEqual([]);
    const r = ex(["星图集团（00960.HK）公布业绩。", "星图方面回应称，已与业主达成谅解。"]);
    expect(companies(r)).toContain("星图集团");
    expect(companies(r)).not.toContain("星图");
  });

  it("decides an ambiguous organisation by a listing code or a Latin model name after it", () => {
    expect(companies(ex(["寒武纪（688256.SH）股价大涨。"]))).toContain("寒武纪");
    expect(companies(ex(["三星 Galaxy S20 系列手机正式发布。"]))).toContain("三星");
    expect(companies(ex(["夜空中的三星很亮。"]))).not.toContain("三星");
  });
});
