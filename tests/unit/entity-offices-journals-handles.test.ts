/**
 * Issue 15 miss kinds: offices written after the name (X总书记在…强调, X总理主持…), journals named in
 * book-title marks with a periodical cue (学术期刊《X》, 《X》《Y》等期刊, 登上《X》封面), and people
 * known by a Latin handle (白帽黑客x, 来自X的y + a verb). Each rule has a case that must stay unfound.
 * Names are made up so the rules, not the gazetteer, find them.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const ex = (paragraphs: string[]) => extractEntities({ title: "", paragraphs });
const people = (r: ReturnType<typeof ex>) => r.people.filter((p) => !p.author).map((p) => p.name);
const companies = (r: ReturnType<typeof ex>) => r.companies.map((c) => c.name);

describe("an office after the name (official news order)", () => {
  it.each([
    ["会议当天，赵明德总理在常务会议上部署了算力网络建设。", "赵明德"],
    ["钱立群主席在座谈会上强调，要支持民营企业参与大模型研发。", "钱立群"],
    ["孙卫东总统表示，两国将加强人工智能合作。", "孙卫东"],
  ])("%s", (text, name) => {
    expect(people(ex([text]))).toContain(name);
  });

  it("reads the office before the name too (中共中央总书记X在…强调)", () => {
    expect(people(ex(["中共中央总书记周建平在主持学习时强调，要突出应用导向。"]))).toContain("周建平");
  });

  it("needs an act or speech after the office (赵明德总理 alone is no mention)", () => {
    expect(people(ex(["这是赵明德总理的一本传记。"]))).toEqual([]);
  });
});

describe("journals in book-title marks", () => {
  it("takes a title after a periodical word (国际学术期刊《X》)", () => {
    expect(companies(ex(["研究论文日前发表在国际学术期刊《星辰》上。"]))).toContain("星辰");
  });

  it("lets a run of titles share the kind word after the last (《X》《Y》等期刊)", () => {
    const names = companies(ex(["此前，《星辰》《云海医学》等期刊也刊发过相关研究。"]));
    expect(names).toEqual(expect.arrayContaining(["星辰", "云海医学"]));
  });

  it("takes a title with a journal's own cue (登上《X》封面)", () => {
    expect(companies(ex(["这项研究登上了《星辰》封面。"]))).toContain("星辰");
  });

  it("leaves reports, books and laws alone (《…白皮书》, a title with no cue)", () => {
    expect(companies(ex(["联盟发布了《大模型应用安全白皮书》。", "他写了一本《星辰》，讲述创业经历。"]))).toEqual([]);
  });
});

describe("people known by a Latin handle", () => {
  it.each([
    ["发现漏洞的白帽黑客moonfox在技术博客中写道，只需一段隐藏文字即可触发。", "moonfox"],
    ["另一位研究者z3ro则复现了针对代码助手的攻击链。", "z3ro"],
    ["来自某安全实验室的blackriver（黑河）则发表了题为《智能体攻防》的演讲。", "blackriver"],
  ])("%s", (text, name) => {
    expect(people(ex([text]))).toContain(name);
  });

  it("needs the introducing word and an act (a model or product name stays unfound)", () => {
    expect(people(ex(["来自开源社区的llama模型下载量很高。", "研究员们测试了agentbench基准。", "他使用moonfox写代码。"]))).toEqual([]);
  });

  it("leaves acronyms alone (白帽黑客APT…)", () => {
    expect(people(ex(["白帽黑客XSS表示这类漏洞很常见。"]))).toEqual([]);
  });
});

describe("trade bodies listed side by side", () => {
  it("takes each whole item of a list of bodies (…协会，…商会、…联盟、…投促局等组织)", () => {
    const names = companies(ex(["出席活动的单位包括：云岭企业家协会，临江进出口商会、东湖产业联盟，北原投促局等工商业组织。"]));
    expect(names).toEqual(expect.arrayContaining(["云岭企业家协会", "临江进出口商会", "东湖产业联盟", "北原投促局"]));
  });

  it("leaves a body word alone without a sibling (行业协会, 该联盟, a single item)", () => {
    expect(companies(ex(["行业协会呼吁企业自律。", "该联盟成立于去年，东湖产业联盟也发布了倡议。"]))).toEqual([]);
  });
});

describe("团队 as a noun head before a suffixed name", () => {
  it("takes the suffixed name after 团队 (国内安全团队|云盾科技)", () => {
    expect(companies(ex(["国内安全团队云盾科技近日披露，多款智能体存在漏洞。"]))).toContain("云盾科技");
  });

  it("does not take a generic stem after 团队 (团队|人工智能科技…)", () => {
    expect(companies(ex(["这个创业团队人工智能科技感很强。"]))).toEqual([]);
  });
});

describe("科技 opening a place or an event is no company suffix", () => {
  it("does not cut a company out of a park or event name (东岭科技园区, 西湖科技节)", () => {
    // the park's administration is a body of its own (a zone's 管理委员会, read since the fifth blind batch)
    expect(companies(ex(["东岭科技园区管理委员会将推出算力补贴。", "西湖科技节今天开幕。"]))).toEqual(["东岭科技园区管理委员会"]);
  });

  it("still takes the company after a head (科技公司|云盾科技)", () => {
    expect(companies(ex(["国内安全公司云盾科技发布了新产品。"]))).toContain("云盾科技");
  });
});
