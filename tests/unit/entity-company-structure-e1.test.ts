/**
 * Issue 15 (helper e1): companies of unseen news named by structure (a round raised after a noun
 * head, a Latin AI tail, X科技 named again, X智能 filing or with officers) and by the gazetteer's
 * audit firms, trackers, trading houses, city investors and makers.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const companies = (...paragraphs: string[]) => extractEntities({ title: paragraphs.length > 1 ? paragraphs[0]! : "资讯", paragraphs: paragraphs.length > 1 ? paragraphs.slice(1) : paragraphs }).companies.map((c) => c.name).sort();

describe("a round raised names its company", () => {
  it("after a noun head (开发商, 工具), not only at a clause's start", () => {
    expect(companies("AI社交应用“小月”的开发商星糖互娱完成Pre-A轮融资。公司CEO卓远表示，资金将用于海外推广。")).toContain("星糖互娱");
    expect(companies("AI翻译工具译泉获数千万元天使轮融资，投资方为真格基金。")).toContain("译泉");
  });
  it("获…轮融资 as 完成…融资, and a Han brand with a Latin AI tail", () => {
    expect(companies("砺书AI获数千万元天使轮融资", "AI写作工具砺书AI完成数千万元天使轮融资，投资方为真格基金和高榕创投。")).toContain("砺书AI");
  });
  it("a filing after a head, or a head with no name, is no company", () => {
    expect(companies("腾讯旗下微信公众平台发布公告称，将对未标识的内容限流。")).not.toContain("发布");
    expect(companies("一家大模型公司获得新一轮融资。")).toEqual([]);
    expect(companies("今年已有多家平台获数亿元融资。")).toEqual([]);
  });
});

describe("suffixed names by what the article does with them", () => {
  it("X科技 opening a clause and named again", () => {
    expect(companies("工具发布", "码行由杭州岸桥科技开发。", "岸桥科技目前有40名员工，已完成两轮融资。")).toContain("岸桥科技");
  });
  it("X科技 opening a clause once is only for review", () => {
    expect(companies("工具发布", "岸桥科技目前有40名员工。")).toEqual([]);
  });
  it("X智能 filing a listed company's notice after a date", () => {
    expect(companies("换届", "云枢智能12月8日晚间公告，公司完成董事会换届选举。")).toEqual(["云枢智能"]);
  });
  it("X智能 before its officers' title, opening a clause, named again", () => {
    expect(companies("专访墨芯智能联合创始人：端侧模型不必大", "在端侧模型的创业公司里，墨芯智能是少有的已经盈利的一家。")).toEqual(["墨芯智能"]);
  });
  it("a field before a chief's title is no company", () => {
    expect(companies("论坛", "具身智能首席科学家表示，具身智能仍在早期。")).toEqual([]);
  });
});

describe("gazetteer: audit firms, trackers, trading houses, city investors, makers", () => {
  it("names them in any sentence", () => {
    expect(companies("她此前在德勤中国从事数据咨询工作。奥维云网分析师表示，销量增长。")).toEqual(["奥维云网", "德勤"].sort());
    expect(companies("日本的一家芯片公司宣布与三井物产合作建设数据中心，维港投资参与了融资。")).toEqual(["三井物产", "维港投资"].sort());
    expect(companies("上海国投总经理表示，基金将投向具身智能。")).toEqual(["上海国投"]);
    expect(companies("波士顿动力发布了新款Atlas机器人。")).toEqual(["波士顿动力"]);
  });
});

describe("X科技 named twice but going on as a compound", () => {
  it("加强科技创新, 新一轮科技革命: a phrase, not a company", () => {
    expect(companies("会议", "要加强科技创新和产业创新协同。大力推进科技创新，加强科技创新和产业创新深度融合。")).toEqual([]);
    expect(companies("综述", "随着新一轮科技革命的兴起，现代化加速发展。当前，新一轮科技革命和产业变革深入发展。")).toEqual([]);
  });
});

describe("a quoted product after its kind", () => {
  it("工具“审码”获A轮融资 names the product, not a company", () => {
    expect(companies("代码审查工具“审码”获A轮融资")).toEqual([]);
  });
  it("a quoted company with no kind before it still raises (“柚青”完成…融资)", () => {
    expect(companies("“柚青”完成数千万元天使轮融资，投资方为真格基金。")).toContain("柚青");
  });
});

describe("京东方 is no 京东", () => {
  it("the panel maker by its own entry", () => {
    expect(companies("我们和京东方已经合作了两年。")).toEqual(["京东方"]);
  });
});

describe("公司 after a past employer the gazetteer knows", () => {
  it("曾在X从事… is where someone worked before: 公司 points to the company the text is about", () => {
    const r = extractEntities({ title: "岳川机器人完成A轮融资", paragraphs: ["岳川机器人创始人阙知远毕业于上海交通大学，曾在波士顿动力从事控制算法研究。", "其中，冉行舟出任公司首席技术官。"] });
    expect(r.people.find((p) => p.name === "冉行舟")?.roles.map((x) => `${x.organisation}|${x.title}`)).toEqual(["岳川机器人|首席技术官"]);
  });
});

describe("a body named only inside a title or a trade", () => {
  it("美国商务部长X: the minister's title names no ministry; the ministry acting still counts", () => {
    expect(companies("出口管制", "美国商务部长卢特尼克表示，将收紧对华芯片出口。")).toEqual([]);
    expect(companies("出口管制", "美国商务部上月批准英伟达向中国出口芯片。")).toEqual(["美国商务部", "英伟达"].sort());
  });
  it("IDC厂商 and IDC as a sector are data-centre trade, the research firm needs a cue", () => {
    expect(companies("算力", "多家IDC厂商表示将投向推理算力，IDC和光模块都会受益。")).toEqual([]);
    expect(companies("手机", "根据IDC发布的数据，AI手机出货量大增。IDC中国研究总监表示，明年还会增长。")).toEqual(["IDC"]);
  });
});

describe("an ambiguous brand before its regional arm and an officer's title", () => {
  it("一加中国区总裁X: the phone maker; 一加一 is arithmetic", () => {
    expect(companies("论坛", "一加中国区总裁李杰直言，端侧模型最大的挑战是功耗。")).toEqual(["一加"]);
    expect(companies("算术", "一加一等于二，这是常识。")).toEqual([]);
  });
});
