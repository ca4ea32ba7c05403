/**
 * People in news the gazetteer has never seen (issue 15, blind block e2-12-07-unseen-people):
 * 之 in a given name, the civil service's ranks as titles, an adverb before the act after a weak
 * title, a name joined by 和 at the head of a list, people introduced by age, @handles, a name
 * after a 的-clause that speaks at once, 来自X的 + a name or a mixed handle presenting, and a
 * surname + 总/董/老师 pointing back to the one full name of that surname. Names are made up.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";
import { chineseNameAt } from "@/lib/ingest/entities/names";

const ex = (paragraphs: string[], title = "") => extractEntities({ title, paragraphs });
const people = (r: ReturnType<typeof ex>) => r.people.filter((p) => !p.author).map((p) => p.name).sort();
const rolesOf = (r: ReturnType<typeof ex>, name: string) => (r.people.find((p) => p.name === name)?.roles ?? []).map((x) => `${x.organisation}/${x.title}`);

describe("之 inside a given name", () => {
  it("as its first character, closed by a verb or a title", () => {
    expect(chineseNameAt("骆之衡出席会议", 0)?.name).toBe("骆之衡");
    expect(chineseNameAt("佘之祥研究员", 0)?.name).toBe("佘之祥");
  });
  it("as its last character, closed by an adverb", () => {
    expect(chineseNameAt("韦守之也参加了会议", 0)?.name).toBe("韦守之");
  });
  it("not where 之 makes a phrase (之间, 之内) or nothing closes the name", () => {
    expect(chineseNameAt("周之间，", 0)).toBeNull();
    expect(chineseNameAt("王之外的", 0)).toBeNull();
  });
  it("the post before a name with 之 is not read into the next person's", () => {
    const r = ex(["中国科学院南京分院原院长佘之祥研究员、重庆市科学技术协会副巡视员袁强先生出席了开幕式。"]);
    expect(people(r)).toEqual(["佘之祥", "袁强"]);
    expect(rolesOf(r, "袁强")).toEqual(["重庆市科学技术协会/副巡视员"]);
  });
});

describe("ranks and acts after a weak title", () => {
  it("二级巡视员 and 副巡视员 are posts at the bureau", () => {
    const r = ex(["省经信厅二级巡视员骆之衡出席会议并讲话。", "杭州市数据资源管理局副巡视员韦守之也参加了会议。"]);
    expect(people(r)).toEqual(["韦守之", "骆之衡"]);
    expect(rolesOf(r, "韦守之")).toEqual(["杭州市数据资源管理局/副巡视员"]);
  });
  it("X和Y、Z after a title is a list of people", () => {
    const r = ex(["事发时机上有四人，其中机长杨华和李宝辉、唐立君已被救起。"]);
    expect(people(r)).toEqual(["唐立君", "李宝辉", "杨华"]);
  });
  it("a title and 和 a word is no list (教授和学生)", () => {
    const r = ex(["该校教授和学生、家长参加了活动。"]);
    expect(people(r)).toEqual([]);
  });
});

describe("people introduced by age", () => {
  it("an age without 现年, with origin and occupation before the name", () => {
    expect(people(ex(["４８岁的湖南籍农民工刘光胜曾多次遭遇欠薪。"]))).toEqual(["刘光胜"]);
    expect(people(ex(["42岁的村民冉德发是第一批收到物资的人。"]))).toEqual(["冉德发"]);
  });
  it("no name after an age and a noun that is no person", () => {
    expect(people(ex(["这家有30岁的老厂高速发展。"]))).toEqual([]);
  });
});

describe("handles", () => {
  it("@handle after a poster cue, acting after it", () => {
    const r = ex(["微博博主@青柠不加糖 发布了一组老照片。另一位科技博主@老周看科技 则提醒，细节可能是编的。"]);
    expect(people(r)).toEqual(["老周看科技", "青柠不加糖"]);
  });
  it("an account after @ without a poster cue is not taken (@某市发布 发布了通知)", () => {
    expect(people(ex(["@某市发布 发布了通知。"]))).toEqual([]);
  });
  it("来自X的 + a name or a Han-and-Latin handle that presents", () => {
    const r = ex(["来自天融信阿尔法实验室的冷风在上午的沙龙环节现场演示了攻击。", "来自新浪微博的蓝色di雪球带来了精彩分享。"]);
    expect(people(r)).toEqual(["冷风", "蓝色di雪球"]);
  });
  it("来自X的 + a team or a word is no person", () => {
    expect(people(ex(["来自清华大学的研究团队带来了新成果。来自张江的团队带来了新品。"]))).toEqual([]);
  });
});

describe("a 的-clause before a name that speaks", () => {
  it("在信息中心工作了十二年的X说", () => {
    expect(people(ex(["在信息中心工作了十二年的闵书瑶说，最大的难点是统一书写习惯。"]))).toEqual(["闵书瑶"]);
  });
  it("nouns for people after 的 are no names (车主, 华人)", () => {
    expect(people(ex(["公司的车主说，这样不行。现场的华人表示支持。"]))).toEqual([]);
  });
});

describe("a surname and a form of address point back to a full name", () => {
  it("覃总表示 after 见到了覃铭川", () => {
    expect(people(ex(["记者见到了覃铭川。", "谈到融资用途，覃总表示，资金将用于招人。"]))).toEqual(["覃铭川"]);
  });
  it("two earlier names of that surname: none is taken", () => {
    expect(people(ex(["记者见到了覃铭川和覃一帆。", "谈到融资用途，覃总表示，资金将用于招人。"]))).not.toContain("覃一帆");
  });
  it("a word starting with the surname is no name (王国)", () => {
    expect(people(ex(["王国的未来在哪里。", "谈到未来，王总表示要扩张。"]))).toEqual([]);
  });
});

describe("a name handed on to 他/她 speaking in the next clause", () => {
  it("after a unit's noun (杂志社X给予否认，他说)", () => {
    expect(people(ex(["主办方《萌芽》杂志社赵长天给予否认，他说题目的确是别人出的。"]))).toEqual(["赵长天"]);
  });
  it("at a clause start (X点头同意，他说)", () => {
    expect(people(ex(["张伟点头同意，他说这样很好。"]))).toEqual(["张伟"]);
  });
  it("a title or a word before the comma is no name (研究所所长点头，他说)", () => {
    expect(people(ex(["研究所所长点头，他说好。"]))).toEqual([]);
  });
});
