/** The search query language: parsing, normalisation and the FTS5 MATCH expressions built from it. */
import { describe, expect, it } from "vitest";
import { parseQuery, parseDay, isEmptyQuery, MAX_QUERY_CHARS, MAX_TERMS } from "@/lib/search/parse-query";
import { buildMatch, combinedMatch } from "@/lib/search/match-expression";
import { normalizeForSearch, searchTokens } from "@/lib/search/normalize";
import { indexText } from "@/lib/search/fts-terms";

const texts = (terms: { text: string }[]) => terms.map((t) => t.text);

describe("normalisation and tokens", () => {
  it("splits Han characters and keeps Latin words whole", () => {
    expect(searchTokens("百度发布文心一言4.0和ERNIE Bot")).toEqual(["百", "度", "发", "布", "文", "心", "一", "言", "4", "0", "和", "ernie", "bot"]);
  });
  it("folds script, width and case", () => {
    expect(searchTokens("李開復")).toEqual(searchTokens("李开复"));
    expect(searchTokens("ＯｐｅｎＡＩ")).toEqual(["openai"]);
    expect(searchTokens("OPENAI")).toEqual(searchTokens("openai"));
    expect(normalizeForSearch("華為")).toBe("华为");
  });
  it("drops punctuation, emoji and control characters", () => {
    expect(searchTokens("“华为”，😀\u0000！？")).toEqual(["华", "为"]);
    expect(indexText("  智谱AI（清华）  ")).toBe("智谱 谱 ai 清华 华");
  });
});

describe("parseQuery", () => {
  it("free words are separate clauses, all required", () => {
    const q = parseQuery("百度 文心一言");
    expect(q.clauses.map(texts)).toEqual([["百度"], ["文心一言"]]);
    expect(q.clauses[1]![0]!.tokens).toEqual(["文", "心", "一", "言"]);
  });
  it("quoted phrases, including an unclosed quote", () => {
    expect(parseQuery('"大模型 创业" 融资').clauses.map(texts)).toEqual([["大模型 创业"], ["融资"]]);
    const lone = parseQuery('华为 "盘古');
    expect(lone.clauses.map(texts)).toEqual([["华为"], ["盘古"]]);
    expect(lone.clauses[1]![0]!.quoted).toBe(true);
    expect(parseQuery('"').clauses).toEqual([]);
  });
  it("exclusions, with words and phrases", () => {
    const q = parseQuery('大模型 -广告 -"相关推荐"');
    expect(q.clauses.map(texts)).toEqual([["大模型"]]);
    expect(texts(q.excluded)).toEqual(["广告", "相关推荐"]);
  });
  it("a lone minus or hyphenated word is not an exclusion", () => {
    const q = parseQuery("gpt-4 - 百度");
    expect(q.excluded).toEqual([]);
    expect(q.clauses.map(texts)).toEqual([["gpt-4"], ["百度"]]);
    expect(q.clauses[0]![0]!.tokens).toEqual(["gpt", "4"]);
  });
  it("OR joins neighbours into one clause; stray ORs are ignored", () => {
    expect(parseQuery("百度 OR 华为 芯片").clauses.map(texts)).toEqual([["百度", "华为"], ["芯片"]]);
    expect(parseQuery("OR 百度 OR").clauses.map(texts)).toEqual([["百度"]]);
    expect(parseQuery("a OR OR b").clauses.map(texts)).toEqual([["a", "b"]]);
    // Lower-case "or" is a word (it could be an English query).
    expect(parseQuery("this or that").clauses.map(texts)).toEqual([["this"], ["or"], ["that"]]);
  });
  it("fields, case-insensitive names, quoted values, full-width colon", () => {
    const q = parseQuery('company:智谱 Person:杨植麟 source:"第一 财经" -source:百家号 公司');
    expect(q.companies).toEqual(["智谱"]);
    expect(q.people).toEqual(["杨植麟"]);
    expect(texts(q.sources)).toEqual(["第一 财经"]);
    expect(texts(q.excludedSources)).toEqual(["百家号"]);
    expect(q.clauses.map(texts)).toEqual([["公司"]]);
    expect(parseQuery("company：月之暗面").companies).toEqual(["月之暗面"]);
    expect(parseQuery("-company:百度 -person:李彦宏")).toMatchObject({ excludedCompanies: ["百度"], excludedPeople: ["李彦宏"] });
  });
  it("unknown fields and URLs are plain words", () => {
    const q = parseQuery("http://example.com 10:30 foo:bar");
    expect(q.companies).toEqual([]);
    expect(q.clauses.flat().map((t) => t.tokens.join(" "))).toEqual(["http example com", "10 30", "foo bar"]);
  });
  it("dates: day, month, year; invalid ones warn", () => {
    const q = parseQuery("after:2024-01-01 before:2024-3");
    expect(q.after).toBe("2024-01-01");
    expect(q.before).toBe("2024-03-01");
    expect(parseQuery("after:2023").after).toBe("2023-01-01");
    expect(parseQuery("after:2024/2/9").after).toBe("2024-02-09");
    const bad = parseQuery("after:2024-02-30 before:yesterday after:");
    expect(bad.after).toBeNull();
    expect(bad.before).toBeNull();
    expect(bad.warnings).toHaveLength(3);
    expect(parseDay("2024-13-01")).toBeNull();
    expect(parseDay("2024-02-29")).toBe("2024-02-29");
    expect(parseDay("2023-02-29")).toBeNull();
  });
  it("empty and junk input give an empty query", () => {
    for (const s of ["", "   ", "***", "()", '""', "-", "OR", "😀😀", "\u0000", "AND NOT NEAR"]) {
      const q = parseQuery(s);
      if (s === "AND NOT NEAR") expect(q.clauses.map(texts)).toEqual([["AND"], ["NOT"], ["NEAR"]]);
      else expect(isEmptyQuery(q), s).toBe(true);
    }
  });
  it("long input is cut with a warning; term count is bounded", () => {
    const long = parseQuery("字".repeat(MAX_QUERY_CHARS + 50));
    expect(long.clauses[0]![0]!.tokens).toHaveLength(MAX_QUERY_CHARS);
    expect(long.warnings.length).toBe(1);
    const many = parseQuery(Array.from({ length: 100 }, (_, i) => `w${i}`).join(" "));
    expect(many.clauses).toHaveLength(MAX_TERMS);
  });
});

describe("buildMatch", () => {
  it("phrases of tokens, AND between clauses, OR inside", () => {
    const m = buildMatch(parseQuery('百度 OR 华为 "OpenAI GPT" -广告'));
    expect(m.positive).toBe('("百度" OR "华为") AND "openai gpt"');
    expect(m.negative).toBe('"广告"');
    expect(combinedMatch(m)).toBe('(("百度" OR "华为") AND "openai gpt") NOT ("广告")');
    expect(m.highlight).toEqual([["百", "度"], ["华", "为"], ["openai", "gpt"]]);
  });
  it("operators typed as words are quoted words, never FTS syntax", () => {
    const m = buildMatch(parseQuery('a AND b NEAR(c) * ^d {title}:e "'));
    expect(m.positive).toBe('"a" AND "and" AND "b" AND "near c" AND "d" AND "title e"');
  });
  it("source filters are column filters", () => {
    const m = buildMatch(parseQuery("source:第一财经 source:界面 -source:某网"));
    expect(m.positive).toBe('({source} : "第一 一财 财经" OR {source} : "界面")');
    expect(m.negative).toBe('{source} : "某网"');
  });
  it("nothing positive gives no match expression", () => {
    const m = buildMatch(parseQuery("-广告"));
    expect(m.positive).toBeNull();
    expect(combinedMatch(m)).toBeNull();
  });
});
