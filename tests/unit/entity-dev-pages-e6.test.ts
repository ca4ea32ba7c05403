/**
 * Shapes of general news read on the dev pages labelled blind in batch blind-dev-12-07-e6 (issue
 * 15): a weather report's 局地 is no bureau, a calling before a name (航天员, 词人) introduces a
 * person as a part played does, a hospital's pharmacists and a foreign minister or party leader
 * hold posts, a name ends before 操作/依次, and an outlet whose piece the article retells or whose
 * wire dateline carries a city is the article's source. Names and bodies here are invented.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";
import { chineseNameAt } from "@/lib/ingest/entities/names";

const ex = (paragraphs: string[]) => extractEntities({ title: "", paragraphs });
const companies = (r: ReturnType<typeof ex>) => r.companies.map((c) => c.name);
const people = (r: ReturnType<typeof ex>) => r.people.map((p) => p.name);
const roles = (r: ReturnType<typeof ex>) => r.people.flatMap((p) => (p.roles ?? []).map((x) => `${p.name}/${x.organisation}/${x.title}`));

describe("局地 and 局部地区 in a weather report", () => {
  it("reads no bureau in 东南部局地有大雨", () => {
    expect(companies(ex(["其中，海南岛东南部沿海和台湾岛东北部局地有大雨。西藏西南部局地有大雪。湖北局部地区有暴雨。"]))).toEqual([]);
  });

  it("still reads a bureau before 部署 and a bureau's 地址", () => {
    const r = companies(ex(["国家邮政局部署开展专项行动。北京市公安局地址在东城区。"]));
    expect(r).toContain("国家邮政局");
    expect(r).toContain("北京市公安局");
  });
});

describe("a calling before a name", () => {
  it("词人X称赞 names a person, with no post", () => {
    const r = ex(["晚清词人陈文焯称赞此诗。"]);
    expect(people(r)).toEqual(["陈文焯"]);
    expect(roles(r)).toEqual([]);
  });

  it("航天员X named again is a person, and the name ends before 操作", () => {
    expect(people(ex(["航天员王航操作手柄，控制飞船缓缓接近。随后王航、刘沛依次进驻。"]))).toEqual(["王航", "刘沛"]);
    expect(chineseNameAt("王航操作手柄", 0)?.name).toBe("王航");
    expect(chineseNameAt("刘沛依次进驻", 0)?.name).toBe("刘沛");
  });
});

describe("posts outside business", () => {
  it("a hospital's 主任药师 holds the post there", () => {
    expect(roles(ex(["长沙市第一医院主任药师周文涛担任评委。"]))).toEqual(["周文涛/长沙市第一医院/主任药师"]);
  });

  it("外相X表示 and 党魁X表示 introduce people", () => {
    expect(people(ex(["英国现任外相柯林斯表示，将继续推动该计划。"]))).toEqual(["柯林斯"]);
    expect(people(ex(["前工党党魁马丁表示，他反对这项法案。"]))).toEqual(["马丁"]);
  });
});

describe("outlets only cited as the source", () => {
  it("a wire dateline with a city (新华社巴黎12月9日电)", () => {
    expect(companies(ex(["新华社巴黎12月9日电 法国9日再次爆发全国大罢工。"]))).toEqual([]);
  });

  it.each([
    ["a digest's heading", ["美国《纽约时报》：", "游客蜂拥前往黄鹤楼游览"]],
    ["a screenshot's caption", ["美国《纽约时报》网站题为《中国启动黄金周》的报道截图。"]],
    ["a dated piece it ran", ["美国《纽约时报》网站在10月1日发表题为《中国启动黄金周》的报道。"]],
    ["an article it printed", ["英国《金融时报》近日刊登文章分析，寻找盟友的范围日益缩小。"]],
    ["someone it quoted", ["《金融时报》引用一位前官员的话说，这很困难。"]],
  ])("%s", (_label, paragraphs) => {
    expect(companies(ex(paragraphs))).toEqual([]);
  });

  it("an outlet that acts is still a mention (《纽约时报》调查发现)", () => {
    expect(companies(ex(["《纽约时报》调查发现，多家公司存在问题。"]))).toContain("纽约时报");
  });
});

describe("a dotted foreign name vouched for by what follows it", () => {
  it("its Latin spelling in brackets (28岁的X·Y（Latin Name）)", () => {
    expect(people(ex(["28岁的茉莉·温斯顿（Jasmine Winston）患有纤维肌痛，此前在殡仪馆工作。"]))).toEqual(["茉莉·温斯顿"]);
  });

  it("a pronoun saying who the person is (德国的X•Y，他是…)", () => {
    expect(people(ex(["还有德国的约翰•施密特，他是执政党的人权发言人。"]))).toEqual(["约翰·施密特"]);
  });

  it("not a place and its district, nor a run that holds a verb", () => {
    expect(people(ex(["中国·杭州（Hangzhou China）峰会开幕。"]))).toEqual([]);
    expect(people(ex(["活动在东京·银座举行，他是主办方。"]))).toEqual([]);
  });
});

describe("a name before 同志", () => {
  it("向X同志学习 names a person", () => {
    expect(people(ex(["当时全国都在开展学习活动，向王建国同志学习。"]))).toEqual(["王建国"]);
  });

  it("老同志, 各位同志 and 党员同志 name nobody", () => {
    expect(people(ex(["老同志们和各位同志都来了。党员同志要带头。"]))).toEqual([]);
  });
});

describe("bodies of a place or a country named by their kind", () => {
  it.each([
    ["a province's federation of literary and art circles", "他1991年调任江苏省文联党组成员、副主席。", "江苏省文联"],
    ["a country's union confederation", "法国总工会负责人表示，大罢工将是无限期的。", "法国总工会"],
    ["a special administrative region's government", "澳门特区政府修订了有关条例。", "澳门特区政府"],
    ["a city's weather office", "北京市气象台25日6时发布天气预报。", "北京市气象台"],
    ["a museum with its field", "后来上海公安博物院成立，找他要当年的手稿。", "上海公安博物院"],
  ])("%s", (_label, text, name) => {
    expect(companies(ex([text]))).toEqual([name]);
  });

  it("not inside 合作协议 or 学科协同", () => {
    expect(companies(ex(["双方在成都签署战略合作协议。推动学科协同发展。"]))).toEqual([]);
  });
});

describe("a name with the person's kin after it", () => {
  it("向X家人致歉 in the title and X父母 in the body name a person", () => {
    const r = extractEntities({ title: "向赵晓丽家人鞠躬致歉", paragraphs: ["当事人今日出狱，为他们（赵晓丽父母）带来伤痛。"] });
    expect(people(r)).toEqual(["赵晓丽"]);
  });

  it("once is not enough, and a family's name or a nickname is no person", () => {
    expect(people(ex(["当事人今日出狱，并向赵晓丽家人鞠躬致歉。"]))).toEqual([]);
    expect(people(ex(["李家父母来了。李家父母很开心。小温父母发布悬赏。小温父母在等待。"]))).toEqual([]);
  });
});
