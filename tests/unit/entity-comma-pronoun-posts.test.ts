/**
 * A name closing a clause and a pronoun with a copula opening the next (issue 15, e9): within one
 * sentence 他是/她是 right after the comma stands for the name right before it, and the post after
 * the organisation is that person's. Made-up people and companies.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const ex = (paragraphs: string[]) => extractEntities({ title: "", paragraphs });
const rolesOf = (r: ReturnType<typeof ex>, name: string) => (r.people.find((p) => p.name === name)?.roles ?? []).map((x) => `${x.organisation}/${x.title}`);

describe("the pronoun after the comma stands for the name before it", () => {
  it("the organisation right after the copula", () => {
    const r = ex(["星衡科技发布了新模型。", "发布会上发言的是王建国，他是星衡科技的首席技术官。", "王建国表示，模型将开源。"]);
    expect(rolesOf(r, "王建国")).toEqual(["星衡科技/首席技术官"]);
  });
  it("a short description before the organisation (执政党X的…发言人)", () => {
    const r = ex(["会上还有来自德国的汉斯·穆勒，他是执政党基民党的数字政策发言人。", "汉斯·穆勒表示，欧洲需要自己的大模型。"]);
    expect(rolesOf(r, "汉斯·穆勒")).toEqual(["基民党/数字政策发言人"]);
  });
});
