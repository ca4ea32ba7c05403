/**
 * Foreign people written by sound with no middle dot, right after a post (issue 15, e9): a post
 * only foreign states give (首相, 外相, 国务卿) or a foreign country and a post (英国现任外相X,
 * 俄外长X), every character a transliteration character, closed by a verb, a particle or a mark.
 * Names are made up so the rule, not the gazetteer, finds them.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const ex = (paragraphs: string[]) => extractEntities({ title: "", paragraphs });
const people = (r: ReturnType<typeof ex>) => r.people.filter((p) => !p.author).map((p) => p.name).sort();
const rolesOf = (r: ReturnType<typeof ex>, name: string) => (r.people.find((p) => p.name === name)?.roles ?? []).map((x) => `${x.organisation}/${x.title}`);

describe("a sound-written name after a post", () => {
  it("a post only foreign states give needs no country (敦促首相X在…)", () => {
    const r = ex(["多位前议员联名致信，敦促首相梅洛斯在数字税问题上发挥作用。"]);
    expect(people(r)).toEqual(["梅洛斯"]);
  });
  it("a country, a tenure word and a post, closed by a particle (英国现任外相X也…)", () => {
    const r = ex(["在这背后，英国现任外相杜拉也很活跃。", "杜拉这几天多次谈到芯片出口。"]);
    expect(people(r)).toEqual(["杜拉"]);
    expect(rolesOf(r, "杜拉")).toEqual(["英国/外相"]);
  });
  it("a one-character country before a minister (俄外长X称)", () => {
    const r = ex(["俄外长塔里斯科夫称，双方将继续就人工智能治理对话。"]);
    expect(people(r)).toEqual(["塔里斯科夫"]);
    expect(rolesOf(r, "塔里斯科夫")).toEqual(["俄罗斯/外长"]);
  });
});

describe("what is not a sound-written name", () => {
  it("a post China gives too, with no foreign country before it", () => {
    expect(people(ex(["会上，总理布达在发言中提到算力建设。"]))).toEqual([]);
  });
  it("two sides before a minister are not one country (中俄外长会…)", () => {
    expect(people(ex(["中俄外长塔拉会谈后发表联合声明。"]))).toEqual([]);
  });
  it("a run with a character transliterations do not use", () => {
    expect(people(ex(["英国首相府发表声明，称将加强监管。", "英国外相办公室随后回应。"]))).toEqual([]);
  });
});

describe("a linking word that also opens words", () => {
  it("after a name said only once, 与 (与会) does not close it", () => {
    expect(people(ex(["智利外长巴雷拉斯与会并发言。"]))).toEqual([]);
  });
});
