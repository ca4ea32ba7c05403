/**
 * Posts given through a pointer (公司CFO, 该公司董秘, 据公司首席科学家X介绍, 公司创始人兼CEO): the
 * company meant is the last one that was the subject of its clause, not one named as an object or
 * one quoted for an analyst or investor, nor one named before an organisation the patterns find
 * with a stock code; and when nothing before can be meant, the company the headline opens with.
 * Names are made up.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const rolesOf = (r: ReturnType<typeof extractEntities>, name: string) => r.people.find((p) => p.name === name)?.roles.map((x) => `${x.organisation}/${x.title}`) ?? [];

describe("公司 + title points to the company the text speaks of", () => {
  it("walks back past organisations named as objects to the clause's subject", () => {
    const r = extractEntities({
      title: "",
      paragraphs: ["招股书显示，澄岭科技由前谷歌工程师孟晓川于2022年创立。", "公司首席财务官邬莘雅称，募集资金将用于算力采购。"],
    });
    expect(rolesOf(r, "邬莘雅")).toEqual(["澄岭科技/首席财务官"]);
  });

  it("skips a firm named for its analyst or partner", () => {
    const r = extractEntities({
      title: "",
      paragraphs: ["澄岭科技CEO孟晓川表示，订单保持增长。", "中金公司分析师鲍嘉玥问及毛利率。", "对于供应问题，公司副总裁、AI业务负责人冼一川介绍，适配已经完成。"],
    });
    expect(rolesOf(r, "冼一川")).toEqual(["澄岭科技/副总裁", "澄岭科技/AI业务负责人"]);
  });

  it("takes the company the headline opens with when nothing before the pointer can be meant", () => {
    const r = extractEntities({
      title: "具身智能公司澄岭科技完成B轮融资",
      paragraphs: ["澄岭科技近日宣布完成数亿元B轮融资。", "对于行业前景，业内普遍乐观。", "据公司首席科学家阚一舟介绍，模型已能预测机械臂抓取的结果。"],
    });
    expect(rolesOf(r, "阚一舟")).toEqual(["澄岭科技/首席科学家"]);
  });

  it("reads chained titles after the pointer (公司创始人兼CEO)", () => {
    const r = extractEntities({ title: "", paragraphs: ["澄岭科技成立于2024年3月。", "公司创始人兼CEO宓子川曾在字节跳动负责代码大模型的训练。"] });
    expect(rolesOf(r, "宓子川")).toContain("澄岭科技/创始人兼CEO");
  });

  it("prefers a company the patterns find nearer before the pointer (X（688652.SH）) to one named earlier", () => {
    const r = extractEntities({
      title: "",
      paragraphs: ["万兴科技董秘邬莘尧回复投资者称，产品已接入大模型。", "一家小市值公司也受到资金关注。澄汇股份（688652.SH）当日涨幅达18%。该公司董事会秘书郏晓川在接受采访时说，合作仍处于早期。"],
    });
    expect(rolesOf(r, "郏晓川")).toEqual(["澄汇股份/董事会秘书"]);
  });
});

describe("an officer's bare title with no organisation in the sentences before it", () => {
  it("is a post at the company the headline opens with, when the body names it too", () => {
    const r = extractEntities({
      title: "智驾公司澄岭科技高管变动：CTO离职",
      paragraphs: ["据报道，智能驾驶公司澄岭科技近日完成一轮管理层调整。", "原CTO单文川已于上月离职，他主导了城市NOA方案的研发。"],
    });
    expect(rolesOf(r, "单文川")).toEqual(["澄岭科技/原CTO"]);
  });

  it("reads the company after an interview's label (对话X：)", () => {
    const r = extractEntities({
      title: "对话澄岭科技：智能体的下一步",
      paragraphs: ["澄岭科技发布半年后，团队在新加坡设立了总部。", "对于收入，业内有不少猜测。", "联合创始人张一涛透露，年化收入已经突破9000万美元。"],
    });
    expect(rolesOf(r, "张一涛")).toEqual(["澄岭科技/联合创始人"]);
  });

  it("stays unplaced when the headline names no company", () => {
    const r = extractEntities({ title: "智能驾驶行业观察", paragraphs: ["据报道，行业近日迎来一轮管理层调整。", "原CTO单文川已于上月离职，他主导了城市NOA方案的研发。"] });
    expect(rolesOf(r, "单文川")).toEqual([]);
  });
});

describe("an academic title written after the name (厦门大学X教授)", () => {
  it("is a post at the organisation right before the name", () => {
    const r = extractEntities({ title: "", paragraphs: ["据项目负责人厦门大学孟晓川教授透露，疫苗的研制取得了多项原创发现。"] });
    expect(rolesOf(r, "孟晓川")).toEqual(["厦门大学/教授"]);
  });

  it("keeps the school or lab between the organisation and the name in the title", () => {
    const r = extractEntities({ title: "", paragraphs: ["近日，浙江大学计算机科学与技术学院孟晓川教授团队的一篇论文入选口头报告。", "孟晓川表示，长上下文仍是难点。"] });
    expect(rolesOf(r, "孟晓川")).toEqual(["浙江大学/计算机科学与技术学院教授"]);
  });

  it("takes no organisation across a phrase (与浙江大学合作的X教授)", () => {
    const r = extractEntities({ title: "", paragraphs: ["与浙江大学合作的孟晓川教授表示，长上下文仍是难点。"] });
    expect(rolesOf(r, "孟晓川")).toEqual([]);
  });
});

describe("a bare kind of organisation before a title (联盟秘书长X)", () => {
  it("stands for the organisation of that kind named before", () => {
    const r = extractEntities({
      title: "",
      paragraphs: ["12月2日，由中国人工智能产业发展联盟主办的大会在北京召开。", "联盟秘书长房一航主持了上午的全体会议。他表示，成员单位已超过800家。"],
    });
    expect(rolesOf(r, "房一航")).toEqual(["中国人工智能产业发展联盟/秘书长"]);
  });

  it("keeps the office in the title (联盟秘书处负责人X)", () => {
    const r = extractEntities({
      title: "",
      paragraphs: ["中国人工智能产业发展联盟同日发布《大模型应用安全白皮书》。联盟秘书处负责人韩一远介绍，白皮书梳理了十类风险。"],
    });
    expect(rolesOf(r, "韩一远")).toEqual(["中国人工智能产业发展联盟/秘书处负责人"]);
  });
});
