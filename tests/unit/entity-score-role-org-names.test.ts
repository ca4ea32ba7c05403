/**
 * Issue 15's scoring: a gold role's organisation counts as found when the prediction writes it in
 * any of the gazetteer's names for it (Tencent AI Lab in the gold, 腾讯AI Lab predicted: neither holds the
 * other), as companies are matched.
 */
import { describe, expect, it } from "vitest";
import { GoldDocSchema, scoreEntities } from "@/lib/ingest/entities/score";

const gold = GoldDocSchema.parse({
  file: "made-up.txt",
  companies: [],
  people: [{ name: "张三" }],
  roles: [{ person: "张三", organisation: "Tencent AI Lab", title: "副总裁" }],
});

const predicted = (organisation: string) => ({
  companies: [],
  people: [{ name: "张三", roles: [{ organisation, title: "副总裁" }] }],
});

describe("a role's organisation under another gazetteer name", () => {
  it("腾讯AI Lab predicted for the gold's Tencent AI Lab is the role found", () => {
    expect(scoreEntities(gold, predicted("腾讯AI Lab")).roles.found).toBe(1);
  });
  it("an organisation the gazetteer does not join to it is not", () => {
    const s = scoreEntities(gold, predicted("阿里巴巴达摩院"));
    expect(s.roles.found).toBe(0);
    expect(s.missed.roles).toEqual(["张三/Tencent AI Lab/副总裁"]);
  });
});
