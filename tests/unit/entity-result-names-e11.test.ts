/**
 * People named in sports results and rosters (issue 15, blind block e11-12-07-unseen-people and the
 * dev texts' sports pages): a match score between two sides, a mark a competitor posts, a word for
 * an athlete before a name that fills its item, a list of names summed up by an adverb (均, 分别),
 * a transliterated name with no dot speaking at the head of a clause;
 * and a leader's name opening a doctrine's name, which mentions the doctrine, not the person.
 * Results and names are made up or general; no page's sentence is copied.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const people = (...paragraphs: string[]) =>
  extractEntities({ title: "", paragraphs })
    .people.filter((p) => !p.author)
    .map((p) => p.name)
    .sort();

describe("a match score between two sides", () => {
  it("names both sides, the loser by its transliteration characters too", () => {
    expect(people("男单半决赛中，郑启航4比1击败莫雷加德，晋级决赛。")).toEqual(["莫雷加德", "郑启航"]);
    expect(people("女单八强战，韩雨彤3比2险胜沈佳琪。")).toEqual(["沈佳琪", "韩雨彤"]);
  });
  it("not a team or a country on either side", () => {
    expect(people("小组赛中，中国男篮以77比73战胜韩国队，保住了出线希望。")).toEqual([]);
    expect(people("首轮比赛，八一队3比1战胜山东队。")).toEqual([]);
  });
  it("a four-character name ending in 和 is not cut to three characters", () => {
    expect(people("半决赛中，邵可凡4比3险胜张本智和。")).toEqual(["邵可凡"]);
  });
});

describe("a mark a competitor posts", () => {
  it("a time or a score, then a result word in the clause", () => {
    expect(people("男子100米蛙泳决赛，裴天予以58秒91的成绩轻松卫冕。")).toEqual(["裴天予"]);
    expect(people("男子200米混合泳决赛中，浙江选手汪致远以1分56秒82夺冠。")).toEqual(["汪致远"]);
  });
  it("not a mark with no result after it, nor a side that is the tail of a longer word", () => {
    expect(people("工程队以3米的间距铺设管道。")).toEqual([]);
    expect(people("上海申花以2比0取胜。")).toEqual([]);
  });
});

describe("a competitor placing, at the head of the clause", () => {
  it("夺冠, 位列, and a pair that 分获 two places", () => {
    expect(people("决赛中，汪致远夺冠，陈若溪和毛飞扬分获二、三名。")).toEqual(["毛飞扬", "汪致远", "陈若溪"]);
    expect(people("闫子墨位列第二。")).toEqual(["闫子墨"]);
  });
  it("not provinces or companies placing", () => {
    expect(people("江苏位列第二，广东夺冠，浙江和上海分获三、四名。华为位列第一。")).toEqual([]);
  });
});

describe("a word for an athlete before a name that fills its item", () => {
  it("冠军, 名将, 新锐 before a name closed by a mark or a joiner", () => {
    expect(people("候选人有游泳世锦赛冠军焦晓洋，田径世锦赛冠军李雁秋和跳水名将吴敏清。")).toEqual(["吴敏清", "李雁秋", "焦晓洋"]);
    expect(people("她们分别是乒乓新锐丁晓宁，以及两名老将。")).toEqual(["丁晓宁"]);
  });
  it("not a word after the athlete noun that runs on (冠军奖杯, 选手们)", () => {
    expect(people("冠军奖杯由组委会颁发，选手们陆续入场。")).toEqual([]);
  });
});

describe("a list of names summed up by an adverb", () => {
  it("three names, the last running into 均 or 分别", () => {
    expect(people("女单方面，孙颖秋、王曼妮、陈梦琪均晋级四强。")).toEqual(["孙颖秋", "王曼妮", "陈梦琪"]);
  });
  it("not a list of places summed up the same way", () => {
    expect(people("张家港、王家岭、李家村均有分布。")).toEqual([]);
  });
});

describe("a transliterated name with no dot and no post, speaking at the head of a clause", () => {
  it("three to five sound characters before a speech verb", () => {
    expect(people("梅嫩德斯则称，制裁必须继续。")).toEqual(["梅嫩德斯"]);
    expect(people("赛后，卡瓦尼表示，球队状态很好。")).toEqual(["卡瓦尼"]);
  });
  it("not a country, nor a company read from the gazetteer", () => {
    expect(people("巴基斯坦表示欢迎。阿里巴巴表示，将继续投入。")).toEqual([]);
  });
});

describe("a leader's name opening a doctrine's name", () => {
  it("毛泽东思想, 邓小平理论 and 习近平新时代…思想 mention doctrines", () => {
    expect(people("坚持以马克思列宁主义、毛泽东思想、邓小平理论、习近平新时代中国特色社会主义思想为指导。")).toEqual([]);
  });
  it("the same name acting is a person", () => {
    expect(people("习近平指出，要坚持思想引领。")).toEqual(["习近平"]);
  });
});
