/**
 * Organisations named by a sentence's shape, not a suffix or the gazetteer (issue 15): a clause
 * that introduces a company, a name in apposition before its people's title, stock names in
 * market news, district courts and police, jurisdiction institutes in either script, and a
 * company's line of business as a subsidiary linked to the parent. Names are made up (or absent
 * from the gazetteer) so the rules, not the curated list, have to find them; each shape has a
 * near miss that must stay unfound.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const ex = (paragraphs: string[], title = "") => extractEntities({ title, paragraphs });
const companyNames = (r: ReturnType<typeof ex>) => r.companies.map((c) => c.name);

describe("a clause that introduces a company names it", () => {
  it.each([
    ["青禾数智成立于2021年，总部位于杭州。", "青禾数智"],
    ["墨衡是一家专注于工业质检大模型的初创公司。", "墨衡"],
    ["云屿这家公司成立不到三年，客户已遍布全国。", "云屿"],
    ["招股书显示，澄观科技由前百度工程师创立。", "澄观科技"],
    ["星屿优品在今年4月发布的年度财务报告显示，营收下降。", "星屿优品"],
    ["青山观察是个什么组织？", "青山观察"],
  ])("%s → %s", (text, name) => {
    expect(companyNames(ex([text]))).toContain(name);
  });

  it("a person who is one company's founder is no company (张伟是一家科技公司的创始人)", () => {
    expect(companyNames(ex(["张伟是一家科技公司的创始人。"]))).toEqual([]);
  });

  it("a prize or an event introduced the same way is no company", () => {
    expect(companyNames(ex(["星河科学奖成立于2016年，由多位科学家发起。"]))).toEqual([]);
  });

  it("a person who publishes a report is no company (张伟在去年发布的报告中指出)", () => {
    expect(companyNames(ex(["张伟在去年发布的报告中指出问题。", "这是一个开放的组织。"]))).toEqual([]);
  });

  it("a time word or pointer opening the clause is no name (该公司成立于2020年)", () => {
    expect(companyNames(ex(["该公司成立于2020年。", "目前是一家上市公司。"]))).toEqual([]);
  });
});

describe("a name set after a modified noun head, before its people's title", () => {
  it("企业服务公司数栈智能的创始人 → 数栈智能", () => {
    expect(companyNames(ex(["黎明远是企业服务公司栈桥数智的创始人，此前做了十年软件。"]))).toContain("栈桥数智");
  });

  it("a title's own words are not the name (某云厂商首席架构师, 公司研究部执行总经理)", () => {
    const names = companyNames(ex(["某云厂商首席架构师王清华表示，部署前应先评估。", "华鼎公司研究部执行总经理于海认为，价格战将加速出清。"]));
    expect(names).not.toContain("首席");
    expect(names).not.toContain("研究部执行");
  });
});

describe("stock names where the article is about the market", () => {
  it("X股份, a share-class letter and a listed item of 等个股 are companies", () => {
    const names = companyNames(ex(["今日两市震荡，禾丰股份、鹤城股份等个股涨停，粤宏电A收涨3%。", "午后，丰岭高科、青岚药业等个股大涨。"]));
    expect(names).toEqual(expect.arrayContaining(["禾丰股份", "鹤城股份", "粤宏电A", "丰岭高科", "青岚药业"]));
  });

  it("X涨停 names the stock, but a market word before 涨停 does not (板块涨停, 拖累股价)", () => {
    const names = companyNames(ex(["收盘时，岚山药业涨停，板块涨停家数增加。", "投资者抛售股票，拖累股价下跌。"]));
    expect(names).toContain("岚山药业");
    expect(names).not.toContain("板块");
    expect(names).not.toContain("拖累");
  });

  it("outside market news, 股份 is shares, not a name", () => {
    expect(companyNames(ex(["他持有的部分股份已经转让，公司表示知情。"]))).toEqual([]);
  });
});

describe("courts and police named by their district", () => {
  it("朝阳法院, 通州分局 and 海淀区人民法院 are named bodies", () => {
    const names = companyNames(ex(["原告向朝阳法院提起诉讼，通州分局已立案。", "此案由海淀区人民法院审理。"]));
    expect(names).toEqual(expect.arrayContaining(["朝阳法院", "通州分局", "海淀区人民法院"]));
  });

  it("a kind of court is no name (基层法院, 二审法院, 移送人民检察院)", () => {
    expect(companyNames(ex(["案件已移送人民检察院，基层法院和二审法院的判决不同。"]))).toEqual([]);
  });
});

describe("institutions under a jurisdiction, in either script", () => {
  it.each([
    ["據香港浸會大學介紹，合作將持續。", "香港浸会大学"],
    ["中國中醫科學院發布報告。", "中国中医科学院"],
    ["中国社会科学院发布了蓝皮书。", "中国社会科学院"],
  ])("%s → %s", (text, name) => {
    expect(companyNames(ex([text]))).toContain(name);
  });

  it("会 as the auxiliary verb still ends a run (北京会在明年举办大学生运动会)", () => {
    expect(companyNames(ex(["北京会在明年举办大学生运动会。"]))).toEqual([]);
  });

  it("a generic short form (下称“协会”) names nothing and the full name stays", () => {
    const names = companyNames(ex(["按照中国城轨交通协会（下称“协会”）的说法，线路增长放缓。", "协会公布的数据显示，客流下降。"]));
    expect(names).toEqual(["中国城轨交通协会"]);
  });
});

describe("a company's line of business is a subsidiary linked to the parent", () => {
  it("讯飞医疗 with its chairman is its own entity under 科大讯飞", () => {
    const r = ex(["科大讯飞副总裁、讯飞医疗董事长陶晓东透露，讯飞医疗的诊疗助手已覆盖600个区县。"]);
    const unit = r.companies.find((c) => c.name === "讯飞医疗");
    expect(unit?.parent).toBe("科大讯飞");
    expect(companyNames(r)).toContain("科大讯飞");
    expect(r.people.find((p) => p.name === "陶晓东")?.roles.map((x) => x.organisation)).toContain("讯飞医疗");
  });

  it("a product kind after the company is what it makes, not a unit (华为芯片)", () => {
    expect(companyNames(ex(["华为芯片发布后，华为宣布扩产。"]))).not.toContain("华为芯片");
  });
});

describe("words after a noun head that name nothing", () => {
  it("a verb after 平台 is what someone did there (在投资者互动平台回复称)", () => {
    expect(companyNames(ex(["丰岭高科董秘在投资者互动平台回复称，相关收入占比较低。"]))).not.toContain("回复称");
  });

  it("a field before 公司 is a kind of company (AI制药公司), even when the field recurs", () => {
    expect(companyNames(ex(["AI制药赛道升温，AI制药公司需要用临床数据证明价值。"]))).not.toContain("制药");
  });
});

describe("a presiding judge is introduced by the title", () => {
  it("审判长X在庭后表示 → X", () => {
    const r = ex(["该案由北京互联网法院审理，审判长祁岚在庭后表示，人的智力投入是关键。"]);
    expect(r.people.map((p) => p.name)).toContain("祁岚");
    expect(companyNames(r)).toContain("北京互联网法院");
  });
});

describe("Latin names with initials", () => {
  it.each([
    ["OpenAI首席执行官J. Smith表示，模型会更便宜。", "J. Smith"],
    ["微软总裁John D. Rivers说，合作会继续。", "John D. Rivers"],
  ])("%s → %s", (text, name) => {
    expect(ex([text]).people.map((p) => p.name)).toContain(name);
  });
});

describe("word hits (the scan the many-way patterns became)", () => {
  it("finds words left to right, without overlap, the earlier word of the set winning at a position", async () => {
    const { wordHits, wordTable } = await import("@/lib/ingest/entities/word-hits");
    const table = wordTable(["表示", "表", "示范", "说"]);
    expect(wordHits("他表示说示范", table)).toEqual([
      { at: 1, word: "表示" },
      { at: 3, word: "说" },
      { at: 4, word: "示范" },
    ]);
  });
});

describe("公司CTO: a pointer to the company the text speaks of", () => {
  it("links the title to the last company that was a clause's subject", () => {
    const r = ex(["月之暗面今天发布了新模型。", "公司CTO张启明表示，模型已经上线。该公司首席科学家王力认为，数据最重要。"]);
    const roles = (name: string) => r.people.find((p) => p.name === name)?.roles.map((x) => [x.organisation, x.title]);
    expect(roles("张启明")).toEqual([["月之暗面", "CTO"]]);
    expect(roles("王力")).toEqual([["月之暗面", "首席科学家"]]);
  });

  it("a company named as an object is not the one meant (…与月之暗面合作。公司CTO…)", () => {
    const r = ex(["星河团队宣布与月之暗面合作。", "公司CTO张启明表示，模型已经上线。"]);
    expect(r.people.find((p) => p.name === "张启明")?.roles ?? []).toEqual([]);
  });
});

describe("the subject of a partnership, with the verb's words cut off", () => {
  it("星河智能宣布与X合作 → 星河智能", () => {
    expect(companyNames(ex(["星河智能今日宣布与月之暗面达成合作。"]))).toEqual(expect.arrayContaining(["星河智能", "月之暗面"]));
  });

  it("a generic subject stays unnamed (双方宣布与…合作)", () => {
    expect(companyNames(ex(["公司宣布与月之暗面达成合作。"]))).toEqual(["月之暗面"]);
  });
});

describe("containsAny", () => {
  it("says whether any word of the set occurs", async () => {
    const { containsAny, wordTable } = await import("@/lib/ingest/entities/word-hits");
    expect(containsAny("今日个股普涨", wordTable(["涨停", "个股"]))).toBe(true);
    expect(containsAny("今日个人普涨", wordTable(["涨停", "个股"]))).toBe(false);
  });
});

describe("a name in apposition through 之一的, and a school before its head's title", () => {
  it("reads 企业之一的 + a suffixed name as that company (全球最大女鞋生产企业之一的X集团)", () => {
    expect(companyNames(ex(["在全球最大女鞋生产企业之一的澄岭集团东莞总部，一位工人告诉笔者，每天工作10小时。"]))).toContain("澄岭集团");
  });

  it("does not read a generic stem after 之一的 as a company (企业之一的数字科技)", () => {
    expect(companyNames(ex(["作为国内领先企业之一的数字科技板块，今年增长很快。"]))).toEqual([]);
  });

  it("reads a place + middle + 学校 before 校长 as a school, with the head's role", () => {
    const r = ex(["主抓当地企业家培训的东莞市汇屿职业学校校长蔺晓川说，未来虽难，但一定会有出路。"]);
    expect(companyNames(r)).toContain("东莞市汇屿职业学校");
    expect(r.people.find((p) => p.name === "蔺晓川")?.roles.map((x) => x.title)).toEqual(["校长"]);
  });

  it("still reads 大学校园 as no school name continuing (北京大学校园)", () => {
    expect(companyNames(ex(["记者走进浙西大学校园，看到学生们正在排队。"]))).not.toContain("浙西大学校");
  });
});

describe("companies introduced by naming, ranking, a parent, or a legal name", () => {
  it("reads 一家名为X的初创公司 as a company", () => {
    expect(companyNames(ex(["一家名为澄岭的初创公司近日发布了首款AI眼镜。"]))).toContain("澄岭");
  });

  it("does not read a person called so (这个叫孟晓川的孩子)", () => {
    expect(companyNames(ex(["这个叫孟晓川的孩子很聪明。"]))).toEqual([]);
  });

  it("reads X是国内领先的…公司, and 其CEO points back to X, not to a university later in the sentence", () => {
    const r = ex(["远帆科技是国内领先的AI芯片设计公司，其CEO孟晓川毕业于清华大学。"]);
    expect(companyNames(r)).toContain("远帆科技");
    expect(r.people.find((p) => p.name === "孟晓川")?.roles.map((x) => x.organisation)).toEqual(["远帆科技"]);
  });

  it("never reads a bare legal tail as a name (汇屿(北京)科技有限公司 → not 科技有限公司)", () => {
    const names = companyNames(ex(["据天眼查信息，汇屿（北京）科技有限公司成立于2023年。"]));
    expect(names).not.toContain("科技有限公司");
    expect(names.some((n) => n.startsWith("汇屿"))).toBe(true);
  });

  it("reads the company after 母公司 (X母公司Y宣布…)", () => {
    expect(companyNames(ex(["澄岭智能母公司汇屿集团宣布将总部迁至新加坡。"]))).toContain("汇屿集团");
  });
});

describe("智能 and 软件 end a name only where a head, a verb or an owner says so (blind-12-06a)", () => {
  it.each([
    ["12月4日，大模型创业公司衡川智能宣布一系列人事任命。", "衡川智能"],
    ["2023年，两人共同创办了衡川智能。", "衡川智能"],
    ["作为墨山软件旗下的公司，它今年增长很快。", "墨山软件"],
    ["公司今年还与华为、青麒软件在操作系统上展开合作。", "青麒软件"],
  ])("%s → %s", (text, name) => {
    expect(companyNames(ex([text]))).toContain(name);
  });

  it.each([
    ["他已于近日加入具身智能公司，担任CTO。"],
    ["对中小企业购买智能算力服务给予补贴。"],
    ["另外，公司还帮客户智能关联催收公司。"],
    ["不同平台下客户端软件的接口策略有差异。"],
    ["他将加入一家具身智能创业公司。"],
  ])("%s → no company", (text) => {
    expect(companyNames(ex([text]))).toEqual([]);
  });
});

describe("a 、-list whose items carry organisation suffixes, cut where the sentence's verb starts (blind-12-06a)", () => {
  it("reads every item of a list with one known and one suffixed item, the last cut at 已", () => {
    const names = companyNames(ex(["他透露，全川科技、瑞屿微和芯原股份已基于新NPU开发芯片。"]));
    expect(names).toEqual(expect.arrayContaining(["全川科技", "瑞屿微", "芯原股份"]));
  });

  it("reads a list of law firms cut at 分别", () => {
    const names = companyNames(ex(["汉川律师事务所、金屿律师事务所分别担任公司方和投资方法律顾问。"]));
    expect(names).toEqual(expect.arrayContaining(["汉川律师事务所", "金屿律师事务所"]));
  });

  it("does not read a list of fields, nor a list with one suffixed item and no known one", () => {
    expect(companyNames(ex(["人工智能、数字科技已成为新的增长点。"]))).toEqual([]);
    expect(companyNames(ex(["星河科技、云朵和小雨已经出发。"]))).not.toContain("云朵");
  });
});

describe("a firm that advises a deal is an organisation (blind-12-06b)", () => {
  it.each([
    ["本轮由启明创投领投，云屿资本担任独家财务顾问。", "云屿资本"],
    ["此次交易中，青衡资本担任本轮融资的财务顾问。", "青衡资本"],
  ])("%s → %s", (text, name) => {
    expect(companyNames(ex([text]))).toContain(name);
  });
});

describe("a generic Latin word before X公司 makes X a kind of company (blind-12-06b)", () => {
  it("does not read 眼镜 as a company from AI眼镜公司 said twice", () => {
    const names = companyNames(ex(["他加盟AI眼镜创业公司镜川科技，担任CTO。", "这家AI眼镜公司今年完成了两轮融资。"], "联合创始人离职，加盟AI眼镜公司任CTO"));
    expect(names).not.toContain("眼镜");
    expect(names).toContain("镜川科技");
  });
});

describe("a registered name and the name it is built on are one company (blind-12-06b)", () => {
  it("merges 上海X网络科技有限公司 with X when both are found", () => {
    const r = ex(["法院认为，被告上海声川网络科技有限公司未经许可使用原告声音，构成侵权。", "声川网络方面回应称，公司将提起上诉。"]);
    const names = companyNames(r);
    expect(names).toContain("声川网络");
    expect(names).not.toContain("上海声川网络科技有限公司");
    expect(r.companies.find((c) => c.name === "声川网络")?.aliases).toContain("上海声川网络科技有限公司");
  });

  it("keeps two companies when the rest of the registered name is no kind of business", () => {
    const names = companyNames(ex(["被告上海声川文旅发展有限公司未经许可使用原告声音。", "声川方面回应称，公司将提起上诉。"]));
    expect(names).toEqual(expect.arrayContaining(["上海声川文旅发展有限公司", "声川"]));
  });
});

describe("人寿 and 财险 end an insurer's name (blind-12-06b)", () => {
  it("reads an insurer listed after a known broker", () => {
    expect(companyNames(ex(["我们和国泰君安、平川人寿都有合作，后者是我们最大的客户。"]))).toContain("平川人寿");
  });
  it("does not read a counted or pointed-at insurer", () => {
    expect(companyNames(ex(["我们和国泰君安、各家人寿都有合作。"]))).not.toContain("各家人寿");
  });
});
