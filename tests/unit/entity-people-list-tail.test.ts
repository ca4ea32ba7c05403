/**
 * Issue 15, dev-page miss: a 、-list closed by a tail that calls its items people (等明星主播,
 * 等专家) makes two names a list, even beside a nickname the surname table cannot read (大左).
 * A tail noun that is the first half of a compound (等明星企业, 等专家团队) says nothing. Names are made up.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const people = (text: string) => extractEntities({ title: "", paragraphs: [text] }).people.filter((p) => !p.author).map((p) => p.name);

describe("a list whose tail calls its items people", () => {
  it.each([
    ["除此之外，还有李澄、吉岚、大右等明星主播和100余名主播助力。", ["李澄", "吉岚"]],
    ["会上，王澄、赵岚等专家作了发言。", ["王澄", "赵岚"]],
    ["活动邀请了邵澄、贾岚等知名学者参与讨论。", ["邵澄", "贾岚"]],
  ])("%s", (text, names) => {
    expect(people(text)).toEqual(expect.arrayContaining(names));
  });
  it.each(["格力、美的等明星企业参展。", "北京、上海等地的专家到场。", "王澄、赵岚等专家团队完成了评审。"])("no people from %s", (text) => {
    expect(people(text)).toEqual([]);
  });
});
