/**
 * Issue 15 (helper e4, people and roles left by batch blind-12-07-people): 我们 in an organisation's
 * own words or an interviewee's answer points to that organisation, for every post chained to the
 * name; a court's short name (北京四中院) is the court; the words after an office that name no
 * holder (官邸, 继任者); a weak surname's name before 当选 after a post; a bare brand opening the
 * next item of a list of people (…合伙人X和|灵犀数智|创始人Y) is that person's company; names are made up so the
 * rules, not the gazetteer, find them.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const ex = (paragraphs: string[], title = "新闻") => extractEntities({ title, paragraphs });
const companies = (r: ReturnType<typeof ex>) => r.companies.map((c) => c.name).sort();
const people = (r: ReturnType<typeof ex>) => r.people.map((p) => p.name).sort();
const rolesOf = (r: ReturnType<typeof ex>, name: string) => (r.people.find((p) => p.name === name)?.roles ?? []).map((x) => `${x.organisation}/${x.title}`).sort();

describe("我们 before a chain of posts", () => {
  it("in an organisation's own words is that organisation, for each post", () => {
    expect(rolesOf(ex(["月之暗面在声明中表示：“我们的联合创始人、首席技术官上官瑜将于年底离职。”"]), "上官瑜")).toEqual(["月之暗面/联合创始人", "月之暗面/首席技术官"]);
    expect(rolesOf(ex(["对此，月之暗面回应称，我们的联合创始人、首席技术官张伟已经离职。"]), "张伟")).toEqual(["月之暗面/联合创始人", "月之暗面/首席技术官"]);
  });
  it("in an interviewee's answer is the company the headline names them with", () => {
    const r = ex(["本报记者专访了月之暗面创始人兼CEO司马恒。", "问：团队是怎么搭起来的？", "答：我们的联合创始人、首席技术官欧阳青此前在寒武纪负责架构设计。"], "对话月之暗面创始人：推理成本每年要降十倍");
    expect(rolesOf(r, "欧阳青")).toEqual(["月之暗面/联合创始人", "月之暗面/首席技术官"]);
  });
});

describe("a court's short name", () => {
  it("is the court named in full before it, and holds the post of the name after it", () => {
    const r = ex(["12月4日，北京市第四中级人民法院作出二审判决。", "该案审判长、北京四中院民四庭庭长王岚介绍，运营方已超出技术中立的范围。"]);
    expect(companies(r)).toEqual(["北京市第四中级人民法院"]);
    expect(rolesOf(r, "王岚")).toContain("北京市第四中级人民法院/民四庭庭长");
  });
  it("is a court alone too (上海一中院, 北京高院), and a bare level is none", () => {
    expect(companies(ex(["上海一中院审理了此案。"]))).toEqual(["上海一中院"]);
    expect(companies(ex(["北京高院发布了白皮书。"]))).toEqual(["北京高院"]);
    expect(companies(ex(["该案由中院审理。"]))).toEqual([]);
  });
});

describe("words after an office that name no holder", () => {
  it("官邸 and 继任者 are no names", () => {
    expect(people(ex(["日本首相官邸发表声明。"]))).toEqual([]);
    expect(people(ex(["日本首相继任者表示，将继续推进改革。"]))).toEqual([]);
  });
});

describe("a weak surname's name after a post, before 当选", () => {
  it("is the holder of the post at the company 公司 points to", () => {
    const r = ex(["另据了解，澄观智能12月3日晚间公告，公司副总裁兼首席技术官贝正宇当选为公司董事。"]);
    expect(people(r)).toEqual(["贝正宇"]);
    expect(rolesOf(r, "贝正宇")).toEqual(["澄观智能/副总裁兼首席技术官"]);
  });
});

describe("a bare brand opening the next item of a list of people", () => {
  it("after 和 or 、 is the company of the name after its title, not the item's before", () => {
    for (const joiner of ["和", "、"]) {
      const r = ex([`在圆桌论坛上，中国科学院自动化研究所研究员王金桥、蓝驰创投合伙人曹巍${joiner}灵犀数智创始人温若谷围绕商业化展开讨论。`]);
      expect(rolesOf(r, "温若谷")).toEqual(["灵犀数智/创始人"]);
      expect(rolesOf(r, "曹巍")).toEqual(["蓝驰创投/合伙人"]);
      expect(companies(r)).toContain("灵犀数智");
    }
  });
  it("a pointer or a name after the joiner is no brand", () => {
    expect(rolesOf(ex(["蓝驰创投合伙人曹巍和公司创始人温若谷围绕商业化展开讨论。"]), "温若谷")).not.toContain("公司/创始人");
    expect(companies(ex(["蓝驰创投合伙人曹巍和王小明创始人温若谷展开讨论。"]))).toEqual(["蓝驰创投"]);
  });
});

describe("an organisation found before a title, named again before a pointer", () => {
  it("is the company 公司 points to, not an organisation of the list before", () => {
    const r = ex(["云栈科技创始人邵晴川、君联资本合伙人严霁和知微数聚创始人滕方舟展开讨论。", "另据了解，知微数聚日前公告，公司副总裁兼首席运营官贝思远当选为公司董事。"]);
    expect(rolesOf(r, "贝思远")).toEqual(["知微数聚/副总裁兼首席运营官"]);
  });
  it("is the organisation whose words 我们 stands in", () => {
    const r = ex(["有消息称，大模型创业公司星衡智能的一位技术高管将离职。", "星衡智能在声明中表示：“我们的联合创始人、首席技术官欧阳澈已于近日离职。”"], "星衡智能回应高管变动");
    expect(rolesOf(r, "欧阳澈")).toEqual(["星衡智能/联合创始人", "星衡智能/首席技术官"]);
  });
});

describe("公司 in an interviewee's answer", () => {
  it("is the interviewee's company the headline names, not a company the answer before spoke of", () => {
    const r = ex(
      ["本报记者专访了月之暗面创始人兼CEO司马恒。", "问：为什么选择推理芯片？", "答：训练市场高度集中，英伟达的优势短期内很难撼动。", "问：团队是怎么搭起来的？", "答：公司联合创始人、首席技术官欧阳青此前在寒武纪负责架构设计。"],
      "对话月之暗面创始人：推理成本每年要降十倍",
    );
    expect(rolesOf(r, "欧阳青")).toEqual(["月之暗面/联合创始人", "月之暗面/首席技术官"]);
  });
  it("an organisation before it in its own sentence is still the one meant", () => {
    const r = ex(["本报记者专访了月之暗面创始人兼CEO司马恒。", "问：团队如何？", "答：深栈智能成立于2020年，公司创始人欧阳青曾在百度工作。"], "对话月之暗面创始人");
    expect(rolesOf(r, "欧阳青")).toEqual(["深栈智能/创始人"]);
  });
});
