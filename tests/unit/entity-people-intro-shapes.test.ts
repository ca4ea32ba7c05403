/**
 * How news introduces people the gazetteer does not know, from blind-12-10a: the objects of an
 * appointment (聘任X、Y为副总裁), a name opening a clause with a predicate only people take (在…读完
 * 博士, 毕业于, 是…的另一位…, 此前在…工作 named again), speech verbs with a manner (说道, 补充道,
 * 笑称, 解释说) or an adverb before them (还表示, 则称), a name right after a closing quote, an
 * addressee that is an outlet (对36氪表示), and the guards: a side in talks (韩方表示) and a
 * pseudonym (李亮（化名）) are nobody. Names are made up so the rules, not the gazetteer, find them.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";
import { chineseNameAt } from "@/lib/ingest/entities/names";

const ex = (paragraphs: string[]) => extractEntities({ title: "", paragraphs });
const people = (r: ReturnType<typeof ex>) => r.people.filter((p) => !p.author).map((p) => p.name).sort();

describe("the objects of an appointment", () => {
  it("a list joined by 、 before 为 and a post", () => {
    expect(people(ex(["同日，公司聘任缪一苇、钭晓川为副总裁。"]))).toEqual(["缪一苇", "钭晓川"]);
  });
  it("one name, 公司 and a post", () => {
    expect(people(ex(["董事会同意聘任晁一帆为公司首席技术官，任期三年。"]))).toEqual(["晁一帆"]);
  });
  it("no post closing the clause: nobody (选举产生, 聘任程序)", () => {
    expect(people(ex(["公司将按程序选举产生新一届董事会。"]))).toEqual([]);
    expect(people(ex(["董事会聘任常规顾问为期一年。"]))).toEqual([]);
  });
});

describe("a name opening a clause with what only people do", () => {
  it("studying somewhere", () => {
    expect(people(ex(["柏沐阳在卡内基梅隆大学读完博士后，回国创业。"]))).toEqual(["柏沐阳"]);
  });
  it("graduating, and being 一位/另一位", () => {
    expect(people(ex(["郗景行毕业于哈尔滨工业大学。"]))).toEqual(["郗景行"]);
    expect(people(ex(["郗彦是岚算科技的另一位关键人物。"]))).toEqual(["郗彦"]);
  });
  it("working somewhere counts only when the text names the person again", () => {
    expect(people(ex(["接替他负责工程团队的是邬晓岚。邬晓岚此前在优必选工作了六年。"]))).toEqual(["邬晓岚"]);
    expect(people(ex(["邬晓岚此前在优必选工作了六年。"]))).toEqual([]);
  });
  it("not a company or a common word doing the same (一家, 周末)", () => {
    expect(people(ex(["金石是一家老牌券商。"]))).toEqual([]);
    // a bare 是一位 says what someone is, not who: only with a second naming
    expect(people(ex(["王明是一位连续创业者。"]))).toEqual([]);
    expect(people(ex(["周末在公司工作的人不多。周末是休息日。"]))).toEqual([]);
  });
});

describe("speech verbs with a manner, or an adverb before them", () => {
  it.each([
    ["池立伟说道，模型还需要一代芯片。"],
    ["池立伟补充道，隐私是用户最关心的问题。"],
    ["池立伟笑称，自己是被客户逼着创业的。"],
    ["对此，池立伟解释说，公司不会裁员。"],
    ["池立伟还表示，公司会继续投入研发。"],
    ["池立伟进一步指出，成本还会下降。"],
  ])("%s", (text) => {
    expect(people(ex([text]))).toEqual(["池立伟"]);
  });
  it("说 after a closing quote is as sure as 表示", () => {
    expect(people(ex(["“很多工厂的数据是不能上云的。”池立伟说。"]))).toEqual(["池立伟"]);
  });
  it("说 alone at a clause start still needs a second sighting", () => {
    expect(people(ex(["池立伟说，模型还需要一代芯片。"]))).toEqual([]);
  });
  it("an outlet as the addressee (对36氪表示)", () => {
    expect(people(ex(["池立伟对36氪表示，公司正在筹备新一轮融资。"]))).toEqual(["池立伟"]);
  });
  it("a person's leaving after a date (已于近日离职)", () => {
    expect(people(ex(["池立伟已于近日离职。"]))).toEqual(["池立伟"]);
  });
});

describe("guards", () => {
  it("a side in talks is no name (韩方表示, 韩方回应称)", () => {
    expect(people(ex(["韩方表示，将继续推进谈判。"]))).toEqual([]);
    expect(people(ex(["韩方回应称，将继续推进谈判。"]))).toEqual([]);
    expect(people(ex(["韩方在会上表示，将继续推进谈判。"]))).toEqual([]);
  });
  it("set phrases and offices before a verb are nobody (温馨提醒, 卫生署呼吁, 谢谢你提醒)", () => {
    expect(people(ex(["温馨提醒：本周气温持续低迷。"]))).toEqual([]);
    expect(people(ex(["卫生署呼吁市民不要购买这种药物。"]))).toEqual([]);
    expect(people(ex(["“谢谢你提醒我。”他说。"]))).toEqual([]);
  });
  it("听 ends a name (”贾母听说，), as 说 does", () => {
    expect(people(ex(["“他能的。”贾母听说，便不再问。"]))).toEqual([]);
  });
  it("a company's answer needs a second sighting (回应称)", () => {
    expect(people(ex(["金石回应称，相关报道不实。"]))).toEqual([]);
  });
  it("a pseudonym is nobody", () => {
    expect(people(ex(["作为一家数据公司的副总裁，李亮（化名）更能感受到影响。李亮表示，数据是命门。"]))).toEqual([]);
    expect(people(ex(["作为一家数据公司的副总裁，李亮更能感受到影响。李亮表示，数据是命门。"]))).toEqual(["李亮"]);
  });
});

describe("a two-character given name ends before a word news puts after names", () => {
  it.each([
    ["祁文早年在华为工作", "祁文"],
    ["祁文笑道，没想到", "祁文"],
    ["祁文问道：为什么", "祁文"],
    ["祁文去年加入公司", "祁文"],
    ["祁文坚持认为", "祁文"],
    ["祁文决定离开", "祁文"],
    ["祁文否认了传闻", "祁文"],
    ["祁文团队研发了", "祁文"],
    ["祁文入职腾讯", "祁文"],
    ["祁文问：为什么", "祁文"],
    ["祁文笑着说", "祁文"],
  ])("%s", (text, name) => {
    expect(chineseNameAt(text, 0)?.name).toBe(name);
  });
  it("a three-character name still reads whole before a speech verb", () => {
    expect(chineseNameAt("祁文涛表示，", 0)?.name).toBe("祁文涛");
    expect(chineseNameAt("张希望表示，", 0)?.name).toBe("张希望");
  });
});

const rolesOf = (r: ReturnType<typeof ex>, name: string) => (r.people.find((p) => p.name === name)?.roles ?? []).map((x) => `${x.organisation}:${x.title}`);

describe("posts at the company that speaks or appoints", () => {
  it("a bare officer title after X公告称 / X宣布成立… is X's", () => {
    expect(rolesOf(ex(["科大讯飞公告称，副总裁练春生因个人原因辞去所任职务。"]), "练春生")).toEqual(["科大讯飞:副总裁"]);
    expect(rolesOf(ex(["百川智能宣布成立医疗事业部，由联合创始人谌嘉禾兼任CEO。"]), "谌嘉禾")).toEqual(["百川智能:联合创始人"]);
  });
  it("not after a sentence that only names the company as an object", () => {
    expect(rolesOf(ex(["记者从科大讯飞了解到，副总裁练春生已辞去所任职务。"]), "练春生")).toEqual([]);
  });
  it("a post given by appointment, to each name of the list", () => {
    const r = ex(["科大讯飞公告称，副总裁练春生辞去职务。同日，公司聘任缪一苇、钭晓川为副总裁。"]);
    expect(rolesOf(r, "缪一苇")).toEqual(["科大讯飞:副总裁"]);
    expect(rolesOf(r, "钭晓川")).toEqual(["科大讯飞:副总裁"]);
  });
});

describe("a post held before, and a post in apposition", () => {
  it("曾任 / 曾在X担任 + a post closing the clause", () => {
    const r = ex(["祁文涛曾在百度担任副总裁。"]);
    expect(people(r)).toEqual(["祁文涛"]);
    expect(rolesOf(r, "祁文涛")).toEqual(["百度:副总裁"]);
    expect(rolesOf(ex(["祁文涛曾任阿里巴巴副总裁。"]), "祁文涛")).toEqual(["阿里巴巴:副总裁"]);
  });
  it("not 在X + anything but a post (在百度的地位)", () => {
    expect(people(ex(["祁文涛在百度的地位无人能及。"]))).toEqual([]);
  });
  it.each([["祁文涛，声屿科技创始人兼CEO，此前在华为工作。"], ["祁文涛（声屿科技创始人）表示，公司明年上市。"], ["作为声屿科技的创始人，祁文涛对行业很熟悉。"]])("%s", (text) => {
    expect(people(ex([text]))).toEqual(["祁文涛"]);
  });
  it("an apposition that is no organisation and title names nobody", () => {
    expect(people(ex(["祁文涛，一个普通的创业者，此前在华为工作。"]))).toEqual([]);
    expect(people(ex(["作为一名老员工，祁文涛对公司很熟悉。"]))).toEqual([]);
  });
});
