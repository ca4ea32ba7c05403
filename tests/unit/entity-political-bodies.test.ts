/**
 * A place's political consultative conference (上海市政协, bare 省政协/市政协) and party committee
 * (省委/市委) are bodies as its government is: named after the article's place as any bare 省/市
 * department is; one body written with and without the place's 市/省 (北京市卫生局 … 北京卫生局) is one.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const ex = (title: string, paragraphs: string[]) => extractEntities({ title, paragraphs });
const names = (r: ReturnType<typeof ex>) => r.companies.map((c) => c.name).sort();

describe("政协 and 省委/市委", () => {
  it("bare 省政协 and 省委 take the one province named, and a post after 省政协 is held there", () => {
    const r = ex("湖南召开文化工作会议", ["3月2日，湖南省文化工作会议在长沙召开，省政协副主席王立群出席。", "在省委、省政府的领导下，全省文化工作取得新进展。"]);
    expect(names(r)).toEqual(expect.arrayContaining(["湖南省政协", "湖南省委"]));
    expect(r.people.find((p) => p.name === "王立群")?.roles.map((x) => `${x.organisation}|${x.title}`)).toEqual(["湖南省政协|副主席"]);
  });
  it("市政协 after any word, 上海政协 beside 上海市政协: one body", () => {
    const r = ex("球星参加公益活动", ["作为新当选的市政协委员，周海洋刚在上海参加了市政协会议。", "周海洋是在上海政协会议期间抽空前来。作为上海市政协委员，他表示将认真履职。"]);
    expect(names(r)).toEqual(["上海市政协"]);
    expect(r.companies[0]!.forms).toEqual(expect.arrayContaining(["上海政协"]));
  });
  it("市委 before 书记 is the city's committee; 市委员 and 委托 open none", () => {
    expect(names(ex("市委书记调研", ["本报长沙讯 市委书记昨日调研企业。"]))).toEqual(["长沙市委"]);
    expect(names(ex("企业受托", ["本报长沙讯 该公司受市委托开展调研。"]))).toEqual([]);
  });
  it("no place clear: no 政协 or 省委 company", () => {
    expect(names(ex("两省座谈", ["湖南、湖北两省代表座谈，省政协委员发言，省委领导出席。"]))).toEqual([]);
  });
  it("北京市卫生局 and 北京卫生局 are one", () => {
    const r = ex("卫生局回应", ["北京卫生局昨日表示，将整改。", "北京市卫生局副局长雷海明说，医院将改革。"]);
    expect(names(r)).toEqual(["北京市卫生局"]);
    expect(r.people.find((p) => p.name === "雷海明")?.roles.map((x) => x.organisation)).toEqual(["北京市卫生局"]);
  });
  it("a member of the conference holds 委员 there; 委员会 before 会长 is no member's post", () => {
    expect(ex("会议", ["周海洋是上海市政协委员。"]).people.find((p) => p.name === "周海洋")?.roles.map((x) => `${x.organisation}|${x.title}`)).toEqual(["上海市政协|委员"]);
    const r = ex("湖南代表发言", ["本报长沙讯 “挑战仍在。”省政协委员、湖南大学原校长罗家明介绍。"]);
    expect(r.people.find((p) => p.name === "罗家明")?.roles.map((x) => `${x.organisation}|${x.title}`)).toContain("湖南省政协|委员");
    expect(ex("会议", ["“挑战仍在。”美中贸易全国委员会会长克雷格·艾伦带来一组数据。"]).people.map((p) => p.name)).toEqual(["克雷格·艾伦"]);
  });
});
