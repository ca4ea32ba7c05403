/**
 * Role shapes from blind-12-11r: posts given after the name (由X出任CTO, X担任联合创始人兼COO,
 * X在商汤科技担任…, X兼任…事业群总裁, 接任首席财务官（CFO）), titles glossed in Latin (副总裁（VP）X,
 * X（首席执行官，CEO）), a company's Latin name before 的 (美团（Meituan）的AI负责人X), a subsidiary
 * after 旗下, founders (由X创立), and the guards. Names are made up so the rules, not the gazetteer, find them.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const ex = (title: string, paragraphs: string[]) => extractEntities({ title, paragraphs });
const rolesOf = (r: ReturnType<typeof ex>, name: string) =>
  (r.people.find((p) => p.name === name)?.roles ?? []).map((x) => `${x.organisation}/${x.title}`).sort();

describe("posts given after the name", () => {
  it("由X出任 a bare officer title: at the company the article is about", () => {
    const r = ex("智谱调整技术团队", ["智谱近日完成一轮组织调整，公司决定由算法负责人柯望川出任CTO。"]);
    expect(rolesOf(r, "柯望川")).toEqual(["智谱/CTO", "智谱/算法负责人"]);
    expect(r.companies.map((c) => c.name)).not.toContain("决定由算法");
  });
  it("X担任 titles chained by 兼", () => {
    const r = ex("百川智能组建医疗团队", ["百川智能近日组建医疗团队。其中，柯望川担任联合创始人兼COO。"]);
    expect(rolesOf(r, "柯望川")).toEqual(["百川智能/联合创始人兼COO"]);
  });
  it("a former post before the name is not where the new one is", () => {
    const r = ex("独家｜腾讯再添大将，前OpenAI研究员柯望川出任首席AI科学家", ["柯望川已正式加入腾讯。"]);
    expect(rolesOf(r, "柯望川").filter((x) => x.startsWith("OpenAI/首席"))).toEqual([]);
  });
  it("在X担任: at X", () => {
    const r = ex("", ["联合创始人柯望川此前在商汤科技担任研究总监。"]);
    expect(rolesOf(r, "柯望川")).toContain("商汤科技/研究总监");
  });
  it("兼任 a unit's head: at the organisation of the post the sentence gave first", () => {
    const r = ex("", ["公告显示，智谱联合创始人柯望川将兼任医疗事业群总裁。"]);
    expect(rolesOf(r, "柯望川")).toEqual(["智谱/医疗事业群总裁", "智谱/联合创始人"]);
  });
  it("由财务副总裁X接任首席财务官（CFO）", () => {
    const r = ex("智谱人事调整", ["智谱12月5日晚间发布公告。公告同时显示，董事会批准由财务副总裁柯望川接任首席财务官（CFO）。"]);
    expect(rolesOf(r, "柯望川")).toEqual(["智谱/财务副总裁", "智谱/首席财务官"]);
  });
  it("兼任 by a name in a later clause is not the post of the name before", () => {
    const r = ex("专访百川智能", ["柯望川担任百川智能首席科学家，公司CEO由创业者蓝知远出任，蓝知远同时兼任董事长。"]);
    expect(rolesOf(r, "柯望川")).toEqual(["百川智能/首席科学家"]);
  });
  it("由X创立: the founder of the organisation opening the sentence", () => {
    const r = ex("", ["星曜智能成立于2023年，由前微软亚洲研究院研究员柯望川创立，专注金融大模型。"]);
    expect(rolesOf(r, "柯望川")).toContain("星曜智能/创始人");
    expect(rolesOf(ex("", ["百川智能是由柯望川联合创立的公司。"]), "柯望川")).toEqual(["百川智能/联合创始人"]);
  });
  it("前X公司副总裁Y: 公司 is the name's head word, not the post's", () => {
    const r = ex("", ["核心团队还包括前优必选公司副总裁柯望川。"]);
    expect(rolesOf(r, "柯望川")).toEqual(["优必选/前副总裁"]);
  });
  it("担任…负责人的X and 其职务由Y接任: both at the company the article is about", () => {
    const r = ex("智谱调整技术团队", ["智谱近日完成组织调整。此前担任推理平台负责人的柯望川已于上月离职，其职务由蓝知远接任。"]);
    expect(rolesOf(r, "柯望川")).toEqual(["智谱/推理平台负责人"]);
    expect(rolesOf(r, "蓝知远")).toEqual(["智谱/推理平台负责人"]);
  });
  it("公司CEO由（described）X出任: X holds the post named before 由", () => {
    const r = ex("专访百川智能", ["百川智能成立于2023年，公司CEO由连续创业者蓝知远出任。"]);
    expect(rolesOf(r, "蓝知远")).toEqual(["百川智能/CEO"]);
    expect(rolesOf(ex("", ["首席科学家一职由智谱研究员蓝知远担任。"]), "蓝知远")).toEqual(["智谱/研究员"]);
  });
  it("公司 points past a university to the company", () => {
    const r = ex("具身智能公司星曜机器人完成A轮融资", ["星曜机器人完成A轮融资。创始人柯望川毕业于上海交通大学，蓝知远出任公司首席技术官。"]);
    expect(rolesOf(r, "蓝知远").some((x) => x.startsWith("上海交通大学"))).toBe(false);
  });
});

describe("titles glossed in Latin", () => {
  it("副总裁（VP）X: the name after the gloss", () => {
    const r = ex("", ["OpenAI工程副总裁（VP）Lena Whitfield表示，新模型将在下月发布。"]);
    expect(rolesOf(r, "Lena Whitfield")).toEqual(["OpenAI/工程副总裁"]);
  });
  it("X（首席执行官，CEO）: at the organisation of the post before the name, the Latin item a gloss", () => {
    const r = ex("", ["OpenAI创始人Lena Whitfield（首席执行官，CEO）在博客中写道，公司将扩充团队。"]);
    expect(rolesOf(r, "Lena Whitfield")).toEqual(["OpenAI/创始人", "OpenAI/首席执行官"]);
  });
  it("brackets holding something other than posts give none", () => {
    const r = ex("", ["智谱创始人柯望川（1985年生）表示，公司将扩充团队。"]);
    expect(rolesOf(r, "柯望川")).toEqual(["智谱/创始人"]);
  });
  it("美团（Meituan）的AI负责人X", () => {
    const r = ex("", ["美团（Meituan）的AI负责人柯望川透露，公司内部已有一半代码由AI生成。"]);
    expect(rolesOf(r, "柯望川")).toEqual(["美团/AI负责人"]);
  });
});

describe("subsidiaries after 旗下", () => {
  it("the title is at the subsidiary, linked to its parent", () => {
    const r = ex("", ["百度旗下小度科技CEO柯望川在发布会上表示，智能硬件将率先落地。"]);
    expect(rolesOf(r, "柯望川")).toEqual(["小度科技/CEO"]);
    expect(r.companies.find((c) => c.name === "小度科技")?.parent).toBe("百度");
  });
});

describe("和 ending a given name", () => {
  it("before 为 and a post, or 此前是: part of the name", () => {
    const r = ex("", ["智谱任命柯清和为首席科学家。柯清和此前是清华大学副教授。"]);
    expect(r.people.map((p) => p.name)).toEqual(["柯清和"]);
    expect(rolesOf(r, "柯清和")).toEqual(["智谱/首席科学家", "清华大学/副教授"]);
  });
  it("a joiner before another name stays a joiner", () => {
    const r = ex("", ["公司聘任柯清和蓝知远为副总裁。"]);
    expect(r.people.map((p) => p.name)).not.toContain("柯清和");
  });
});
