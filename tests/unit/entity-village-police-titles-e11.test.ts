/**
 * Titles news uses for people of a village and of a police force (issue 15, blind block
 * e11-12-07-unseen-people): 村民 and 村支书 introduce a name the way other callings do (a speech verb
 * or a second sighting confirms it), and a police rank after the force's unit is a post there.
 * Names are made up.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const ex = (...paragraphs: string[]) => extractEntities({ title: "", paragraphs });
const people = (r: ReturnType<typeof ex>) => r.people.filter((p) => !p.author).map((p) => p.name).sort();

describe("村民 and 村支书 before a name", () => {
  it("a villager named again, a village secretary who speaks", () => {
    const r = ex("82岁的村民邵根福每天清晨来到桥上扫地。", "邵根福说，这座桥是有来历的。", "村支书沈建华说，村里打算做一块展板。");
    expect(people(r)).toEqual(["沈建华", "邵根福"]);
  });
  it("not 村民 before a word that is no name", () => {
    expect(people(ex("村民代表大会昨天召开，村民们纷纷发言。"))).toEqual([]);
  });
});

describe("a police rank after the force's unit", () => {
  it("警司 at the unit named before it", () => {
    const r = ex("香港警務處反詐騙協調中心警司鄧志恆呼籲市民提高警惕。");
    expect(people(r)).toEqual(["邓志恒"]);
    expect(r.people[0]?.roles.map((x) => x.title)).toContain("警司");
  });
});
