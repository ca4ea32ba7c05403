/**
 * People the gazetteer has never seen (issue 15): a name's boundary read from what follows it (再
 * and 因 after a name, an adverb that cannot stand before a mark), the same boundary everywhere in
 * the article, and the evidence that lets a name after a title count (时任/原 before the post, a
 * weak surname that then speaks or moves posts, a surname the table lacks quoted again with 回应称,
 * two founders joined before 共同创办). Names are made up so the rules, not the gazetteer, find them.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";
import { chineseNameAt } from "@/lib/ingest/entities/names";

const ex = (paragraphs: string[]) => extractEntities({ title: "", paragraphs });
const people = (r: ReturnType<typeof ex>) => r.people.filter((p) => !p.author).map((p) => p.name).sort();

describe("boundaries", () => {
  it("再 stands inside a given name and ends one before 再次", () => {
    expect(chineseNameAt("韦再青则认为，应用更重要。", 0)?.name).toBe("韦再青");
    expect(chineseNameAt("韦青再次表示，价格不变。", 0)?.name).toBe("韦青");
  });
  it("因 after a name is the preposition (因任期届满), not a third character", () => {
    expect(chineseNameAt("欧阳宁因任期届满离任。", 0)?.name).toBe("欧阳宁");
    expect(chineseNameAt("祁浩宇因个人原因辞任。", 0)?.name).toBe("祁浩宇");
  });
  it("an adverb right before a mark is the name's last character", () => {
    expect(chineseNameAt("郑元则、柯雯。", 0)?.name).toBe("郑元则");
    expect(chineseNameAt("郑元则表示，风险可控。", 0)?.name).toBe("郑元");
  });
  it("one boundary in the whole article: the list's reading holds where 则 follows", () => {
    const found = people(ex(["星海智能董事会成员包括独立董事郑元则、柯雯。", "郑元则为某大学管理学院教授，柯雯现任律师事务所合伙人。"]));
    expect(found).toContain("郑元则");
    expect(found).toContain("柯雯");
    expect(found).not.toContain("郑元");
  });
});

describe("evidence after a title", () => {
  it("时任 before the post and its field", () => {
    expect(people(ex(["证监会对公司作出处罚，时任财务总监屠一鸣被给予警告。"]))).toEqual(["屠一鸣"]);
  });
  it("原 right before the post", () => {
    expect(people(ex(["公告显示，原高级副总裁祁浩宇因个人原因辞任。"]))).toEqual(["祁浩宇"]);
  });
  it("a weak surname that then writes or moves posts", () => {
    expect(people(ex(["该案由互联网法院审理，审判长敬远航在判决书中写道，声音具有人格属性。"]))).toEqual(["敬远航"]);
    expect(people(ex(["另据了解，驭风科技负责交付的副总裁常雪也将调岗。"]))).toEqual(["常雪"]);
  });
  it("a weak surname with nothing a person does after it stays out", () => {
    expect(people(ex(["该案审判长高度评价了调解结果。"]))).toEqual([]);
    expect(people(ex(["公司副总裁常常出差。"]))).toEqual([]);
  });
  it("a surname the table lacks, after a strong title, quoted again with 回应称", () => {
    expect(people(ex(["出席电话会的还有公司总裁禚海川。", "对此，禚海川回应称，算力成本持续下降。"]))).toEqual(["禚海川"]);
  });
});

describe("founders", () => {
  it("two names joined before 共同创办 are both founders", () => {
    expect(people(ex(["与此同时，由谷一帆和芮舟共同创办的灵巧手公司宣布完成融资。"]))).toEqual(["芮舟", "谷一帆"]);
  });
});

describe("a common word that is a name", () => {
  it("between an organisation's title and speech", () => {
    expect(people(ex(["端侧论坛上，云帆科技副总裁江山则称，明年所有新机都会预装大模型。"]))).toEqual(["江山"]);
  });
  it("no organisation before the title, or no speech after the word: no name", () => {
    expect(people(ex(["会上，公司副总裁江山则称，明年所有新机都会预装大模型。"]))).toEqual([]);
    expect(people(ex(["云帆科技副总裁江山如画般的演讲赢得掌声。"]))).toEqual([]);
  });
});

describe("a name said to be one person", () => {
  it("是一名 after a part someone plays", () => {
    expect(people(ex(["网友钟思雨是一名配音演员，她发现声音被用于训练。"]))).toEqual(["钟思雨"]);
  });
  it("a company is 一家, not 一名", () => {
    expect(people(ex(["网友常说这是一家好公司。"]))).toEqual([]);
  });
});

describe("parties to a case", () => {
  it("said to be one person (是一名), or acting (在…发布)", () => {
    expect(people(ex(["原告钟思雨是一名配音演员，她发现声音被用于训练。"]))).toEqual(["钟思雨"]);
    expect(people(ex(["原告冉昊在社交平台发布了一张用大模型生成的图片。"]))).toEqual(["冉昊"]);
  });
  it("a pseudonym with 某 is nobody", () => {
    expect(people(ex(["原告冉某在社交平台发布了一张图片。"]))).toEqual([]);
    expect(people(ex(["原告冉某是一名配音演员。"]))).toEqual([]);
  });
});

describe("a person counted with 位 before the name", () => {
  it("一位 and a description, then the name and a personnel or speech verb", () => {
    expect(people(ex(["另一位核心管理者冉峰于2019年加入，现负责药物研发。"]))).toEqual(["冉峰"]);
    expect(people(ex(["一位早期员工卓远表示，团队气氛很好。"]))).toEqual(["卓远"]);
  });
  it("no verb a person takes after the name, or no surname: nobody", () => {
    expect(people(ex(["另一位核心管理者冉峰的团队规模不大。"]))).toEqual([]);
    expect(people(ex(["一位业内人士透露，价格还会下降。"]))).toEqual([]);
  });
});

describe("a person before a firm they work at", () => {
  it("X现任 and a law firm: the firm's name starts after the verb, the person stays out of it", () => {
    const r = ex(["柯雯现任君合律师事务所合伙人。"]);
    expect(r.companies.map((c) => c.name)).toEqual(["君合律师事务所"]);
    expect(ex(["柯雯曾任职于金杜律师事务所。"]).companies.map((c) => c.name)).toEqual(["金杜律师事务所"]);
  });
});

describe("a title heading a list of names", () => {
  it("独立董事X、Y、Z: every name after the weak title", () => {
    expect(people(ex(["公司独立董事冉一鸣、柯雯、祁浩宇出席会议。"]))).toEqual(["冉一鸣", "柯雯", "祁浩宇"].sort());
  });
  it("words joined by 、 after a title are no list of names", () => {
    expect(people(ex(["该项目负责人高效、务实。"]))).toEqual([]);
    expect(people(ex(["公司监事会成员包括独立董事代表、职工代表。"]))).toEqual([]);
  });
});
