/**
 * A two-character organisation alias read inside a longer word is no mention (issue 15): the
 * alias's characters are the tail of a harbour or province word before it, the head of a road or
 * building word after it, or a doubled measure word. Each false hit is paired with the true one
 * it must not block.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";
import { aliasInsideWord } from "@/lib/ingest/entities/inner-aliases";

const companies = (text: string) => extractEntities({ title: "", paragraphs: [text] }).companies.map((c) => c.name);

describe("an alias that straddles two words is no mention", () => {
  it("港大 in 海港|大道 (a road of a route list) is not the University of Hong Kong", () => {
    expect(companies("无锡-暨南大道-海港大道-汽渡。")).not.toContain("香港大学");
    expect(companies("车辆沿海港大道行驶。")).not.toContain("香港大学");
  });

  it("港大 in 军港|大桥 is not the university either", () => {
    expect(companies("军港大桥今天正式通车。")).not.toContain("香港大学");
  });

  it("港大 said on its own is the university", () => {
    expect(companies("港大宣布新任校长人选。")).toContain("香港大学");
  });

  it("a doubled measure word (一滴滴, 点点滴滴) is not 滴滴, the ride-hailing company", () => {
    expect(companies("一滴滴汗水落下。")).not.toContain("滴滴");
    expect(companies("相处的点点滴滴让我印象深刻。")).not.toContain("滴滴");
    expect(companies("滴滴宣布上线新功能。")).toContain("滴滴");
  });
});

describe("aliasInsideWord reads one character each way", () => {
  it("refuses a harbour or province word before, a road or building word after", () => {
    const text = "海港大道";
    expect(aliasInsideWord(text, 1, 3)).toBe(true);
    expect(aliasInsideWord("河北大学", 1, 3)).toBe(true);
    expect(aliasInsideWord("港大厦", 0, 2)).toBe(true);
  });

  it("keeps an alias between function words or at a text edge, and leaves longer aliases alone", () => {
    expect(aliasInsideWord("在港大读书", 1, 3)).toBe(false);
    expect(aliasInsideWord("港大", 0, 2)).toBe(false);
    expect(aliasInsideWord("海港大学", 0, 4)).toBe(false);
    expect(aliasInsideWord("滴滴出行", 0, 2)).toBe(false);
  });
});

describe("a name is not cut before the end of its last word", () => {
  it("政治协商会议 is not read as an association ending in 商会", () => {
    expect(companies("人民法院、人民检察院、中国人民政治协商会议各级委员会机关的公务员。")).not.toContain("中国人民政治协商会");
    expect(companies("他出席了中国人民政治协商会议第十四届全国委员会。")).not.toContain("中国人民政治协商会");
  });

  it("an association that ends in 协会 before another word is kept", () => {
    expect(companies("中国半导体行业协会会长发布报告。")).toContain("中国半导体行业协会");
  });
});

describe("civil society groups after a place and a name of their own", () => {
  it("a rescue team, a club and a Red Cross society with a place prefix are organisations", () => {
    const found = companies("西安市蓝天救援队、成都飞翔训犬俱乐部和桂林市红十字会的队员一同参与搜救。");
    expect(found).toEqual(expect.arrayContaining(["西安市蓝天救援队", "成都飞翔训犬俱乐部"]));
  });

  it("the kind alone or after a vague word names no group (当地救援队, 多支救援队, 俱乐部负责人)", () => {
    expect(companies("当地救援队提醒市民，多支救援队已连续工作三天。")).toEqual([]);
    expect(companies("俱乐部负责人唐晓峰介绍，该俱乐部有12只搜救犬。")).toEqual([]);
  });
});
