/**
 * Issue 15, real news: a surname with a form of address after a title (负责人王先生) names nobody,
 * even where a surname the table does not vouch for is read; and a vessel's or aircraft's crew
 * (船长, 机长, 机械师) introduce a name the way other weak titles do. Names are made up.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const run = (...paragraphs: string[]) => extractEntities({ title: "", paragraphs });
const people = (...p: string[]) => run(...p).people.filter((x) => !x.author).map((x) => x.name);

describe("forms of address and crews", () => {
  it("负责人王先生 is no name, however often it comes back", () => {
    expect(people("记者连线澄江通用航空有限公司的负责人王先生，据王先生透露，该机型此前也曾迫降。")).not.toContain("王先生");
  });
  it("a ship's captain who speaks is a person", () => {
    expect(people("“海鹞”号船长韦岳峰表示，本次科考任务较重。")).toContain("韦岳峰");
  });
  it("a mechanic named twice is a person", () => {
    expect(people("机上两名机组人员获救，机械师葛长顺失踪。", "三天后，失踪机组人员葛长顺的遗体被发现。")).toContain("葛长顺");
  });
});
