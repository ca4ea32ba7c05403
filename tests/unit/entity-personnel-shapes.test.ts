/**
 * Personnel news shapes: a name after 「title + 的」 that then acts (…联合创始人的X宣布离职), a
 * company that ends before the verb taking the title (加入X担任COO), 现任/曾任 before an
 * organisation, a channel's dateline (X e公司讯), a stake bought in a subsidiary (收购子公司少数股权),
 * and a province's bureau (浙江证监局). Names are made up.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const ex = (paragraphs: string[]) => extractEntities({ title: "", paragraphs });
const companies = (r: ReturnType<typeof ex>) => r.companies.map((c) => c.name);
const people = (r: ReturnType<typeof ex>) => r.people.map((p) => p.name);

describe("people and companies in personnel news", () => {
  const r = ex(["据了解，现任澄岭智能联合创始人的孟晓川宣布离职，他将加入一家具身智能创业公司汇屿机器人担任COO。"]);

  it("reads the name after 「title + 的」 when it then acts, with the role", () => {
    expect(people(r)).toContain("孟晓川");
    // …and the post he will take (加入一家具身智能创业公司|汇屿机器人|担任COO), read since the fifth blind batch
    expect(r.people.find((p) => p.name === "孟晓川")?.roles.map((x) => `${x.organisation}/${x.title}`)).toEqual(["澄岭智能/联合创始人", "汇屿机器人/COO"]);
  });

  it("ends the company before the verb that takes the title, and drops 现任 from its name", () => {
    expect(companies(r)).toEqual(expect.arrayContaining(["澄岭智能", "汇屿机器人"]));
    expect(companies(r)).not.toContain("汇屿机器人担任");
    expect(companies(r)).not.toContain("现任澄岭智能");
  });

  it("does not read a noun after 「title + 的」 as a name (CEO的职位, 创始人的王牌产品)", () => {
    expect(people(ex(["他辞去了CEO的职位。澄岭科技创始人的王牌产品卖得很好。"]))).toEqual([]);
  });
});

describe("outlets, stakes and bureaus", () => {
  it("takes an outlet's channel dateline (X e公司讯) as the source, not a mention", () => {
    expect(companies(ex(["证券时报e公司讯，汇屿科技：以9614万元竞得一宗工业用地。东洺药业：高管增持。"]))).not.toContain("证券时报");
  });

  it("does not read the stake a deal buys as a subsidiary's name (子公司少数股权)", () => {
    expect(companies(ex(["澄岭科技拟1079万元收购控股子公司少数股权。"]))).not.toContain("少数股权");
  });

  it("reads a province + a bureau as an institution (浙江证监局)", () => {
    expect(companies(ex(["远帆电子收到浙江证监局行政监管措施决定书。"]))).toContain("浙江证监局");
  });
});

describe("interviews written as a transcript", () => {
  it("reads the speaker heading answer lines after an interviewer's label", () => {
    const r = ex(["记者：为什么选择现在融资？", "孟晓川：因为窗口期很短，我们必须抓住。", "记者：估值多少？", "孟晓川：这个不方便透露。"]);
    expect(people(r)).toContain("孟晓川");
  });

  it("does not read one 「name：」 heading with no interviewer as a speaker", () => {
    expect(people(ex(["蔺文涛：大模型的下半场", "文章正文从这里开始，讲的是行业趋势。"]))).toEqual([]);
  });

  it("does not read a company heading a brief item as a speaker (金陵药业：…)", () => {
    expect(people(ex(["记者：今天有哪些公告？", "东洺药业：25日获增持。", "汇屿科技：竞得工业用地。"]))).toEqual([]);
  });
});

describe("a Chinese form and its Latin name in brackets after a title", () => {
  it("is one person, with the role read at the Chinese form (Anthropic联合创始人X（Latin）)", () => {
    const r = ex(["Anthropic联合创始人杰瑞德·卡普兰（Jared Kaplan）表示，模型规模仍会继续扩大。"]);
    expect(r.people).toHaveLength(1);
    expect(r.people[0]!.roles.map((x) => `${x.organisation}/${x.title}`)).toEqual(["Anthropic/联合创始人"]);
  });
});

describe("roles given after the name (X出任/担任 …)", () => {
  const rolesOf = (r: ReturnType<typeof ex>, name: string) => r.people.find((p) => p.name === name)?.roles.map((x) => `${x.organisation}/${x.title}`) ?? [];

  it("reads the organisation and title a personnel verb gives the name before it", () => {
    const r = ex(["据悉，商汤科技联合创始人杨帆将出任AI基础设施子公司商汤大装置的董事长一职。"]);
    expect(rolesOf(r, "杨帆")).toEqual(expect.arrayContaining(["商汤科技/联合创始人", "商汤大装置/董事长"]));
  });

  it("takes the company 加盟/转投 names when the title stands alone after the verb", () => {
    const r = ex(["澄岭智能原首席运营官孟晓川已于10月离职，转投汇屿科技任执行副总裁。"]);
    expect(rolesOf(r, "孟晓川")).toEqual(expect.arrayContaining(["澄岭智能/原首席运营官", "汇屿科技/执行副总裁"]));
  });

  it("reads 公司 after the verb as the company announcing, not the person's former employer", () => {
    const r = ex(["芯片公司汇屿科技宣布，前英特尔中国区副总裁孟晓川正式加盟，担任公司首席运营官。"]);
    expect(rolesOf(r, "孟晓川")).toEqual(expect.arrayContaining(["英特尔/前中国区副总裁", "汇屿科技/首席运营官"]));
    expect(rolesOf(r, "孟晓川")).not.toContain("英特尔/首席运营官");
  });

  it("gives no role where the post after the verb names no organisation", () => {
    const r = ex(["澄岭智能创始人孟晓川表示，王启明将担任首席科学家一职。"]);
    expect(rolesOf(r, "王启明")).toEqual([]);
  });

  it("does not read 任 inside another word (主任, 任务) as the verb", () => {
    const r = ex(["澄岭智能创始人孟晓川表示，团队的任务是把汇屿科技的产品做好，他兼任办公室主任。"]);
    expect(rolesOf(r, "孟晓川")).toEqual(["澄岭智能/创始人"]);
  });
});

describe("bare titles after a sentence that describes one organisation (X成立于…，创始人Y…)", () => {
  const rolesOf = (r: ReturnType<typeof ex>, name: string) => r.people.find((p) => p.name === name)?.roles.map((x) => `${x.organisation}/${x.title}`) ?? [];

  it("gives the posts of every clause to the organisation the sentence opened with", () => {
    const r = ex(["汇屿科技成立于2023年，创始人兼CEO孟晓川此前是清华大学博士后，联合创始人王启明曾在大疆工作。"]);
    // 博士后 is a title since blind-12-06a (复旦大学博士生X): the clause's own organisation holds it
    expect(rolesOf(r, "孟晓川")).toEqual(["汇屿科技/创始人兼CEO", "清华大学/博士后"]);
    expect(rolesOf(r, "王启明")).toEqual(["汇屿科技/联合创始人"]);
  });

  it("does not when the sentence opens with something other than a description of the organisation", () => {
    const r = ex(["汇屿科技和澄岭智能昨天签约，创始人兼CEO孟晓川表示将扩大合作。"]);
    expect(rolesOf(r, "孟晓川")).toEqual([]);
  });
});

describe("an officer's bare title after a sentence the company spoke in", () => {
  const rolesOf = (r: ReturnType<typeof ex>, name: string) => r.people.find((p) => p.name === name)?.roles.map((x) => `${x.organisation}/${x.title}`) ?? [];

  it("gives 财务负责人Y the company whose chairman spoke in the sentence before", () => {
    const r = ex(["会上，汇屿科技董事长孟晓川表示，订单充足。财务负责人王启明则提醒投资者注意风险。"]);
    expect(rolesOf(r, "王启明")).toEqual(["汇屿科技/财务负责人"]);
  });

  it("gives an analyst no post at the company the sentence before named", () => {
    const r = ex(["会上，汇屿科技董事长孟晓川表示，订单充足。分析师王启明认为增长将放缓。"]);
    expect(rolesOf(r, "王启明")).toEqual([]);
  });

  it("does not reach into the paragraph before", () => {
    const r = ex(["会上，汇屿科技董事长孟晓川表示，订单充足。", "财务负责人王启明则提醒投资者注意风险。"]);
    expect(rolesOf(r, "王启明")).toEqual([]);
  });
});

describe("an officer's bare title opening the paragraph after one that opened with that company's officer (blind-12-06a)", () => {
  const rolesOf = (r: ReturnType<typeof ex>, name: string) => r.people.find((p) => p.name === name)?.roles.map((x) => `${x.organisation}/${x.title}`) ?? [];

  it("gives the CFO's post to the company whose CEO spoke in the paragraph before", () => {
    const r = ex(["金山办公CEO章庆元在业绩说明会上表示，月活跃用户已突破3000万。", "首席财务官魏秋菡在会上说，公司四季度将加大海外投入。"]);
    expect(rolesOf(r, "魏秋菡")).toEqual(["金山办公/首席财务官"]);
  });

  it("does not when the paragraph before opened with anything else", () => {
    const r = ex(["据金山办公披露，月活跃用户已突破3000万。", "首席财务官魏秋菡在会上说，公司四季度将加大海外投入。"]);
    expect(rolesOf(r, "魏秋菡")).toEqual([]);
  });
});

describe("a company joined through a description with a Latin word (加盟AI眼镜创业公司X，担任CTO) (blind-12-06b)", () => {
  const rolesOf = (r: ReturnType<typeof ex>, name: string) => r.people.find((p) => p.name === name)?.roles.map((x) => `${x.organisation}/${x.title}`) ?? [];

  it("gives the post after the clause to the company joined", () => {
    const r = ex(["阶跃星辰联合创始人尉迟岚已于近日离职，加盟AI眼镜创业公司镜川科技，担任CTO。"]);
    expect(rolesOf(r, "尉迟岚")).toContain("镜川科技/CTO");
  });
});

describe("an officer named in an interviewee's answer (我们的首席产品官X, 据我们CTO X介绍) is at the speaker's company (blind-12-06a/b)", () => {
  const rolesOf = (r: ReturnType<typeof ex>, name: string) => r.people.find((p) => p.name === name)?.roles.map((x) => `${x.organisation}/${x.title}`) ?? [];
  const lead = "12月2日，深川智库创始人兼CEO秦嘉川接受了专访。以下为对话实录：";

  it("places 我们的首席产品官 and a bare CTO in the speaker's lines at the speaker's company", () => {
    const r = ex([lead, "问：你们的优势在哪？", "秦嘉川：比如我们的首席产品官欧阳靖川，之前做了八年分析师。", "问：明年的目标？", "秦嘉川：收入翻三倍。CTO严川做了一个测算，毛利率能到60%。"]);
    expect(rolesOf(r, "欧阳靖川")).toContain("深川智库/首席产品官");
    expect(rolesOf(r, "严川")).toContain("深川智库/CTO");
  });

  it("does not outside a labelled answer", () => {
    const r = ex([lead, "业内人士表示，比如我们的首席产品官欧阳靖川，之前做了八年分析师。"]);
    expect(rolesOf(r, "欧阳靖川")).toEqual([]);
  });
});

describe("a post after the name with a word between (X目前担任公司创始人兼CEO) (blind-12-06b)", () => {
  const rolesOf = (r: ReturnType<typeof ex>, name: string) => r.people.find((p) => p.name === name)?.roles.map((x) => `${x.organisation}/${x.title}`) ?? [];

  it("reads the name again before 目前, the 兼 chain as the title, and 公司 as the company spoken of, not the round's investor", () => {
    const r = ex(["镜川科技成立于2024年，由前小米生态链负责人蒲朝川创办，今年6月完成由顺为资本领投的2亿元天使轮融资。蒲朝川目前担任公司创始人兼CEO。"]);
    expect(rolesOf(r, "蒲朝川")).toContain("镜川科技/创始人兼CEO");
    expect(rolesOf(r, "蒲朝川")).not.toContain("顺为资本/创始人兼CEO");
  });
});

describe("a company announcing appointments gives its bare titles down the ；-chain (blind-12-06a)", () => {
  const rolesOf = (r: ReturnType<typeof ex>, name: string) => r.people.find((p) => p.name === name)?.roles.map((x) => `${x.organisation}/${x.title}`) ?? [];

  it("places 向创始人兼CEO X汇报 and a later clause's 原首席运营官 at the announcing company", () => {
    const r = ex(["12月4日，大模型创业公司衡川智能宣布一系列人事任命：前百度产品负责人令狐川出任公司总裁，向创始人兼CEO钱川汇报；前字节跳动算法负责人聂川远加入，任首席科学家；原首席运营官戴川俊调任海外业务负责人。"]);
    expect(rolesOf(r, "钱川")).toContain("衡川智能/创始人兼CEO");
    expect(rolesOf(r, "戴川俊")).toContain("衡川智能/原首席运营官");
  });

  it("does not when the sentence only mentions the company", () => {
    const r = ex(["12月4日，记者走访了衡川智能的展台，向创始人兼CEO钱川了解情况。"]);
    expect(rolesOf(r, "钱川")).toEqual([]);
  });
});

describe("是 gives a post after the name as 为 does, and a known post named by the title before stays (blind-12-06b)", () => {
  const rolesOf = (r: ReturnType<typeof ex>, name: string) => r.people.find((p) => p.name === name)?.roles.map((x) => `${x.organisation}/${x.title}`) ?? [];

  it("reads X是北京协和医院原主任医师", () => {
    const r = ex(["灵川医智成立于2023年，联合创始人兼首席医学官贺兰雅是北京协和医院原主任医师。"]);
    expect(rolesOf(r, "贺兰雅")).toContain("北京协和医院/原主任医师");
  });

  it("keeps a gazetteer person's known post from the title before the name beside the one read after it", () => {
    const r = ex(["生数科技由清华大学人工智能研究院孵化，首席科学家朱军是清华大学计算机系教授。朱军指出，Vidu领先。"]);
    expect(rolesOf(r, "朱军")).toEqual(expect.arrayContaining(["清华大学/计算机系教授", "生数科技/首席科学家"]));
  });

  it("gives no post where 是 is followed by no organisation and title", () => {
    const r = ex(["灵川医智成立于2023年，首席医学官贺兰雅是一个很有经验的人。"]);
    expect(rolesOf(r, "贺兰雅").filter((x) => !x.startsWith("灵川医智/"))).toEqual([]);
  });
});
