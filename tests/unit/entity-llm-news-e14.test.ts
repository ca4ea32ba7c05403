/**
 * LLM-industry news shapes (issue 15, blind block e14-12-07-llm): an outlet told something or
 * holding an interview is the article's source; a research body's field between its name and
 * its kind (X人工智能研究院); a unit an organisation 设有 is named on its own, not glued to the
 * clause; an adverb (已) before a suffix opens no name. Sentences are not the block's.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const run = (...paragraphs: string[]) => extractEntities({ title: "", paragraphs });
const companies = (...paragraphs: string[]) => run(...paragraphs).companies.map((c) => c.name);

describe("an outlet that hears or asks is the source, not a company the article discusses", () => {
  it("someone 告诉X, then a comma: X heard it", () => {
    expect(companies("该公司联合创始人告诉36氪，新模型将在下月开放测试。")).not.toContain("36氪");
  });

  it("X对话了 / X专访 someone: the outlet holds the interview", () => {
    expect(companies("日前，虎嗅专访了这家机器人公司的创始人。")).not.toContain("虎嗅");
    expect(companies("近日，36氪对话了一位芯片行业的老兵。")).not.toContain("36氪");
  });

  it("an outlet that acts otherwise stays a mention", () => {
    expect(companies("36氪发布了年度创投榜单。")).toContain("36氪");
  });
});

describe("a field between a research body's name and its kind", () => {
  it("成立 + name + 人工智能 + 研究院 is one body", () => {
    expect(companies("上个月，远帆控股宣布成立远帆人工智能研究院，首批招募80名研究员。")).toContain("远帆人工智能研究院");
  });

  it("a name + 大模型 + 实验室 opening its clause, with an act after it", () => {
    expect(companies("青禾大模型实验室发布了首个开源模型。")).toContain("青禾大模型实验室");
  });

  it("a generic word before the field names no body (国家人工智能研究院 read as a kind, 他们在…)", () => {
    expect(companies("国家人工智能实验室发布了报告。")).not.toContain("国家人工智能实验室");
    expect(companies("他们在人工智能实验室工作了三年。")).toEqual([]);
  });
});

describe("a unit an organisation has (设有, 下设) is named on its own", () => {
  it("X则设有Y实验室: the lab, and X on its own, not the clause", () => {
    const found = companies("腾讯有多个研究团队，华为则设有2012实验室和诺亚方舟实验室。", "学校下设启明实验室。");
    expect(found.some((n) => n.includes("设有") || n.includes("下设"))).toBe(false);
    expect(found).toContain("启明实验室");
  });
});

describe("an adverb opens no name", () => {
  it("已接入集团 is a clause before 集团, not a group", () => {
    expect(companies("新平台已接入集团自研的推理模型。")).toEqual([]);
  });
});

describe("an angel investor is a person, named before a fund in the same list", () => {
  const people = (text: string) => run(text).people.map((p) => p.name);
  it("天使投资人X和Y基金 / 天使投资人X的投资: X is a person", () => {
    expect(people("种子轮由天使投资人贺明川和蓝湖资本共同投资。")).toContain("贺明川");
    expect(people("该团队获得了天使投资人贺明川的个人投资。")).toContain("贺明川");
  });

  it("the kind alone names nobody", () => {
    expect(people("多位天使投资人表示看好这一赛道。")).toEqual([]);
  });
});

describe("在X + a verb of holding a job: X is an employer", () => {
  it("a brand that is also a word (苹果) after 在 and before 工作/负责 is the company", () => {
    expect(companies("她此前在苹果负责供应链管理。")).toContain("苹果");
    expect(companies("他曾在苹果工作了六年。")).toContain("苹果");
  });

  it("the word in any other frame stays a word", () => {
    expect(companies("他在苹果上咬了一口。")).not.toContain("苹果");
  });
});

describe("a fund an investor runs, named before 基金", () => {
  it("a state investor + a word + 基金 is the fund (its own entity)", () => {
    const found = companies("本轮由上海国投先导基金领投，多家机构跟投。");
    expect(found).toContain("上海国投先导基金");
    expect(found).not.toContain("上海国投");
  });

  it("the investor's own name with 基金 right after stays the investor; a foundation is no fund", () => {
    expect(companies("红杉中国基金领投了本轮融资。")).toContain("红杉中国");
  });
});

describe("a group's or a lab's kind word alone opening a title's clause points back at it", () => {
  const roles = (...paragraphs: string[]) => run(...paragraphs).people.flatMap((p) => (p.roles ?? []).map((r) => `${p.name}/${r.organisation}/${r.title}`));
  it("实验室主任X: the lab named before", () => {
    expect(roles("之江实验室今天发布了新一代科学大模型。实验室副主任林洪波介绍，模型已开放申请。")).toContain("林洪波/之江实验室/副主任");
  });

  it("由集团首席技术官X: the group named before", () => {
    expect(roles("远帆集团发布年报。由集团首席技术官唐景曜牵头的研发团队扩编至千人。")).toContain("唐景曜/远帆集团/首席技术官");
  });
});

describe("one of a title's holders, named after 之一的", () => {
  const people = (text: string) => run(text).people.map((p) => p.name);
  it("X联合创始人之一的Y已离职 names Y", () => {
    expect(people("作为星途科技联合创始人之一的韩立川已于上月离职。")).toContain("韩立川");
  });

  it("之一的 before a noun names nobody", () => {
    expect(people("他是创始人之一的说法并不准确。")).toEqual([]);
  });
});

describe("a place's party committee in a chain of posts holds its own post", () => {
  const roles = (text: string) => run(text).people.flatMap((p) => (p.roles ?? []).map((r) => `${p.name}/${r.organisation}/${r.title}`));
  it("国家发改委主任X、上海市委书记Y: Y's post is the committee's, not the commission's", () => {
    const found = roles("会上，国家发改委主任郑栅洁、上海市委书记陈吉宁先后发言。");
    expect(found).toContain("陈吉宁/上海市委/书记");
    expect(found.some((r) => r.startsWith("陈吉宁/国家发展和改革委员会"))).toBe(false);
  });
});

describe("a quoted name right after a company head", () => {
  it("分拆为独立公司“X科技” / 合资公司“X科技”: the quote is the company's name", () => {
    expect(companies("集团拟将自动驾驶业务分拆为独立公司“远驰科技”，并引入战略投资者。")).toContain("远驰科技");
  });

  it("a quoted slogan after 公司 is no name", () => {
    expect(companies("公司“降本增效”的目标没有变。")).toEqual([]);
  });
});

describe("a discovered head of a known company's name is its short form", () => {
  it("阶跃 after 阶跃星辰 in the same article is one company, not two", () => {
    const r = run("阶跃星辰宣布完成新一轮融资。", "阶跃创始人姜大昕称，资金将用于多模态模型研发。");
    const names = r.companies.map((c) => c.name);
    expect(names).toContain("阶跃星辰");
    expect(names).not.toContain("阶跃");
  });
});
