/**
 * Issue 15 (helper e7): public bodies local news names by place + kind with nothing after them —
 * health bodies and centres, short commissions and people's organisations, a place's party
 * committee, cities that open with a numeral — and the words before a mark that are no place.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const companies = (...paragraphs: string[]) => extractEntities({ title: "消息", paragraphs }).companies.map((c) => c.name).sort();

describe("health bodies and public centres after a place", () => {
  it("a maternal and child health hospital, a township health centre", () => {
    expect(companies("患儿随即被送往湖州市妇幼保健院抢救，目前病情稳定。")).toContain("湖州市妇幼保健院");
    expect(companies("村民被送到建德市梅城卫生院救治。")).toContain("建德市梅城卫生院");
  });
  it("a centre that says what it does, a research base; a city's downtown is none", () => {
    expect(companies("记者从浙江省食品药品检验检测中心获悉，抽检已经完成。")).toContain("浙江省食品药品检验检测中心");
    expect(companies("西安秦岭野生动物研究基地迎来两只幼崽。")).toContain("西安秦岭野生动物研究基地");
    expect(companies("中国南极研究中心发布了考察报告。")).toContain("中国南极研究中心");
    expect(companies("他把店开在上海市中心，生意很好。")).toEqual([]);
  });
});

describe("short commissions and people's organisations after an administrative place", () => {
  it("国资委, 网信办, 消协, 妇联 named by the place alone", () => {
    expect(companies("此次收购已获湖北省国资委批准。")).toContain("湖北省国资委");
    expect(companies("广州市网信办约谈了三家平台。")).toContain("广州市网信办");
    expect(companies("河南省消协发布春节消费提示。")).toContain("河南省消协");
    expect(companies("活动由深圳市妇联主办。")).toContain("深圳市妇联");
  });
});

describe("a place's party committee", () => {
  it("省委 right after the province, before a post", () => {
    const r = extractEntities({ title: "签约", paragraphs: ["湖北省委副书记、代省长王晓东出席签约仪式。"] });
    expect(r.companies.map((c) => c.name)).toContain("湖北省委");
  });
  it("委托 after a city is a verb, no committee", () => {
    expect(companies("杭州市委托第三方机构开展评估。")).toEqual([]);
  });
});

describe("cities that open with a numeral", () => {
  it("三亚, 十堰 anchor their institutions; a count before 市 does not", () => {
    expect(companies("游客被送往三亚市人民医院治疗。")).toContain("三亚市人民医院");
    expect(companies("十堰市中心医院的医生赶到现场。")).toContain("十堰市中心医院");
    expect(companies("沪深两市医药股走强，多只个股涨停。")).toEqual([]);
  });
});

describe("words before a mark that are no place", () => {
  it("县级 is a rank, 当地县 a vague place, 联合省 a verb before the province's department", () => {
    expect(companies("建设好县级医院是医改的重中之重。")).toEqual([]);
    expect(companies("当地县医院和县妇幼保健院合并在一起。")).toEqual([]);
    expect(companies("省科技厅将联合省发展改革委设立产业基金。").join()).not.toContain("联合");
  });
});

describe("cities ending in 门, and a bureau's district branch", () => {
  it("荆门 anchors their bodies; 部门|市场, 专门|市场 make no place", () => {
    expect(companies("荆门市人民医院的医生赶到现场，荆门电视台随后报道。")).toEqual(["荆门市人民医院", "荆门电视台"].sort());
    expect(companies("各有关部门市场监管局要加强检查，专门市场也要检查。")).toEqual([]);
  });
  it("a 局's district 分局 and a 派出所 are the unit that acts; 各分局 is no unit", () => {
    expect(companies("广州市公安局天河区分局民警赶到现场。")).toEqual(["广州市公安局天河区分局"]);
    expect(companies("深圳市公安局各分局要加强巡逻。")).toEqual(["深圳市公安局"]);
  });
});

describe("a place's government written short", () => {
  it("joined to another body, or acting right away, it is the body", () => {
    expect(companies("论坛由东莞市政府和松山湖管委会联合主办。")).toContain("东莞市政府");
    expect(companies("杭州市政府发布通知，要求加强管理。")).toContain("杭州市政府");
  });
  it("a noun after it makes it a modifier: no body", () => {
    expect(companies("深圳市政府工作报告指出，今年将加大投入。")).toEqual([]);
    expect(companies("市民在广州市政府门口聚集。")).toEqual([]);
  });
});
