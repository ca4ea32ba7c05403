/**
 * Political parties by their common names (issue 15, e9): organisations news names as actors and
 * as the body behind a post (前保守党党魁X). Made-up people; the parties are general vocabulary.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const ex = (paragraphs: string[]) => extractEntities({ title: "", paragraphs });
const companies = (r: ReturnType<typeof ex>) => r.companies.map((c) => c.name).sort();
const rolesOf = (r: ReturnType<typeof ex>, name: string) => (r.people.find((p) => p.name === name)?.roles ?? []).map((x) => `${x.organisation}/${x.title}`);

describe("a party is an organisation", () => {
  it("parties named as actors, after a mark or a linking word", () => {
    const r = ex(["议会辩论中，保守党和工党都支持这项人工智能法案。", "民主党则表示将提出修正案。"]);
    expect(companies(r)).toEqual(["保守党", "工党", "民主党"]);
  });
  it("the body behind a post before a name (前X党党魁Y)", () => {
    const r = ex(["英国方面，是前保守党党魁柯文博，他一直主张加强算力出口管制。", "柯文博表示，法案应尽快通过。"]);
    expect(rolesOf(r, "柯文博")).toEqual(["保守党/前党魁"]);
  });
});

describe("what is not a party", () => {
  it("a member, a faction, or a party word inside another word", () => {
    const r = ex(["他是一名共产党员，来自民主党派，曾任化工党委书记。"]);
    expect(companies(r)).toEqual([]);
  });
});
