/**
 * Which report leads a story's row, on a hand-built snapshot: the earliest of the matched
 * reports, unless it has under 60 % of the most complete one's text; a story whose earliest
 * report is filtered out is led by its earliest matching one; undated reports lead only when none is dated.
 */
import { describe, expect, it } from "vitest";
import { buildSnapshot, type ArticleRowIn } from "@/lib/data/listing-index/snapshot";
import { matchRanks } from "@/lib/data/listing-index/match";
import { storyLeads } from "@/lib/data/listing-index/stories";

const article = (id: number, d: number | null, source: string): ArticleRowIn => ({
  id,
  publishedAt: d === null ? null : `2024-01-${String(d).padStart(2, "0")}T02:00:00.000+00:00`,
  publishedLocal: d === null ? null : `2024-01-${String(d).padStart(2, "0")}T10:00:00+08:00`,
  source,
  script: "simplified",
});

function snap(stories: { articleId: number; storyId: number; bodyChars: number }[]) {
  return buildSnapshot({
    generation: 1n,
    articles: [article(1, 1, "甲"), article(2, 2, "乙"), article(3, 3, "丙"), article(4, 4, "甲"), article(5, null, "乙"), article(6, null, "丙"), article(7, 5, "丁")],
    companyMentions: [],
    personMentions: [],
    companies: [],
    people: [],
    stories,
  });
}

const leads = (s: ReturnType<typeof snap>, f = {}) => Array.from(storyLeads(s, matchRanks(s, f)), (r) => s.id[r]);

describe("storyLeads", () => {
  it("leads with the earliest report and keeps list order", () => {
    // Story 1: articles 1, 2, 4; story 3: 3 alone; story 5: undated 5 and 6; 7 has no story row.
    const s = snap([
      { articleId: 1, storyId: 1, bodyChars: 1000 },
      { articleId: 2, storyId: 1, bodyChars: 1000 },
      { articleId: 4, storyId: 1, bodyChars: 900 },
      { articleId: 3, storyId: 3, bodyChars: 500 },
      { articleId: 5, storyId: 5, bodyChars: 300 },
      { articleId: 6, storyId: 5, bodyChars: 800 },
    ]);
    expect(leads(s)).toEqual([7, 3, 1, 6]);
    // Filtered to sources 乙 and 丙 (as two queries): the earliest matching report leads.
    expect(leads(s, { source: "乙" })).toEqual([2, 5]);
  });

  it("lets a markedly more complete later report lead", () => {
    const s = snap([
      { articleId: 1, storyId: 1, bodyChars: 200 },
      { articleId: 2, storyId: 1, bodyChars: 1000 },
      { articleId: 4, storyId: 1, bodyChars: 700 },
    ]);
    expect(leads(s)).toEqual([7, 3, 2, 6, 5]);
  });
});
