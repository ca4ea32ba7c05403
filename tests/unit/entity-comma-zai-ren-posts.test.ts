/**
 * People listed one by one and placed (issue 15, e9): a name right before the comma, 在, an
 * organisation ending in a kind of body (公司, 控股…), 任 and a title closing the clause. The
 * frame gives the person, the organisation and the post. Made-up people and companies.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const ex = (paragraphs: string[]) => extractEntities({ title: "", paragraphs });
const rolesOf = (r: ReturnType<typeof ex>, name: string) => (r.people.find((p) => p.name === name)?.roles ?? []).map((x) => `${x.organisation}/${x.title}`);

describe("a name, then 在 an organisation 任 a post", () => {
  it("each item of a list of former pupils", () => {
    const r = ex(["首届实验班班长周明哲， 在江南精密仪器公司任高级主管 第二届实验班班长高远航， 在星澜控股任董事会秘书， 如今都已成家。"]);
    expect(rolesOf(r, "周明哲")).toEqual(["江南精密仪器公司/高级主管"]);
    expect(rolesOf(r, "高远航")).toEqual(["星澜控股/董事会秘书"]);
    expect(r.companies.map((c) => c.name).sort()).toEqual(["星澜控股", "江南精密仪器公司"].sort());
  });
});

describe("what the frame does not cover", () => {
  it("no kind of body at the end of what follows 在", () => {
    const r = ex(["首届实验班班长周明哲， 在杭州任高级主管。"]);
    expect(rolesOf(r, "周明哲")).toEqual([]);
  });
});
