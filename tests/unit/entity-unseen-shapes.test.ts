/**
 * Shapes of Chinese news that name people and companies the gazetteer has never seen (issue 15):
 * role nouns that introduce a name without giving a job (原告X, 学生X, 插画师X), less common
 * speech verbs (强调, 直言, 告诉记者, 向记者表示), 「X等人」, and short company names that open
 * business clauses and recur (途游发布…). Each shape has a case that must stay unfound. Names are
 * made up so the rules, not the gazetteer, find them.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";
import type { EntityInput } from "@/lib/ingest/entities/types";

const ex = (paragraphs: string[], extra: Partial<EntityInput> = {}) => extractEntities({ title: "", paragraphs, ...extra });
const people = (r: ReturnType<typeof ex>) => r.people.filter((p) => !p.author).map((p) => p.name);
const companies = (r: ReturnType<typeof ex>) => r.companies.map((c) => c.name);

describe("role nouns introduce a person but give no role", () => {
  it.each([
    ["原告陈立新认为，被告未经许可使用其作品训练模型。", "陈立新"],
    ["学生李佳怡告诉记者，她每天都用AI写作业。", "李佳怡"],
    ["被告方代理律师濮文涛称，训练数据来源合法。", "濮文涛"],
  ])("%s", (text, name) => {
    const r = ex([text]);
    expect(people(r)).toContain(name);
    expect(r.people.find((p) => p.name === name)?.roles ?? []).toEqual([]);
  });

  it("needs a verb or a second sighting after a role noun (学生李佳怡 alone is not enough)", () => {
    expect(people(ex(["活动吸引了学生李佳怡参与体验。"]))).toEqual([]);
  });

  it("reads a listed name after an occupation without taking the occupation's last character (插画师|冼佳)", () => {
    const names = people(ex(["庭审当天，插画师冼佳、骆一鸣等人到场旁听。"]));
    expect(names).toEqual(expect.arrayContaining(["冼佳", "骆一鸣"]));
    expect(names).not.toContain("师冼佳");
  });

  it("does not read a verb after 人士 as a rare-surname name (行业人士分析认为)", () => {
    expect(people(ex(["有行业人士分析认为，这次调整说明公司正在收缩。"]))).toEqual([]);
  });
});

describe("less common speech verbs and 「X等人」 make a name a mention", () => {
  it.each([
    ["何晓东告诉记者，该产品下个月上线。", "何晓东"],
    ["孙一鸣向记者表示，公司今年将加大研发投入。", "孙一鸣"],
    ["胡振宇强调，安全是大模型落地的前提。", "胡振宇"],
    ["贾亦凡直言，开源模型的商业化仍然困难。", "贾亦凡"],
    ["陈明远等人联合创办了这家公司。", "陈明远"],
  ])("%s", (text, name) => {
    expect(people(ex([text]))).toContain(name);
  });

  it("does not read a common word before those verbs as a name (文件强调, 其中等人)", () => {
    expect(people(ex(["文件强调，要加强人工智能安全治理。", "会议直言不讳地指出了问题。"]))).toEqual([]);
  });
});

describe("short company names that open business clauses and recur", () => {
  it("finds a two-character name that announces and is named again", () => {
    const r = ex(["近日，途游发布第三季度财报，营收同比增长。", "途游此前已宣布关闭部分门店。"]);
    expect(companies(r)).toContain("途游");
  });

  it("lists a name seen only once as a subject for review, not as a mention", () => {
    const r = ex(["途游宣布关闭部分门店。", "途游的用户主要集中在一线城市。"]);
    expect(companies(r)).not.toContain("途游");
    expect(r.discovered.some((d) => d.name === "途游" && d.confidence < 0.7)).toBe(true);
  });

  it.each([
    ["官方发布的数据显示行业增速放缓。官方发布了新规。"],
    ["今年推出的功能很多。今年推出的产品也很多。"],
    ["两家公司宣布合作。两家公司宣布将共建实验室。"],
    ["美国宣布新的出口管制。美国宣布将限制芯片出口。"],
    ["系列手机推出后销量不错。系列手机推出三年了。"],
  ])("never takes a time, pronoun, place or thing as a company: %s", (text) => {
    expect(companies(ex([text]))).toEqual([]);
  });

  it("leaves a person who announces to the person rules (张振华宣布…)", () => {
    const r = ex(["张振华宣布辞去职务。张振华宣布将创业。"]);
    expect(companies(r)).toEqual([]);
  });
});

describe("a name ending in a brand-only suffix that opens a clause (…，富驰高科算了一笔账)", () => {
  it("is a mention", () => {
    expect(companies(ex(["在工业领域，锦川高科算了一笔账，效率提高了二十倍。"]))).toContain("锦川高科");
  });

  it("a field word with a common suffix at a clause start stays for review (…，农业科技发展迅速)", () => {
    const r = ex(["近年来，农业科技发展迅速。"]);
    expect(companies(r)).not.toContain("农业科技");
  });
});

describe("foreign names written in Han characters with the middle dot", () => {
  it.each([
    ["劳拉·G·夸特拉表示，公司将出售部分专利。", "劳拉·G·夸特拉"],
    ["买买提·艾力告诉记者，他在乌鲁木齐开了一家AI公司。", "买买提·艾力"],
    ["星图机器人首席执行官奥列格·彼得罗夫称，产品将于明年量产。", "奥列格·彼得罗夫"],
  ])("%s", (text, name) => {
    expect(people(ex([text]))).toContain(name);
  });

  it("a dotted title or brand with no speech verb or title is no person (《哈利·波特》, 梅赛德斯·奔驰发布)", () => {
    expect(people(ex(["《哈利·波特》系列电影将被改编。", "梅赛德斯·奔驰发布了新车。"]))).toEqual([]);
  });
});

describe("Latin names with a Han organisation suffix", () => {
  it("reads the whole name in running text (XYZ创投领投, MNQ资本跟投)", () => {
    expect(companies(ex(["据悉，本轮融资由XYZ创投领投，MNQ资本跟投。"]))).toEqual(expect.arrayContaining(["XYZ创投", "MNQ资本"]));
  });

  it("reads it before a title, past a lead-in (投资方|KDR资本集团的合伙人)", () => {
    const r = ex(["投资方KDR资本集团的合伙人Ashok Kumar认为，这次合作意义不大。"]);
    expect(companies(r)).toContain("KDR资本集团");
    expect(r.people.find((p) => p.name === "Ashok Kumar")?.roles.map((x) => x.organisation)).toEqual(["KDR资本集团"]);
  });

  it("a generic Latin word is no name (AI集团, CEO集团)", () => {
    expect(companies(ex(["多家AI集团都在布局。这家CEO集团化管理的公司也在观望。"]))).toEqual([]);
  });
});

describe("a funding round names a company once, and 公司CTO points back to it", () => {
  it("finds the company and gives the pointer's role to it", () => {
    const r = ex(["深蓝智行于近日完成B轮融资。公司CTO吴建平表示，资金将用于研发。"]);
    expect(companies(r)).toContain("深蓝智行");
    expect(r.people.find((p) => p.name === "吴建平")?.roles).toEqual([expect.objectContaining({ organisation: "深蓝智行", title: "CTO" })]);
  });

  it("cuts a date before the name (2018年3月|小电宣布完成…融资)", () => {
    const names = companies(ex(["2018年3月灵电宣布完成数亿元B+轮融资。"]));
    expect(names).toContain("灵电");
    expect(names).not.toContain("灵电宣布");
  });

  it("a time or pronoun that closes a round is no company (去年完成A轮融资后)", () => {
    expect(companies(ex(["去年完成A轮融资后，公司开始扩张。"]))).toEqual([]);
  });
});

describe("subsidiaries named after the head noun, without their parent", () => {
  it.each([
    ["其全资子公司星河数智宣布，将推出面向制造业的大模型。", ["星河数智"]],
    ["该公司旗下子公司云图智能负责算法研发。", ["云图智能"]],
    ["华策影视控股子公司华策云境在发布会上展示了AI短剧。", ["华策云境", "华策影视"]],
  ])("%s", (text, names) => {
    expect(companies(ex([text]))).toEqual(expect.arrayContaining(names));
  });

  it.each([["子公司的营收增长明显。"], ["其全资子公司将在年内上市。"], ["多家子公司已经完成整合。"]])("a head noun with no name after it finds nothing: %s", (text) => {
    expect(companies(ex([text]))).toEqual([]);
  });
});

describe("a branch by place after a known organisation is its own unit", () => {
  it("names the branch, not the parent (农业银行 + 宜昌分行, 人民银行 + 宜昌市中心支行)", () => {
    const names = companies(ex(["活动由中国人民银行宜昌市中心支行主办，中国农业银行宜昌分行承办。"]));
    expect(names).toEqual(expect.arrayContaining(["中国人民银行宜昌市中心支行", "中国农业银行宜昌分行"]));
    expect(names).not.toContain("农业银行");
  });

  it("does not read a clause after the organisation as a place (农业银行在分行…)", () => {
    expect(companies(ex(["中国农业银行在各分行推出了新的大模型客服。"]))).not.toContain("中国农业银行在各分行");
  });
});

describe("titles of envoys and assistants, and surnames of the national top-100 list", () => {
  it("reads a name after 副总领事 when a speech verb follows", () => {
    expect(people(ex(["中国驻汉堡总领馆副总领事罗振宁在致辞中说，双方合作潜力很大。"]))).toContain("罗振宁");
  });

  it("takes 洪 as a surname after an organisation and a title", () => {
    const r = ex(["会上，中国人工智能产业发展联盟秘书长洪立新强调，要加快标准建设。"]);
    expect(people(r)).toContain("洪立新");
  });
});

describe("companies heading the entries of an announcement digest", () => {
  it("reads each 「X药业：」「X股份：」 entry when a paragraph holds two or more", () => {
    const names = companies(ex(["晚间公告速览，华森药业：拟5000万元投资建设新厂。鼎立股份：中标数据中心项目。"]));
    expect(names).toEqual(expect.arrayContaining(["华森药业", "鼎立股份"]));
  });

  it("needs two entries in a paragraph: one colon heading may be a topic (人工智能：…)", () => {
    expect(companies(ex(["鼎立股份：中标数据中心项目，金额未披露。"]))).not.toContain("鼎立股份");
  });
});

describe("an outlet in 【】 heading a digest item is the item's source", () => {
  it("does not count 【第一财经】 as a company the article discusses", () => {
    const cited = companies(ex(["【第一财经】财政部：金融企业拨备覆盖率超过监管要求两倍视为存在隐藏利润倾向"]));
    expect(cited).not.toContain("第一财经");
    expect(cited).toContain("财政部");
  });
});

describe("public bodies by place: departments, offices, zone committees and consulates", () => {
  it.each([
    ["推介会上，河北省商务厅作了推介。", "河北省商务厅"],
    ["活动由岳阳市互联网信息办公室主办。", "岳阳市互联网信息办公室"],
    ["会上，浙江自贸试验区管委会介绍了招商政策。", "浙江自贸试验区管委会"],
    ["中国驻慕尼黑总领馆参赞何立群在致辞中说，双方合作潜力很大。", "中国驻慕尼黑总领馆"],
    ["晚会由湖南卫视直播，吸引了大批观众。", "湖南卫视"],
  ])("%s", (text, name) => {
    expect(companies(ex([text]))).toContain(name);
  });

  it("takes no room for a department (北京市大厅, 上海市餐厅)", () => {
    expect(companies(ex(["北京市大厅里很热闹，上海市餐厅也坐满了人。"]))).toEqual([]);
  });
});

describe("a discovered company with its seat before it is the same company", () => {
  it("folds 杭州云栈科技 into 云栈科技 when the article names both", () => {
    const names = companies(ex(["由杭州云栈科技主办的论坛今天举行。", "云栈科技发布了新版产品，云栈科技副总裁罗晓峰主持。"]));
    expect(names).toContain("云栈科技");
    expect(names).not.toContain("杭州云栈科技");
  });
});

describe("shapes of general finance and science news (dev texts, 2026-12-05)", () => {
  const ex2 = (paragraphs: string[]) => extractEntities({ title: "", paragraphs });
  const names = (r: ReturnType<typeof ex2>, k: "companies" | "people") => r[k].map((x) => x.name);

  it("reads a transliterated name joined by a hyphen when the Latin name follows in brackets", () => {
    const r = ex2(["澄岭评级公司执行总裁爱德华-帕克（Edward Parker）表示：违约不可避免。"]);
    expect(names(r, "people")).toContain("爱德华-帕克");
    expect(names(ex2(["中美-东盟合作论坛今天开幕。"]), "people")).toEqual([]);
  });

  it("ends a company before the department its officer heads, after a description of it", () => {
    const r = ex2(["另一大评级机构汇屿评级公司欧洲主权评级部门负责人莫里茨-克拉默（Moritz Kraemer）指出，违约将至。"]);
    expect(names(r, "companies")).toContain("汇屿评级公司");
    expect(r.people.find((p) => p.name === "莫里茨-克拉默")?.roles.map((x) => x.organisation)).toEqual(["汇屿评级公司"]);
  });

  it("drops a company whose channel only opens a paragraph with its dateline (X财经讯)", () => {
    expect(names(ex2(["腾讯财经讯 北京时间1月17日晚间消息，汇屿科技本周二表示将扩产。"]), "companies")).not.toContain("腾讯");
    expect(names(ex2(["腾讯今日发布财报，利润增长。"]), "companies")).toContain("腾讯");
  });

  it("reads a name with a form of address before the verb, also right after its institution", () => {
    expect(names(ex2(["据项目负责人厦门大学夏宁邵教授透露，疫苗研制取得进展。"]), "people")).toContain("夏宁邵");
    expect(names(ex2(["京东商城介绍页面称，服务免收配送费用。"]), "people")).toEqual([]);
  });

  it("reads a world body (世界卫生组织), not a kind of group or 组织 as a verb", () => {
    expect(names(ex2(["据世界卫生组织估计，全球三分之一的人口曾感染。"]), "companies")).toContain("世界卫生组织");
    expect(names(ex2(["他们将与各类国际公益组织合作。"]), "companies")).toEqual([]);
    expect(names(ex2(["中国海上搜救中心迅速组织救援。"]), "companies")).not.toContain("中国海上搜救中心迅速组织");
  });

  it("reads no weekday as a person (标普周一表示)", () => {
    expect(names(ex2(["穆迪周一表示，评级展望稳定。周一，市场反应平淡。"]), "people")).toEqual([]);
  });

  it("drops a reporter's call before a company's legal name (记者上午连线X有限责任公司)", () => {
    const r = ex2(["记者上午连线汇屿通用航空有限责任公司，该公司负责人王启明介绍了情况。"]);
    expect(names(r, "companies")).toContain("汇屿通用航空有限责任公司");
    expect(names(r, "companies").some((n) => n.startsWith("记者"))).toBe(false);
  });
});

describe("a country's government, central bank and ministries", () => {
  const ex3 = (paragraphs: string[]) => extractEntities({ title: "", paragraphs }).companies.map((c) => c.name);
  it.each([
    ["希腊政府最终将出现债务违约。", "希腊政府"],
    ["日本央行宣布维持利率不变。", "日本央行"],
    ["美国政府限制英伟达芯片出口。", "美国政府"],
  ])("%s → %s", (text, name) => {
    expect(ex3([text])).toContain(name);
  });
  it("reads no body in 地方政府 or 美国大学", () => {
    expect(ex3(["地方政府加大投入，美国大学也在跟进。"])).toEqual([]);
  });
});
