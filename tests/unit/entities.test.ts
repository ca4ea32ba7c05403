/** Unit tests of entity extraction: aliases across scripts, false friends, products, roles, spun text, discovery. */
import { describe, expect, it } from "vitest";
import { createEntityExtractor, extractEntities } from "@/lib/ingest/entities/extract-entities";
import { loadGazetteer } from "@/lib/ingest/entities/load-gazetteer";
import { scoreEntities } from "@/lib/ingest/entities/score";
import { aiSpellingVariant } from "@/lib/ingest/entities/ai-variants";

const ex = (paragraphs: string[], title = "", extra: { source?: string; notes?: string[]; authors?: string[] } = {}) =>
  extractEntities({ title, paragraphs, ...extra });
const companyNames = (r: ReturnType<typeof ex>) => r.companies.map((c) => c.name);
const peopleNames = (r: ReturnType<typeof ex>) => r.people.map((p) => p.name);

describe("gazetteer", () => {
  it("is valid, versioned and large enough", () => {
    const g = loadGazetteer();
    expect(g.version).toMatch(/\d/);
    expect(g.organisations.length).toBeGreaterThanOrEqual(200);
    expect(g.people.length).toBeGreaterThanOrEqual(150);
    for (const kind of ["company", "investor", "lab", "university", "media", "government"]) {
      expect(g.organisations.some((o) => o.kind === kind), kind).toBe(true);
    }
  });
  it("rejects a broken cross-reference", async () => {
    const { buildGazetteer } = await import("@/lib/ingest/entities/load-gazetteer");
    const g = loadGazetteer();
    const bad = { ...g.organisations[0]!, slug: "x-unit", parent: "no-such-org" };
    expect(() => buildGazetteer([...g.organisations, bad], g.people, "t")).toThrow(/unknown parent/);
  });
});

describe("aliases across scripts, spellings and case", () => {
  it("resolves traditional script to the simplified canonical name", () => {
    const r = ex(["李開復表示,騰訊與百度都在做大模型。"]);
    expect(peopleNames(r)).toContain("李开复");
    expect(companyNames(r)).toEqual(expect.arrayContaining(["腾讯", "百度"]));
    expect(r.people.find((p) => p.name === "李开复")!.forms).toEqual(["李開復"]);
  });
  it("folds case, spacing and full-width Latin", () => {
    for (const s of ["Open AI发布了新模型。", "openai发布了新模型。", "ＯｐｅｎＡＩ发布了新模型。"]) expect(companyNames(ex([s]))).toEqual(["OpenAI"]);
    expect(companyNames(ex(["meta公司发布了Llama。"]))).toEqual(["Meta"]);
    expect(companyNames(ex(["Google与谷歌是同一家公司。"]))).toEqual(["谷歌"]);
  });
  it("gives foreign people one entity under Chinese and original names", () => {
    const r = ex(["奥特曼说了一句话。Sam Altman后来又说了一句。扎克伯格和Mark Zuckerberg是同一个人。"]);
    expect(r.people.find((p) => p.name === "Sam Altman")!.count).toBe(2);
    expect(r.people.find((p) => p.name === "Mark Zuckerberg")!.count).toBe(2);
  });
});

describe("AI ⇄ 人工智能 spellings of organisation names", () => {
  it("finds a lab listed by its AI short name when the article spells it out", () => {
    expect(companyNames(ex(["上海人工智能实验室发布了新模型。"]))).toEqual(["上海AI实验室"]);
    expect(companyNames(ex(["上海AI实验室发布了新模型。"]))).toEqual(["上海AI实验室"]);
  });
  it("is a rule of the gazetteer, not of one entry, and goes both ways", () => {
    const org = (slug: string, name: string) => ({ slug, name, kind: "lab" as const, aliases: [], products: [], ambiguous: [], spun: [], falseFriends: [] });
    const extract = createEntityExtractor({ extraOrganisations: [org("xinghe-ai", "星河AI研究院"), org("beichen-ai", "北辰人工智能中心")] });
    const r = extract({ title: "", paragraphs: ["星河人工智能研究院与北辰AI中心签约。"] });
    expect(r.companies.map((c) => [c.name, c.status])).toEqual(expect.arrayContaining([["星河AI研究院", "gazetteer"], ["北辰人工智能中心", "gazetteer"]]));
    expect(r.companies.find((c) => c.name === "星河AI研究院")!.aliases).toContain("星河人工智能研究院");
  });
  it("never rewrites an AI that belongs to a Latin word or phrase", () => {
    expect(aiSpellingVariant("OpenAI")).toBeNull();
    expect(aiSpellingVariant("腾讯AI Lab")).toBeNull();
    expect(aiSpellingVariant("AI")).toBeNull();
    expect(aiSpellingVariant("智谱AI")).toBe("智谱人工智能");
    expect(companyNames(ex(["Open人工智能是一个错误写法。"]))).not.toContain("OpenAI");
  });
});

describe("no false friends", () => {
  it("does not read names inside longer words", () => {
    expect(peopleNames(ex(["这是一本讲大方汉字的书。"]))).not.toContain("方汉");
    expect(peopleNames(ex(["我们周明天见面再谈。"]))).not.toContain("周明");
    expect(peopleNames(ex(["周明表示,创业公司要快速迭代。"]))).toContain("周明");
  });
  it("does not read Latin aliases inside words or version numbers", () => {
    expect(companyNames(ex(["metadata 与 AI2.0 的时代。"]))).toEqual([]);
    expect(companyNames(ex(["DriveGPT是一款自动驾驶模型。"]))).toEqual(["毫末智行"]);
  });
  it("does not take ordinary words for companies without support", () => {
    expect(companyNames(ex(["我今天买了苹果和小米,做了小米粥。"]))).toEqual([]);
    expect(companyNames(ex(["苹果发布了新款iPhone。"]))).toEqual(["苹果"]);
    expect(companyNames(ex(["从北京东边出发。"]))).not.toContain("京东");
  });
  it("needs context for nicknames and common names", () => {
    expect(peopleNames(ex(["电影里的星爵很受欢迎。"]))).toEqual([]);
    expect(peopleNames(ex(["向量数据库公司Zilliz的创始人兼CEO星爵认为,模型会并存。"]))).toContain("谢超");
    expect(peopleNames(ex(["张勇今天去了超市。"]))).toEqual([]);
  });
  it("treats the article's own outlet as its source, not as a company", () => {
    const r = ex(["他告诉《每日经济新闻》记者,行业很热。", "他对第一财经表示,需要耐心。"], "", { source: "每日经济新闻" });
    expect(companyNames(r)).toEqual([]);
    // an outlet cited for the news (据X报道) is its source too; one that acts is a company it discusses
    expect(companyNames(ex(["据彭博社报道,英伟达将发布新芯片。"]))).toEqual(["英伟达"]);
    expect(companyNames(ex(["彭博社宣布裁员,英伟达将发布新芯片。"]))).toEqual(expect.arrayContaining(["彭博社", "英伟达"]));
  });
});

describe("products and business units", () => {
  it("resolves products to their maker and keeps them as products", () => {
    const r = ex(["文心一言、通义千问、Kimi、豆包、ChatGPT、混元、盘古、讯飞星火、天工、ChatGLM、Claude、Llama、Gemini都是大模型。"]);
    expect(companyNames(r)).toEqual(
      expect.arrayContaining(["百度", "阿里巴巴", "月之暗面", "字节跳动", "OpenAI", "腾讯", "华为", "科大讯飞", "昆仑万维", "智谱", "Anthropic", "Meta", "谷歌"]),
    );
    expect(r.products).toContainEqual({ name: "Kimi", maker: "月之暗面" });
    expect(r.products).toContainEqual({ name: "ChatGPT", maker: "OpenAI" });
  });
  it("keeps business units with their parent", () => {
    const r = ex(["腾讯云、阿里云、达摩院和亚马逊云科技都在做算力服务。"]);
    const byName = new Map(r.companies.map((c) => [c.name, c]));
    expect(byName.get("腾讯云")!.parent).toBe("腾讯");
    expect(byName.get("阿里云")!.parent).toBe("阿里巴巴");
    expect(byName.get("达摩院")!.parent).toBe("阿里巴巴");
    expect(byName.get("亚马逊云科技")!.parent).toBe("亚马逊");
  });
});

describe("roles and discovery", () => {
  const roleOf = (r: ReturnType<typeof ex>, name: string) => r.people.find((p) => p.name === name)?.roles.map((x) => [x.organisation, x.title]);
  it("reads organisation + title + name", () => {
    const r = ex(["昆仑万维CEO方汉认为,数据最重要。澜舟科技创始人兼CEO周明表示,要快速迭代。"]);
    expect(roleOf(r, "方汉")).toEqual([["昆仑万维", "CEO"]]);
    expect(roleOf(r, "周明")).toEqual([["澜舟科技", "创始人兼CEO"]]);
  });
  it("discovers unknown people and organisations with evidence", () => {
    const r = ex(["稀奇资本合伙人雷强生告诉记者,机会在小模型。"]);
    expect(roleOf(r, "雷强生")).toEqual([["稀奇资本", "合伙人"]]);
    const d = r.discovered.find((x) => x.name === "雷强生")!;
    expect(d.type).toBe("person");
    expect(d.confidence).toBeGreaterThanOrEqual(0.7);
    expect(d.evidence).toContain("稀奇资本合伙人雷强生");
    expect(r.companies.find((c) => c.name === "稀奇资本")!.status).toBe("discovered");
  });
  it("reads chained titles, former roles and the 其 subject", () => {
    const r = ex(["腾讯云副总裁、腾讯云智能平台负责人李学朝表示,行业进入深水区。", "例如前美团联合创始人王慧文。", "Character.ai很火,但其创始人Noam Shazeer曾在谷歌工作。"]);
    expect(roleOf(r, "李学朝")).toEqual([["腾讯云", "副总裁"], ["腾讯云", "智能平台负责人"]]);
    expect(roleOf(r, "王慧文")).toEqual([["美团", "前联合创始人"]]);
    expect(roleOf(r, "Noam Shazeer")).toEqual([["Character.AI", "创始人"]]);
  });
  it("names the author of a 作者系 note", () => {
    const r = ex(["大模型是平台机会。"], "", { notes: ["(作者系创新工场人工智能工程院院长,本报记者沈春蕾整理)"] });
    expect(peopleNames(r)).toEqual(expect.arrayContaining(["李开复", "沈春蕾"]));
    const byline = ex(["大模型是平台机会。"], "", { notes: ["(作者系某某研究院院长)"], authors: ["张三丰"] });
    expect(byline.discovered.map((d) => d.name)).toContain("张三丰");
  });
  it("does not take a description made of generic words for an organisation's name", () => {
    const discoveredOrgs = (text: string) => ex([text]).discovered.filter((d) => d.type === "company").map((d) => d.name);
    expect(discoveredOrgs("国家重点实验室主任王建国表示,算力是关键。")).toEqual([]);
    expect(discoveredOrgs("这家数字科技公司创始人刘晓东说,订单翻倍。")).toEqual([]);
    expect(discoveredOrgs("多家数字科技企业表示将加大投入。")).toEqual([]);
    // 前 is also a lead-in (前美团…), but not when it begins a word
    expect(discoveredOrgs("前沿科技基金合伙人张伟说。")).toEqual([]);
    expect(discoveredOrgs("星河科技创始人刘晓东说,订单翻倍。")).toEqual(["星河科技"]);
  });
  it("does not take common words for people", () => {
    const r = ex(["业内人士表示,市场认为前景很好。该公司称,马上表示同意。"]);
    expect(peopleNames(r)).toEqual([]);
  });
});

describe("spun text", () => {
  it("resolves certain spun forms", () => {
    const r = ex(["立异工场的家养智能大模子很强。"]);
    expect(companyNames(r)).toContain("创新工场");
  });
});

describe("salience", () => {
  it("ranks the subject of an article above passing mentions", () => {
    const r = ex(["月之暗面发布了Kimi新版本。月之暗面表示用户增长很快。", "月之暗面的对手包括百度。"], "月之暗面融资");
    expect(r.companies[0]!.name).toBe("月之暗面");
    expect(r.companies[0]!.about).toBe(true);
    expect(r.companies.find((c) => c.name === "百度")!.about).toBe(false);
  });

  it("the article's author is what it is about, even when named once", () => {
    const input = { title: "大模型的下一步", paragraphs: ["大模型正在进入应用阶段,算力成本持续下降。", "(作者系创新工场董事长李开复)"], authors: ["李开复"] };
    const r = extractEntities(input);
    expect(r.people.find((p) => p.name === "李开复")!.about).toBe(true);
    const notAuthor = extractEntities({ ...input, authors: [] });
    expect(notAuthor.people.find((p) => p.name === "李开复")!.about).toBe(false);
  });
});

describe("custom gazetteer", () => {
  it("adds confirmed entries and drops rejected names", () => {
    const extract = createEntityExtractor({
      extraOrganisations: [{ slug: "xiqi-capital", name: "稀奇资本", kind: "investor", aliases: [], products: [], ambiguous: [], spun: [], falseFriends: [] }],
      rejected: ["雷强生"],
    });
    const r = extract({ title: "", paragraphs: ["稀奇资本合伙人雷强生告诉记者,机会在小模型。"] });
    expect(r.companies.find((c) => c.name === "稀奇资本")!.status).toBe("gazetteer");
    expect(r.people.map((p) => p.name)).not.toContain("雷强生");
  });
});

describe("scoreEntities", () => {
  it("counts aliases as their entity and reports misses", () => {
    const s = scoreEntities(
      { file: "x", companies: [{ name: "OpenAI", aliases: [] }, { name: "百度", aliases: [] }], people: [{ name: "李开复", aliases: [] }], roles: [{ person: "李开复", organisation: "创新工场", title: "董事长" }], excludedByRule: [] },
      { companies: [{ name: "Open AI" }, { name: "腾讯" }], people: [{ name: "李開復", roles: [{ organisation: "创新工场", title: "董事长兼CEO" }] }] },
    );
    expect(s.companies.precision).toBe(0.5);
    expect(s.companies.recall).toBe(0.5);
    expect(s.people.f1).toBe(1);
    expect(s.roles.found).toBe(1);
    expect(s.missed.companies).toEqual(["百度"]);
  });

  it("matches a role's organisation by any name of the gold company, and no other", () => {
    const gold = { file: "x", companies: [{ name: "上海人工智能实验室", aliases: ["上海AI实验室"] }, { name: "智谱", aliases: [] }], people: [{ name: "郭琦", aliases: [] }], roles: [{ person: "郭琦", organisation: "上海人工智能实验室", title: "青年科学家" }], excludedByRule: [] };
    const right = scoreEntities(gold, { companies: [{ name: "上海AI实验室" }], people: [{ name: "郭琦", roles: [{ organisation: "上海AI实验室", title: "青年科学家" }] }] });
    expect(right.roles.found).toBe(1);
    const wrong = scoreEntities(gold, { companies: [{ name: "智谱" }], people: [{ name: "郭琦", roles: [{ organisation: "智谱", title: "青年科学家" }] }] });
    expect(wrong.roles.found).toBe(0);
  });
});
