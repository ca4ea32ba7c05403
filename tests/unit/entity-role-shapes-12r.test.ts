/**
 * Role shapes from blind-12-12r: founders joined in one 由 clause (由X和Y联合创立), their officer posts
 * given by 任 right after (X任CEO，Y任首席科学家), and a count of people between 公司 and the titles
 * (公司另一位联合创始人、CTO X), which names no organisation. Names are made up so the rules, not the
 * gazetteer, find them.
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const ex = (title: string, paragraphs: string[]) => extractEntities({ title, paragraphs });
const rolesOf = (r: ReturnType<typeof ex>, name: string) =>
  (r.people.find((p) => p.name === name)?.roles ?? []).map((x) => `${x.organisation}/${x.title}`).sort();

describe("founders and their posts", () => {
  const r = ex("具身智能公司「岫峰动力」完成融资", [
    "岫峰动力成立于2024年，由小鹏汽车负责人尹哲远和香港大学助理教授闵书远联合创立，尹哲远任CEO，闵书远任首席科学家。",
    "公司另一位联合创始人、CTO巫山远此前在大疆负责云台控制算法。",
  ]);
  it("由X和Y联合创立: both are co-founders", () => {
    expect(rolesOf(r, "尹哲远")).toContain("岫峰动力/联合创始人");
    expect(rolesOf(r, "闵书远")).toContain("岫峰动力/联合创始人");
  });
  it("X任CEO，Y任首席科学家 after they founded it: at the company founded", () => {
    expect(rolesOf(r, "尹哲远")).toContain("岫峰动力/CEO");
    expect(rolesOf(r, "闵书远")).toContain("岫峰动力/首席科学家");
    expect(rolesOf(r, "闵书远")).toContain("香港大学/助理教授");
  });
  it("公司另一位联合创始人、CTO X: at the company, no organisation 另一位", () => {
    expect(rolesOf(r, "巫山远")).toEqual(["岫峰动力/CTO", "岫峰动力/联合创始人"]);
    expect(r.companies.map((c) => c.name)).not.toContain("另一位");
  });
  it("a name before 和 outside the 由 clause founded nothing", () => {
    const q = ex("", ["岫峰动力成立于2024年，由闵书远联合创立。柯望远和他见过面。"]);
    expect(rolesOf(q, "柯望远")).toEqual([]);
  });
});

describe("a title before a list of names", () => {
  it("联合创始人X、Y: both hold it", () => {
    const r = ex("百川智能再有高管离开", ["百川智能再有高管离开。此前，联合创始人陈炜远、洪涛远已先后离开。"]);
    expect(rolesOf(r, "陈炜远")).toEqual(["百川智能/联合创始人"]);
    expect(rolesOf(r, "洪涛远")).toEqual(["百川智能/联合创始人"]);
  });
  it("guards: a name with a post of its own, and names before a verb that gives posts each", () => {
    const r = ex("", ["出席论坛的有百川智能联合创始人陈炜远、智谱CEO柯望远。", "百川智能宣布，柯书远、闵一远分别担任CTO和COO。"]);
    expect(rolesOf(r, "柯望远")).toEqual(["智谱/CEO"]);
    expect(rolesOf(r, "闵一远").filter((x) => x.endsWith("/CTO"))).toEqual([]);
  });
});

describe("公司 inside a clause", () => {
  it("我们…见到了公司创始人X: the company the sentence before spoke of", () => {
    const r = ex("对话澄川智能", ["澄川智能是一家成立不到两年的世界模型公司。上周，我们在北京的办公室见到了公司创始人步晨远。", "步晨远说，视频生成只是切面。"]);
    expect(rolesOf(r, "步晨远")).toEqual(["澄川智能/创始人"]);
  });
});

describe("an interviewee's colleagues", () => {
  it("我们的CTO X以前是Y团队的负责人: the company the headline names with the speaker, and the former post after 以前是", () => {
    const r = ex("对话栖川智能温叙远：做AI陪伴，留存更重要", [
      "栖川智能是一家做AI陪伴应用的创业公司，总部位于杭州。",
      "问：团队现在有多少人？",
      "温叙远：六十多人。我们的CTO卜子远以前是快手推荐算法团队的负责人，他来了以后，留存提升了很多。",
    ]);
    expect(rolesOf(r, "卜子远")).toEqual(["快手/推荐算法团队的负责人", "栖川智能/CTO"]);
  });
});

describe("officers of a company a regulator named", () => {
  it("X（以下简称“Y”）…。经查，该公司…。时任董事长Z: at the company, not the regulator", () => {
    const r = ex("虚增收入，慧川信息及时任高管被罚", [
      "12月10日，江苏证监局对南京慧川信息技术股份有限公司（以下简称“慧川信息”）下发行政处罚决定书。",
      "经查，该公司在2024年年报中虚增收入1.2亿元。时任董事长蔺博远、时任总经理计晓远对上述违规行为负有主要责任。",
    ]);
    expect(rolesOf(r, "蔺博远")).toEqual(["慧川信息/时任董事长"]);
    expect(rolesOf(r, "计晓远")).toEqual(["慧川信息/时任总经理"]);
  });
});

describe("posts after 现在是/如今是", () => {
  it("X现在是Y的CTO (the blind-12-10a profile of 声屿)", () => {
    const lines = fs.readFileSync("tests/fixtures/entities/profile-shengyu-roles-sentences-away/source.txt", "utf8").split("\n").map((l) => l.trim()).filter(Boolean);
    const r = ex(lines[0]!, lines.slice(1));
    expect(rolesOf(r, "柏沐阳").filter((x) => x.endsWith("/CTO"))).toEqual(["声屿/CTO"]);
  });
});
