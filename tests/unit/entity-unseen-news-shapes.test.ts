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
