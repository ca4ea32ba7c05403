/**
 * Shapes of LLM-industry news the finder missed or misread (issue 15, blind batch blind-12-09e1):
 * a title whose last character opens a compound surname, an appointing verb before a post, the
 * last item of an investor list being a legal name or joined by 以及, an ambiguous product before
 * 团队, a car model that shares a product's name, a brand that is its maker's product, and local
 * government heads. Names other than well-known companies are made up.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";
import { chineseNameAt } from "@/lib/ingest/entities/names";

const ex = (paragraphs: string[]) => extractEntities({ title: "", paragraphs });
const people = (r: ReturnType<typeof ex>) => r.people.filter((p) => !p.author).map((p) => p.name).sort();
const companies = (r: ReturnType<typeof ex>) => r.companies.map((c) => c.name).sort();
const rolesOf = (r: ReturnType<typeof ex>, name: string) => (r.people.find((p) => p.name === name)?.roles ?? []).map((x) => `${x.organisation}/${x.title}`);

describe("a title's last character is not a compound surname's first", () => {
  it("董事长|孙X, not 董事|长孙X", () => {
    expect(chineseNameAt("董事长孙启航表示", 2)).toBeNull();
    const r = ex(["星海集团董事长孙启航同日确认，集团将追加投资。"]);
    expect(people(r)).toEqual(["孙启航"]);
  });
  it("a compound surname after a full title still reads (行长|长孙明)", () => {
    expect(people(ex(["星海银行行长长孙明表示，利率不变。"]))).toEqual(["长孙明"]);
  });
});

describe("an appointing verb before a post", () => {
  it("公司宣布任命原联席总裁X: no organisation named 宣布任命", () => {
    const r = ex(["云杉智能方面，公司宣布任命原联席总裁Grace Li为首席运营官。"]);
    expect(companies(r)).not.toContain("宣布任命");
    expect(people(r)).toContain("Grace Li");
  });
  it("X宣布任命副总裁Y: the title is the post, not the verb", () => {
    const r = ex(["云杉智能宣布任命副总裁鄢启明为首席运营官。"]);
    expect(rolesOf(r, "鄢启明")).toContain("云杉智能/副总裁");
    expect(rolesOf(r, "鄢启明").some((x) => x.includes("任命"))).toBe(false);
  });
});

describe("investor lists", () => {
  it("A、B和<legal name>: the middle item is a company", () => {
    const r = ex(["公司完成5亿元B轮融资，投资方包括中金资本、岚峰创合和上海国有资本投资有限公司。"]);
    expect(companies(r)).toContain("岚峰创合");
  });
  it("X以及Y: 以及 is one joiner, not 以 ending the name", () => {
    const r = ex(["本轮由君联资本领投，投资方还包括美团龙珠、星辰基石以及老股东奇绩创坛。"]);
    expect(companies(r)).toContain("星辰基石");
    expect(companies(r)).not.toContain("星辰基石以");
  });
});

describe("products and their makers", () => {
  it("an ambiguous product before 团队 is its maker's (混元团队 → 腾讯)", () => {
    expect(companies(ex(["同一天，混元团队也发布了3D生成模型的新版本。"]))).toContain("腾讯");
  });
  it("红旗 the car brand is 中国一汽's, and 红旗渠 is not", () => {
    expect(companies(ex(["在广州车展上，红旗发布了全新车型，搭载与华为联合开发的智能座舱。"]))).toContain("中国一汽");
    expect(companies(ex(["红旗渠精神展览在林州开幕，华为等企业参观。"]))).not.toContain("中国一汽");
  });
  it("a car model sharing a product's name is the car's (天工08车型 is not 昆仑万维's 天工)", () => {
    const r = ex(["在广州车展上，红旗发布了全新天工08车型，搭载与华为联合开发的智能座舱。"]);
    expect(companies(r)).not.toContain("昆仑万维");
  });
  it("京东物流 is a company of its own", () => {
    expect(companies(ex(["今年还与京东物流签署协议，在后者的华东仓库部署分拣机器人。"]))).toContain("京东物流");
  });
});

describe("local government heads", () => {
  it("深圳市副市长X holds the post at 深圳市, and no company is made of the city", () => {
    const r = ex(["深圳市副市长郑岩峰在发布会上介绍，深圳将设立产业基金。"]);
    expect(rolesOf(r, "郑岩峰")).toEqual(["深圳市/副市长"]);
    expect(companies(r)).not.toContain("深圳市");
  });
  it("a district head and a province's executive vice governor", () => {
    expect(rolesOf(ex(["南山区区长晏卓然称，南山区将建设机器人中试基地。"]), "晏卓然")).toEqual(["南山区/区长"]);
    expect(rolesOf(ex(["会上，湖南省常务副省长闵立新出席并讲话。"]), "闵立新")).toEqual(["湖南省/常务副省长"]);
  });
});
