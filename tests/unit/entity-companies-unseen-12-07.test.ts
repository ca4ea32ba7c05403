/**
 * Issue 15 (helper e2): a married woman's four-character name (陈冯富珍) kept whole, posts
 * given to the body actually named in the title, and organisations of unseen news.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const ex = (title: string, paragraphs: string[]) => extractEntities({ title, paragraphs });
const people = (r: ReturnType<typeof ex>) => r.people.map((p) => p.name).sort();
const posts = (r: ReturnType<typeof ex>, name: string) => r.people.find((p) => p.name === name)?.roles.map((x) => `${x.organisation}|${x.title}`) ?? [];

describe("married names", () => {
  it("two common surnames and a two-character given name before a verb stay whole", () => {
    const r = ex("卫生合作", ["世界卫生组织前总干事陈冯富珍表示，全球卫生合作需要长期投入。", "会上，范徐丽泰指出，立法机构需要了解人工智能。"]);
    expect(people(r)).toEqual(["范徐丽泰", "陈冯富珍"].sort());
    expect(posts(r, "陈冯富珍")).toEqual(["世界卫生组织|前总干事"]);
  });
  it("a three-character name is not lengthened: the fourth character must end before a verb", () => {
    expect(people(ex("人事", ["公司总经理陈冯富今日表示，业务稳定。"]))).toEqual(["陈冯富"]);
    expect(people(ex("人事", ["公司总经理王李明表示，业务稳定。"]))).toEqual(["王李明"]);
  });
});

describe("a post in a chain of bodies", () => {
  it("省政协副主席 after 省政府副省长X、 is held at the 政协, not at the government named before", () => {
    const r = ex("江西召开体育会议", ["1月15日，江西省体育工作会议在南昌召开，省政府副省长谢茹、省政协副主席汤建人出席。", "在省委、省政府的坚强领导下，工作取得进展。"]);
    expect(posts(r, "谢茹")).toEqual(["江西省政府|副省长"]);
    expect(posts(r, "汤建人")).toEqual(["江西省政协|副主席"]);
  });
});

describe("作为 + a post: the next clause's subject holds it", () => {
  it("the name opening the next clause, alone or after another post of theirs", () => {
    const r = ex("论坛", ["作为上海市政协委员，澜思智能创始人邵启文在圆桌讨论中建议，地方应为中小企业提供模型调用补贴。"]);
    expect(posts(r, "邵启文").sort()).toEqual(["上海市政协|委员", "澜思智能|创始人"]);
    const s = ex("会议", ["前天，作为新当选的市政协委员，周海洋刚在上海参加了市政协会议。", "周海洋表示，将认真履职。"]);
    expect(posts(s, "周海洋")).toEqual(["上海市政协|委员"]);
  });
  it("a pronoun or a clause that is no post gives nobody a post", () => {
    expect(ex("会议", ["作为上海市政协委员，他表示将认真履职。"]).people).toEqual([]);
    expect(posts(ex("合作", ["作为澜思智能的合作伙伴，邵启文表示将加大投入。"]), "邵启文")).toEqual([]);
  });
});

describe("international bodies and a league in the gazetteer", () => {
  const companies = (r: ReturnType<typeof ex>) => r.companies.map((c) => c.name).sort();
  it("联合国, its agencies by short name, 上合组织, IMF and NBA are named bodies", () => {
    const r = ex("全球治理", ["联合国秘书长表示，各国应加强人工智能治理合作。上合组织与国际电联将联合举办研讨会，IMF也发布了报告。", "NBA宣布将在新赛季使用AI辅助判罚。"]);
    expect(companies(r)).toEqual(["NBA", "上海合作组织", "国际电信联盟", "国际货币基金组织", "联合国"].sort());
  });
  it("an agency's full name is that agency, not 联合国", () => {
    expect(companies(ex("论坛", ["联合国开发计划署发布报告称，人工智能可提升生产率。"]))).toEqual(["联合国开发计划署"]);
  });
});

describe("groupings and short forms beside the bodies", () => {
  const companies = (r: ReturnType<typeof ex>) => r.companies.map((c) => c.name).sort();
  it("a set of countries in a list of bodies is no organisation; 亚太经合组织 is APEC, not the OECD", () => {
    expect(companies(ex("外交", ["双方在联合国、上海合作组织、金砖国家、20国集团等多边框架内进行协调。"]))).not.toContain("金砖国家");
    expect(companies(ex("合作", ["中国推动世界贸易组织、亚太经合组织等多边机制更好发挥作用。"]))).toEqual(["世界贸易组织", "亚太经济合作组织"].sort());
  });
  it("联合国贸发 is UNCTAD, not 联合国", () => {
    expect(companies(ex("最新出炉联合国贸发报告：全球经济增速放缓", ["联合国贸发会议发布了年度报告。"]))).toEqual(["联合国贸易和发展会议"]);
  });
});

describe("经济学家 is a post", () => {
  it("an institution's (senior) economist holds that post there", () => {
    expect(posts(ex("论坛", ["世界银行高级经济学家柯蔓宁指出，人工智能对劳动生产率的拉动存在时滞。"]), "柯蔓宁")).toEqual(["世界银行|高级经济学家"]);
  });
});
