/**
 * Shapes of the blind batches blind-12-08a/b (news the gazetteer has never seen): a given name
 * ending in 之, 当时 after a name, a title that begins with a surname character (董秘), a team
 * after a professor's title, a weak title with a verb news puts after names, and a post taken
 * after an adverb of time. Names are made up so the rules, not the gazetteer, find them; each
 * shape keeps a case that must stay unfound.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";
import { chineseNameAt } from "@/lib/ingest/entities/names";

const ex = (paragraphs: string[]) => extractEntities({ title: "", paragraphs });
const people = (r: ReturnType<typeof ex>) => r.people.filter((p) => !p.author).map((p) => p.name);

describe("a given name that ends in 之", () => {
  it("is read whole before a speech verb", () => {
    expect(chineseNameAt("邬牧之认为，行业仍在轮动。", 0)?.name).toBe("邬牧之");
    expect(people(ex(["兴业证券首席分析师邬牧之认为，行业仍在轮动。"]))).toEqual(["邬牧之"]);
  });
  it("not before the idioms 之称 / 之后", () => {
    expect(chineseNameAt("张江之称由来已久", 0)?.name).not.toBe("张江之");
    expect(chineseNameAt("李明之后表示", 0)?.name).not.toBe("李明之");
  });
});

describe("当时 after a name ends it", () => {
  it("我们CTO郁拓当时拍板", () => {
    expect(chineseNameAt("郁拓当时拍板，", 0)?.name).toBe("郁拓");
    expect(people(ex(["我们CTO郁拓当时拍板，把团队分成两组。"]))).toEqual(["郁拓"]);
  });
});

describe("a title that begins with a surname character is no name", () => {
  it.each([["长岭科技（300999.SZ）董秘在回复中表示，公司订单均真实有效。"], ["该公司董事在会上表示，方案仍需讨论。"]])("%s", (text) => {
    expect(people(ex([text]))).toEqual([]);
  });
  it("a name after the title is still read", () => {
    expect(people(ex(["长岭科技董秘乔慕白在回复中表示，公司订单均真实有效。"]))).toEqual(["乔慕白"]);
  });
});

describe("a team after a professor's title is no person", () => {
  it("复旦大学计算机学院柯明远教授团队", () => {
    expect(people(ex(["复旦大学计算机学院柯明远教授团队的论文入选了大会。"]))).not.toContain("团队");
  });
});

describe("a weak title with a verb news puts after names", () => {
  it.each([
    ["联盟秘书长房启帆主持了上午的会议。", "房启帆"],
    ["江苏省发展和改革委员会副主任鲁新远发布了规划。", "鲁新远"],
    ["参与本次测评的资深产品经理芮文博建议，用户按任务组合使用。", "芮文博"],
  ])("%s", (text, name) => {
    expect(people(ex([text]))).toContain(name);
  });
  it("a weak title before a plain noun stays unread", () => {
    expect(people(ex(["部门经理高度评价了这个方案。"]))).toEqual([]);
  });
});

describe("a post taken after an adverb of time", () => {
  it("X目前担任…, named again elsewhere", () => {
    expect(people(ex(["会上，柯明远也展示了团队的新模型。", "柯明远目前担任浙江大学计算机科学与技术学院副院长，主要研究大模型训练。"]))).toContain("柯明远");
  });
});

const companies = (r: ReturnType<typeof ex>) => r.companies.map((c) => c.name);

describe("a broker's bare 首席 before a name", () => {
  it("兴业证券电子行业首席X", () => {
    expect(people(ex(["另一位提问者、兴业证券电子行业首席仉思远关心的是库存。"]))).toEqual(["仉思远"]);
  });
  it("a longer 首席… title or a post's end after it is no name", () => {
    expect(people(ex(["公司首席体验官表示很满意。"]))).toEqual([]);
    expect(people(ex(["Anthropic首席执行官达里奥·阿莫代伊表示，模型仍在训练。"]))).not.toContain("执行官达里奥·阿莫代伊");
  });
});

describe("a clause that sets something up is no organisation's name", () => {
  it.each([["明年计划在香港设立办公室，拓展海外客户。"], ["报告介绍了高校与企业共建联合实验室的经验。"]])("%s", (text) => {
    expect(companies(ex([text]))).toEqual([]);
  });
});

describe("a clause before 母公司 whose verb takes it", () => {
  it("原总裁X调任母公司Y: Y is a company, the clause before is not", () => {
    const names = companies(ex(["原总裁邹立新调任母公司岩川集团，出任集团副总裁。"]));
    expect(names).toContain("岩川集团");
    expect(names.some((n) => n.includes("调任"))).toBe(false);
  });
});

describe("a bare brand after a modified noun head, then what the company does", () => {
  it("智算云服务商X近日发布…, named again", () => {
    expect(companies(ex(["智算云服务商岩川云近日发布内部信。", "岩川云明年的目标是进入市场前五。"]))).toContain("岩川云");
  });
  it("not named again, or a two-character word there (企业|努力|获得)", () => {
    expect(companies(ex(["智算云服务商岩川云近日发布内部信。"]))).toEqual([]);
    expect(companies(ex(["优势是靠企业努力完成的。", "企业努力的结果。"]))).toEqual([]);
  });
});

describe("gazetteer 2026.12.06-3: widely known companies the lists lacked", () => {
  it("瑞银, 伯恩斯坦, CoreWeave, 思科, 顺丰", () => {
    const names = companies(ex(["瑞银分析师提问，伯恩斯坦分析师在报告中指出，OpenAI已与甲骨文、CoreWeave签下合同，英伟达、AMD和思科跟投，客户包括招商银行和顺丰。"]));
    expect(names).toEqual(expect.arrayContaining(["瑞银", "伯恩斯坦", "CoreWeave", "思科", "顺丰"]));
  });
  it("思科 inside 新思科技 is not Cisco", () => {
    expect(companies(ex(["新思科技发布了新的EDA工具。"]))).not.toContain("思科");
    expect(companies(ex(["深思科技完成了新一轮融资。"]))).not.toContain("思科");
  });
});
