/**
 * Foreign leaders and executives named by Han characters used for their sound (issue 15): after a
 * country or organisation and an office (巴西总统X, 加拿大创新部长X, 英伟达首席技术官X), or opening a
 * clause before a head of state's office (X总统还…), and named again. Names are made up so the
 * rule, not the gazetteer, finds them.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const ex = (paragraphs: string[]) => extractEntities({ title: "", paragraphs });
const people = (r: ReturnType<typeof ex>) => r.people.filter((p) => !p.author).map((p) => p.name).sort();
const rolesOf = (r: ReturnType<typeof ex>, name: string) => (r.people.find((p) => p.name === name)?.roles ?? []).map((x) => `${x.organisation}/${x.title}`);

describe("a country, an office, then the holder", () => {
  it("a head of state named again is a person holding the country's office", () => {
    const r = ex(["巴西总统罗德维加10日在圣保罗表示，政府将建设国家算力中心。", "罗德维加说，巴西欢迎各国企业投资。"]);
    expect(people(r)).toEqual(["罗德维加"]);
    expect(rolesOf(r, "罗德维加")).toEqual(["巴西/总统"]);
  });
  it("a minister after the ministry's field", () => {
    const r = ex(["加拿大创新部长莫里索表示，新法案将于明年生效。", "莫里索称，法案不会影响初创企业。"]);
    expect(rolesOf(r, "莫里索")).toEqual(["加拿大/创新部长"]);
  });
  it("a four-character name is read whole, not cut by the surname table", () => {
    const r = ex(["澳大利亚外长温特沃斯6日表示，两国将加强数字贸易合作。", "温特沃斯称，谈判将于下月重启。"]);
    expect(people(r)).toEqual(["温特沃斯"]);
    expect(rolesOf(r, "温特沃斯")).toEqual(["澳大利亚/外长"]);
  });
});

describe("the holder before the office", () => {
  it("a clause opening with a name and a head of state's office", () => {
    const r = ex(["会谈结束后，塔尔诺夫总统还参观了一家软件企业。", "塔尔诺夫表示，两国将共建联合实验室。"]);
    expect(people(r)).toEqual(["塔尔诺夫"]);
  });
});

describe("what is not a holder", () => {
  it("an election or a residence after the office", () => {
    expect(people(ex(["美国总统大选将在11月举行。", "大选结果将影响芯片政策。"]))).toEqual([]);
  });
  it("a side or a place before the office", () => {
    expect(people(ex(["会后，该国总理表示将继续推进改革。", "该国表示欢迎外资。"]))).toEqual([]);
  });
  it("a name said once with no act after it is left alone", () => {
    expect(people(ex(["智利总统巴雷拉斯与会并发言。"]))).toEqual([]);
  });
  it("a time word or a government after the office is no name said once", () => {
    expect(people(ex(["英国首相近日表示将访华。"]))).toEqual([]);
    expect(people(ex(["美国总统拜登政府表示将放宽限制。"]))).toEqual([]);
    expect(people(ex(["美国总统特别代表出席了会议。"]))).toEqual([]);
    expect(people(ex(["法国总统高级顾问表示反对。"]))).toEqual([]);
  });
});

describe("a name said once", () => {
  it("a state's office before it and an act or a negation after it vouch for it", () => {
    const r = ex(["英国首相斯塔默没有出席本次会议，英国科学大臣凯尔代表政府参加了闭幕式。"]);
    expect(people(r)).toEqual(["凯尔", "斯塔默"]);
    expect(rolesOf(r, "斯塔默")).toEqual(["英国/首相"]);
    expect(rolesOf(r, "凯尔")).toEqual(["英国/科学大臣"]);
  });
  it("a company's office does not vouch for a name said once", () => {
    expect(people(ex(["凯恩斯特首席技术官埃沃德代表公司发言。"]))).toEqual([]);
  });
});

describe("a body heading a chain of posts", () => {
  it("is no holder, even named twice", () => {
    const r = ex(["新华社电 东岚联合会总书记、主席符望远30日主持召开座谈会。", "东岚联合会总书记、主席符望远在讲话中强调，要推进改革。"]);
    expect(people(r)).not.toContain("东岚联合会");
  });
});

describe("a state act after the office", () => {
  it("vouches for a name said once", () => {
    expect(people(ex(["今年以来两国高层往来密切。10月，塔尔诺夫总理访华。"]))).toEqual(["塔尔诺夫"]);
  });
  it("but not for a side or a new office-holder", () => {
    expect(people(ex(["10月，该国总理访华。", "会后，新总理会见了企业代表。"]))).toEqual([]);
  });
});
