/**
 * Issue 15, dev misses and extras: shapes that made false companies and people in unseen news —
 * an official account on a platform (官方微博), a false friend inside a common word (新浪漫,
 * 信息科技部), a line of work before a title (商业化负责人), a university's school with a joiner in
 * its name, a company's team named in Latin (X Seed团队), a platform a company released, a name
 * with 某 (陈某进), and 是个人 read as 是个. Names are made up.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const run = (...paragraphs: string[]) => extractEntities({ title: "", paragraphs });
const companies = (...p: string[]) => run(...p).companies.map((c) => c.name);
const people = (...p: string[]) => run(...p).people.filter((x) => !x.author).map((x) => x.name);

describe("accounts, false friends and teams are no companies", () => {
  it("an official account on a platform is not the platform's company", () => {
    expect(companies("今晚，澄湖铁路公司通过官方微博发布辟谣消息称，网传信息不实。")).not.toContain("微博");
  });
  it("新浪漫 and 新浪潮 are words, not 新浪", () => {
    expect(companies("11月17日开港，星海邮轮·新浪漫号将首次靠泊。", "这股新浪潮席卷了整个行业。")).not.toContain("新浪");
  });
  it("a bank's 信息科技部 is its department, not the ministry", () => {
    expect(companies("戚远帆此前担任岚江银行信息科技部总经理，主导了该行核心系统改造。")).not.toContain("科学技术部");
  });
  it("a line of work ending in 化 before 负责人 is no organisation and no person", () => {
    const r = run("岚星智能：商业化负责人阚立骞离职", "据悉，岚星智能的商业化团队将由阚立骞的副手接管，商业化进展放缓。");
    expect(r.companies.map((c) => c.name)).not.toContain("商业化");
    expect(r.people.map((p) => p.name)).not.toContain("商业化");
  });
  it("a school with a joiner in its name belongs to the university before it", () => {
    const r = run("澄州理工大学信息科学与工程学院院长缪海川介绍，双方将在工业视觉方向开展合作。");
    expect(r.companies.map((c) => c.name)).not.toContain("工程学院");
    expect(r.people.find((p) => p.name === "缪海川")?.roles.map((x) => x.organisation)).toContain("澄州理工大学");
  });
  it("a Latin name written after a company and before 团队 is that company's team", () => {
    expect(companies("字节跳动Nova团队调整", "据知情人士透露，Nova负责人吴永川将全面负责基础研究。")).not.toContain("Nova");
  });
  it("a platform a company released is its product", () => {
    expect(companies("加拿大AI公司Cohere本周发布企业级智能体平台Lighthouse的新版本。")).not.toContain("Lighthouse");
  });
  it("a platform named after its head with no release verb is still a company", () => {
    expect(companies("据大数据监测平台Quantdata显示，共享充电宝用户规模持续增长。")).toContain("Quantdata");
  });
  it("是个人 is no introduction of a company", () => {
    expect(companies("岚云回应称，并表示微博是个人的舞台，“公司没有也不会限制员工表达自由”。")).not.toContain("并表示微博");
  });
});

describe("a withheld name names nobody", () => {
  it("X某Y and X某 are not people", () => {
    expect(people("其中，在嫌疑人陈某进、王某智的住处，警方缴获了设备17台。", "经审讯，嫌疑人王某智让梁某权、彭某等人负责运送设备。")).toEqual([]);
  });
});
