/**
 * Company shapes of the blind batch blind-12-10b (organisations named once, with a structural cue
 * instead of a suffix or a gazetteer entry): a district opening a name where a lead word would be
 * cut (前海), a unit a known company owns (X旗下的Y), a round's shareholder and what someone
 * founded (老股东X创投, 由…创立的X科技), a bare brand after a noun head that raises a round, X公司 once
 * with an act after it, Latin names ending in Partners/Networks or merging, a brand + field word
 * partnering a known company, a Han name glossed in Latin that owns a unit. Names are made up so the
 * rules, not the gazetteer, find them; each shape keeps a case that must stay unfound.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const ex = (paragraphs: string[]) => extractEntities({ title: "", paragraphs });
const companies = (text: string) => ex([text]).companies.map((c) => c.name);

describe("a district that begins with a lead word opens the name", () => {
  it("前海 is not cut as 前 (former)", () => {
    const r = ex(["前海云帆基金合伙人莫听澜表示，估值仍在回落。"]);
    expect(r.companies.map((c) => c.name)).toContain("前海云帆基金");
    expect(r.people.find((p) => p.name === "莫听澜")?.roles[0]?.title).toBe("合伙人");
  });
  it("前 before a company is still former", () => {
    expect(companies("前百度副总裁莫听澜表示，估值仍在回落。")).toEqual(["百度"]);
  });
});

describe("a unit a known company owns: X旗下的Y + its act", () => {
  it("宁德时代旗下的Y共同领投 / 中国联通旗下的Y也…", () => {
    expect(companies("宁德时代旗下的启衡投资共同领投了本轮融资。")).toContain("启衡投资");
    expect(companies("中国联通旗下的智网数科也在当天发布了新模型。")).toContain("智网数科");
  });
  it("a kind or a listed line of business is no unit", () => {
    expect(companies("字节跳动旗下大模型团队近日完成一轮组织调整。")).toEqual(["字节跳动"]);
    expect(companies("腾讯旗下的视频生成产品也已上线。")).toEqual(["腾讯"]);
  });
  it("a Han name glossed in Latin owns the unit (与X（Latin）旗下的…)", () => {
    expect(companies("零一万物宣布与马来电讯（Telekom Malaysia）旗下的数字公司合作。")).toContain("马来电讯");
  });
});

describe("a round's shareholder and what someone founded take a suffixed name", () => {
  it("老股东X创投继续加注", () => {
    expect(companies("本轮由红杉中国领投，老股东澄川创投继续加注。")).toContain("澄川创投");
  });
  it("由…创立的X科技", () => {
    expect(companies("由前阿里高管创立的听风有声科技发布了新模型。")).toContain("听风有声科技");
  });
});

describe("a bare brand after a noun head that raises a round, named once", () => {
  it("开发商X的B轮融资 / 公司X则获得了…投资", () => {
    expect(companies("腾讯投资领投了AI社交应用开发商青萝晚照的B轮融资。")).toContain("青萝晚照");
    expect(companies("AI耳机公司声浪无界则获得了百度风投的战略投资。")).toContain("声浪无界");
  });
  it("not without the round, nor a time word", () => {
    expect(companies("AI社交应用开发商青萝晚照近期用户增长很快。")).not.toContain("青萝晚照");
  });
});

describe("X公司 once, with a clear start and a company's act after it", () => {
  it("杭州的X公司推出", () => {
    expect(companies("杭州的云峤数智公司推出了法律大模型。")).toContain("云峤数智");
  });
  it("not a count (30家初创公司), nor a field before a found name (灵巧手公司|X智能)", () => {
    expect(companies("已有超过30家初创公司宣布完成新一轮融资。")).toEqual([]);
    expect(companies("灵巧手公司掌域智能完成融资，灵巧手是关键部件。")).not.toContain("灵巧手");
  });
  it("nor a Latin field with a space (AI 法律助手公司完成…)", () => {
    expect(companies("AI 法律助手公司完成1.5亿元B轮融资。")).toEqual([]);
  });
});

describe("Latin organisations", () => {
  it("names ending in Partners / Networks", () => {
    expect(companies("Lumen Venture Partners和Positive Sum领投。")).toContain("Lumen Venture Partners");
    expect(companies("日本的Kestrel Networks宣布新建数据中心。")).toContain("Kestrel Networks");
  });
  it("two Latin names merging (韩国的X与Y完成合并)", () => {
    const names = companies("韩国的Furiosa与Mobilint完成合并。");
    expect(names).toEqual(expect.arrayContaining(["Furiosa", "Mobilint"]));
  });
});

describe("a brand + field word partnering a known company", () => {
  it("X与北岚能源达成战略合作 (X named again)", () => {
    const names = companies("AI基础设施企业星汉智算与北岚能源达成战略合作。星汉智算董事长表示，能源是确定的行业。");
    expect(names).toContain("北岚能源");
  });
  it("not a generic partner (国内车企)", () => {
    expect(companies("AI基础设施企业星汉智算与国内车企达成合作。星汉智算董事长表示，汽车是确定的行业。")).not.toContain("国内车企");
  });
});

describe("a company's investing arm: parent + a two-character name of its own", () => {
  it("invests right after (的战略投资, 、…参投) and is linked to the parent", () => {
    const r = ex(["视界无限获得了京东远帆的战略投资，金额未披露。"]);
    const arm = r.companies.find((c) => c.name === "京东远帆");
    expect(arm?.parent).toBe("京东");
    expect(r.companies.map((c) => c.name)).not.toContain("京东");
    expect(companies("由春华创投领投，京东远帆、龙芯资本参投。")).toContain("京东远帆");
  });
  it("or is named again alone as an investor (这是远帆今年投资的…)", () => {
    expect(companies("远帆科技近日获京东远帆注资，这是远帆今年投资的第三家公司。")).toContain("京东远帆");
  });
  it("a person after a company, or a Latin name's term, is no arm", () => {
    expect(companies("对话昆仑万维方汉：大模型下半场拼的是应用。方汉称其推理能力已接近一流。")).toEqual(["昆仑万维"]);
    expect(companies("该芯片采用Arm架构，Arm架构的授权费用较低。")).not.toContain("Arm架构");
  });
});

describe("more one-off shapes", () => {
  it("a Latin name before 公司 and an act is bounded by its script (美国Xyz公司推出)", () => {
    expect(companies("例如，美国Quorvix公司推出的智能遥控设备很受欢迎。")).toContain("Quorvix");
  });
  it("a partner's suffixed name may run to ten characters (与巴西X国际公司签署)", () => {
    expect(companies("山西金穗化工有限公司与巴西卡斯特罗国际公司签署了贸易协议。")).toContain("巴西卡斯特罗国际公司");
  });
});

describe("a list that goes on from a clause naming two known organisations", () => {
  it("A、B、C的…；D、E、F也在… (a brand may read as a name)", () => {
    const names = companies("小家电领域，追觅、科沃斯的扫地机器人率先支持语音；澄川、苏泊尔、岚庭也在厨房电器上试水AI。");
    expect(names).toEqual(expect.arrayContaining(["澄川", "苏泊尔", "岚庭"]));
  });
  it("a time word may open the clause (，随后D、E等也被…)", () => {
    expect(companies("先是两家数据公司——澄岭科技和岚川科技被调查，随后澄信宝、岚庭征信等也被纳入调查。")).toEqual(expect.arrayContaining(["澄信宝", "岚庭征信"]));
  });
  it("not without the known clause before, nor a list of people", () => {
    expect(companies("小家电领域竞争激烈；澄川、岚庭也在厨房电器上试水AI。")).toEqual([]);
    const r = ex(["百度、腾讯已入局大模型；张伟、李娜也在观望。"]);
    expect(r.companies.map((c) => c.name)).toEqual(["百度", "腾讯"]);
  });
});

describe("a two-character brand before a founder's title", () => {
  it("counts where the article also sets it after a brand head (个护品牌X则…；X创始人Y称)", () => {
    const r = ex(["个护品牌岚芬则在新款吹风机里加入了AI温控。岚芬创始人叶知秋称，新品卖得不错。"]);
    expect(r.companies.map((c) => c.name)).toContain("岚芬");
    expect(r.people.find((p) => p.name === "叶知秋")?.roles[0]?.organisation).toBe("岚芬");
  });
  it("not without that head elsewhere", () => {
    expect(companies("岚芬创始人叶知秋称，新品卖得不错。")).not.toContain("岚芬");
  });
});

describe("law and accounting firms by their suffix", () => {
  it("named once inside a clause (首批客户包括X律师事务所和…)", () => {
    expect(companies("首批客户包括澄衡律师事务所和一家头部券商。")).toContain("澄衡律师事务所");
    expect(companies("公司聘请岚信会计师事务所担任审计机构。")).toContain("岚信会计师事务所");
  });
  it("not a generic firm (一家律师事务所)", () => {
    expect(companies("他曾在一家律师事务所工作。")).toEqual([]);
  });
});
