/**
 * Company shapes from the blind-12-09e4 texts, each with a text of its own (not the fixture's):
 * a department's sub-unit after it, a legal name's branch, 数据 inside a legal name, a company
 * description before a seated legal name, a predicate after 子公司, 旗下的 before a subsidiary,
 * a lab built with a partner, a company inside a body's middle, a foreign company's China company.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const ex = (title: string, paragraphs: string[]) => extractEntities({ title, paragraphs });
const names = (r: ReturnType<typeof ex>) => r.companies.map((c) => c.name).sort();

describe("longer unit names are not cut at the shorter body", () => {
  it("a department's bureau or division right after it is the body that acts", () => {
    expect(names(ex("通报", ["江苏省人社厅劳动监察局近日通报了三起欠薪案件。"]))).toEqual(["江苏省人社厅劳动监察局"]);
    expect(names(ex("通知", ["广州市市场监督管理局广告监督管理处发布提示，要求商家规范宣传。"]))).toEqual(["广州市市场监督管理局广告监督管理处"]);
  });
  it("but not a source (相关人士处) or a post (处长) after it", () => {
    expect(names(ex("消息", ["记者从国家统计局相关人士处获悉，数据将于下周公布。"]))).toEqual(["国家统计局"]);
    expect(names(ex("消息", ["杭州市商务局外贸处处长表示，出口保持增长。"]))).not.toContain("杭州市商务局外贸处处长");
  });
  it("a legal name's branch is its own company under it; 成立分公司 is the company acting", () => {
    const r = ex("处罚", ["绍兴远帆物流有限公司柯桥分公司因超载被罚款。"]);
    expect(names(r)).toEqual(["绍兴远帆物流有限公司柯桥分公司"]);
    expect(r.companies[0]?.parent).toBe("绍兴远帆物流有限公司");
    expect(names(ex("扩张", ["苏州澄湖精密机械有限公司成立分公司，布局华南市场。"]))).toEqual(["苏州澄湖精密机械有限公司"]);
  });
  it("a foreign company's China company by city is its own body", () => {
    expect(names(ex("合作", ["IBM中国上海公司与多家医院签署协议。"]))).toEqual(["IBM中国上海公司"]);
  });
});

describe("legal names read whole", () => {
  it("据 inside 数据 cuts no legal name", () => {
    expect(names(ex("签约", ["通报显示，温州海曜数据科技有限公司已完成整改。"]))).toEqual(["温州海曜数据科技有限公司"]);
  });
  it("a description of the company before a seated legal name is not part of it", () => {
    expect(names(ex("融资", ["这家电池公司江西赣锋锂电科技有限公司近日完成融资。"]))).toContain("江西赣锋锂电科技有限公司");
  });
});

describe("organisations and their units", () => {
  it("子公司 followed by a predicate names no subsidiary", () => {
    expect(names(ex("小米汽车子公司获融资", ["正文。"]))).not.toContain("获融资");
  });
  it("旗下的 heads a subsidiary named by its parent and a line of business", () => {
    const r = ex("入驻", ["科大讯飞旗下的讯飞教育也将入驻园区。"]);
    expect(names(r)).toContain("讯飞教育");
  });
  it("a lab an organisation builds with a partner is not its unit", () => {
    expect(names(ex("合作", ["学院将与腾讯共建联合实验室，攻关语音识别。"]))).not.toContain("腾讯共建联合实验室");
  });
  it("a company before a zone's administration makes two names, not one body", () => {
    const r = names(ex("签约", ["该集团上海公司与张江高新区管委会签署协议。"]));
    expect(r.some((n) => n.includes("公司与"))).toBe(false);
  });
});

describe("guards on the longer names", () => {
  it("处 as the verb of a penalty after a bureau names no division", () => {
    expect(names(ex("处罚", ["台中县卫生局依违反食品卫生管理法处以罚款。"]))).toEqual(["台中县卫生局"]);
  });
  it("同时 before a legal name is a conjunction, not part of it", () => {
    expect(names(ex("合并", ["同时东方远航股份有限公司将予以注销。"]))).toEqual(["东方远航股份有限公司"]);
  });
});

describe("organisations acting through their own site", () => {
  it("a name that speaks on its official site once is a company; a person or a pointer is not", () => {
    expect(names(ex("调价", ["星澜智能在其官网公布了新模型的价格。"]))).toEqual(["星澜智能"]);
    expect(names(ex("声明", ["据报道，张伟在其官网发布声明。"]))).toEqual([]);
    expect(names(ex("调价", ["这家公司在其官网公布了新价格。"]))).toEqual([]);
    expect(names(ex("上线", ["平台负责人介绍，申请材料已在官网公布。"]))).toEqual([]);
  });
});

describe("a round's only investor", () => {
  it("one investor named after 投资方包括/为 is a company when its name is an investor's; a kind or a person is not", () => {
    expect(names(ex("融资", ["云帆机器人近日完成天使轮融资，投资方包括苏州科投。"]))).toContain("苏州科投");
    expect(names(ex("融资", ["本轮投资方为多家产业资本。投资方为张伟。"]))).toEqual([]);
  });
});
