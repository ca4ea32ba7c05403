/**
 * A body named right after the institution it belongs to is one name with it: a university's
 * affiliated hospital, an academy's institute (with 和/与 joining two fields inside), an
 * institute's own centre after it.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const ex = (title: string, paragraphs: string[]) => extractEntities({ title, paragraphs });
const names = (r: ReturnType<typeof ex>) => r.companies.map((c) => c.name).sort();

describe("units named after their parent", () => {
  it("a university's affiliated hospital, and the post held there", () => {
    const r = ex("专家谈医改", ["中山大学附属第三医院骨科主任医师陈立新提出了质疑。"]);
    expect(names(r)).toEqual(["中山大学附属第三医院"]);
    expect(r.people.find((p) => p.name === "陈立新")?.roles[0]?.organisation).toBe("中山大学附属第三医院");
  });
  it("an academy's institute whose field joins two with 与", () => {
    expect(names(ex("研究发现", ["中国科学院兰州化学与材料研究所的研究人员近日表示，新材料已试产。"]))).toEqual(["中国科学院兰州化学与材料研究所"]);
  });
  it("an institute's centre after it is one body", () => {
    const r = ex("专家谈医改", ["中国社会科学院经济研究院公共政策研究中心主任黄志平告诉记者，改革将继续。"]);
    expect(names(r)).toEqual(["中国社会科学院经济研究院公共政策研究中心"]);
  });
  it("a joiner at the unit's edge joins two names, not two fields", () => {
    expect(names(ex("合作", ["中国科学院与浙江大学研究院签署协议。"]))).not.toContain("中国科学院与浙江大学研究院");
  });
});
