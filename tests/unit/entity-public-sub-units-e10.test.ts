/**
 * Issue 15 (helper e10): a government body's own department or standing body written right after
 * it is named as a unit of its own (./lib/ingest/entities/public-sub-units.ts).
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const run = (...paragraphs: string[]) => extractEntities({ title: "消息", paragraphs });
const companies = (...paragraphs: string[]) => run(...paragraphs).companies.map((c) => c.name).sort();

describe("a state body's standing committee or mechanism after it", () => {
  it("国务院 + 联防联控机制, 中国人民银行 + 货币政策委员会 are the bodies that act", () => {
    expect(companies("国务院联防联控机制同日召开新闻发布会。")).toEqual(["国务院联防联控机制"]);
    expect(companies("中国人民银行货币政策委员会当天召开了第四季度例会。")).toEqual(["中国人民银行货币政策委员会"]);
  });
  it("a clause after the body is no committee (国务院|近日印发…委员会, 机制建设)", () => {
    expect(companies("国务院近日印发通知，要求各地设立委员会。")).toEqual(["国务院"]);
    expect(companies("国务院常务会议研究了机制建设问题。")).not.toContain("国务院常务会议研究了机制");
  });
});

describe("a ministry's department before a post", () => {
  it("named again alone, the department is the person's organisation (外交部欧亚司司长X, 代表外交部欧亚司…)", () => {
    const r = run("外交部欧亚司司长张汉晖作客网站，与网友互动。", "他代表外交部欧亚司向网友拜年。");
    expect(r.companies.map((c) => c.name)).toContain("外交部欧亚司");
    expect(r.people.find((p) => p.name === "张汉晖")?.roles?.map((x) => `${x.organisation}/${x.title}`)).toEqual(["外交部欧亚司/司长"]);
  });
  it("named once before the post, the post is the ministry's (工业和信息化部科技司副司长X)", () => {
    const r = run("工业和信息化部科技司副司长刘伯超在发布会上透露，标准正在制定。");
    expect(r.companies.map((c) => c.name)).toEqual(["工业和信息化部"]);
  });
});
