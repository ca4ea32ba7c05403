/**
 * Shapes of LLM-industry news the finder missed or misread (issue 15, blind batch blind-12-09e1):
 * a title whose last character opens a compound surname, an appointing verb before a post, the
 * last item of an investor list being a legal name or joined by 以及, an ambiguous product before
 * 团队, a car model that shares a product's name, a brand that is its maker's product, and local
 * government heads. Names other than well-known companies are made up.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";
import { chineseNameAt } from "@/lib/ingest/entities/names";

const ex = (paragraphs: string[]) => extractEntities({ title: "", paragraphs });
const people = (r: ReturnType<typeof ex>) => r.people.filter((p) => !p.author).map((p) => p.name).sort();
const companies = (r: ReturnType<typeof ex>) => r.companies.map((c) => c.name).sort();
const rolesOf = (r: ReturnType<typeof ex>, name: string) => (r.people.find((p) => p.name === name)?.roles ?? []).map((x) => `${x.organisation}/${x.title}`);

describe("a title's last character is not a compound surname's first", () => {
  it("董事长|孙X, not 董事|长孙X", () => {
    expect(chineseNameAt("董事长孙启航表示", 2)).toBeNull();
    const r = ex(["星海集团董事长孙启航同日确认，集团将追加投资。"]);
    expect(people(r)).toEqual(["孙启航"]);
  });
  it("a compound surname after a full title still reads (行长|长孙明)", () => {
    expect(people(ex(["星海银行行长长孙明表示，利率不变。"]))).toEqual(["长孙明"]);
  });
});

describe("an appointing verb before a post", () => {
  it("公司宣布任命原联席总裁X: no organisation named 宣布任命", () => {
    const r = ex(["云杉智能方面，公司宣布任命原联席总裁Grace Li为首席运营官。"]);
    expect(companies(r)).not.toContain("宣布任命");
    expect(people(r)).toContain("Grace Li");
  });
  it("X宣布任命副总裁Y: the title is the post, not the verb", () => {
    const r = ex(["云杉智能宣布任命副总裁鄢启明为首席运营官。"]);
    expect(rolesOf(r, "鄢启明")).toContain("云杉智能/副总裁");
    expect(rolesOf(r, "鄢启明").some((x) => x.includes("任命"))).toBe(false);
  });
});

describe("investor lists", () => {
  it("A、B和<legal name>: the middle item is a company", () => {
    const r = ex(["公司完成5亿元B轮融资，投资方包括中金资本、岚峰创合和上海国有资本投资有限公司。"]);
    expect(companies(r)).toContain("岚峰创合");
  });
  it("X以及Y: 以及 is one joiner, not 以 ending the name", () => {
    const r = ex(["本轮由君联资本领投，投资方还包括美团龙珠、星辰基石以及老股东奇绩创坛。"]);
    expect(companies(r)).toContain("星辰基石");
    expect(companies(r)).not.toContain("星辰基石以");
  });
});

describe("products and their makers", () => {
  it("an ambiguous product before 团队 is its maker's (混元团队 → 腾讯)", () => {
    expect(companies(ex(["同一天，混元团队也发布了3D生成模型的新版本。"]))).toContain("腾讯");
  });
  it("红旗 the car brand is 中国一汽's, and 红旗渠 is not", () => {
    expect(companies(ex(["在广州车展上，红旗发布了全新车型，搭载与华为联合开发的智能座舱。"]))).toContain("中国一汽");
    expect(companies(ex(["红旗渠精神展览在林州开幕，华为等企业参观。"]))).not.toContain("中国一汽");
  });
  it("a car model sharing a product's name is the car's (天工08车型 is not 昆仑万维's 天工)", () => {
    const r = ex(["在广州车展上，红旗发布了全新天工08车型，搭载与华为联合开发的智能座舱。"]);
    expect(companies(r)).not.toContain("昆仑万维");
  });
  it("京东物流 is a company of its own", () => {
    expect(companies(ex(["今年还与京东物流签署协议，在后者的华东仓库部署分拣机器人。"]))).toContain("京东物流");
  });
});

describe("local government heads", () => {
  it("深圳市副市长X holds the post at 深圳市, and no company is made of the city", () => {
    const r = ex(["深圳市副市长郑岩峰在发布会上介绍，深圳将设立产业基金。"]);
    expect(rolesOf(r, "郑岩峰")).toEqual(["深圳市/副市长"]);
    expect(companies(r)).not.toContain("深圳市");
  });
  it("a district head and a province's executive vice governor", () => {
    expect(rolesOf(ex(["南山区区长晏卓然称，南山区将建设机器人中试基地。"]), "晏卓然")).toEqual(["南山区/区长"]);
    expect(rolesOf(ex(["会上，湖南省常务副省长闵立新出席并讲话。"]), "闵立新")).toEqual(["湖南省/常务副省长"]);
  });
});

describe("organisations named once in a frame only an organisation fills", () => {
  it("在X平台上 and 在X的平台上", () => {
    expect(companies(ex(["在宣墨科技平台上，开发者已经上传了超过两万个智能体。"]))).toEqual(["宣墨科技"]);
    expect(companies(ex(["在宣墨科技的平台上，开发者已经上传了超过两万个智能体。"]))).toEqual(["宣墨科技"]);
  });
  it("X旗下, X相关负责人表示, 记者从X获悉, 接近X的人士, X官方微信公众号, 名为“X”的公司", () => {
    expect(companies(ex(["宣墨科技旗下的写作助手用户数突破千万。"]))).toEqual(["宣墨科技"]);
    expect(companies(ex(["澄川数据相关负责人表示，公司已完成B轮融资。"]))).toEqual(["澄川数据"]);
    expect(companies(ex(["记者从澄川数据获悉，公司已完成B轮融资。"]))).toEqual(["澄川数据"]);
    expect(companies(ex(["一位接近澄川数据的人士透露，公司正在筹备IPO。"]))).toEqual(["澄川数据"]);
    expect(companies(ex(["据澄川数据官方微信公众号消息，公司已完成股份制改造。"]))).toEqual(["澄川数据"]);
    expect(companies(ex(["这家名为“澄川”的公司成立于2021年。"]))).toEqual(["澄川"]);
  });
  it("a bare name, a level word for an unnamed place, X's figures, or the reporter's clause is no name", () => {
    expect(companies(ex(["在宣墨平台上，开发者已经上传了超过两万个智能体。"]))).toEqual([]);
    expect(companies(ex(["记者今天从市轨道交通集团获悉，线上客服已接入大模型。"]))).toEqual([]);
    expect(companies(ex(["从广之旅数据获悉，截止发稿日期，报名人数已超过2万。"]))).toEqual([]);
    expect(companies(ex(["记者昨日点击租赁中心官方网站发现，该网站已经停用。"]))).toEqual([]);
  });
});

describe("people quoted by the ways news quotes them", () => {
  it("X告诉《…》记者 and X笑着说", () => {
    expect(people(ex(["邝一鸣告诉《科创板日报》记者，公司目前还没有盈利。"]))).toEqual(["邝一鸣"]);
    expect(people(ex(["面对记者的提问，邝一鸣笑着说，这个问题很难回答。"]))).toEqual(["邝一鸣"]);
  });
  it("party secretaries are named by their title; a place's committee is no name", () => {
    expect(people(ex(["区党工委副书记蓝启斌陪同调研。"]))).toEqual(["蓝启斌"]);
    expect(people(ex(["县委书记赵国梁带队考察。"]))).toEqual(["赵国梁"]);
    expect(chineseNameAt("江苏省委书记", 0)).toBeNull();
  });
  it("a chain of posts after a place's committee is at that place (深圳市委常委、副市长X)", () => {
    expect(rolesOf(ex(["深圳市委常委、副市长郑鸿年出席活动。"]), "郑鸿年")).toEqual(["深圳市/副市长"]);
    expect(rolesOf(ex(["据报道，很多名流出席了葬礼，其中包括旁遮普省省长沙巴兹·沙里夫。"]), "沙巴兹·沙里夫")).toEqual(["旁遮普省/省长"]);
  });
});

describe("an ambiguous product with what only a product or platform does after it", () => {
  it("淘宝上线, 即梦AI, 抖音电商, 元宝的下载量 name their makers", () => {
    expect(companies(ex(["淘宝上线了AI购物助手，帮助用户比价。"]))).toEqual(["阿里巴巴"]);
    expect(companies(ex(["即梦AI上线了新的视频生成模型。"]))).toEqual(["字节跳动"]);
    expect(companies(ex(["抖音电商宣布将投入百亿流量扶持商家。"]))).toEqual(["字节跳动"]);
    expect(companies(ex(["元宝的下载量在春节期间快速增长。"]))).toEqual(["腾讯"]);
  });
  it("…and a share button's 微信 stays nothing", () => {
    expect(companies(ex(["打开微信扫一扫，关注我们的公众号。"]))).toEqual([]);
  });
});

describe("a post named for itself, what was founded, and a person's age", () => {
  it("作为X的创始人， and NAME，X创始人，: the post's holder is the organisation", () => {
    expect(companies(ex(["作为澄川数据的创始人，邝一鸣此前是一名连续创业者。"]))).toContain("澄川数据");
    expect(companies(ex(["栾志远，澄川数据创始人，曾任一家云厂商的科学家。"]))).toContain("澄川数据");
  });
  it("…but not the clause of a post taken or a description (X目前担任公司CEO，, 首家…的掌舵人)", () => {
    expect(companies(ex(["颜书朗目前担任公司CEO，团队约60人。"]))).toEqual([]);
    expect(companies(ex(["作为全国首家县级三甲医院的掌舵人，陈阳生委员称，投入几乎为零。"]))).toEqual([]);
  });
  it("由Y创立的X宣布…", () => {
    expect(companies(ex(["由前字节跳动高管邝一鸣创立的澄川数据今日宣布完成融资。"]))).toContain("澄川数据");
  });
  it("现年45岁的X", () => {
    expect(people(ex(["现年45岁的邝一鸣是公司的实际控制人。"]))).toEqual(["邝一鸣"]);
  });
  it("a name opening with its city and closing with its kind is the short name's longer form (杭州声屿网络 … 声屿)", () => {
    const r = ex(["两年后，他创办的杭州声屿网络推出的AI陪伴应用日活跃用户突破百万。", "今年10月，声屿完成了由源码资本领投的A轮融资。"]);
    expect(companies(r)).toEqual(["声屿", "源码资本"]);
  });
  it("…but a city's own body is not a form of a short one (上海市政协)", () => {
    const r = ex(["作为新当选的上海市政协委员，姚明参加了市政协会议。"]);
    expect(companies(r)).not.toContain("政协");
  });
});

describe("a line of work between a company and a post, and a side that speaks", () => {
  it("X产品副总裁Y, X市场总监Y: the post is at X", () => {
    expect(rolesOf(ex(["澄川数据产品副总裁欧阳雪在发布会上演示了新功能。"]), "欧阳雪")).toEqual(["澄川数据/产品副总裁"]);
    expect(companies(ex(["养老机构泰康之家上海分公司人力资源总监毛佳杰告诉记者，岗位远多于毕业生。"]))).toContain("泰康之家上海分公司");
  });
  it("X方面回应称: X is an organisation, and a country's or the police's side is not", () => {
    expect(companies(ex(["澄川数据方面回应称，相关报道不实。"]))).toEqual(["澄川数据"]);
    expect(companies(ex(["警方方面表示，正在调查。"]))).toEqual([]);
  });
});

describe("where a reporter asked", () => {
  it("致电X, 据X工作人员介绍, X有关负责人表示", () => {
    expect(companies(ex(["记者昨日致电澄川数据，对方表示暂不回应。"]))).toEqual(["澄川数据"]);
    expect(companies(ex(["据澄川数据工作人员介绍，新品将于下月上市。"]))).toEqual(["澄川数据"]);
    expect(companies(ex(["深圳市数据局有关负责人表示，试点将扩大到全市。"]))).toEqual(["深圳市数据局"]);
  });
  it("…but a bare office or a service line is no name (致电客服, 据邮政局工作人员介绍)", () => {
    expect(companies(ex(["记者致电客服，对方表示不清楚。"]))).toEqual([]);
    expect(companies(ex(["据邮政局工作人员介绍，包裹已经寄出。"]))).toEqual([]);
  });
});

describe("a Latin name after a title", () => {
  it("投资人Elad Gil认为: two Latin words after a title, speaking right after, are a person", () => {
    expect(people(ex(["硅谷投资人Elad Gil认为，AI应用的护城河正在变浅。"]))).toEqual(["Elad Gil"]);
  });
  it("…but one Latin word after a title is not enough (产品经理Copilot表示)", () => {
    expect(people(ex(["产品经理Copilot表示，功能将在下月上线。"]))).toEqual([]);
  });
});
