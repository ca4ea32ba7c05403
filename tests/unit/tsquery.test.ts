/**
 * PostgreSQL's spelling of the search (lib/search/tsquery.ts): the same terms and phrases as
 * FTS5's, column weights pushed onto every operand, quotes and backslashes in a term escaped,
 * and a tsvector whose columns never touch (a phrase cannot span two columns).
 */
import { describe, expect, it } from "vitest";
import { FTS5_SYNTAX, buildMatch, combinedMatch } from "@/lib/search/match-expression";
import { parseQuery } from "@/lib/search/parse-query";
import { TSQUERY_SYNTAX, disjuncts, indexDecides, negates, conjuncts, relaxed, relaxedRarest, sourceOnly, titleOnly, tsLiteral, tsvectorLiteral } from "@/lib/search/tsquery";

describe("tsquery syntax", () => {
  it("writes FTS5's phrase as adjacent terms, a lone Han character as a prefix", () => {
    expect(TSQUERY_SYNTAX.phrase(["百", "度", "发", "布"])).toBe("'百度' <-> '度发' <-> '发布'");
    expect(FTS5_SYNTAX.phrase(["百", "度", "发", "布"])).toBe('"百度 度发 发布"');
    expect(TSQUERY_SYNTAX.phrase(["华"])).toBe("'华':*");
    expect(TSQUERY_SYNTAX.phrase(["gpt", "4"])).toBe("'gpt' <-> '4'");
  });

  it("restricts every operand to a column by weight, prefixes included", () => {
    expect(TSQUERY_SYNTAX.column("title", "('百度' <-> '度发') & '华':*")).toBe("(('百度':A <-> '度发':A) & '华':*A)");
    expect(TSQUERY_SYNTAX.column("source", "'it''s'")).toBe("('it''s':B)");
  });

  it("tells a title-only expression (checked on the title's own vector) from any other", () => {
    expect(titleOnly(TSQUERY_SYNTAX.column("title", "('百度' <-> '度发') & !'华':*"))).toBe(true);
    expect(titleOnly(TSQUERY_SYNTAX.all([TSQUERY_SYNTAX.column("title", "'百度'"), "'度发'"]))).toBe(false);
    expect(titleOnly(TSQUERY_SYNTAX.column("source", "'网易'"))).toBe(false);
    expect(titleOnly(TSQUERY_SYNTAX.column("title", "'a:A'"))).toBe(true);
    expect(titleOnly(`'a:A' & 'b'`)).toBe(false);
    expect(titleOnly("''")).toBe(false);
  });

  it("splits an OR into its operands and tells those the index decides alone", () => {
    const names = "(('百度' | 'baidu' | '文心' <-> '心一' <-> '一言'))";
    expect(disjuncts(names)).toEqual(["'百度'", "'baidu'", "'文心' <-> '心一' <-> '一言'"]);
    expect(disjuncts("('a' | 'b') & 'c'")).toEqual(["('a' | 'b') & 'c'"]);
    expect(disjuncts("'a|b' | ('c' | 'd')")).toEqual(["'a|b'", "('c' | 'd')"]);
    expect(disjuncts("'it''s' | 'x\\'' | 'y'")).toEqual(["'it''s'", "'x\\''", "'y'"]);
    expect(disjuncts(names).map(indexDecides)).toEqual([true, true, false]);
    expect(indexDecides("'华':* & !'度'")).toBe(true);
    expect(indexDecides("'<->'")).toBe(true);
    expect(indexDecides("'百度':A")).toBe(false);
    expect(indexDecides("'华':*B")).toBe(false);
    // A negation, not a literal that holds "!".
    expect(negates("('模型') & !('百度')")).toBe(true);
    expect(negates("'a!b' & 'c'")).toBe(false);
  });

  it("loosens phrases and column weights into what the index decides alone, never under a negation", () => {
    const q = TSQUERY_SYNTAX.all([TSQUERY_SYNTAX.column("source", "'雷锋' <-> '锋网'"), "'大模' <-> '模型'"]);
    expect(relaxed(q)).toBe("(('雷锋' & '锋网')) & ('大模' & '模型')");
    expect(relaxed("'华':*B | 'a':AB")).toBe("'华':* | 'a'");
    // Inside a literal, neither an arrow nor a weight-like suffix is syntax.
    expect(relaxed("'<->' & 'x:A' <-> 'it''s'")).toBe("'<->' & 'x:A' & 'it''s'");
    expect(relaxed("('模型') & !('百度')")).toBeNull();
    for (const e of [q, "'华':*B | 'a':AB"]) expect(indexDecides(relaxed(e)!)).toBe(true);
  });

  it("asks each phrase by its rarest term, a term the statistics do not list counted rarest, a prefix commonest", () => {
    const shares: Record<string, number> = { "发布": 0.17, "布了": 0.33, "大模": 0.17, "模型": 0.67, "雷锋": 0.05, "it's": 0.01 };
    const share = (t: string) => shares[t];
    const q = TSQUERY_SYNTAX.all([TSQUERY_SYNTAX.column("source", "'雷锋' <-> '锋网'"), "'布了' <-> '发布' <-> '模型'"]);
    // 锋网 is not listed (rarer than any listed term); of the listed, the first of the rarest.
    expect(relaxedRarest(q, share)).toBe("(('锋网')) & ('发布')");
    expect(relaxedRarest("'模型' <-> '华':*", share)).toBe("'模型'");
    expect(relaxedRarest("'x' <-> 'it''s':A | 'y'", share)).toBe("'x' | 'y'");
    expect(relaxedRarest("'大模':A <-> '模型':A", share)).toBe("'大模'");
    expect(relaxedRarest("('模型') & !('百度')", share)).toBeNull();
    // Two unlisted terms kept where asked, in phrase order.
    expect(relaxedRarest("'甲' <-> '乙' <-> '模型' <-> '丙'", share, 2)).toBe("'甲' & '乙'");
    expect(relaxedRarest("'模型' <-> '发布'", share, 2)).toBe("'发布'");
    // Every row the phrase matches holds the term kept.
    expect(relaxedRarest("'单'", share)).toBe("'单'");
  });

  it("splits an expression at its outermost AND, not under an OR or inside a literal", () => {
    expect(conjuncts("('大模' <-> '模型') & (('雷锋':B <-> '锋网':B))")).toEqual(["('大模' <-> '模型')", "(('雷锋':B <-> '锋网':B))"]);
    expect(conjuncts("'a' & 'b' | 'c'")).toEqual(["'a' & 'b' | 'c'"]);
    expect(conjuncts("(('a&b') & 'c')")).toEqual(["('a&b')", "'c'"]);
  });

  it("tells a source-only expression from a title-only or mixed one", () => {
    expect(sourceOnly(TSQUERY_SYNTAX.column("source", "'雷锋' <-> '锋网'"))).toBe(true);
    expect(sourceOnly("'华':*B")).toBe(true);
    expect(sourceOnly("('雷锋':B) & ('大模' <-> '模型')")).toBe(false);
    expect(sourceOnly("'百度':A")).toBe(false);
    expect(titleOnly("'华':*B")).toBe(false);
  });

  it("escapes quotes and backslashes inside a term", () => {
    expect(tsLiteral("a'b\\c")).toBe("'a''b\\\\c'");
  });

  it("builds the same structure as FTS5 for every operator", () => {
    const q = parseQuery('百度 OR 智谱 "大模型" source:第一财经 -融资 -source:网易');
    const fts = buildMatch(q);
    const ts = buildMatch(q, q.clauses, TSQUERY_SYNTAX);
    expect(combinedMatch(fts)).toBe('(("百度" OR "智谱") AND "大模 模型" AND {source} : "第一 一财 财经") NOT ("融资" OR {source} : "网易")');
    expect(combinedMatch(ts, TSQUERY_SYNTAX)).toBe("((('百度' | '智谱')) & ('大模' <-> '模型') & (('第一':B <-> '一财':B <-> '财经':B))) & !(('融资') | (('网易':B)))");
  });

  it("keeps columns apart in the stored vector", () => {
    const v = tsvectorLiteral({ title: ["百度", "度"], source: ["网易"], byline: [], body: ["度发", "发"] });
    expect(v).toBe("'百度':2A '度':3A '网易':5B '度发':8D '发':9D");
  });
});
