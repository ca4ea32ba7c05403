/**
 * Shapes of the twelfth-month blind batches (blind-12-07a/b): a verb standing where a name would
 * after a title, descriptions that introduce a name, posts said far from the name, rare surnames.
 * Names are made up so the rules, not the gazetteer, find them; each shape keeps a case that must
 * stay unfound.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";
import { rareSurnameNameAt } from "@/lib/ingest/entities/names";
import type { EntityInput } from "@/lib/ingest/entities/types";

const ex = (paragraphs: string[], extra: Partial<EntityInput> = {}) => extractEntities({ title: "", paragraphs, ...extra });
const people = (r: ReturnType<typeof ex>) => r.people.filter((p) => !p.author).map((p) => p.name);

describe("a verb after a title that names nobody is no rare-surname name", () => {
  it.each([
    ["由前谷歌研究员创立的初创公司近日完成融资。"],
    ["由两位前字节工程师创办的公司宣布了新产品。"],
  ])("%s", (text) => {
    expect(people(ex([text]))).toEqual([]);
  });
  it("keeps a rare surname before a verb", () => {
    expect(rareSurnameNameAt("创立的公司", 0)).toBeNull();
    expect(rareSurnameNameAt("忻舟将负责新部门", 0)?.name).toBe("忻舟");
  });
});

describe("surnames of the 百家姓 the lists lacked", () => {
  it.each([
    ["公司创始人兼CEO宓子航曾在一家大厂负责代码模型。", "宓子航"],
    ["联合创始人郗文涛表示，公司明年将推出新产品。", "郗文涛"],
  ])("%s", (text, name) => {
    expect(people(ex([text]))).toContain(name);
  });
  it("a weak one (步) still needs more than a clause start", () => {
    expect(people(ex(["步入新阶段后，公司表示将加大投入。"]))).toEqual([]);
  });
});

describe("what 公司 / 该公司 points back to", () => {
  const roleOf = (r: ReturnType<typeof ex>, name: string) => (r.people.find((p) => p.name === name)?.roles ?? []).map((x) => `${x.organisation}/${x.title}`);
  it("skips the outlet the news came through (X从…获悉) and takes a company after its noun head", () => {
    const r = ex(["36氪从多个信源处获悉，具身智能公司岩川机器人的一位联合创始人已于近日离职。", "该公司CTO鲍立新表示，团队运转正常。"], { title: "具身智能公司岩川机器人联合创始人离职" });
    expect(roleOf(r, "鲍立新")).toContain("岩川机器人/CTO");
    expect(roleOf(r, "鲍立新").some((x) => x.startsWith("36氪"))).toBe(false);
  });
  it("skips a round's listed investors (投资方为A和B。该公司…)", () => {
    const r = ex(["法律大模型公司律衡智能宣布完成天使轮融资，投资方为奇绩创坛和云启资本。该公司CTO鲍立新表示，产品将在明年上线。"]);
    expect(roleOf(r, "鲍立新")).toEqual(["律衡智能/CTO"]);
  });
  it("still gives no company when the last one named is an object (与X合作。公司CTO…)", () => {
    const r = ex(["双方表示将与云启资本深度合作。公司CTO鲍立新表示，产品将在明年上线。"]);
    expect(roleOf(r, "鲍立新")).toEqual([]);
  });
});

describe("a numbered item of a brief is a story of its own", () => {
  it("该公司 in item 2 does not reach back to item 1's company", () => {
    const r = ex(["1. AI视频公司帧影科技完成A轮融资。帧影科技创始人Leo Wu表示，资金将用于研发。", "2. 法律大模型公司律衡智能宣布完成天使轮融资。该公司CTO鲍立新表示，产品将在明年上线。"], { title: "AI早报｜两家公司完成融资" });
    expect((r.people.find((p) => p.name === "鲍立新")?.roles ?? []).map((x) => `${x.organisation}/${x.title}`)).toEqual(["律衡智能/CTO"]);
  });
});

describe("a clause that is only a chain of posts introduces the name after its comma", () => {
  const rolesOf = (r: ReturnType<typeof ex>, name: string) => (r.people.find((p) => p.name === name)?.roles ?? []).map((x) => `${x.organisation}/${x.title}`);
  it("作为该公司联合创始人、前X高管，Y在…", () => {
    const r = ex(["作为该公司联合创始人、前小鹏汽车自动驾驶高管，苟立川在公司主要负责运动控制。"]);
    expect(people(r)).toContain("苟立川");
    expect(rolesOf(r, "苟立川")).toContain("小鹏汽车/前自动驾驶高管");
  });
  it("该公司联合创始人、前X律所合伙人，Y，将负责…", () => {
    const r = ex(["法律科技公司律衡智能宣布完成天使轮融资。该公司联合创始人、前金杜律师事务所合伙人，鄢晓晴，将负责产品。"]);
    expect(people(r)).toContain("鄢晓晴");
    expect(rolesOf(r, "鄢晓晴")).toEqual(expect.arrayContaining(["金杜律师事务所/前合伙人", "律衡智能/联合创始人"]));
  });
  it.each([
    ["张三出任公司CEO、前董事长，王五将负责财务。"],
    ["他曾担任公司CEO，王五则担任CTO。"],
    ["公司的总裁、前董事长都出席了会议，王五则缺席。"],
  ])("no post for the next name after a predicate or a single post: %s", (text) => {
    expect(rolesOf(ex([text]), "王五")).toEqual([]);
  });
});

describe("a title and then 和 joins two items", () => {
  it("清华大学曾刚教授和东北大学… gives no person 和东北", () => {
    const r = ex(["大会报告分别由南方大学王竑教授、清华大学曾刚教授和东北大学修春亮教授主持。"]);
    expect(people(r)).not.toContain("和东北");
  });
});

describe("gazetteer 2026.12.06-2: data-centre operators, optical-module makers, AI drug discovery, the 985 universities", () => {
  it.each([
    ["润泽科技和光环新网都上调了资本开支。", ["润泽科技", "光环新网"]],
    ["新易盛的800G光模块出货量环比翻倍。", ["新易盛"]],
    ["天津大学和华中科技大学的团队联合发布了论文。", ["天津大学", "华中科技大学"]],
  ])("%s", (text, names) => {
    expect(ex([text]).companies.map((c) => c.name)).toEqual(expect.arrayContaining(names));
  });
});

describe("a verb that gives a post is no organisation before a title", () => {
  it("接任者是公司首席架构师X reads no company 接任者是公司", () => {
    const r = ex(["原CTO单文韬已于上月离职。接任者是公司首席架构师晏立泓。"]);
    expect(r.companies.map((c) => c.name)).toEqual([]);
  });
});

describe("a name opening a clause that closes on the post held now (X目前是ORG执行董事)", () => {
  const rolesOf = (r: ReturnType<typeof ex>, name: string) => (r.people.find((p) => p.name === name)?.roles ?? []).map((x) => `${x.organisation}/${x.title}`);
  it.each([
    ["负责这笔投资的是北极光创投的管立琪。管立琪目前是北极光创投执行董事，此前在高盛做研究。", "管立琪", "北极光创投/执行董事"],
    ["论文的通讯作者是冼文涛。冼文涛现任浙江大学教授。", "冼文涛", "浙江大学/教授"],
    ["覃思远毕业于清华大学，如今是智谱的首席运营官。", "覃思远", "智谱/首席运营官"],
  ])("%s", (text, name, role) => {
    const r = ex([text]);
    expect(people(r)).toContain(name);
    expect(rolesOf(r, name)).toContain(role);
  });
  it.each([["王明是一位连续创业者，也是腾讯的老用户。"], ["张华目前是腾讯的重要客户。"]])("no person where no title closes the clause: %s", (text) => {
    expect(people(ex([text]))).toEqual([]);
  });
});

describe("以 opening a given name", () => {
  it("复旦大学计算机学院教授庄以宁在总结时说 reads 庄以宁 with the post", () => {
    const r = ex(["主持人、复旦大学计算机学院教授庄以宁在总结时说，瓶颈已经转移。"]);
    expect(people(r)).toContain("庄以宁");
  });
  it.each([["李以上市为目标表示将继续投入。"], ["教授张以此为例说明了问题。"]])("以 starting a word is no name: %s", (text) => {
    expect(people(ex([text])).filter((n) => n.includes("以"))).toEqual([]);
  });
});

describe("a weak surname after a strong title, quoted again elsewhere", () => {
  it("见到了公司创始人步立阳 … 步立阳说 reads 步立阳", () => {
    const r = ex(["上周，记者在北京见到了创始人步立阳。", "步立阳说，视频生成只是世界模型的一个切面。"]);
    expect(people(r)).toContain("步立阳");
  });
  it("needs the second sighting to be quoted: 创始人步立阳 alone names nobody", () => {
    expect(people(ex(["上周，记者在北京见到了创始人步立阳。"]))).toEqual([]);
    expect(people(ex(["上周，记者在北京见到了创始人步立阳。", "步立阳的团队有四十人。"]))).toEqual([]);
  });
});

describe("officers' bare titles after a paragraph opened by the company putting out its results", () => {
  const rolesOf = (r: ReturnType<typeof ex>, name: string) => (r.people.find((p) => p.name === name)?.roles ?? []).map((x) => `${x.organisation}/${x.title}`);
  const paras = [
    "第四范式（06682.HK）12月4日晚间发布第三季度业绩公告。公告显示，公司前三季度总收入同比增长36%。",
    "在随后召开的业绩电话会上，首席财务官艾立松介绍，毛利率较去年同期提升。",
    "谈及大模型业务，执行副总裁柏涵文称，公司今年新签的项目超过80个。",
  ];
  it("the first officer goes to the reporting company, the next one in turn", () => {
    const r = ex(paras);
    expect(rolesOf(r, "艾立松")).toEqual(["第四范式/首席财务官"]);
    expect(rolesOf(r, "柏涵文")).toEqual(["第四范式/执行副总裁"]);
  });
  it("not when the paragraph before opened otherwise", () => {
    const r = ex(["市场普遍关注第四范式（06682.HK）12月4日晚间发布的第三季度业绩。", paras[1]!]);
    expect(rolesOf(r, "艾立松")).toEqual([]);
  });
  it("not an analyst, who is nobody's officer", () => {
    const r = ex([paras[0]!, "在随后召开的业绩电话会上，分析师艾立松提问。"]);
    expect(rolesOf(r, "艾立松")).toEqual([]);
  });
});

describe("a post-giving verb opens no organisation's name", () => {
  it("目前在公司担任联合创始人兼CTO reads no company 担任", () => {
    expect(ex(["他在2024年初加入团队，目前在公司担任联合创始人兼CTO。"]).companies.map((c) => c.name)).toEqual([]);
  });
});

describe("a founder named by 由X…创立", () => {
  it.each([
    ["招股书显示，该公司由Alex Morozov于2014年创立，他目前担任公司首席执行官。", "Alex Morozov"],
    ["这家公司由张明远于2019年在杭州创办。", "张明远"],
  ])("%s", (text, name) => {
    expect(people(ex([text]))).toContain(name);
  });
  it.each([["本轮由Sequoia Capital领投，老股东跟投。"], ["项目由王府井集团运营。"]])("no founder verb, no person: %s", (text) => {
    expect(people(ex([text]))).toEqual([]);
  });
});

describe("engineers' job grades as titles (算法专家, 资深专家)", () => {
  it("通义实验室的算法专家甘立天 is a person with that post", () => {
    const r = ex(["参与合作的还有通义实验室的算法专家甘立天。他说，这一方法已在内部试用。"]);
    expect((r.people.find((p) => p.name === "甘立天")?.roles ?? []).map((x) => `${x.organisation}/${x.title}`)).toEqual(["通义实验室/算法专家"]);
  });
  it("a grade with no name after it names nobody", () => {
    expect(people(ex(["业内算法专家表示，稀疏注意力仍有很大空间。"]))).toEqual([]);
  });
});

describe("a Latin name that leads or joins a round is an investor", () => {
  it("由Lightwave Partners领投，Greyfield跟投", () => {
    const names = ex(["这家公司完成1.2亿美元种子轮融资，由Lightwave Partners领投，Greyfield跟投。"]).companies.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(["Lightwave Partners", "Greyfield"]));
  });
  it("not a Latin word inside a clause (产品Nova领投…) nor one that does something else", () => {
    expect(ex(["公司发布了产品Nova，用户反响热烈。Nova表示将继续迭代。"]).companies.map((c) => c.name)).toEqual([]);
  });
});

describe("an outlet saying where it learnt the news is the source", () => {
  it("36氪从多个信源处获悉 … 向36氪证实 lists no 36氪", () => {
    const r = ex(["36氪从多个信源处获悉，具身智能公司岩川机器人的一位联合创始人已于近日离职。", "多位接近公司的人士向36氪证实了这一消息。"]);
    expect(r.companies.map((c) => c.name)).not.toContain("36氪");
  });
  it("an outlet that acts is still a mention", () => {
    expect(ex(["36氪从今年起推出了一档新的播客节目。"]).companies.map((c) => c.name)).toContain("36氪");
  });
});

describe("a clause's words before 公司 and a title are no organisation's name", () => {
  const companies = (r: ReturnType<typeof ex>) => r.companies.map((c) => c.name);
  it("cuts at 了 and 们, which end a verb or a pronoun and never stand in a name", () => {
    expect(companies(ex(["上周，我们在北京见到了公司创始人陈启明。他表示，公司将继续加大研发投入。"]))).toEqual([]);
    expect(companies(ex(["上周，我们在北京见到了星河智能公司创始人陈启明。"]))).toEqual(["星河智能公司"]);
  });
});
