/**
 * Officers named with no organisation of their own (接替…的原CTO X, 由新加入的CFO X负责) hold the post
 * at the company the article is about, when the headline and lead make exactly one clear; and a
 * post given by an appositive a clause away (X，这家公司的创始人兼CEO，…). Names are made up.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const posts = (title: string, paragraphs: string[], name: string) =>
  extractEntities({ title, paragraphs }).people.find((p) => p.name === name)?.roles.map((r) => `${r.organisation}/${r.title}`) ?? null;

const LEAD = "12月5日，大模型创业公司弦月纪元宣布，前微软研究员濮思远正式加盟，出任公司首席技术官。";
const HEADLINE = "前微软研究员加盟弦月纪元 出任CTO";

describe("an officer with no organisation before the title: the article's company", () => {
  it("接替上月离职的原CTO X", () => {
    expect(posts(HEADLINE, [LEAD.replace("。", "，接替上月离职的原CTO冼博远。")], "冼博远")).toEqual(["弦月纪元/原CTO"]);
  });
  it("由新加入的CFO X负责", () => {
    expect(posts(HEADLINE, [LEAD, "弦月纪元同时宣布，财务工作由新加入的CFO闵若岚负责。"], "闵若岚")).toEqual(["弦月纪元/CFO"]);
  });
  it("其中包括前首席技术官 X; 接任者是公司首席架构师 X", () => {
    expect(posts("大模型公司弦月纪元高层调整", ["12月4日，大模型创业公司弦月纪元宣布一系列人事任命。", "据弦月纪元一位员工透露，公司年内已有三位高管离职，其中包括前首席技术官皇甫川。"], "皇甫川")).toEqual(["弦月纪元/前首席技术官"]);
    expect(posts("智驾公司弦月纪元高管变动", ["据了解，智能驾驶公司弦月纪元近日完成一轮管理层调整。", "原CTO单文远已于上月离职，他在弦月纪元工作了五年。接任者是公司首席架构师晏一川。", "晏一川表示，将继续推进量产。"], "晏一川")).toEqual(["弦月纪元/首席架构师"]);
  });
  it("no company the headline and lead agree on: no post", () => {
    expect(posts("大模型行业人事变动频繁", ["12月5日，多家公司宣布人事调整，接替上月离职的原CTO冼博远。"], "冼博远")).toEqual([]);
  });
  it.each([
    ["竞争对手的CTO", "他的竞争对手的CTO冼博远也在场。"],
    ["another company's", "另一家公司的CTO冼博远也在场。"],
  ])("someone else's officer (%s): not the article's company", (_, sentence) => {
    const got = posts(HEADLINE, [LEAD, sentence], "冼博远");
    expect(got === null || got.every((r) => !r.startsWith("弦月纪元"))).toBe(true);
  });
});

describe("X，这家公司的创始人兼CEO，…", () => {
  it("names the person and the post at the company the text speaks of", () => {
    expect(posts("远帆智能完成A轮融资", ["远帆智能成立于2024年，今年9月完成由蓝驰创投领投的A轮融资，老股东云启资本跟投。", "张牧川，这家公司的创始人兼CEO，曾在阿里云工作八年。"], "张牧川")).toEqual(["远帆智能/创始人兼CEO"]);
  });
  it("an appositive that is no post names nobody", () => {
    expect(posts("远帆智能完成A轮融资", ["远帆智能成立于2024年。", "张牧川，一位前员工，正在调试系统。"], "张牧川")).toBeNull();
  });
});
