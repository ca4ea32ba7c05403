/**
 * A department written with a bare 省/市 (省商务厅, 市经信局) is named after the place the article
 * makes clear, with the bare form kept as what was written and never as an alias; with no place
 * clear it is not a company (one page would gather every province's department).
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const ex = (title: string, paragraphs: string[]) => extractEntities({ title, paragraphs });
const hit = (r: ReturnType<typeof ex>, name: string) => r.companies.find((c) => c.name === name);

describe("a bare 省/市 department takes the article's place", () => {
  it("the full form elsewhere in the text: one company, the bare form written", () => {
    const r = ex("晋企赴巴西推介", ["山西省商务厅组织企业出访，湖北企业也参加。", "代表团成员、省商务厅副厅长罗建川表示，将继续扩大合作。"]);
    expect(r.companies.map((c) => c.name)).toEqual(["山西省商务厅"]);
    expect(hit(r, "山西省商务厅")?.forms).toEqual(["山西省商务厅", "省商务厅"]);
    expect(r.people.find((p) => p.name === "罗建川")?.roles.map((x) => x.organisation)).toEqual(["山西省商务厅"]);
  });
  it("two full forms: the bare one is neither, and not a company of its own", () => {
    const r = ex("晋企赴巴西推介", ["山西省商务厅与湖北省商务厅联合组织企业出访。", "代表团成员、省商务厅副厅长罗建川表示，将继续扩大合作。"]);
    expect(r.companies.map((c) => c.name).sort()).toEqual(["山西省商务厅", "湖北省商务厅"].sort());
    expect(r.people.find((p) => p.name === "罗建川")?.roles.map((x) => x.organisation)).toEqual(["省商务厅"]);
  });
  it("the one province the article names", () => {
    const r = ex("山西代表团赴巴西推介", ["山西代表团团长、省贸促会会长陈河才介绍，近年来交往日益活跃。", "省贸促会与当地商会签署了合作备忘录。"]);
    const c = hit(r, "山西省贸促会");
    expect(c?.forms).toEqual(["省贸促会"]);
    expect(c?.aliases).not.toContain("省贸促会");
    expect(c?.slug).toBe("shan-xi-sheng-mao-cu-hui");
    expect(hit(r, "省贸促会")).toBeUndefined();
    expect(r.people.find((p) => p.name === "陈河才")?.roles.map((x) => x.organisation)).toEqual(["山西省贸促会"]);
    expect(r.discovered.filter((d) => d.type === "company").map((d) => d.name)).toContain("山西省贸促会");
    expect(r.discovered.map((d) => d.name)).not.toContain("省贸促会");
  });
  it("a city's dateline sets a bare 市, and a provincial capital's sets a bare 省", () => {
    expect(hit(ex("算力券第二批发放", ["本报佛山12月4日讯 市金融局日前公布第二批算力券名单。", "广州、深圳两地企业也可申领。"]), "佛山市金融局")).toBeDefined();
    expect(hit(ex("大模型备案提速", ["本报太原讯 省数据局日前通报，全省已有12款大模型完成备案。", "湖南、湖北两省也在推进。"]), "山西省数据局")).toBeDefined();
  });
  it("市交通运输委 beside 深圳市交通运输委员会 is that committee", () => {
    const r = ex("地铁新线开通", ["深圳市交通运输委员会昨日发布通告。", "市交通运输委表示，新线将于年底开通。"]);
    expect(r.companies.map((c) => c.name)).toEqual(["深圳市交通运输委员会"]);
    expect(hit(r, "深圳市交通运输委员会")?.forms).toContain("市交通运输委");
  });
});

describe("no place clear: no company", () => {
  it.each([
    ["我省发布大模型行动方案", ["近日，省工业和信息化厅印发行动方案。"]],
    ["本地算力中心投产", ["记者从市工信局获悉，算力中心二期投产。", "全市已有6家企业接入。"]],
    ["两省签署协议", ["湖南、湖北两省签署协议，省发展改革委负责人出席。"]],
  ])("%s", (title, paragraphs) => {
    expect(ex(title, paragraphs).companies.filter((c) => /^[省市]/.test(c.name))).toEqual([]);
  });
});
