/**
 * Issue 15, real round-table news: a speaker's part opened by 「名字（单位+职务）：」 — one such line
 * names a person and their post, the organisation being the one in the gloss before the title (a
 * department may stand between) or the gloss's own run ending in a unit's kind. Names are made up.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const run = (...paragraphs: string[]) => extractEntities({ title: "", paragraphs });
const postsOf = (r: ReturnType<typeof run>, name: string) => r.people.find((p) => p.name === name)?.roles.map((x) => `${x.organisation}/${x.title}`) ?? [];

describe("a speaker line with a bracketed post", () => {
  it("one line names the person and the post at the hospital, past a department", () => {
    const r = run("医生收入该不该涨？几位从业者看法不一。", "韦秋岚（江州市第二人民医院儿科主任）：", "我并不同意用收入衡量尊严的说法。");
    expect(r.people.map((p) => p.name)).toContain("韦秋岚");
    expect(postsOf(r, "韦秋岚")).toContain("江州市第二人民医院/主任");
  });
  it("a unit the gloss names by its kind is the organisation (…服务站站长)", () => {
    const r = run("葛明远（江州市城东区社区卫生服务中心槐树里社区卫生服务站站长）：", "今年我们的收入会有调整。");
    expect(postsOf(r, "葛明远")).toContain("江州市城东区社区卫生服务中心槐树里社区卫生服务站/站长");
  });
  it("a gloss without a title, or a reporter's, names nobody", () => {
    const r = run("韦秋岚（左）：", "大家好。", "朱文海（本报记者）：", "问题如下。");
    expect(r.people.map((p) => p.name)).not.toContain("韦秋岚");
    expect(r.people.filter((p) => !p.author).map((p) => p.name)).not.toContain("朱文海");
  });
});
