/**
 * Issue 15 (helper e3): companies of real pages named with no suffix and no gazetteer entry, by
 * what the sentence says of them.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const companies = (...paragraphs: string[]) => extractEntities({ title: paragraphs.length > 1 ? paragraphs[0]! : "资讯", paragraphs: paragraphs.length > 1 ? paragraphs.slice(1) : paragraphs }).companies.map((c) => c.name).sort();

describe("a name after its kind that opens a contrast (企业X则, 品牌X，此前也)", () => {
  it("a bare brand after 品牌 / 企业 / 厂商 with 则 or 也 after it", () => {
    expect(companies("杭州的烘焙品牌野莓集则把门店开进了社区。")).toContain("野莓集");
    expect(companies("新能源车企岚途也在上海开设了体验店。")).toContain("岚途");
    expect(companies("另一家厂商青岫还在等待新一批芯片到货。")).toContain("青岫");
  });
  it("a brand and its trade (X工业, X科技) as one name", () => {
    expect(companies("无锡的装备企业恒磐工业则将新工厂设在常州。")).toContain("恒磐工业");
  });
  it("after a comma and a time word (品牌X，此前也…)", () => {
    expect(companies("同城的火锅品牌蜀渝记，此前也在成都开设了旗舰店。")).toContain("蜀渝记");
  });
  it("a word of the phrase, a quality or a role after the kind is no name", () => {
    expect(companies("财政部对《金融企业财务规则》进行了修订。")).not.toContain("财务规");
    expect(companies("技术之争就是企业之战，同样也决定了企业的生死。")).toEqual([]);
    expect(companies("对其市场宣传及品牌认可度也会有影响。")).toEqual([]);
    expect(companies("这给了芯片企业负责人还是带来了压力。")).toEqual([]);
    expect(companies("一家公司去年还在亏损。")).toEqual([]);
    expect(companies("企业也在寻找新的增长点。")).toEqual([]);
  });
});

describe("a short name opening a clause before its head's title and that person (X创始人Y说)", () => {
  it("named again elsewhere, the run before the title is a company", () => {
    expect(companies("耳机新品", "走高端路线的声屿则把价格定在两千元以上。声屿创始人骆明哲说，降噪是核心卖点。")).toContain("声屿");
    expect(companies("新品", "这次发布会的主角是澄镜。澄镜CEO邝志远表示，明年将进入欧洲市场。")).toContain("澄镜");
  });
  it("named once, or a pronoun, count or title word before the title, is no company", () => {
    expect(companies("新品", "声屿创始人骆明哲说，降噪是核心卖点。")).not.toContain("声屿");
    expect(companies("融资", "这位CEO坦言，挑战很大。这位CEO没有给出时间表。")).toEqual([]);
    expect(companies("融资", "该公司成立于2023年，创始人兼CEO端木青曾任腾讯医疗负责人。创始人兼CEO端木青表示，资金将用于研发。")).not.toContain("创始人兼");
    expect(companies("公告", "时任董事长蔺博涛被罚款。时任董事长蔺博涛未回应。")).toEqual([]);
  });
});

describe("an ambiguous platform as a link label or a post is no company", () => {
  it("(微博) after a person's or a company's name, and 发微博", () => {
    expect(companies("专利", "针对诉讼一事，创新工场董事长李开复 ( 微博 ) 发微博称，这是柯达最后的价值。")).not.toContain("微博");
    expect(companies("展会", "华为(微博)和中兴(微博)在展会上发布了新手机。")).not.toContain("微博");
  });
  it("微博 the platform acting is still the company", () => {
    expect(companies("治理", "微博宣布上线AI内容标识功能，微博、抖音和快手均已完成整改。")).toContain("微博");
  });
});

describe("an ambiguous brand as a party to talks (和X已经在谈)", () => {
  it("an adverb between the name and the talks", () => {
    expect(companies("专访", "问：下一步呢？答：平板版本年底上线，和联想已经在谈。")).toContain("联想");
    expect(companies("专访", "他说，公司与小米正在洽谈车载合作。")).toContain("小米");
  });
  it("the word with no talks after it is no company", () => {
    expect(companies("专访", "这让人联想到十年前的移动互联网。")).toEqual([]);
    expect(companies("专访", "和联想到的一样，价格还在下降。")).toEqual([]);
  });
});

describe("a city and its trade as the partner of 公司 (公司去年与X地铁合作)", () => {
  it("公司 as the subject stands for a company, so the city's enterprise is the partner", () => {
    expect(companies("巡检", "岚川科技副总裁表示，公司此前与杭州地铁签署了巡检合作协议。")).toContain("杭州地铁");
  });
  it("a city alone, or no company on the other side, is no partner", () => {
    expect(companies("巡检", "岚川科技副总裁表示，公司此前与杭州签署了合作协议。")).not.toContain("杭州");
    expect(companies("巡检", "乘客们与杭州地铁合作的志愿者交流。")).not.toContain("杭州地铁");
  });
});
