/**
 * Shapes of the blind batch blind-12-12a (general news: machinery, banks, a university and a state
 * group, a tea brand, a city forum, car parts, e-commerce, biotech): a unit named in full after
 * 旗下的 when its owner carries its brand or a province opens a 集团, a company named as what a deal
 * buys a stake in, and list items ending in a trade (…重工, …乳业) vouching for their list. Names are
 * made up so the rules, not the gazetteer, find them; each shape keeps a case that must stay unfound.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const companies = (text: string) => extractEntities({ title: "", paragraphs: [text] }).companies.map((c) => c.name);

describe("a unit named in full after 旗下的", () => {
  it("its owner right before 旗下 carries its brand", () => {
    expect(companies("另据了解，华辰银行旗下的华辰消费金融公司近期完成增资。")).toContain("华辰消费金融公司");
  });
  it("集团旗下 standing for an owner the article names with the brand", () => {
    expect(companies("川岳集团董事长廖明峰表示，集团旗下的川岳智慧交通公司将作为产业化平台。")).toContain("川岳智慧交通公司");
  });
  it("a province opening a 集团", () => {
    expect(companies("目前控股股东为省国资委旗下的江西省投资集团。")).toContain("江西省投资集团");
  });
  it("not a kind of company, a branch, or a brand its owner does not carry", () => {
    expect(companies("该集团旗下的资产管理公司负责运营。")).toEqual([]);
    expect(companies("据悉，华辰银行旗下的上海分公司负责运营。")).not.toContain("上海分公司");
    expect(companies("华辰银行旗下的南岭物业公司负责运营。")).not.toContain("南岭物业公司");
  });
});

describe("what a deal buys or sells a stake in", () => {
  it("收购X股权, 收购控股子公司X少数股权, X51%股权", () => {
    expect(companies("公司决定申请中止收购远洋星辰物流股权。")).toContain("远洋星辰物流");
    expect(companies("拟1079.6万元收购控股子公司德国凯伦少数股权。")).toContain("德国凯伦");
    expect(companies("公司拟收购星澜智造51%股权。")).toContain("星澜智造");
  });
  it("not the company itself, a pointer or a number of shares", () => {
    expect(companies("公司股东拟减持公司股份。")).toEqual([]);
    expect(companies("拟收购上述公司全部股权。")).toEqual([]);
    expect(companies("大股东增持了1000万股股份。")).toEqual([]);
    expect(companies("拟收购标的资产及其股权。")).toEqual([]);
  });
});

describe("list items ending in a trade vouch for their list", () => {
  it("X重工、Y重科、Z科技 after 与, before the verb", () => {
    expect(companies("省贸促会与华一重工、湘联重科、长沙智远科技签署了合作协议。")).toEqual(expect.arrayContaining(["华一重工", "湘联重科"]));
  });
  it("not kinds of machine", () => {
    expect(companies("现场展出了挖掘机、起重机械、农用机械等产品。")).toEqual([]);
  });
});

describe("a society's short name before an office only a society holds", () => {
  it("X会秘书长Y: the society and the person", () => {
    const r = extractEntities({ title: "", paragraphs: ["车联会秘书长崔明树认为，车企与电池厂商签订长协有利于锁定成本。"] });
    expect(r.companies.map((c) => c.name)).toContain("车联会");
    expect(r.people.map((p) => p.name)).toContain("崔明树");
  });
  it("not a board, a meeting or a clause", () => {
    expect(companies("本届年会秘书长王强表示，会议顺利。")).toEqual([]);
    expect(companies("公司董事会秘书长王强表示，公告无误。")).toEqual([]);
    expect(companies("他说会长王强不在。")).toEqual([]);
  });
});

describe("false names the batch showed", () => {
  it("电子公司 holds no 子公司 (…汽车电子公司，总部位于…)", () => {
    expect(companies("华越汽车电子是一家成立于2016年的汽车电子公司，总部位于温州。")).not.toContain(",总部位");
    expect(companies("华越汽车电子是一家成立于2016年的汽车电子公司，总部位于温州。").every((n) => !n.includes("总部"))).toBe(true);
  });
  it("a known firm's team before a title is no company (中金公司|医药|分析师)", () => {
    expect(companies("中金公司医药分析师邹晓岚表示，海外药企的认可度在提高。")).toEqual(["中金公司"]);
  });
  it("a quoted brand that raised a round, without its quote; a quoted product is no company", () => {
    expect(companies("长沙茶饮品牌“柚青”完成亿元融资")).toEqual(["柚青"]);
    expect(companies("AI编程助手“码行”宣布开放公测。")).toEqual([]);
  });
  it("a title's modifier after 、 is no brand (执行董事、联席|CEO)", () => {
    expect(companies("拼多多集团执行董事、联席CEO赵佳臻在发布会上表示，平台将下调服务费。")).not.toContain("联席");
  });
});

describe("one company under two names in the same article", () => {
  it("a registered name and its short name before a trade (广东X精密机械有限公司 … X精密)", () => {
    expect(companies("会上，南海区政府与广东顺岭精密机械有限公司签署了项目协议。顺岭精密总经理伍伟明表示，项目投产后年产值预计超过30亿元。")).toEqual(["顺岭精密"]);
  });
  it("a department in full and by its short form (X市工业和信息化局 … 市工信局)", () => {
    expect(companies("惠阳市工业和信息化局局长邝启明回应称，市工信局将在明年一季度出台专项政策。")).toEqual(["惠阳市工业和信息化局"]);
  });
});

describe("a Latin name right after a partner's or shareholder's head", () => {
  it("合作伙伴X的…, 大股东X…", () => {
    expect(companies("明年将借助合作伙伴Veloria的销售网络进入欧洲。")).toContain("Veloria");
    expect(companies("公司大股东Prosina减持股份。")).toContain("Prosina");
  });
  it("not an acronym of a kind or two letters", () => {
    expect(companies("股东AI基金入场。")).toEqual([]);
    expect(companies("上游供应商GPU紧缺。")).toEqual([]);
  });
});

describe("suffixed names before 的 or an adverb that goes on with the sentence", () => {
  it("a 、-list's last name before 的 (A银行、B银行的净利润…)", () => {
    expect(companies("此外，江岸农商银行、临湖银行的净利润增速均超过10%。")).toEqual(expect.arrayContaining(["江岸农商银行", "临湖银行"]));
  });
  it("two suffixed names joined by 和 opening a clause (A银行和B银行的…, A重工和B重科均…)", () => {
    expect(companies("与之相比，江岸农商银行和临湖银行的净利润增速均超过10%。")).toEqual(expect.arrayContaining(["江岸农商银行", "临湖银行"]));
    expect(companies("此外，华一重工和湘联重科均已签约。")).toEqual(expect.arrayContaining(["华一重工", "湘联重科"]));
  });
  it("not kinds of bank", () => {
    expect(companies("他说，国有银行和股份制银行的净利润增速均超过10%。")).toEqual([]);
    expect(companies("他说，国有银行、股份制银行的净利润增速均超过10%。")).toEqual([]);
  });
});

describe("来自 an organisation named in full with its suffix", () => {
  it("来自X实验室的Y", () => {
    expect(companies("来自天衡阿尔法实验室的研究员在上午的沙龙环节现场演示了对手机的监控。")).toContain("天衡阿尔法实验室");
  });
  it("not a kind, a place, or a pair", () => {
    expect(companies("来自多家科技公司的专家出席。")).toEqual([]);
    expect(companies("来自早期创业公司的代表出席。")).toEqual([]);
    expect(companies("来自国内外高校和研究院的学者出席。")).toEqual([]);
    expect(companies("来自人工智能研究院的专家出席。")).toEqual([]);
  });
});

describe("a forum with a board of its own", () => {
  it("X论坛理事会 opening a clause, even with a generic stem", () => {
    expect(companies("为什么设奖？远见论坛理事会的轮值主席今天在发言中表示，要支持基础科学。")).toContain("远见论坛");
    expect(companies("青岭论坛理事会今天成立。")).toContain("青岭论坛");
  });
  it("not a forum's own meeting", () => {
    expect(companies("本届论坛秘书长王强表示，会议顺利。")).toEqual([]);
    expect(companies("他说，高峰论坛秘书处设在北京。")).toEqual([]);
  });
});
