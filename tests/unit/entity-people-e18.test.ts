/**
 * People in unseen LLM-industry news (issue 15, blind batch e18-12-08-people): 和 inside and at the
 * end of given names where it cannot be a joiner, and the guards that keep 和 a joiner (张和李,
 * 维护和平, 态度温和). Names and sentences are made up and differ from the batch's.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const ex = (paragraphs: string[], title = "") => extractEntities({ title, paragraphs });
const people = (r: ReturnType<typeof ex>) => r.people.filter((p) => !p.author).map((p) => p.name).sort();

describe("和 in a given name where no joined noun can follow", () => {
  it("a one-character given name 和 before a list mark (教授X和、Y)", () => {
    expect(people(ex(["入选名单包括浙江大学教授吕和、武汉大学副教授姚一鸣。"]))).toEqual(["吕和", "姚一鸣"]);
  });
  it("…before a particle or a preposition (董事长X和因…, 副教授X和与…)", () => {
    expect(people(ex(["公司董事长郭和因个人原因辞职。"]))).toEqual(["郭和"]);
    expect(people(ex(["南开大学副教授韦和与学生合作完成了这项研究。"]))).toEqual(["韦和"]);
  });
  it("a three-character name ending in 和 before 的 or 将 (X和的加入, X和将出任)", () => {
    expect(people(ex(["前微软研究员邹正和将出任公司首席科学家。", "邹正和的加入让团队如虎添翼。"]))).toEqual(["邹正和"]);
  });
  it("和 opening a two-character given name (CEO X和Y介绍)", () => {
    expect(people(ex(["青鸾科技CEO蒋和远介绍，新模型支持百万token上下文。"]))).toEqual(["蒋和远"]);
  });
  it("guard: two people joined by 和 stay two (X和Y表示)", () => {
    expect(people(ex(["青鸾科技CEO蒋远和CTO李明表示，新模型下月开源。"]))).toEqual(["李明", "蒋远"]);
  });
  it("guard: a word ending in 和 is no name (态度温和、)", () => {
    expect(people(ex(["发布会上，公司CEO的态度温和，回答问题时多次提到开源。"]))).toEqual([]);
  });
  it("guard: 和平 after a word is no given name (维护和平)", () => {
    expect(people(ex(["报告呼吁各国共同维护和平，防止人工智能被用于军事目的。"]))).toEqual([]);
  });
});
