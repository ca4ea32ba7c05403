/**
 * A person introduced by name rather than by title (一位名叫张文博的工程师): the name is exactly what
 * stands between 名叫 and 的, and 的 must lead to a person, not a company or a moment. Names are made up.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const people = (text: string) => extractEntities({ title: "新模型发布", paragraphs: [text] }).people.map((p) => p.name);

describe("名叫X的 + a person", () => {
  it.each([
    ["团队里一位名叫张文博的工程师花了三个月调试推理引擎。", "张文博"],
    ["一位名叫欧阳明远的研究员表示，模型还需改进。", "欧阳明远"],
  ])("%s", (text, name) => {
    expect(people(text)).toEqual([name]);
  });
  it.each([["一家名叫张江智能的公司完成融资。"], ["她的女儿名叫李小雨的那天出生。"], ["这个名叫王者归来的项目上线了。"]])("no person: %s", (text) => {
    expect(people(text)).toEqual([]);
  });
});

describe("title、负责X的 + name", () => {
  const posts = (text: string) => extractEntities({ title: "阿里云发布新模型", paragraphs: [text] }).people.map((p) => [p.name, p.roles.map((r) => `${r.organisation}/${r.title}`)]);
  it("阿里云原副总裁、负责商业化的罗文远已加入…", () => {
    expect(posts("阿里云原副总裁、负责商业化的罗文远已加入一家头部互联网公司。")).toEqual([["罗文远", ["阿里云/原副总裁"]]]);
  });
  it.each([["阿里云副总裁、负责商业化的团队也在调整。"], ["阿里云副总裁、负责商业化的张三李四都来了。"]])("no person: %s", (text) => {
    expect(posts(text)).toEqual([]);
  });
});
