/** Index terms (Han characters in pairs) and the phrases that query them: a phrase must match exactly where its characters are adjacent. */
import { describe, expect, it } from "vitest";
import { indexTerms, indexText, phraseQuery } from "@/lib/search/fts-terms";
import { searchTokens } from "@/lib/search/normalize";

const q = (text: string) => phraseQuery(searchTokens(text));

describe("indexTerms", () => {
  it("pairs each Han character with the next in its run and keeps the run's last alone, one term per token", () => {
    expect(indexTerms(["百", "度", "发", "布"])).toEqual(["百度", "度发", "发布", "布"]);
    expect(indexTerms(["华"])).toEqual(["华"]);
    expect(indexTerms(["openai", "发", "布", "gpt", "5"])).toEqual(["openai", "发布", "布", "gpt", "5"]);
    const tokens = searchTokens("智谱AI发布GLM-4，清华系");
    expect(indexTerms(tokens)).toHaveLength(tokens.length);
  });
  it("writes the text of a column in the same terms", () => {
    expect(indexText("李開復：AI 2.0")).toBe("李开 开复 复 ai 2 0");
  });
});

describe("phraseQuery", () => {
  it("a run that ends the phrase needs no term for its last character", () => {
    expect(q("华为")).toBe('"华为"');
    expect(q("人工智能")).toBe('"人工 工智 智能"');
    expect(q("ai芯片")).toBe('"ai 芯片"');
  });
  it("a run followed by a word keeps the lone last character, as the index has it there", () => {
    expect(q("华为ai")).toBe('"华为 为 ai"');
    expect(q("a华b")).toBe('"a 华 b"');
  });
  it("a phrase ending in a lone Han character is a prefix query", () => {
    expect(q("华")).toBe('"华" *');
    expect(q("gpt华")).toBe('"gpt 华" *');
  });
  it("Latin-only phrases are unchanged", () => {
    expect(q("OpenAI GPT")).toBe('"openai gpt"');
  });
});
