/**
 * Shapes from a fourth blind batch of written news texts (2026-12-05): an outlet crediting itself
 * (独家获悉, 向X确认, a wire dateline, an account's credit line, a transcript's question label), a
 * rank after 平台, a name's end before 继续, units after a title, a Latin gloss between an
 * organisation and its title, 国际 and 律师事务所 ending an organisation before a title, civil-service
 * ranks and judges as titles, a Latin tracker whose data is cited, a name in quotes that modifies a
 * noun, a transliterated name's last part used alone, 加入 before an ambiguous brand, 全国 + a
 * committee, and a quoted term that is no clause start. Names are made up where the rule, not the
 * gazetteer, must find them.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";
import type { EntityInput } from "@/lib/ingest/entities/types";

const ex = (paragraphs: string[], extra: Partial<EntityInput> = {}) => extractEntities({ title: "", paragraphs, ...extra });
const people = (r: ReturnType<typeof ex>) => r.people.filter((p) => !p.author).map((p) => p.name);
const companies = (r: ReturnType<typeof ex>) => r.companies.map((c) => c.name);
const rolesOf = (r: ReturnType<typeof ex>, name: string) => (r.people.find((p) => p.name === name)?.roles ?? []).map((x) => `${x.organisation}/${x.title}`);

describe("an outlet crediting itself is the source, not a company the article is about", () => {
  it.each([
    [["36氪独家获悉，一家大模型公司完成新一轮融资。", "该公司向36氪确认了上述消息。"], "36氪"],
    [["财联社11月18日电，一家芯片公司今日公布三季报。"], "财联社"],
    [["量子位 | 公众号 QbitAI", "一家模型公司今天发布了新模型。"], "量子位"],
    [["晚点：你怎么看端侧模型？", "孙立新：这是最大的误解。", "晚点：和车企的合作进展如何？", "孙立新：进展顺利。"], "晚点LatePost"],
  ])("%j", (paragraphs, outlet) => {
    expect(companies(ex(paragraphs))).not.toContain(outlet);
  });

  it("still counts an outlet that acts (《纽约时报》起诉…)", () => {
    expect(companies(ex(["《纽约时报》起诉OpenAI的案件仍在审理中。"]))).toContain("纽约时报");
  });
});

describe("words after 平台, a name's end, and unit words after a title", () => {
  it("does not read a rank after 平台 as a platform's name (进入平台前十)", () => {
    expect(companies(ex(["发布首日，其调用量即进入平台前十。"]))).toEqual([]);
  });

  it("ends a name before 继续 (周建平|继续担任)", () => {
    const names = people(ex(["原负责人周建平继续担任公司副总裁。"]));
    expect(names).toContain("周建平");
    expect(names).not.toContain("周建平继");
  });

  it("does not read an office after a title as a rare-surname name (总裁|办公室)", () => {
    expect(people(ex(["他将出任“CEO/总裁办公室”首席科学家。"]))).toEqual([]);
  });

  it("does not start a name after a quoted term (“天才少年”|计划中负责), but does after quoted speech", () => {
    expect(people(ex(["他曾在“天才少年”计划中负责端到端自动驾驶研发。"]))).toEqual([]);
    expect(people(ex(["“我们会继续投入。”张明远表示，公司明年将扩招。"]))).toContain("张明远");
  });
});

describe("organisations before a title", () => {
  it("reads the name before a Latin gloss in brackets (远航国际（Voyage Partners）|合伙人)", () => {
    const r = ex(["猎头公司远航国际（Voyage Partners）合伙人Kevin Lin表示，年薪报价普遍超过千万元。"]);
    expect(companies(r)).toContain("远航国际");
    expect(rolesOf(r, "Kevin Lin")).toContain("远航国际/合伙人");
  });

  it.each([
    ["华信国际分析师陈思远预计，明年出货量将翻倍。", "华信国际", "陈思远"],
    ["被告的代理律师、上海市明德律师事务所合伙人孙立新辩称，训练属于合理使用。", "上海市明德律师事务所", "孙立新"],
  ])("%s", (text, org, person) => {
    const r = ex([text]);
    expect(companies(r)).toContain(org);
    expect(people(r)).toContain(person);
  });

  it("keeps a generic 国际 stem out (中国国际|分析师 names no firm)", () => {
    expect(companies(ex(["中国国际分析师认为，需求仍在增长。"]))).not.toContain("中国国际");
  });
});

describe("titles of the civil service and the bench", () => {
  it("reads a deputy director-general after the ministry's department (科技司|副司长)", () => {
    const r = ex(["工业和信息化部科技司副司长胡振华在近日举行的新闻发布会上透露，标准将于年内发布。"]);
    expect(people(r)).toContain("胡振华");
    expect(rolesOf(r, "胡振华").some((x) => x.startsWith("工业和信息化部/") && x.endsWith("副司长"))).toBe(true);
  });

  it("reads a Latin name after 法官", () => {
    expect(people(ex(["美国联邦法官John Miller裁定，使用合法购买的图书训练模型构成合理使用。"]))).toContain("John Miller");
  });
});

describe("a Latin tracker whose data is cited", () => {
  it("is an organisation (Trackly数据显示)", () => {
    expect(companies(ex(["Trackly数据显示，该模型发布首日调用量进入前十。"]))).toContain("Trackly");
  });

  it("a person who speaks is not (Kevin Lin表示)", () => {
    expect(companies(ex(["Kevin Lin表示，数据显示需求旺盛。"]))).toEqual([]);
  });
});

describe("people: quoted terms and transliterated last parts", () => {
  it("a name in quotes before a noun is a character, not the person (“奥特曼”图片生成案)", () => {
    expect(people(ex(["2024年，法院就“奥特曼”图片生成案作出判决。"]))).toEqual([]);
    expect(people(ex(["OpenAI CEO奥特曼表示，公司将开源一个模型。"]))).toContain("Sam Altman");
  });

  it("folds the last part of a transliterated name used alone into that person", () => {
    const r = ex(["微软副总裁托马斯·史密斯表示，云业务增长强劲。", "史密斯认为，明年需求仍会增长。"]);
    expect(people(r)).toEqual(["托马斯·史密斯"]);
    expect(r.people[0]!.forms).toContain("史密斯");
  });
});

describe("organisations named by their place in the sentence", () => {
  it("reads an ambiguous brand after 加入 as the company (加入小米)", () => {
    expect(companies(ex(["她后来加入小米，负责大模型团队。"]))).toContain("小米");
  });

  it("reads a national committee (全国 + … + 委员会)", () => {
    expect(companies(ex(["全国信息安全标准化技术委员会发布了新标准。"]))).toContain("全国信息安全标准化技术委员会");
  });
});

describe("people with no title of their own", () => {
  it("reads two listed names that found something together (徐立新、郑思远共同创立)", () => {
    expect(people(ex(["2015年，他与大学同学徐立新、郑思远共同创立了这家公司。"]))).toEqual(expect.arrayContaining(["徐立新", "郑思远"]));
  });

  it("does not read two organisations founding something as people (阿里、腾讯共同创立)", () => {
    expect(people(ex(["阿里、腾讯共同创立了这家合资公司。"]))).toEqual([]);
  });

  it("reads a name after a weak title when the clause goes on to describe them (核心成员邵立明则是…)", () => {
    expect(people(ex(["另一位核心成员邵立明则是该算法的主要作者。"]))).toContain("邵立明");
  });
});

describe("joint ventures and products after a known name", () => {
  it("reads a carmaker with a foreign partner's name as the joint venture (广汽丰田, 上汽大众)", () => {
    const names = companies(ex(["广汽丰田和上汽大众都在座舱里接入了大模型。"]));
    expect(names).toEqual(expect.arrayContaining(["广汽丰田", "上汽大众"]));
    expect(names).not.toContain("广汽集团");
    expect(names).not.toContain("上汽集团");
  });

  it("keeps a maker followed by its own product the maker (华为昇腾)", () => {
    const names = companies(ex(["目前已与华为昇腾、沐曦、天数智芯等十余家芯片厂商完成适配。"]));
    expect(names).toContain("华为");
    expect(names).not.toContain("华为昇腾");
  });
});

describe("roles given after the name", () => {
  it("reads each post of a 曾任 list (曾任华为CTO、大疆总工程师)", () => {
    const r = ex(["创始人陈立新曾任华为自动驾驶CTO、大疆机器视觉总工程师。"]);
    expect(rolesOf(r, "陈立新")).toEqual(expect.arrayContaining(["华为/自动驾驶CTO", "大疆/机器视觉总工程师"]));
  });

  it("reads a post a copula gives (X为复旦大学教授, X此前为百度集团资深副总裁)", () => {
    const r = ex(["首席科学家丁立明为复旦大学教授。", "董事长李明远此前为百度集团资深副总裁。"]);
    expect(rolesOf(r, "丁立明")).toContain("复旦大学/教授");
    expect(rolesOf(r, "李明远")).toContain("百度/资深副总裁");
  });

  it("gives no post when 为 is a preposition (X为公司带来…)", () => {
    const r = ex(["CEO李明远为百度带来了新的增长。"]);
    expect(rolesOf(r, "李明远").filter((x) => x.startsWith("百度/"))).toEqual([]);
  });

  it("reads a post at a unit of the organisation just joined (加入腾讯，出任“CEO/总裁办公室”首席AI科学家)", () => {
    const r = ex(["前OpenAI研究员姚立新已正式加入腾讯，出任“CEO/总裁办公室”首席AI科学家。"]);
    expect(rolesOf(r, "姚立新")).toContain("腾讯/首席AI科学家");
  });

  it("places officers listed clause by clause after ； at the company the first was placed at", () => {
    const r = ex(["远帆智能成立于2025年2月，总部位于上海。创始人兼CEO陈立新曾任华为CTO；董事长李明远此前为百度集团资深副总裁；首席科学家丁立明为复旦大学教授。"]);
    expect(rolesOf(r, "李明远")).toContain("远帆智能/董事长");
    expect(rolesOf(r, "丁立明")).toContain("远帆智能/首席科学家");
  });

  it("keeps a school named after its university part of it (中国人民大学法学院教授、知识产权学院副院长)", () => {
    const r = ex(["中国人民大学法学院教授、知识产权学院副院长郭立新接受采访时指出，认定将影响成本结构。"]);
    expect(companies(r)).not.toContain("知识产权学院");
    expect(rolesOf(r, "郭立新")).toContain("中国人民大学/知识产权学院副院长");
  });
});

describe("a known person's bare title", () => {
  it("gives the gazetteer's post at an organisation the article names (联合创始人周昕宇, 月之暗面 named before)", () => {
    const r = ex(["月之暗面今天发布了新模型。", "谈到训练成本，团队说用了更少的卡。", "联合创始人周昕宇补充称，推理速度提升约两倍。"]);
    expect(rolesOf(r, "周昕宇")).toContain("月之暗面/联合创始人");
  });

  it("gives none when the article does not name their organisation", () => {
    const r = ex(["联合创始人周昕宇补充称，推理速度提升约两倍。"]);
    expect(rolesOf(r, "周昕宇")).toEqual([]);
  });
});

describe("shapes from the fifth blind batch", () => {
  it("reads a known company's legal name with its seat before it as that company (北京|智谱华章科技股份有限公司)", () => {
    const names = companies(ex(["北京智谱华章科技股份有限公司已办理辅导备案登记。智谱CEO张鹏表示，公司不急于上市。"]));
    expect(names).toContain("智谱");
    expect(names).not.toContain("北京智谱华章科技股份有限公司");
  });

  it("reads a regulator's provincial office after it as its unit (证监会|浙江监管局)", () => {
    const names = companies(ex(["据证监会浙江监管局披露，辅导工作已于上月完成。"]));
    expect(names).toContain("证监会浙江监管局");
    expect(names).not.toContain("浙江监管局");
  });

  it("does not read results that are announced as a company (业绩公布后)", () => {
    expect(companies(ex(["远帆科技公布中期业绩。", "业绩公布后，股价一度急升12%。"]))).not.toContain("业绩");
  });

  it("reads a development zone's administration (苏州工业园区管委会)", () => {
    expect(companies(ex(["近日，苏州工业园区管委会发布了算力补贴新政。"]))).toContain("苏州工业园区管委会");
  });

  it("reads a known company + 云 before a separator as its cloud unit (浪潮云、)", () => {
    expect(companies(ex(["浪潮云、优刻得等第三方云服务商也推出了低价推理套餐。"]))).toContain("浪潮云");
  });

  it("reads capitalised words ending in Lab/Labs/Inc as an organisation", () => {
    expect(companies(ex(["人才争夺已蔓延到Deep Harbor Labs等新公司。"]))).toContain("Deep Harbor Labs");
  });

  it("places a post after joining a company described before its name (加入具身智能公司远帆科技，担任CTO)", () => {
    const r = ex(["前小米机器人负责人陈立新已于近日加入具身智能公司远帆科技，担任CTO。"]);
    expect(rolesOf(r, "陈立新")).toContain("远帆科技/CTO");
  });

});

describe("shapes from the sixth blind batch", () => {
  it("reads a legal name after 此前任 without the person, and the post it gives", () => {
    const r = ex(["资料显示，李明远此前任远帆医疗科技股份有限公司董事。李明远表示，将做好工作。"]);
    expect(companies(r)).toContain("远帆医疗科技股份有限公司");
    expect(companies(r).some((c) => c.startsWith("李明远"))).toBe(false);
    expect(rolesOf(r, "李明远")).toContain("远帆医疗科技股份有限公司/董事");
  });

  it("reads a subsidiary's legal name that opens with its parent's short name (讯飞|医疗科技股份有限公司)", () => {
    expect(companies(ex(["聂立新此前任讯飞医疗科技股份有限公司董事。"]))).toContain("讯飞医疗科技股份有限公司");
  });

  it("reads the post of 聘任X为公司… at the company the text speaks of", () => {
    const r = ex(["科大讯飞公告称，公司董事会同意聘任聂立新为公司副总裁、董事会秘书，任期三年。聂立新表示，将做好工作。"]);
    expect(rolesOf(r, "聂立新")).toEqual(expect.arrayContaining(["科大讯飞/副总裁", "科大讯飞/董事会秘书"]));
  });

  it("does not read the board as a title (董事|会收到)", () => {
    expect(people(ex(["科大讯飞公告称，公司董事会收到辞职报告。"]))).toEqual([]);
  });

  it("ends a name before 最后, and gives a known person read that way the role", () => {
    expect(people(ex(["主持人、远帆科技创始人张明远最后抛出一个问题。"]))).toContain("张明远");
    expect(rolesOf(ex(["主持人、极客公园创始人张鹏最后抛出一个问题。"]), "张鹏")).toContain("极客公园/创始人");
  });

  it("does not carry the sentence's organisation to a title inside a clause (但会给研究员|更大)", () => {
    expect(people(ex(["Anthropic首席执行官Dario Amodei说，公司不会比拼薪水，但会给研究员更大的自由度。"]))).toEqual(["Dario Amodei"]);
  });

  it("reads the post before a prize winner's 得主 (蒙特利尔大学教授、图灵奖得主X)", () => {
    const r = ex(["加拿大蒙特利尔大学教授、图灵奖得主约书亚·本吉奥表示，实验室之间应共享安全信息。"]);
    expect(rolesOf(r, "Yoshua Bengio").some((x) => x.startsWith("蒙特利尔大学/"))).toBe(true);
  });

  it("reads a Latin name after 高管, a Latin name joined to an apposed one, and one after 组织", () => {
    expect(people(ex(["公司新任命前微软高管Johan Berger为安全系统负责人。"]))).toContain("Johan Berger");
    expect(companies(ex(["首批客户来自东南亚的电商平台Shopee和Lazada。"]))).toEqual(expect.arrayContaining(["Shopee", "Lazada"]));
    expect(companies(ex(["他今年创办了非营利组织SafeFirst，专注于安全研究。"]))).toContain("SafeFirst");
  });

  it("places a bare title at the organisation the sentence opened by describing, past the ones in its description", () => {
    const r = ex(["远帆芯片成立于2023年5月，由清华大学电子工程系主任汪立新发起，联合创始人兼CEO夏明远是汪立新的博士生。"]);
    expect(rolesOf(r, "夏明远")).toContain("远帆芯片/联合创始人兼CEO");
  });
});

describe("a bare brand in a 、 chain of posts", () => {
  it("is the company of a founder's title after an item that named its organisation (…首席研究员、水木分子创始人X)", () => {
    const r = ex(["清华大学智能产业研究院首席研究员、水木分子创始人聂立新则更关注科研场景。"]);
    expect(companies(r)).toContain("水木分子");
    expect(rolesOf(r, "聂立新")).toContain("水木分子/创始人");
  });

  it("is not read from a chained title or a department (创始人、董事长兼CEO; 副总裁、微信事业群总裁)", () => {
    expect(companies(ex(["小米集团创始人、董事长兼CEO雷立新表示，汽车业务进展顺利。"]))).toEqual(["小米"]);
    expect(companies(ex(["腾讯副总裁、微信事业群总裁张立新表示，AI搜索用户增长很快。"]))).toEqual(["腾讯"]);
  });
});
