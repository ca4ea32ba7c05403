/**
 * The CPC Central Committee's working departments (gazetteer, issue 15, e9): news names them by
 * their short forms (中宣部, 中组部) and their officials by post and name (中宣部副部长X). Made-up people.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const ex = (paragraphs: string[]) => extractEntities({ title: "", paragraphs });
const rolesOf = (r: ReturnType<typeof ex>, name: string) => (r.people.find((p) => p.name === name)?.roles ?? []).map((x) => `${x.organisation}/${x.title}`);

describe("a central department by its short form", () => {
  it("an official after the department and the post", () => {
    const r = ex(["在发布厅现场，中宣部副部长柯文博颁发奖章和证书。"]);
    expect(rolesOf(r, "柯文博")).toEqual(["中共中央宣传部/副部长"]);
  });
  it("the department named alone", () => {
    const r = ex(["中组部近日发布通知，要求加强干部人工智能培训。"]);
    expect(r.companies.map((c) => c.name)).toEqual(["中共中央组织部"]);
  });
});
