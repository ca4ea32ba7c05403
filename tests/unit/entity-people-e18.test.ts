/**
 * People in unseen LLM-industry news (issue 15, blind batch e18-12-08-people): 和 inside and at the
 * end of given names where it cannot be a joiner, and the guards that keep 和 a joiner (张和李,
 * 维护和平, 态度温和). Names and sentences are made up and differ from the batch's.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const ex = (paragraphs: string[], title = "") => extractEntities({ title, paragraphs });
const people = (r: ReturnType<typeof ex>) => r.people.filter((p) => !p.author).map((p) => p.name).sort();

describe("和 in a given name where no joined noun can follow", () => {
  it("a one-character given name 和 before a list mark (教授X和、Y)", () => {
    expect(people(ex(["入选名单包括浙江大学教授吕和、武汉大学副教授姚一鸣。"]))).toEqual(["吕和", "姚一鸣"]);
  });
  it("…before a particle or a preposition (董事长X和因…, 副教授X和与…)", () => {
    expect(people(ex(["公司董事长郭和因个人原因辞职。"]))).toEqual(["郭和"]);
    expect(people(ex(["南开大学副教授韦和与学生合作完成了这项研究。"]))).toEqual(["韦和"]);
  });
  it("a three-character name ending in 和 before 的 or 将 (X和的加入, X和将出任)", () => {
    expect(people(ex(["前微软研究员邹正和将出任公司首席科学家。", "邹正和的加入让团队如虎添翼。"]))).toEqual(["邹正和"]);
  });
  it("和 opening a two-character given name (CEO X和Y介绍)", () => {
    expect(people(ex(["青鸾科技CEO蒋和远介绍，新模型支持百万token上下文。"]))).toEqual(["蒋和远"]);
  });
  it("guard: two people joined by 和 stay two (X和Y表示)", () => {
    expect(people(ex(["青鸾科技CEO蒋远和CTO李明表示，新模型下月开源。"]))).toEqual(["李明", "蒋远"]);
  });
  it("guard: a word ending in 和 is no name (态度温和、)", () => {
    expect(people(ex(["发布会上，公司CEO的态度温和，回答问题时多次提到开源。"]))).toEqual([]);
  });
  it("guard: 和平 after a word is no given name (维护和平)", () => {
    expect(people(ex(["报告呼吁各国共同维护和平，防止人工智能被用于军事目的。"]))).toEqual([]);
  });
});

describe("a surname that is also a word, after a post, with a person's own predicate", () => {
  it("leaving for a reason of one's own (董事长X因个人原因辞去…)", () => {
    expect(people(ex(["公司董事长时锐因个人原因辞去董事长职务。"]))).toEqual(["时锐"]);
  });
  it("elected to a post (选举总经理X为新任董事长)", () => {
    expect(people(ex(["董事会选举总经理安岚为新任董事长。"]))).toEqual(["安岚"]);
  });
  it("an opinion on a motion (独立董事X对…发表)", () => {
    expect(people(ex(["独立董事文清对该议案发表了同意的独立意见。"]))).toEqual(["文清"]);
  });
  it("speech right after a weak post (主任X介绍)", () => {
    expect(people(ex(["园区管委会主任原峰介绍，今年新落户企业超过40家。"]))).toEqual(["原峰"]);
  });
  it("guard: an adverb after a post before speech is no name (投资人普遍认为)", () => {
    expect(people(ex(["投资人普遍认为，具身智能有望成为下一个重要方向。"]))).toEqual([]);
  });
  it("guard: a word after the post is no name (主任全面介绍了…, 董事长高度评价…)", () => {
    expect(people(ex(["会上，管委会主任全面介绍了园区的算力规划。", "公司董事长高度评价了团队的工作。"]))).toEqual([]);
  });
});

describe("a party's speech in court ends a name (诉称, 辩称)", () => {
  it("a plaintiff named again before 诉称", () => {
    expect(people(ex(["原告为设计师邱立帆及其工作室。", "邱立帆诉称，被告的产品生成的图片与其作品高度相似。"]))).toEqual(["邱立帆"]);
  });
  it("a lawyer whose name starts with a common word before 辩称 (合伙人X辩称)", () => {
    expect(people(ex(["被告代理律师、衡远律师事务所合伙人程序明辩称，训练数据来源于公开网络。"]))).toEqual(["程序明"]);
  });
  it("guard: 辩称 after an organisation names nobody", () => {
    expect(people(ex(["被告公司辩称，训练数据均来源于公开网络。"]))).toEqual([]);
  });
});

describe("a Latin full name after a part played (选手, 球员) and a name after 外援", () => {
  it("选手 + two capitalised words, no speech after", () => {
    expect(people(ex(["本届比赛中，印度选手Arjun Mehta以两分之差获得亚军。"]))).toEqual(["Arjun Mehta"]);
  });
  it("球员 + a Latin name before 的", () => {
    expect(people(ex(["第80分钟，外援球员Mateo Silva的进球被判无效。"]))).toEqual(["Mateo Silva"]);
  });
  it("外援 + a Han name that then speaks (外援X在接受采访时说)", () => {
    expect(people(ex(["客队外援马西奥在接受采访时说，他尊重裁判的判罚。"]))).toEqual(["马西奥"]);
  });
  it("guard: a team or lab in Latin after a part played is no person (开发者Open Labs)", () => {
    expect(people(ex(["开发者Open Labs发布了新的评测工具。", "选手Team Nova获得第三名。"]))).toEqual([]);
  });
});

describe("where a name ends: 追问/询问 after it; 谈 as a headline's verb", () => {
  it("分析师X追问: 追 opens the verb, not a third character", () => {
    expect(people(ex(["申万宏源分析师邓磊追问毛利率的变化。"]))).toEqual(["邓磊"]);
  });
  it("title + 谈 + a topic is no name (联合创始人谈具身智能)", () => {
    expect(people(ex(["对话星川机器人：两位联合创始人谈具身智能的数据难题"]))).toEqual([]);
  });
  it("guard: 谈 as a surname with a verb after the name (联合创始人谈杰表示)", () => {
    expect(people(ex(["星川机器人联合创始人谈杰表示，数据是最大的瓶颈。"]))).toEqual(["谈杰"]);
  });
});

describe("more evidence for a name after a post", () => {
  it("a three-character name opening with a common word, settled by speech after it (律师X则认为)", () => {
    expect(people(ex(["原告代理律师安全明则认为，公开不等于授权。"]))).toEqual(["安全明"]);
  });
  it("a post given to a holder described by a 的-clause (首席财务官由此前在X工作的Y担任)", () => {
    expect(people(ex(["公司首席财务官由此前在高盛工作的邱和担任。"]))).toEqual(["邱和"]);
  });
  it("a Latin full name after a post, with a verb news puts after a person (高级研究员X参与了…)", () => {
    expect(people(ex(["团队的高级研究员Nora Patel参与了这项实验。"]))).toEqual(["Nora Patel"]);
  });
  it("guard: a product in Latin after a post is no person (研究员Google Cloud参与…)", () => {
    expect(people(ex(["高级研究员Google Cloud参与了部分实验。"]))).toEqual([]);
  });
});

const roles = (r: ReturnType<typeof ex>, name: string) => (r.people.find((p) => p.name === name)?.roles ?? []).map((x) => `${x.organisation}/${x.title}`).sort();

describe("role attachment", () => {
  it("name，organisation + post， (an apposition between commas)", () => {
    const r = ex(["公司董事会聘任邵凯为总经理。", "邵凯，鼎川科技首席技术官，负责公司大模型产品线。"]);
    expect(roles(r, "邵凯")).toContain("鼎川科技/首席技术官");
  });
  it("guard: a post followed by another name is that name's (X表示，Y公司CTO王五也会参加)", () => {
    const r = ex(["邵凯表示，鼎川科技首席技术官王振也会参加。"]);
    expect(roles(r, "邵凯")).toEqual([]);
    expect(roles(r, "王振")).toEqual(["鼎川科技/首席技术官"]);
  });
  it("宣布公司 + post: 公司 points to the company spoken of, no company named 宣布公司", () => {
    const r = ex(["大模型公司鼎川科技12月8日发布内部信，宣布公司首席技术官邵凯卸任。", "鼎川科技成立于2021年。"]);
    expect(r.companies.map((c) => c.name)).not.toContain("宣布公司");
    expect(roles(r, "邵凯")).toEqual(["鼎川科技/首席技术官"]);
  });
});

describe("posts and family names the tables lacked", () => {
  it("a head's assistant is a post (实验室主任助理X)", () => {
    expect(roles(ex(["出席活动的还有之江实验室主任助理邹坚。"]), "邹坚")).toEqual(["之江实验室/主任助理"]);
  });
  it("a Japanese family name (小林) before a given name and speech", () => {
    expect(people(ex(["随行的技术顾问小林拓海透露，公司计划在大连设立研发中心。"]))).toEqual(["小林拓海"]);
  });
  it("guard: 小林 as a form of address before a verb is no full name (小林说, 小林觉得)", () => {
    expect(people(ex(["小林说，他明天去北京。", "小林觉得这个方案不错。"]))).toEqual([]);
  });
});

describe("joining a named organisation and taking a post there", () => {
  it("X加入<org>，担任<post>", () => {
    expect(roles(ex(["谷歌前工程师Priya Nair加入星川科技，担任海外技术负责人。"]), "Priya Nair")).toContain("星川科技/海外技术负责人");
  });
  it("guard: joining with no post after it gives no role there (X加入<org>，他说…)", () => {
    expect(roles(ex(["张立加入星川科技，他说这是新的开始。"]), "张立")).toEqual([]);
  });
});
