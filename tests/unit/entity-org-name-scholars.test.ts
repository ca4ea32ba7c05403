/**
 * Issue 15, real conference and science news: 「单位 + 姓名 + 教授/研究员」, alone or several in a 、 list,
 * names a scholar and their post at that unit — a found organisation, or the item's own run ending
 * in an organisation's kind. A unit's part (文学院教授) is no name. Names are made up.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const run = (...paragraphs: string[]) => extractEntities({ title: "", paragraphs });
const postsOf = (r: ReturnType<typeof run>, name: string) => r.people.find((p) => p.name === name)?.roles.map((x) => `${x.organisation}/${x.title}`) ?? [];

describe("unit, name and an academic title", () => {
  it("each item of a 、 list names its scholar and unit", () => {
    const r = run("大会主报告环节，江州师范大学韦立新教授、澄海大学葛文涛教授、岚山农业科学研究所邬海明研究员等专家分别作了学术报告。");
    expect(r.people.map((p) => p.name)).toEqual(expect.arrayContaining(["韦立新", "葛文涛", "邬海明"]));
    expect(postsOf(r, "韦立新")).toContain("江州师范大学/教授");
    expect(postsOf(r, "邬海明")).toContain("岚山农业科学研究所/研究员");
    expect(r.companies.map((c) => c.name)).toContain("澄海大学");
  });
  it("a known university before the name gives the post (项目负责人厦门大学X教授)", () => {
    const r = run("领导接见了项目负责人厦门大学韦宁远教授，听取了疫苗研究汇报。");
    expect(postsOf(r, "韦宁远")).toContain("厦门大学/教授");
  });
  it("a school of a found university gives the post at the university, not a company of its own", () => {
    const r = run("开幕式由江州大学常务副校长、西南大学地理科学学院韦秀琴教授主持。");
    // The school may stay in the title (西南大学/地理科学学院教授, as entity-role-pointers has it): the post is the university's either way.
    expect(postsOf(r, "韦秀琴").some((p) => /^西南大学\/(?:地理科学学院)?教授$/.test(p))).toBe(true);
    expect(r.companies.map((c) => c.name)).not.toContain("西南大学地理科学学院");
  });
  it("a unit's part before the title is no name (文学院教授)", () => {
    const r = run("江州大学文学院教授、作家协会会员共同出席了活动。");
    expect(r.people.map((p) => p.name)).not.toContain("文学院");
  });
});
