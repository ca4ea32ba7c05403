/**
 * A discovered company's slug is a getter: working it out loads pinyin-pro (~13 MB of dictionary
 * and automaton), which `npm run extract` never needs. Folding a short form into its full name
 * (admin short forms, short names) must carry the getter, not call it.
 */
import { describe, expect, it } from "vitest";
import { foldHit, mergeShortForms, withoutLazy } from "@/lib/ingest/entities/short-names";
import { articleText } from "@/lib/ingest/entities/article-text";
import type { CompanyHit } from "@/lib/ingest/entities/types";

function hit(name: string, asked: string[]): CompanyHit {
  return {
    name,
    get slug() {
      asked.push(name);
      return `slug-of-${name}`;
    },
    kind: "government",
    aliases: [],
    count: 1,
    salience: 0.5,
    about: false,
    snippet: `${name}发布通知。`,
    forms: [name],
    status: "discovered",
    confidence: 0.8,
  };
}

describe("foldHit", () => {
  it("does not work out the slug of the kept hit until it is asked for", () => {
    const asked: string[] = [];
    const merged = foldHit(hit("安徽省人民政府", asked), hit("安徽省政府", asked));
    expect(asked).toEqual([]);
    expect(merged.count).toBe(2);
    expect(merged.forms).toEqual(["安徽省人民政府", "安徽省政府"]);
    expect(merged.aliases).toEqual(["安徽省政府"]);
    expect(merged.slug).toBe("slug-of-安徽省人民政府");
    expect(asked).toEqual(["安徽省人民政府"]);
  });

  it("withoutLazy copies the plain fields and calls no getter", () => {
    const asked: string[] = [];
    const plain = withoutLazy({ ...hit("x", []), parent: "p", parentSlug: "ps", get slug() { asked.push("x"); return "s"; } });
    expect(asked).toEqual([]);
    expect(plain).toMatchObject({ name: "x", count: 1, parent: "p", parentSlug: "ps" });
    expect("slug" in plain).toBe(false);
  });
});

describe("mergeShortForms", () => {
  it("renames a full name to its short form without working out the slug", () => {
    const asked: string[] = [];
    const full = hit("星河智能科技有限公司", asked);
    const t = articleText({ title: "星河智能发布新模型", paragraphs: ["星河智能科技有限公司（以下简称“星河智能”）今天发布新模型，星河智能表示将开放接口。"] });
    const [renamed] = mergeShortForms(t, [full], []);
    expect(asked).toEqual([]);
    expect(renamed!.name).toBe("星河智能");
    expect(renamed!.aliases).toContain("星河智能科技有限公司");
    expect(renamed!.slug).toBe("slug-of-星河智能科技有限公司");
  });
});
