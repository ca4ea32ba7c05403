/**
 * Organisations named by their kind alone (./lib/ingest/entities/kind-pointers): 该行行长X, 该院副院长Y,
 * 该案审判长Z, …为该院博士生W, 该公司法务总监V, and the guards (该行业 is no bank, 该案 gives judges only,
 * the article's first 该院 settles which court). Names are made up so the rules, not the gazetteer, find them.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";
import { kindPointerAt } from "@/lib/ingest/entities/kind-pointers";

const ex = (title: string, paragraphs: string[]) => extractEntities({ title, paragraphs });
const rolesOf = (r: ReturnType<typeof ex>, name: string) =>
  (r.people.find((p) => p.name === name)?.roles ?? []).map((x) => `${x.organisation}/${x.title}`).sort();

describe("kind pointers", () => {
  it("该行行长X: the bank named before", () => {
    const r = ex("澜江银行发布公告", ["澜江银行发布公告。该行行长邵怀远在会上表示，大模型将用于信贷审批。"]);
    expect(rolesOf(r, "邵怀远")).toEqual(["澜江银行/行长"]);
  });
  it("该行电子行业首席分析师X: a broker, its sector kept with the title", () => {
    const r = ex("券商研报", ["瀚江证券12月10日发布研究报告称，订单能见度延伸。该行电子行业首席分析师邝若云在报告中指出，收入占比超过四成。"]);
    expect(rolesOf(r, "邝若云")).toEqual(["瀚江证券/电子行业首席分析师"]);
  });
  it("该院副院长X: the court the article's first 该院 meant, though another court was named since", () => {
    const r = ex("AI声音克隆侵权案二审宣判", [
      "记者从广州市中级人民法院获悉，该院二审审结一起AI声音克隆侵权纠纷。",
      "该案一审由广州互联网法院审理。该院副院长聂嘉远在发布会上介绍了案件情况。",
    ]);
    expect(rolesOf(r, "聂嘉远")).toEqual(["广州市中级人民法院/副院长"]);
  });
  it("论文第一作者为该院博士生X: the university named before", () => {
    const r = ex("浙大团队发布论文", ["冼文远现任浙江大学教授。论文第一作者为该院博士生卓一航。据卓一航介绍，这项工作源于课程项目。"]);
    expect(rolesOf(r, "卓一航")).toEqual(["浙江大学/博士生"]);
  });
  it("该案由A法院审理，审判长X / 该案审判长X: a judge of the court", () => {
    const r = ex("一审宣判", ["该案由北京互联网法院审理，审判长朱阁远在庭后表示，人的智力投入是关键。"]);
    expect(rolesOf(r, "朱阁远")).toEqual(["北京互联网法院/审判长"]);
  });
  it("该公司法务总监X: a line of work between 该公司 and the title", () => {
    const r = ex("声屿科技发布新品", ["声屿科技创始人兼CEO莫庭远表示，公司尊重判决。该公司法务总监柯颖远对记者称，公司已追责。"]);
    expect(rolesOf(r, "柯颖远")).toEqual(["声屿科技/法务总监"]);
  });
  it("guards: 该行业 is no bank; 该案 gives judges only", () => {
    expect(kindPointerAt("该行业首席")).toBeNull();
    expect(kindPointerAt("该行首席")?.kind.word).toBe("行");
    const r = ex("一审宣判", ["北京互联网法院今日宣判。该案负责人刘子远表示，将提起上诉。"]);
    expect(rolesOf(r, "刘子远")).toEqual([]);
  });
});

describe("officer titles strong enough to introduce a name", () => {
  it("首席信息官X and 审判长X with no speech verb after the name", () => {
    const r = ex("澜江银行发布公告", ["澜江银行发布公告。该行首席信息官武承远因工作调整辞去职务。", "该案一审由广州互联网法院审理，审判长柯致川在判决书中提到，声音具有人格属性。"]);
    expect(rolesOf(r, "武承远")).toEqual(["澜江银行/首席信息官"]);
    expect(rolesOf(r, "柯致川")).toEqual(["广州互联网法院/审判长"]);
  });
});
