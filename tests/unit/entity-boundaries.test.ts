/**
 * Name boundaries and variants (issue 15): a name ends where the evidence says (a verb, a particle,
 * the same name elsewhere in the article, the gazetteer), not at a fixed length; variant
 * characters, 「X总」 short forms and a name given in both scripts are one person; the patterns
 * news uses to introduce people; units after a known organisation; bylines marked as authors.
 * The names here are made up (or chosen to be absent from the gazetteer) so discovery, not the
 * curated list, has to find them.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";
import { chineseNameAt, rareSurnameNameAt } from "@/lib/ingest/entities/names";
import { aliasKey } from "@/lib/ingest/entities/normalize";

const ex = (paragraphs: string[], title = "") => extractEntities({ title, paragraphs });
const peopleNames = (r: ReturnType<typeof ex>) => r.people.filter((p) => !p.author).map((p) => p.name);
const companyNames = (r: ReturnType<typeof ex>) => r.companies.map((c) => c.name);

describe("a name ends where a verb or particle starts", () => {
  it.each([
    ["周待重申，价格不变。", "周待"],
    ["蒋杰离任后，团队解散。", "蒋杰"],
    ["王迪负责这个团队。", "王迪"],
    ["李航退休了。", "李航"],
    ["方汉做了一个比喻。", "方汉"],
    ["欧阳剑创业三年。", "欧阳剑"],
    ["林百里说，订单很多。", "林百里"],
    ["上官婉清说，成本降了。", "上官婉清"],
    ["司马辰认为，机会很大。", "司马辰"],
    ["陆林教授出席了会议。", "陆林"],
    ["袁道先教授出席了会议。", "袁道先"],
    ["黎旭阳摄", "黎旭阳"],
    ["何建中介绍，春运平稳。", "何建中"],
    ["王莆中还说，投入会增加。", "王莆中"],
    ["赵磊分析称，接受度提高。", "赵磊"],
    ["钱卓强调，安全第一。", "钱卓"],
  ])("%s → %s", (text, name) => {
    expect(chineseNameAt(text, 0)?.name).toBe(name);
  });

  it("reads a surname outside the table only where the shape is clear", () => {
    expect(rareSurnameNameAt("淦家阅共同签署了协议", 0)?.name).toBe("淦家阅");
    expect(rareSurnameNameAt("忻舟将负责新部门", 0)?.name).toBe("忻舟");
    expect(rareSurnameNameAt("亲自表示欢迎", 0)).toBeNull();
    expect(rareSurnameNameAt("电话，说", 0)).toBeNull();
    expect(rareSurnameNameAt("采访时称", 0)).toBeNull();
  });

  it("gives one boundary per article: the reading the article also uses alone wins", () => {
    const r = ex(["星河智能总裁周待重申，公司不会降价。", "据周待介绍，新模型下月上线。"]);
    expect(peopleNames(r)).toContain("周待");
    expect(peopleNames(r)).not.toContain("周待重");
  });

  it("keeps a three-character name when the article never uses the shorter one alone", () => {
    const r = ex(["光年芯片董事长林百里说，订单已经排到明年。", "林百里表示，公司会扩产。"]);
    expect(peopleNames(r)).toContain("林百里");
    expect(peopleNames(r)).not.toContain("林百");
  });

  it("a name read into the next word (蒋峰因|个人原因) takes the boundary its other mentions show", () => {
    const r = ex(["星河智能原平台负责人蒋峰因个人原因离职。", "蒋峰在朋友圈写道，感谢团队。"]);
    expect(peopleNames(r)).toContain("蒋峰");
    expect(peopleNames(r)).not.toContain("蒋峰因");
  });

  it("keeps a compound-surname name whole (欧阳剑因…, 欧阳剑说)", () => {
    const r = ex(["星河智能CEO欧阳剑因病缺席。", "欧阳剑说，公司会继续投入。"]);
    expect(peopleNames(r)).toContain("欧阳剑");
  });

  it("reads titles news uses for research and AI chiefs (首席研究官 Mark Lee, 首席AI官)", () => {
    const r = ex(["星河智能首席研究官Mark Lee在备忘录中说，团队会扩大。"]);
    expect(peopleNames(r)).toContain("Mark Lee");
  });

  it("does not read a title's own characters as a name (董事|长兼CEO)", () => {
    const r = ex(["星河智能董事长兼CEO周待表示，公司不会降价。"]);
    expect(peopleNames(r)).toEqual(["周待"]);
  });
});

describe("variants and short forms fold to one person", () => {
  it.each([
    ["崑", "昆"],
    ["傑", "杰"],
    ["於", "于"],
  ])("%s and %s fold to one key", (a, b) => {
    expect(aliasKey(a)).toBe(aliasKey(b));
  });

  it("陈崑 and 陈昆 in one article are one person", () => {
    const r = ex(["星尘灵动联合创始人兼CTO陈崑在发布会上介绍了新机器人。", "陈昆称，公司与多家厂商有合作。"]);
    expect(r.people.filter((p) => /^陈[崑昆]$/.test(p.name))).toHaveLength(1);
  });

  it("汪傑 and 汪杰 in one article are one person", () => {
    const r = ex(["算能科技副总裁汪傑在接受采访时称，架构有成本优势。", "汪杰还透露，公司正在探讨合作。"]);
    expect(r.people.filter((p) => /^汪[傑杰]$/.test(p.name))).toHaveLength(1);
  });

  it("「X总」 is a form of the one person with that surname, never a name of its own", () => {
    const r = ex(["星河智能创始人、董事长兼CEO周一鸣今晚发文称，订单超过预期。", "周总表示，公司将加大投入。"]);
    expect(peopleNames(r)).toEqual(["周一鸣"]);
    expect(r.people[0]!.forms).toContain("周总");
    expect(peopleNames(ex(["周总表示，公司将加大投入。"]))).toEqual([]);
  });

  it("a Chinese name and its Latin form given together are one person", () => {
    const r = ex(["Hugging Face中国区负责人王铁震（Tiezhen Wang）认为，开源正在追上。", "Tiezhen Wang还提到，下载量最高的是国产模型。"]);
    const p = r.people.find((x) => x.name === "王铁震");
    expect(p?.forms).toContain("Tiezhen Wang");
    expect(peopleNames(r)).not.toContain("Tiezhen Wang");
  });
});

describe("how news introduces people", () => {
  it("据X介绍, X在接受…采访时, X表示 at a clause start", () => {
    expect(peopleNames(ex(["据通义实验室负责人周子墨介绍，模型支持两种模式。"]))).toContain("周子墨");
    expect(peopleNames(ex(["公司发布了新产品。刘伟东在接受采访时称，企业客户增长明显。"]))).toContain("刘伟东");
    expect(peopleNames(ex(["价格战还在继续。宋嘉吉表示，毛利率仍然可观。"]))).toContain("宋嘉吉");
  });

  it("a name quoted with a setting or addressee between it and the verb (X在发布会上表示, X对记者说, 在X看来)", () => {
    expect(peopleNames(ex(["星河智能上周发布新模型。", "秦雨桐在一场行业沙龙上表示，成本降了。"]))).toContain("秦雨桐");
    expect(peopleNames(ex(["“我们砍掉了一半项目。”黎明远对记者说。"]))).toContain("黎明远");
    expect(peopleNames(ex(["在黎明远看来，客户最关心成本。"]))).toContain("黎明远");
    expect(peopleNames(ex(["孙立恒博士向记者介绍，团队用了一千张卡。"]))).toContain("孙立恒");
  });

  it("a company speaking through a document is no person (万兴科技在公告中称, 金山在公告中称)", () => {
    const r = ex(["金山在公告中称，业绩增长。"]);
    expect(peopleNames(r)).toEqual([]);
  });

  it("a Latin full name quoted, alone or after its organisation's 的 (Hugging Face的Thomas Wolf写道)", () => {
    expect(peopleNames(ex(["Nick Frosst在一场闭门交流会上说，企业市场被低估。"]))).toContain("Nick Frosst");
    expect(peopleNames(ex(["Hugging Face的Thomas Wolf在社交媒体上写道，开源进步很快。"]))).toContain("Thomas Wolf");
    expect(peopleNames(ex(["Google Cloud表示，将扩大投资。"]))).toEqual([]);
  });

  it("a clause about a person's job (王迪则负责…, 刘威离开腾讯后…)", () => {
    expect(peopleNames(ex(["星河智能完成调整，王迪则负责新部门的日常工作。"]))).toContain("王迪");
    expect(peopleNames(ex(["另一位核心成员刘威离开星河智能后创业。"]))).toContain("刘威");
  });

  it("an organisation + title + rare-surname name", () => {
    const r = ex(["阶跃星辰与吉利汽车集团CEO淦家阅共同签署了协议。"]);
    expect(peopleNames(r)).toContain("淦家阅");
  });

  it("names listed with a person already found", () => {
    const r = ex(["捐赠人为丁健、李彦宏、沈南鹏、张磊。"]);
    expect(peopleNames(r)).toEqual(expect.arrayContaining(["丁健", "李彦宏", "沈南鹏"]));
  });

  it("a byline names the article's author, marked as such, not as its subject", () => {
    const r = extractEntities({ title: "新模型发布", paragraphs: ["每经记者 张明远 每经编辑 李红霞", "深度求索今天发布了新模型。"] });
    const author = r.people.find((p) => p.name === "张明远");
    expect(author?.author).toBe(true);
    expect(peopleNames(r)).not.toContain("张明远");
  });

  it("a title + a phrase later followed by 说 is no name (陈校长挽留的话…说不出口)", () => {
    expect(peopleNames(ex(["听了这，陈校长挽留的话实在说不出口。"]))).toEqual([]);
  });

  it("a form of address is not a name (付小姐, 冯警官)", () => {
    expect(peopleNames(ex(["付小姐表示不是不接受涨价。"]))).toEqual([]);
  });
});

describe("companies", () => {
  it("a generic phrase is never a company", () => {
    const r = ex(["一位接近某大厂的人士透露，这家公司内部已经暂停了两个项目。", "一家头部基金的投资人坦言，现在只看收入。"]);
    expect(companyNames(r)).toEqual([]);
  });

  it("an organisation named as the object of 创办/加入/收购 (2023年创办了帧跃科技)", () => {
    expect(companyNames(ex(["秦雨桐2023年创办了帧跃科技。"]))).toContain("帧跃科技");
  });

  it("an organisation before a team and a title (海通证券|电子行业|分析师李轩)", () => {
    const r = ex(["海通证券电子行业分析师李轩则认为，封装是瓶颈。"]);
    expect(companyNames(r)).toContain("海通证券");
    expect(r.people.find((p) => p.name === "李轩")?.roles[0]?.organisation).toBe("海通证券");
  });

  it("a name in apposition before 的 + title + name (AI公司数栈智能的创始人黎明远)", () => {
    expect(companyNames(ex(["企业服务公司数栈智能的创始人黎明远表示，客户看重成本。"]))).toContain("数栈智能");
  });

  it("a locative after 平台 is no company (互动平台上称)", () => {
    expect(companyNames(ex(["浪潮信息在投资者互动平台上称，订单饱满。"]))).toEqual(["浪潮信息"]);
  });

  it("suffix-less brands resolve through the gazetteer, not inside words (美的 vs 中美的, 海尔 vs 海尔-波普彗星)", () => {
    expect(companyNames(ex(["格兰仕、美的、海尔等家电企业也在加速。"]))).toEqual(expect.arrayContaining(["格兰仕", "美的", "海尔"]));
    expect(companyNames(ex(["中美的大公司都在投入，包括亚马逊、谷歌和阿里巴巴。"]))).not.toContain("美的");
    expect(companyNames(ex(["你跟我说海尔-波普彗星要来了。"]))).toEqual([]);
  });

  it("an ambiguous short name speaking through 方面 is the company (寒武纪方面回应称)", () => {
    expect(companyNames(ex(["寒武纪方面回应称，不对股价波动作评论。"]))).toContain("寒武纪");
  });

  it("a company's 'AI研究院' is its unit, linked to the parent, not a brand of its own", () => {
    const r = ex(["美的集团AI研究院负责人余志航介绍，空调会自动调温。"]);
    const unit = r.companies.find((c) => c.name === "美的集团AI研究院");
    expect(unit?.parent).toBe("美的");
    expect(companyNames(r)).not.toContain("AI研究院");
  });

  it("a legal name and the short form it introduces are one company, named by the short form", () => {
    const r = ex(["杭州云栖未来智能科技有限公司（以下简称“云栖未来”）今日宣布完成融资。", "云栖未来CEO陈默表示，资金将用于研发。"]);
    const c = r.companies.filter((x) => /云栖未来/.test(x.name));
    expect(c).toHaveLength(1);
    expect(c[0]!.name).toBe("云栖未来");
    expect(c[0]!.aliases).toContain("杭州云栖未来智能科技有限公司");
  });

  it("a generic short form (以下简称“协会”) names nothing", () => {
    const r = ex(["中国城市轨道交通协会（以下简称“协会”）发布了年度报告。"]);
    expect(companyNames(r)).not.toContain("协会");
  });

  it("a gazetteer company's legal name with its short form stays that company", () => {
    const r = ex(["北京月之暗面科技有限公司（以下简称“月之暗面”）今日发布新模型。"]);
    expect(companyNames(r)).toEqual(["月之暗面"]);
  });

  it("a product resolves to its maker", () => {
    expect(companyNames(ex(["豆包大模型的日均调用量超过4万亿。"]))).toContain("字节跳动");
    expect(companyNames(ex(["文心一言的用户规模已达4.3亿。"]))).toContain("百度");
    expect(companyNames(ex(["通义千问发布了新版本。"]))).toContain("阿里巴巴");
  });

  it("a unit named after a known organisation is its own entity, linked to the parent", () => {
    const r = ex(["京东探索研究院院长何晓冬发布了新模型。"]);
    const unit = r.companies.find((c) => c.name === "京东探索研究院");
    expect(unit?.parent).toBe("京东");
    expect(unit?.status).toBe("discovered");
    expect(companyNames(r)).not.toContain("京东");
  });

  it("a company's 'AI lab' is a description, not a unit (谷歌人工智能实验室DeepMind)", () => {
    expect(companyNames(ex(["谷歌人工智能实验室DeepMind开发了新工具。"]))).not.toContain("谷歌人工智能实验室");
  });

  it("discovered names carry the sentence that found them, for review", () => {
    const r = ex(["芯川科技创始人欧阳剑曾任芯片架构师。"]);
    const d = r.discovered.find((x) => x.name === "欧阳剑");
    expect(d?.evidence).toContain("芯川科技创始人欧阳剑");
  });
});

describe("shareholding and appointment verbs end a name (gazetteer common-words 2026.12.04-9)", () => {
  it.each([
    ["腾讯25日公告，公司总裁助理钱松增持股份10万股。", "钱松"],
    ["百度公告称，公司副总裁邹湘减持部分股份。", "邹湘"],
  ])("%s", (text, name) => {
    const names = extractEntities({ title: "", paragraphs: [text] }).people.map((p) => p.name);
    expect(names).toContain(name);
  });
});

describe("a title chained by 兼 is no name, and 汇报 ends one", () => {
  it("reads 副总经理兼董事会秘书 as one title before the name", () => {
    const names = extractEntities({ title: "", paragraphs: ["寒武纪副总经理兼董事会秘书毛立群透露，项目进展顺利。"] }).people.map((p) => p.name);
    expect(names).toEqual(["毛立群"]);
  });

  it("stops a name before 汇报 (向CEO…汇报)", () => {
    const names = extractEntities({ title: "", paragraphs: ["他将直接向星枢动力CEO钱立汇报，负责海外业务。"] }).people.map((p) => p.name);
    expect(names).toContain("钱立");
    expect(names).not.toContain("钱立汇");
  });
});

describe("a place or a sales region before a title is no organisation (blind-12-06a)", () => {
  it("keeps a company's sales region out of the companies", () => {
    const r = ex(["高通公司中国区董事长孟樸此前指出，终端侧AI将是最大的增量市场。"]);
    expect(companyNames(r)).toContain("高通");
    expect(companyNames(r)).not.toContain("中国区");
  });
});

describe("a surname before a title, and 任 before a title, are no names (blind-12-06a)", () => {
  it.each([
    ["任组长的联合调查组", 0],
    ["王院长说，病人已出院。", 0],
  ])("%s → no name", (text, at) => {
    expect(chineseNameAt(text, at)).toBeNull();
  });

  it("reads 加盟任总裁 as a verb and an office, not a rare-surname name", () => {
    expect(rareSurnameNameAt("加盟任总裁", 0)).toBeNull();
    expect(peopleNames(ex(["前百度产品负责人加盟任总裁，负责商业化。"]))).toEqual([]);
  });

  it("does not read the head of a task force as a person", () => {
    expect(peopleNames(ex(["两天后，禹州市宣布成立以分管副市长任组长的联合调查组。"]))).toEqual([]);
  });
});

describe("students and a city's officials introduce names; the place is no organisation (blind-12-06a)", () => {
  it("reads a doctoral student after the university, with the university as the role", () => {
    const r = ex(["论文第一作者是复旦大学博士生钟若溪，共同第一作者为浙江大学硕士生邝书瑶。"]);
    expect(peopleNames(r)).toEqual(expect.arrayContaining(["钟若溪", "邝书瑶"]));
    const zhong = r.people.find((p) => p.name === "钟若溪");
    expect(zhong?.roles.map((x) => `${x.organisation}/${x.title}`)).toContain("复旦大学/博士生");
  });

  it("reads a vice mayor and a district head, and neither place as a company", () => {
    const r = ex(["北京市副市长司徒晓出席会议并讲话。", "海淀区副区长郑耀华在会上说，园区新入驻企业超过60家。"]);
    expect(peopleNames(r)).toEqual(expect.arrayContaining(["司徒晓", "郑耀华"]));
    expect(companyNames(r)).not.toContain("北京市");
    expect(companyNames(r)).not.toContain("海淀区");
  });
});

describe("代表, 回答, 接受, 讨论, 点评 end a two-character given name (blind-12-06a)", () => {
  it.each([
    ["张鹏代表获券企业发言。", "张鹏"],
    ["林涛回答说，明年会扩产。", "林涛"],
    ["周岚接受采访时表示，价格不变。", "周岚"],
    ["欧阳雯讨论了评测的问题。", "欧阳雯"],
    ["谢航点评称，估值偏高。", "谢航"],
  ])("%s → %s", (text, name) => {
    expect(chineseNameAt(text, 0)?.name).toBe(name);
  });

  it("keeps a gazetteer person's role when the name is followed by 代表", () => {
    const r = ex(["会上，首批算力券发放给智谱、生数科技等十家企业。智谱CEO张鹏代表获券企业发言。"]);
    const zhang = r.people.find((p) => p.name === "张鹏");
    expect(zhang?.roles.map((x) => `${x.organisation}/${x.title}`)).toContain("智谱/CEO");
  });
});

describe("a court division's head and chief officers outside tech and money introduce names (blind-12-06b)", () => {
  it("reads a division head after the court's name, with the court as the role", () => {
    const r = ex(["该案审判长、北京互联网法院综合审判一庭庭长柏繁宇在宣判后表示，声音也受保护。"]);
    const who = r.people.find((p) => p.name === "柏繁宇");
    expect(who?.roles.map((x) => x.organisation)).toContain("北京互联网法院");
  });

  it.each([
    ["联合创始人兼首席医学官贺兰雅是北京协和医院原主任医师。", "贺兰雅"],
    ["首席法务官邝明远负责公司的合规工作。", "邝明远"],
  ])("%s → %s", (text, name) => {
    expect(peopleNames(ex([text]))).toContain(name);
  });
});
