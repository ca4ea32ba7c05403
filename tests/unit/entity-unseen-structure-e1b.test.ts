/**
 * Issue 15 (helper e1, second round): organisations the gazetteer never saw, named by structure:
 * a local office written with a national body's short name after its place, a group's branch in a
 * city, and universities no place anchors (with a lab written right after them).
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const companies = (...paragraphs: string[]) => extractEntities({ title: paragraphs.length > 1 ? paragraphs[0]! : "资讯", paragraphs: paragraphs.length > 1 ? paragraphs.slice(1) : paragraphs }).companies.map((c) => c.name).sort();

describe("a national body's short name after a place is the place's own office", () => {
  it("X市委|网信办, X省|网信办, X区委|网信办", () => {
    expect(companies("近日，宁海市委网信办开展专项检查。")).toEqual(["宁海市委网信办"]);
    expect(companies("据介绍，湖南省网信办将开展专项行动。")).toEqual(["湖南省网信办"]);
  });
  it("the national body written in full, or a pointer place, stays the national body", () => {
    expect(companies("国家网信办发布了第九批备案信息。")).toContain("国家网信办");
    expect(companies("近日，该市网信办开展专项检查。")).toContain("国家网信办");
  });
});

describe("a group's branch in a city", () => {
  it("names the branch under its group, and the group", () => {
    expect(companies("近日，远大交通集团成都分公司中标轨道工程。")).toEqual(["远大交通集团", "远大交通集团成都分公司"]);
    expect(companies("参与竞标的还有华信建工集团西安分公司等企业。")).toEqual(["华信建工集团", "华信建工集团西安分公司"]);
  });
  it("a group with no name of its own before it names none", () => {
    expect(companies("该集团深圳分公司负责人表示，项目已开工。")).toEqual([]);
  });
});

describe("universities no place anchors", () => {
  it("opening a clause, after a lead word or a country, with a lab written after it", () => {
    expect(companies("东岭理工大学与一家企业联合发布了模型。")).toEqual(["东岭理工大学"]);
    expect(companies("该模型由东岭理工大学智能感知实验室牵头研发。")).toEqual(["东岭理工大学", "东岭理工大学智能感知实验室"]);
    expect(companies("研究团队来自英国邓迪大学。")).toEqual(["英国邓迪大学"]);
  });
  it("大学 as the common noun names none", () => {
    expect(companies("他毕业于一所名牌大学，后在大学城工作。")).toEqual([]);
    expect(companies("考上大学后，他去了美国大学读书。")).toEqual([]);
    expect(companies("大学生就业形势依然严峻。")).toEqual([]);
  });
});

describe("journals in 《》", () => {
  it("等…刊物 after a run, a subtitle's colon, a middle dot, a closing Latin gloss", () => {
    expect(companies("成果被《细胞研究》、《自然—综述：癌症》等国际知名学术刊物引用。")).toEqual(["细胞研究", "自然—综述:癌症"]);
    expect(companies("团队曾在《柳叶刀·肿瘤学》和《分子癌症（Molecular Cancer）》上发表论文。")).toEqual(["分子癌症", "柳叶刀·肿瘤学"]);
  });
  it("a document in 《》 is no journal", () => {
    expect(companies("《人工智能安全白皮书》等刊物均有提及。")).toEqual([]);
  });
});

describe("a Latin name after a maker's kind", () => {
  it("开发商X, 厂商X, a city's X before 一家公司", () => {
    expect(companies("这款游戏由芬兰开发商Northwind Games制作。")).toEqual(["Northwind Games"]);
    expect(companies("目前只剩下“大阪Pagelink”一家公司继续提供服务。")).toEqual(["Pagelink"]);
  });
  it("a bare 公司 or 企业 before a product's Latin name names none", () => {
    expect(companies("企业Agent最难的不是技术。")).toEqual([]);
    expect(companies("厂商OEM订单有所减少。")).toEqual([]);
  });
});

describe("a short subject after a company's kind and 的", () => {
  it("one sighting with a business verb", () => {
    expect(companies("同为成都品牌的茶屿上月推出了冷萃系列。")).toContain("茶屿");
  });
  it("without 的, the word after a kind is the kind's own adverb", () => {
    expect(companies("多家企业密集发布新品。")).toEqual([]);
  });
});

describe("brands as owners in a list of their products", () => {
  it("three owners, each with its product", () => {
    expect(companies("此外，稻禾坊的全麦面包、乳泉的原味酸奶以及禾丰的速冻水饺也不合格。")).toEqual(["乳泉", "禾丰", "稻禾坊"]);
  });
  it("qualities or places listed with 的 name none", () => {
    expect(companies("缓慢的经济增长、低而稳定的通胀、过剩的储蓄都是稳定器。")).toEqual([]);
    expect(companies("北京的房价、上海的物价和深圳的租金都在上涨。")).toEqual([]);
  });
});

describe("universities: what names none", () => {
  it("a count, a local word, a verb before it; 中国 kept in the name", () => {
    expect(companies("香港有三所大学入选。")).toEqual([]);
    expect(companies("政府将继续支持本地大学发展科研。")).toEqual([]);
    expect(companies("研究成果刊登于加州大学的期刊。").filter((n) => n.includes("刊登"))).toEqual([]);
    expect(companies("中国矿冶大学与企业签约。")).toEqual(["中国矿冶大学"]);
  });
  it("a company's team after 的 is no subject's name", () => {
    expect(companies("近日，一支来自高校和企业的联合团队发布了新模型。")).toEqual([]);
  });
});
