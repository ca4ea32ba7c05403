/**
 * People the gazetteer has never seen, in the shapes real news introduces them (issue 15): a coined
 * chief officer before a transliterated name (首席知识产权官X·Y的话称), kin and a field's experts as
 * parts played (携妻子X, 社保专家X表示), a leader named before the office (X主席对…), office-holders
 * chained by 、 after weak titles, and a one-character verb before 、 ending the name (X发、). Names
 * are made up so the rules, not the gazetteer, find them.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";
import { chineseNameAt } from "@/lib/ingest/entities/names";
import { isStrongTitle, titleEndingAt } from "@/lib/ingest/entities/titles";

const ex = (paragraphs: string[]) => extractEntities({ title: "", paragraphs });
const people = (r: ReturnType<typeof ex>) => r.people.filter((p) => !p.author).map((p) => p.name).sort();

describe("coined chief officers", () => {
  it("首席 + a field + 官 is a strong title the list lacks", () => {
    expect(titleEndingAt("副总裁兼首席知识产权官", 11)).toBe("首席知识产权官");
    expect(isStrongTitle("首席可持续发展官")).toBe(true);
    expect(titleEndingAt("首席官", 3)).toBeNull();
  });
  it("introduces a transliterated name quoted with 的话称", () => {
    const r = ex(["媒体引述星图影像副总裁兼首席知识产权官玛莎·柯林伍德的话称：“我们投资了数亿美元。”", "柯林伍德还说：“公平问题需要解决。”"]);
    expect(people(r)).toEqual(["玛莎·柯林伍德"]);
  });
});

describe("parts played", () => {
  it("kin named again are people", () => {
    expect(people(ex(["韦立明又携妻子龚雪出现在活动现场。", "晚宴上，韦立明和夫人龚雪出席了仪式。"]))).toContain("龚雪");
  });
  it("a field's expert quoted", () => {
    expect(people(ex(["社科院社保专家钱秉章此前曾表示，个人账户的存在导致了滥用。"]))).toEqual(["钱秉章"]);
  });
  it("a verb after a part played is no name (母亲哭诉称, 专家解读称)", () => {
    expect(people(ex(["小花母亲哭诉称，协议签订当晚孩子就出了事。"]))).toEqual([]);
    expect(people(ex(["专家解读称，这一通知有助于引导行业规范发展。"]))).toEqual([]);
  });
});

describe("leaders before their office", () => {
  it("a surname-table name at a clause start, the office, then its act", () => {
    expect(people(ex(["6月，宋启华主席对邻国进行了国事访问。"]))).toEqual(["宋启华"]);
  });
  it("a country before the office is no name", () => {
    expect(people(ex(["6月，韩国总统对邻国进行了国事访问。"]))).toEqual([]);
  });
});

describe("chains of office-holders", () => {
  it("a one-character verb before 、 ends the name", () => {
    expect(chineseNameAt("朱秉发、", 0)?.name).toBe("朱秉发");
    expect(chineseNameAt("朱秉发表示", 0)?.name).toBe("朱秉");
  });
  it("a weak title's holder chained by 、 to an accepted post-holder", () => {
    const found = people(ex(["会议在南昌召开，协会副主任鲁文发、市政府副市长谢一鸣出席。"]));
    expect(found).toContain("鲁文发");
    expect(found).toContain("谢一鸣");
  });
});
