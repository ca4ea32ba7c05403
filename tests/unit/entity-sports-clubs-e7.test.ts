/**
 * Issue 15 (helper e7): sports clubs written as a short name + 队 in a sentence about a game.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const companies = (...paragraphs: string[]) => extractEntities({ title: "消息", paragraphs }).companies.map((c) => c.name).sort();

describe("sports clubs: a short name + 队 in a sentence about a game", () => {
  it("clubs in a score line and in a list before 等球队", () => {
    expect(companies("掘金队以112比104战胜太阳队。")).toEqual(["太阳队", "掘金队"]);
    expect(companies("解说将覆盖凯撒队、雄鹰队等热门球队的比赛。")).toEqual(["凯撒队", "雄鹰队"]);
  });
  it("the shortest stem opened by a joiner or a game's verb: a long name whole, a country's side never cut to its tail", () => {
    expect(companies("本场比赛对阵凯尔特人队。")).toEqual(["凯尔特人队"]);
    expect(companies("巴西队2比1击败阿根廷队。")).toEqual([]);
  });
  it("crews, national sides and words ending in 队 are no clubs; nor is a club outside a sports sentence", () => {
    expect(companies("中国队在比赛中战胜日本队，国家队主教练表示满意。")).toEqual([]);
    expect(companies("救援队赶到比赛现场，车队排队入场。")).toEqual([]);
    expect(companies("雄鹰队志愿者走访了社区。")).toEqual([]);
  });
});
