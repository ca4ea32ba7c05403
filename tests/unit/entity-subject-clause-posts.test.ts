/**
 * A life told clause by clause (issue 15, e9): the sentence opens with the person and a later
 * clause takes a post with 调任/出任/担任 and no subject of its own; every post of a 、 list after the
 * organisation is the subject's. Made-up people and bodies.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const ex = (paragraphs: string[]) => extractEntities({ title: "", paragraphs });
const rolesOf = (r: ReturnType<typeof ex>, name: string) => (r.people.find((p) => p.name === name)?.roles ?? []).map((x) => `${x.organisation}/${x.title}`).sort();

describe("a post taken in a later clause of the subject's sentence", () => {
  it("each post of the list after the organisation", () => {
    const r = ex(["张明远生于杭州，2001年调任浙江省作协党组成员、副主席，2010年退休。", "张明远表示，创作从未停止。"]);
    expect(rolesOf(r, "张明远")).toEqual(["浙江省作协/党组成员", "浙江省作协/副主席"]);
  });
});

describe("when the clause has another possible subject", () => {
  it("a second person named before the clause", () => {
    const r = ex(["张明远生于杭州，与王建国同窗多年，2001年调任浙江省作协党组成员、副主席，2010年退休。", "张明远表示，创作从未停止。王建国表示，他很怀念那段时光。"]);
    expect(rolesOf(r, "张明远")).toEqual([]);
  });
});
