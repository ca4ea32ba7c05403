/**
 * People in unseen general news (issue 15, blind batch e15-12-07-people): the boundary of a name
 * before a verb of office (宣读, 通报, 执法, 出示), and the general posts and parts that introduce a
 * name in sports, courts, museums and villages (队长, 主帅, 检察官, 研究馆员, 社长, 选手, 学者, 干部).
 * Names and sentences are made up and differ from the batch's.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const ex = (paragraphs: string[], title = "") => extractEntities({ title, paragraphs });
const people = (r: ReturnType<typeof ex>) => r.people.filter((p) => !p.author).map((p) => p.name).sort();

describe("a two-character verb of office ends the name before it", () => {
  it("副厅长X宣读: 宣 opens the verb, not the given name", () => {
    expect(people(ex(["会上，省教育厅副厅长孙敏宣读了表彰决定。"]))).toEqual(["孙敏"]);
  });
  it("局长X通报: 通 opens the verb", () => {
    expect(people(ex(["县应急管理局局长钱峰通报了灾情和救援进展。"]))).toEqual(["钱峰"]);
  });
  it("队长X出示: the verb after a captain", () => {
    expect(people(ex(["第70分钟，主裁判向客队队长马骁出示了黄牌。", "赛后，马骁说，球队会调整状态。"]))).toEqual(["马骁"]);
  });
});

describe("general posts and parts introduce a name", () => {
  it("a team's captain (队长X说)", () => {
    expect(people(ex(["青岛海牛队长刘健飞说，球队下半场体能下降明显。"]))).toEqual(["刘健飞"]);
  });
  it("a prosecutor (据办案检察官X介绍)", () => {
    expect(people(ex(["据办案检察官陶宁介绍，该案涉及三十余名被害人。"]))).toEqual(["陶宁"]);
  });
  it("a restorer (据修复师X介绍) and a curator graded like a researcher (研究馆员X表示)", () => {
    expect(people(ex(["据修复师欧阳青介绍，这件瓷器碎成了四十多片。", "省博物馆研究馆员邓立群表示，修复将持续两年。"]))).toEqual(["欧阳青", "邓立群"]);
  });
  it("a cooperative's head (合作社社长X透露)", () => {
    expect(people(ex(["村里的茶叶合作社社长杨春林透露，今年茶青收购价上涨两成。"]))).toEqual(["杨春林"]);
  });
  it("a competitor (选手X说)", () => {
    expect(people(ex(["获得女子组第三名的中国选手李梦瑶说，这是她第一次参加全程马拉松。"]))).toEqual(["李梦瑶"]);
  });
});

describe("Japanese family names keep the whole given name", () => {
  it("教授X也认为: a two-character Japanese surname and a two-character given name", () => {
    expect(people(ex(["东京大学教授佐藤健一也认为，这项技术仍需十年才能成熟。"]))).toEqual(["佐藤健一"]);
  });
});

describe("placing in a field names the competitor (X获得第N名)", () => {
  it("选手X获得第五名, with a Japanese name of four characters", () => {
    expect(people(ex(["男子组比赛中，日本选手渡边拓海获得第四名，韩国选手李承浩获得第九名。"]))).toEqual(["李承浩", "渡边拓海"]);
  });
  it("a team or company placing is no person (北京队获得第二名)", () => {
    expect(people(ex(["团体赛中，北京队获得第二名。"]))).toEqual([]);
  });
});

describe("a side after a score that the article writes as a club is no person", () => {
  it("2比1逆转申X, with 上海申X and 申X队长 elsewhere", () => {
    const r = ex(["下半场，北京国安2比1逆转申鹰。", "上海申鹰第20分钟先进一球，申鹰队长赛后表示不满。"], "北京国安逆转申鹰");
    expect(people(r)).toEqual([]);
  });
  it("a player beaten by a score stays a person", () => {
    expect(people(ex(["男单决赛中，王楚钦4比1击败林高远。", "林高远说，对手发挥出色。"]))).toEqual(["林高远", "王楚钦"]);
  });
});

describe("words after a title that open no name", () => {
  it("负责人任免 is the noun 任免, not a surname 任", () => {
    expect(people(ex(["省委宣布了关于该校主要负责人任免的决定。"]))).toEqual([]);
  });
  it("X率团访问: 率团 ends the name", () => {
    expect(people(ex(["复旦大学党委书记裘新率团访问云南。"]))).toEqual(["裘新"]);
  });
});

describe("senior posts are strong enough for a surname that is also a word (万, 常)", () => {
  it("馆长X介绍 and 研究馆员X表示", () => {
    expect(people(ex(["据市图书馆馆长常晓介绍，古籍修复进展顺利。", "省博物馆研究馆员万林表示，修复将持续两年。"]))).toEqual(["万林", "常晓"]);
  });
});

describe("a dotted name after a weak post, then used by one part alone", () => {
  it("演员A·B。B在…: the later last part vouches for the whole name", () => {
    const r = ex(["最佳女演员颁给了法国演员伊莎贝拉·莫奈。莫奈在领奖时感谢了导演。"]);
    expect(people(r)).toContain("伊莎贝拉·莫奈");
  });
  it("no second use, no name (演员A·B。)", () => {
    expect(people(ex(["最佳女演员颁给了法国演员伊莎贝拉·莫奈。"]))).toEqual([]);
  });
});

describe("提 and 都 inside a dotted name's last part", () => {
  it("A·买买提正在…: 提 opens no word there, so it is the name's", () => {
    const r = ex(["副站长吐尔逊·买买提正在检查设备。", "吐尔逊说，今年的降雪比往年多。"]);
    expect(people(r)).toContain("吐尔逊·买买提");
  });
  it("A·阿不都拉说: 都拉 is no predicate", () => {
    expect(people(ex(["合作社社长努尔·阿不都拉说，今年的收成比往年好。"]))).toEqual(["努尔·阿不都拉"]);
  });
  it("都 before a predicate still ends the name (X·Y都表示…)", () => {
    expect(people(ex(["公司创始人约翰·史密斯都表示过担忧。"]))).toEqual(["约翰·史密斯"]);
  });
});

describe("a kind of institution alone before a strong post is no organisation", () => {
  it("博物馆研究馆员X, 博物馆 named again: the name is a person, 博物馆 no company", () => {
    const r = ex(["博物馆研究馆员沈青指着青花大盘说，这是古代商贸的见证。", "博物馆今年接待游客超过百万人次。"]);
    expect(people(r)).toEqual(["沈青"]);
    expect(r.companies.map((c) => c.name)).toEqual([]);
  });
});

describe("a list closed by an art or science that names people (等画家, 等诗人, 等科学家)", () => {
  it("X、Y等清代画家的作品: two names, the tail vouches", () => {
    expect(people(ex(["展厅里陈列着郑燮、罗聘等清代画家的作品。"]))).toEqual(["罗聘", "郑燮"].sort());
  });
  it("a list of places before 等科学家 stays no list of people", () => {
    expect(people(ex(["张江、漕河泾等科学家聚集的园区发展迅速。"]))).toEqual([]);
  });
});
