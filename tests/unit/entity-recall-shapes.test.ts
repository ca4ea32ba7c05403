/**
 * Recall shapes from blind batch blind-12-09a and the dev-page misses: a 、-list of stock names
 * closed by a stock move (涨停, 涨超7%), a provincial or city department named by a bare 省/市
 * (省工信厅, 省发展改革委, 省贸促会), Latin names with diacritics (Timothée), and a given name ending
 * in 和 before where the person spoke; a stock name acting as only a listed company does (在投资者
 * 互动平台表示), Latin investors in a list closed by 等老股东, a government's own office (人民政府新闻办公室),
 * and the broad gazetteer file of well-known Chinese companies. Names are made up so the rules, not the gazetteer, find
 * them; each shape keeps a case that must stay unfound.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";
import { chineseNameAt, latinNameAt } from "@/lib/ingest/entities/names";

const ex = (paragraphs: string[]) => extractEntities({ title: "", paragraphs });
const companies = (r: ReturnType<typeof ex>) => r.companies.map((c) => c.name).sort();
const people = (r: ReturnType<typeof ex>) => r.people.filter((p) => !p.author).map((p) => p.name);

describe("a 、-list closed by a stock move is a list of stocks", () => {
  it("柯力传感、鸣志电器、兆威机电涨停", () => {
    expect(companies(ex(["截至收盘，岚川传感、鸣志电控、兆丰机电涨停，五洲新材、双环精工涨超7%。"]))).toEqual(["五洲新材", "兆丰机电", "双环精工", "岚川传感", "鸣志电控"].sort());
  });
  it.each([["截至收盘，沪指、深成指、创业板指均涨超1%。"], ["白酒、医药、新能源板块领涨。"], ["消费电子、工程机械、人形机器人涨超2%。"]])("no company among indices and sectors: %s", (text) => {
    expect(companies(ex([text]))).toEqual([]);
  });
});

describe("a department named by a bare 省/市", () => {
  it("省工信厅, 省科技厅, 省发展改革委, 省贸促会 with their officers", () => {
    const r = ex(["省工信厅副厅长聂文韬介绍，方案提出培育10家企业。", "据了解，省科技厅将联合省发展改革委设立引导基金。", "发布会现场，省贸促会与两家企业签署协议。省贸促会会长覃秋月称，将组织企业参展。"]);
    // no province named: no company page could be right for them (./entity-bare-admin.test.ts), the post stays as written
    expect(companies(r)).toEqual([]);
    expect(r.people.find((p) => p.name === "覃秋月")?.roles.map((x) => [x.organisation, x.title])).toEqual([["省贸促会", "会长"]]);
    const placed = extractEntities({ title: "湖南发布人工智能产业行动方案", paragraphs: ["12月3日，湖南省人民政府新闻办公室召开新闻发布会。", ...r.companies.length ? [] : ["省工信厅副厅长聂文韬介绍，方案提出培育10家企业。", "据了解，省科技厅将联合省发展改革委设立引导基金。", "发布会现场，省贸促会与两家企业签署协议。省贸促会会长覃秋月称，将组织企业参展。"]] });
    expect(companies(placed)).toEqual(["湖南省人民政府新闻办公室", "湖南省工信厅", "湖南省科技厅", "湖南省发展改革委", "湖南省贸促会"].sort());
  });
  it.each([["全省工信系统都在推进，我省科技厅也在行动。"], ["市场监管局表示将加强检查。"], ["他委托省里办理此事。"], ["公司将在省内设立办事处，市面上已有同类产品。"]])("no department in %s", (text) => {
    expect(companies(ex([text]))).toEqual([]);
  });
});

describe("Latin names keep their diacritics", () => {
  it("Timothée Lacroix, Roland Büsch", () => {
    expect(latinNameAt("Timothée Lacroix表示", 0)?.name).toBe("Timothée Lacroix");
    expect(people(ex(["联合创始人分别是首席科学家Guillaume Lample和CTO Timothée Lacroix。"]))).toEqual(["Guillaume Lample", "Timothée Lacroix"]);
  });
});

describe("a given name that ends in 和", () => {
  it("is read whole before where the person spoke", () => {
    expect(chineseNameAt("晏清和在内部信中写道", 0)?.name).toBe("晏清和");
    expect(people(ex(["创始人兼CEO晏清和在内部信中写道：我们等了一年。"]))).toEqual(["晏清和"]);
  });
  it("not where 和 joins two names", () => {
    expect(people(ex(["创始人王强和李明表示，公司将继续投入。"]))).toEqual(["王强", "李明"]);
  });
});

describe("a stock name as the subject of what only a listed company does", () => {
  it.each([["岚峰集团此前在投资者互动平台表示，公司已向多家客户送样。", "岚峰集团"], ["三川智控同日也在回复投资者提问时称，业务正在开发。", "三川智控"]])("%s", (text, name) => {
    expect(companies(ex([text]))).toEqual([name]);
  });
  it.each([["公司在投资者互动平台表示，订单充足。"], ["三家公司在回复投资者提问时称，订单真实。"], ["记者在投资者互动平台看到，多家公司作了回复。"], ["有公司在公告中提示，四季度交付或受影响。"]])("no company in %s", (text) => {
    expect(companies(ex([text]))).toEqual([]);
  });
});

describe("Latin investors in a 、-list closed by 等老股东", () => {
  it("Northwind Partners、Bluefin和General Harbor等老股东继续跟投", () => {
    expect(companies(ex(["英伟达、Northwind Partners、Bluefin和General Harbor等老股东继续跟投。"]))).toEqual(["Bluefin", "General Harbor", "Northwind Partners", "英伟达"]);
  });
  it("shareholders who are people make no companies", () => {
    expect(companies(ex(["张三、李四和王五等股东近日减持。"]))).toEqual([]);
  });
});

describe("a government's own office", () => {
  it("湖南省人民政府新闻办公室 is one body", () => {
    expect(companies(ex(["12月3日，湖南省人民政府新闻办公室召开新闻发布会。"]))).toEqual(["湖南省人民政府新闻办公室"]);
    expect(companies(ex(["湖南省人民政府近日印发方案。"]))).toEqual(["湖南省人民政府"]);
  });
});

describe("the broad gazetteer of well-known Chinese companies", () => {
  it("finds names from several industries without a cue", () => {
    expect(companies(ex(["徐工机械、潍柴动力和宁波银行的高管出席了会议，泡泡玛特也派了代表。"]))).toEqual(["宁波银行", "徐工机械", "泡泡玛特", "潍柴动力"].sort());
  });
  it("no false friend inside words", () => {
    expect(companies(ex(["成交行情平稳，全国网民规模增长，途中车辆减少。"]))).toEqual([]);
  });
});

describe("posts given by a move inside the company or by pointing at it", () => {
  const roles = (r: ReturnType<typeof ex>, name: string) => r.people.find((p) => p.name === name)?.roles.map((x) => [x.organisation, x.title]) ?? [];
  it("原副总裁X升任首席运营官, X调任战略投资部总经理: at the company the text speaks of", () => {
    const r = ex(["12月5日，大模型创业公司岭舟智算宣布人事调整。", "岭舟智算同时宣布了一系列人事调整：原副总裁宓晓楠升任首席运营官，原财务总监邰嘉怡调任战略投资部总经理。"]);
    expect(roles(r, "宓晓楠")).toEqual([["岭舟智算", "首席运营官"]]);
    expect(roles(r, "邰嘉怡")).toEqual([["岭舟智算", "总经理"]]);
  });
  it("X是这家公司的创始人兼CEO", () => {
    const r = ex(["远帆智能成立于2024年，总部位于杭州。", "乔牧野是这家公司的创始人兼CEO。", "乔牧野表示，公司将继续投入。"]);
    expect(roles(r, "乔牧野")).toEqual([["远帆智能", "创始人兼CEO"]]);
  });
  it("a post at another organisation stays there", () => {
    const r = ex(["岭舟智算今天发布新模型。", "另据报道，张立伟已从阿里云调任钉钉总裁。"]);
    expect(roles(r, "张立伟").map(([o]) => o)).not.toContain("岭舟智算");
  });
});

describe("investors named in a round", () => {
  it("由X联合领投: 联合 is not part of the name", () => {
    expect(companies(ex(["本轮由北辰创投联合领投，老股东继续跟投。"]))).toEqual(["北辰创投"]);
  });
  it("an investor unit after its parent in a 参投 list is no person (华为哈勃、龙芯资本参投)", () => {
    expect(people(ex(["本轮由北辰创投领投，华为哈勃、岭南资本参投。"]))).toEqual([]);
  });
  it("a company and its person in a list of pairs stay a person", () => {
    expect(people(ex(["获奖者包括北京生命科学研究所邵峰、中科院高能物理研究所王贻芳、清华大学教授王小云。"]))).toContain("王贻芳");
  });
});
