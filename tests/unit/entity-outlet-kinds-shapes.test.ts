/**
 * Shapes of the blind batch blind-12-11a (news from other kinds of outlet: a broker's note, a zone's
 * 招商 item, a hospital and lab item, an earnings summary, a conference): a report issued on a
 * month and day (X证券12月10日发布), a broker's picks and a customer list joined by 和/与, a
 * hospital's department before a title, a city + industry partner, brands a company is compared
 * with, a name ending before 围绕, a verb taking a company's figures (，实现营收…). Names are made up
 * so the rules, not the gazetteer, find them; each shape keeps a case that must stay unfound.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const ex = (paragraphs: string[], title = "") => extractEntities({ title, paragraphs });
const companies = (text: string) => ex([text]).companies.map((c) => c.name);

describe("a suffixed name that publishes on a month and day", () => {
  it("X证券12月10日发布研究报告", () => {
    expect(companies("澜石证券12月10日发布研究报告称，订单能见度延伸。")).toContain("澜石证券");
  });
  it("资本 opening a compound stays out (资本开支12月…)", () => {
    expect(companies("海外云厂商资本开支12月10日公布后继续上修。")).toEqual([]);
  });
});

describe("two names joined by 和/与 after a head that says what they are", () => {
  it("a broker's picks and a customer list", () => {
    expect(companies("液冷环节则重点推荐澜科维与申岭环境。")).toEqual(expect.arrayContaining(["澜科维", "申岭环境"]));
    expect(companies("公司专注制造业小模型，客户包括西岭子和博川。")).toEqual(expect.arrayContaining(["西岭子", "博川"]));
  });
  it("not sectors, kinds or two people", () => {
    expect(companies("重点推荐光模块与液冷。")).toEqual([]);
    expect(companies("公司客户包括银行和券商。")).toEqual([]);
    expect(companies("公司客户包括张伟和李娜。")).toEqual([]);
    expect(companies("主要客户包括互联网企业和运营商。")).toEqual([]);
    expect(companies("第二，重点关注电池类型和安全认证。")).toEqual([]);
  });
});

describe("a hospital's clinical department between it and the title", () => {
  it("X医院放射科主任Y", () => {
    const r = ex(["已在瑞川医院放射科完成验证。瑞川医院放射科主任贲晓雯在接受采访时表示，模型有用。"]);
    expect(r.companies.map((c) => c.name)).toContain("瑞川医院");
    expect(r.people.find((p) => p.name === "贲晓雯")?.roles[0]?.organisation).toBe("瑞川医院");
  });
  it("not a pointed-at hospital (该医院放射科主任)", () => {
    expect(companies("该医院放射科主任贲晓雯表示，模型有用。")).toEqual([]);
  });
});

describe("a city + industry signing with a party the article names again", () => {
  it("X与上海电气签署", () => {
    const names = companies("大会期间，岚湖数科与上海电气签署了联合实验室协议。岚湖数科CEO喻照临透露，双方将先做试点。");
    expect(names).toContain("上海电气");
  });
  it("not a city and a region", () => {
    expect(companies("大会期间，岚湖数科与上海地区签署了协议。岚湖数科CEO喻照临透露，双方将先做试点。")).not.toContain("上海地区");
  });
});

describe("brands a company is compared with on a measure only companies have", () => {
  it("X的品牌价值超过了A、B和C", () => {
    const names = companies("同期，澜酿的品牌价值超过了轩岭、酩川香槟和人马堂。");
    expect(names).toEqual(expect.arrayContaining(["轩岭", "酩川香槟", "人马堂"]));
  });
  it("not kinds of goods nor times", () => {
    expect(companies("比亚迪的销量超过了燃油车和混动车。")).toEqual(["比亚迪"]);
    expect(companies("今年的销量超过了去年和前年。")).toEqual([]);
  });
});

describe("name and subject boundaries", () => {
  it("a two-character name ends before 围绕", () => {
    const r = ex(["在圆桌环节，启明创投合伙人周志峰和火山引擎总裁谭待围绕商业模式展开讨论。"]);
    expect(r.people.map((p) => p.name)).toContain("谭待");
    expect(r.people.map((p) => p.name)).not.toContain("谭待围");
  });
  it("a verb taking a company's figures opens no subject (，实现营收…)", () => {
    const r = ex(["港股上市公司云岫科技11月28日发布第三季度财报，实现营收18.6亿元。其中，智能体业务首次实现单季盈利。"], "云岫科技营收增长 大模型业务首次实现盈利");
    expect(r.companies.map((c) => c.name)).not.toContain("实现");
  });
});

describe("a short subject that files or acts, led by a country's name or a union of states", () => {
  it("中国X发布公告称 (a listed company's filing, once is enough)", () => {
    expect(companies("25日晚间，中国华期发布公告称，预计不能按时提交回复。")).toContain("中国华期");
  });
  it("a union of states acting, named three times, is an organisation", () => {
    expect(companies("9月25日，联合国发布了一份报告。联合国称，城市竞争力分化。联合国还表示，将继续跟踪。")).toContain("联合国");
  });
  it("a country with a kind or a market after it is none", () => {
    expect(companies("同日，中国企业发布公告称，出口承压。")).toEqual([]);
    expect(companies("当天，中国市场发布公告称，交易平稳。")).toEqual([]);
  });
});

describe("a transliterated name without its dot, glossed in Latin after a title", () => {
  const people = (text: string) => ex([text]).people.map((p) => p.name);
  it("首相X(First Last) / 主席X（First Last）", () => {
    expect(people("周三(25日)英国首相约森逊(Boris Jonsen)被迫提前结束了行程。")).toContain("约森逊");
    expect(people("联储主席鲍威林（Jerome Powlin）表示，将放缓降息。")).toContain("鲍威林");
  });
  it("not an organisation glossed after a title, nor a product", () => {
    expect(people("猎头公司合伙人光辉国际（Korn Ferry）表示。")).toEqual([]);
    expect(people("据负责人介绍，新功能深度研究（Deep Research）已上线。")).toEqual([]);
  });
});

describe("a stock named after a head only stocks have, then a date, a move or a filing", () => {
  it("概念股X9月12日至…股价下跌", () => {
    expect(companies("行业龙头概念股澜纬锂能9月12日至9月25日股价下跌近三成。")).toContain("澜纬锂能");
  });
  it("not the market's move after the head", () => {
    expect(companies("尾盘部分个股却直线拉升5月以来的跌幅收窄。")).toEqual([]);
    expect(companies("板块内个股涨幅超过12日的高点。")).toEqual([]);
  });
});
