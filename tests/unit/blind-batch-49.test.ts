/**
 * Rules from blind batch 49 (x12-b49-*: authors and dates where unseen sites put them). Each case
 * fails without its rule; the counter-cases show what each rule spares.
 */
import { describe, expect, it } from "vitest";
import { parseByline } from "@/lib/ingest/metadata/byline";
import { copyrightHolder } from "@/lib/ingest/metadata/copyright-holder";

const parse = (line: string) => {
  const into = { authors: [] as string[], reporters: [] as string[], editors: [] as string[] };
  parseByline(line, into, []);
  return into;
};

describe("a time's label in 于 glued to the writer's name (x12-b49-updated-before-first-published-pair)", () => {
  it("ends the name: a meta row's spans run together", () => {
    expect(parse("作者：卢思齐更新于 2026-12-01 18:02 首发于 2026-11-20 字数 6321").authors).toEqual(["卢思齐"]);
    expect(parse("作者：卢思齐发布于2026-12-01").authors).toEqual(["卢思齐"]);
    expect(parse("记者：王立发表于 2026-11-02").reporters).toEqual(["王立"]);
  });
  it("a name spaced from the label, or with 更新 but no 于, is read as before", () => {
    expect(parse("作者：卢思齐 首发于 2026-11-20").authors).toEqual(["卢思齐"]);
    expect(parse("作者：王更新 2026-12-01").authors).toEqual(["王更新"]);
  });
});

describe("a footer line opening with the owner's name before © and the year (x12-b49-author-card-avatar-name-bio-after-article)", () => {
  it("names the owner", () => {
    expect(copyrightHolder(["深氪 © 2026 · 关于深氪 · 加入我们 · 沪ICP备00000000号"])).toBe("深氪");
    expect(copyrightHolder(["码问 © 2019-2026 | 京ICP备00000000号"])).toBe("码问");
  });
  it("the name after © and the year is still read; a link before © in mid-line is no owner", () => {
    expect(copyrightHolder(["© 2026 码问 · 地址：北京"])).toBe("码问");
    expect(copyrightHolder(["友情链接 | 帮助中心 © 2026"])).toBeNull();
  });
});
