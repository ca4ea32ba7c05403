/** Snippet highlighting (segments, never HTML) and company/person matching by name, alias and pinyin. */
import { describe, expect, it } from "vitest";
import { highlightAll, snippet } from "@/lib/search/snippet";
import { searchTokens } from "@/lib/search/normalize";
import { matchEntities, prepareEntity, type EntityRecord } from "@/lib/search/entity-match";
import { pinyinKeys, pinyinQuery } from "@/lib/search/pinyin";

const marked = (segs: { text: string; hit: boolean }[]) => segs.filter((s) => s.hit).map((s) => s.text);
const joined = (segs: { text: string }[]) => segs.map((s) => s.text).join("");

describe("snippets", () => {
  it("marks hits in the original script for a simplified query", () => {
    const segs = highlightAll("創新工場董事長李開復談大模型", [searchTokens("李开复"), searchTokens("大模型")]);
    expect(marked(segs)).toEqual(["李開復", "大模型"]);
    expect(joined(segs)).toBe("創新工場董事長李開復談大模型");
  });
  it("is case- and width-insensitive and keeps the typed form", () => {
    expect(marked(highlightAll("ＯｐｅｎＡＩ与OpenAI", [["openai"]]))).toEqual(["ＯｐｅｎＡＩ", "OpenAI"]);
  });
  it("does not mark a Latin word inside another word", () => {
    expect(marked(highlightAll("openaiX and openai", [["openai"]]))).toEqual(["openai"]);
  });
  it("cuts a window around the hits with ellipses and collapses whitespace", () => {
    const body = `${"开头的段落。".repeat(40)}\n\n百度发布了新模型，\n华为跟进。${"结尾的段落。".repeat(40)}`;
    const segs = snippet(body, [searchTokens("百度"), searchTokens("华为")], 60);
    expect(joined(segs).startsWith("…")).toBe(true);
    expect(joined(segs).endsWith("…")).toBe(true);
    expect(joined(segs).length).toBeLessThan(70);
    expect(marked(segs)).toEqual(["百度", "华为"]);
    expect(joined(segs)).not.toMatch(/\n/);
  });
  it("text with markup stays text", () => {
    const segs = highlightAll("<script>alert(1)</script>百度", [["百", "度"]]);
    expect(joined(segs)).toBe("<script>alert(1)</script>百度");
  });
  it("opening of the text when nothing matches", () => {
    expect(joined(snippet("短文。", [["无"]]))).toBe("短文。");
  });
});

const e = (kind: "company" | "person", id: number, name: string, aliases: string[] = [], mentions = 0): EntityRecord => ({ kind, id, slug: `s${id}`, name, aliases, mentions });

describe("pinyin", () => {
  it("keys and typed forms", () => {
    expect(pinyinKeys("李开复", "person")).toEqual({ full: "likaifu", initials: "lkf" });
    expect(pinyinKeys("曾鸣", "person").full).toBe("zengming");
    expect(pinyinKeys("OpenAI", "company").full).toBe("");
    expect(pinyinQuery("Li Kai-fu")).toBe("likaifu");
    expect(pinyinQuery("李开复")).toBeNull();
  });
});

describe("matchEntities", () => {
  const list = [
    e("company", 1, "月之暗面", ["Moonshot AI", "Kimi"], 50),
    e("company", 2, "百度", ["Baidu"], 300),
    e("company", 3, "百度智能云", [], 20),
    e("person", 4, "李开复", ["Kai-Fu Lee"], 40),
    e("person", 5, "李彦宏", ["Robin Li"], 90),
    e("company", 6, "華為", ["Huawei"], 10),
  ].map(prepareEntity);
  const names = (q: string) => matchEntities(list, q).map((h) => h.entity.name);

  it("by name, both scripts", () => {
    expect(names("百度")[0]).toBe("百度");
    expect(names("百度")).toContain("百度智能云");
    expect(names("华为")).toEqual(["華為"]);
    expect(names("李開復")).toEqual(["李开复"]);
  });
  it("by alias and product, any case", () => {
    expect(names("kimi")).toEqual(["月之暗面"]);
    expect(names("KIMI")).toEqual(["月之暗面"]);
    expect(names("moonshot ai")).toEqual(["月之暗面"]);
    expect(matchEntities(list, "Kimi")[0]).toMatchObject({ matchedBy: "alias", via: "Kimi", exact: true });
  });
  it("by pinyin: whole, spaced, prefix, initials", () => {
    expect(names("likaifu")).toEqual(["李开复"]);
    expect(names("li kai fu")).toEqual(["李开复"]);
    expect(names("liyan")).toEqual(["李彦宏"]);
    expect(names("lkf")).toEqual(["李开复"]);
    expect(matchEntities(list, "likaifu")[0]).toMatchObject({ matchedBy: "pinyin", exact: true });
  });
  it("a product suggests its maker without naming it exactly", () => {
    const withProduct = [prepareEntity({ ...e("company", 7, "OpenAI", ["Open AI"], 80), products: ["Sora", "GPT-4"] })];
    expect(matchEntities(withProduct, "sora")[0]).toMatchObject({ matchedBy: "product", via: "Sora", exact: false });
    expect(matchEntities(withProduct, "gpt-4")[0]).toMatchObject({ matchedBy: "product", via: "GPT-4", exact: false });
  });
  it("a whole word of a person's Latin alias names the person; not a company's", () => {
    const people = [e("person", 8, "马斯克", ["Elon Musk"], 5), e("company", 9, "DeepMind", ["Google DeepMind"], 5)].map(prepareEntity);
    expect(matchEntities(people, "Musk")[0]).toMatchObject({ matchedBy: "alias", exact: true });
    expect(matchEntities(people, "Google").filter((h) => h.exact)).toEqual([]);
    expect(matchEntities(people, "Elo").filter((h) => h.exact)).toEqual([]);
  });
  it("nothing for junk", () => {
    expect(names("")).toEqual([]);
    expect(names("😀")).toEqual([]);
    expect(names("zzzz")).toEqual([]);
  });
});
