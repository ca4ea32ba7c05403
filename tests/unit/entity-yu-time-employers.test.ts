/**
 * Issue 15 (helper e3): 于 as a preposition names nobody (记者于昨日致电), a government
 * followed by a time word and an act, and employers named after 任职于/就职于/在X从事.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";
import { chineseNameAt } from "@/lib/ingest/entities/names";

const ex = (title: string, paragraphs: string[]) => extractEntities({ title, paragraphs });
const people = (r: ReturnType<typeof ex>) => r.people.map((p) => p.name).sort();

describe("于 before a time, a place or a scene is the preposition", () => {
  it("a time word after 于 is no given name", () => {
    for (const s of ["记者于昨日致电该公司，工作人员告诉记者不便回应。", "记者于近日走访了多家企业。", "记者于日前获悉，这项计划已经启动。", "记者于本月初前往深圳调查。", "记者于次日获悉，合作已经达成。", "记者于三月致电该公司。"]) {
      expect(people(ex("新闻", [s])), s).toEqual([]);
    }
  });
  it("a scene or a place after 于, or a place before an event verb, is where", () => {
    expect(people(ex("新闻", ["记者于现场看到，展台前排起长队。"]))).toEqual([]);
    expect(chineseNameAt("大会于北京举行。", 2)).toBeNull();
    expect(chineseNameAt("论坛于体育中心开幕。", 2)).toBeNull();
  });
  it("a city abroad or a country after 于 is where, after a byline's 记者 too", () => {
    for (const s of ["记者于纽约获悉，谈判已经结束。", "记者于东京获悉，该公司将在日本设立研发中心。", "记者于美国获悉，双方已达成和解。"]) {
      expect(people(ex("新闻", [s])), s).toEqual([]);
    }
  });
  it("于 as a surname still names people, before a verb or after a title", () => {
    expect(people(ex("新闻", ["峰会于深圳开幕，腾讯副总裁于涛表示，公司将继续投入。"]))).toEqual(["于涛"]);
    expect(people(ex("新闻", ["公司于当天宣布完成融资，CEO于明表示满意。"]))).toEqual(["于明"]);
    expect(chineseNameAt("于涛表示将举行发布会。", 0)?.name).toBe("于涛");
    expect(chineseNameAt("董事长于振海表示，业绩稳定。", 3)?.name).toBe("于振海");
  });
});

describe("a place's government written short", () => {
  const companies = (r: ReturnType<typeof ex>) => r.companies.map((c) => c.name).sort();
  it("a province or city, its mark and 政府 name the government, before a time word and an act too", () => {
    expect(companies(ex("合作", ["江西省政府今年已与华为、科大讯飞签署算力中心建设协议。"]))).toEqual(["华为", "江西省政府", "科大讯飞"].sort());
    expect(companies(ex("政策", ["深圳市政府日前发布人工智能行动方案。"]))).toEqual(["深圳市政府"]);
  });
  it("the short form outside a dated act, 政府 opening another noun, or a pair of bodies names no government", () => {
    expect(companies(ex("座谈", ["记者与深圳市政府多个部门负责人座谈。"]))).toEqual([]);
    expect(companies(ex("产业", ["杭州市委市政府高度重视人工智能产业。"]))).toEqual([]);
    expect(companies(ex("政策", ["深圳市政府工作报告提出，要发展人工智能产业。"]))).toEqual([]);
    expect(companies(ex("基金", ["该项目获得杭州市政府引导基金支持。"]))).toEqual([]);
  });
});

describe("an employer in the frame of a career", () => {
  const companies = (r: ReturnType<typeof ex>) => r.companies.map((c) => c.name).sort();
  it("任职于/就职于X closing a clause, and (此前)在X从事 with a brand and a region, name the employer", () => {
    expect(companies(ex("人事", ["范陈慧敏2018年加入公司，此前就职于澜石咨询。"]))).toEqual(["澜石咨询"]);
    expect(companies(ex("人事", ["她此前在衡信中国从事数据咨询工作。"]))).toEqual(["衡信中国"]);
    // a firm the gazetteer knows is reported by its entry's name (德勤中国 → 德勤)
    expect(companies(ex("人事", ["她此前在德勤中国从事数据咨询工作。"]))).toEqual(["德勤"]);
  });
  it("曾任X合伙人: a partner's post after a post verb names the firm, and the person's post there", () => {
    // a made-up firm: the gazetteer now knows 德勤中国 and reports it as 德勤, which would not test the rule
    const r = ex("人事", ["宫雨薇表示将勤勉尽责。", "宫雨薇曾任鼎衡中国合伙人。"]);
    expect(companies(r)).toEqual(["鼎衡中国"]);
    expect(r.people.find((p) => p.name === "宫雨薇")?.roles?.map((x) => `${x.organisation}/${x.title}`)).toEqual(["鼎衡中国/合伙人"]);
    expect(companies(ex("人事", ["他曾任澜石资本合伙人，后创办了公司。"]))).toEqual(["澜石资本"]);
  });
  it("a kind of firm or a count before 合伙人 names nobody", () => {
    for (const s of ["他曾任多家律所合伙人。", "她曾任公司合伙人。", "他曾任该基金合伙人。", "他现任一家投资机构合伙人。"]) {
      expect(companies(ex("人事", [s])), s).toEqual([]);
    }
  });
  it("a kind of employer, a place or a field in the frame names nobody", () => {
    for (const s of ["他此前在北京从事软件开发工作。", "她曾在金融行业从事风控工作。", "他此前任职于政府部门。", "他曾就职于一家外资银行。", "他此前任职于华尔街。", "她此前在高校从事教学工作。", "他曾就职于国内多家互联网公司。"]) {
      expect(companies(ex("人事", [s])), s).toEqual([]);
    }
  });
});
