/**
 * An organisation, 的, the name, then a strong title (X研究所的王某教授表示): the post is held there;
 * a name after 的 with no title after it holds none.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const roles = (paragraphs: string[], name: string) =>
  extractEntities({ title: "研究发现", paragraphs }).people.find((p) => p.name === name)?.roles.map((x) => `${x.organisation}|${x.title}`);

describe("org的 name title", () => {
  it("an institute's professor", () => {
    expect(roles(["中国科学院兰州化学与材料研究所的周立新教授近日表示，新材料已试产。"], "周立新")).toEqual(["中国科学院兰州化学与材料研究所|教授"]);
  });
  it("no title after the name: no post", () => {
    expect(roles(["中国科学院兰州化学与材料研究所的周立新近日表示，新材料已试产。"], "周立新") ?? []).toEqual([]);
  });
});
