/**
 * Trends over a hand-built listing snapshot: the week ends today when the last seven days have
 * articles, else at the newest article (and says so); rising entities come first; a month is
 * compared with the three months before it; counts are the articles a list of that entity and
 * period would show.
 */
import { describe, expect, it } from "vitest";
import { buildSnapshot, type ArticleRowIn, type MentionRowIn } from "@/lib/data/listing-index/snapshot";
import { matchRanks } from "@/lib/data/listing-index/match";
import { computeTrends } from "@/lib/data/trends/trends";

const at = (day: string): ArticleRowIn & { day: string } => ({ id: 0, day, publishedAt: `${day}T02:00:00.000+00:00`, publishedLocal: `${day}T10:00:00+08:00`, source: "甲报", script: "simplified" });
const company = (id: number, slug: string) => ({ id, slug, name: slug, status: "gazetteer" });

/** Articles on days, each naming the listed companies. */
function snap(rows: [string, number[]][]) {
  const articles = rows.map(([day], i) => ({ ...at(day), id: i + 1 }));
  const mentions: MentionRowIn[] = rows.flatMap(([, cs], i) => cs.map((c) => ({ articleId: i + 1, entityId: c, about: 1 })));
  return buildSnapshot({ generation: 1n, articles, companyMentions: mentions, personMentions: [], companies: [company(1, "a"), company(2, "b"), company(3, "c")], people: [] });
}

const rows: [string, number[]][] = [
  // The week of 2024-03-14..20: b four times, a once, c twice.
  ["2024-03-20", [2]], ["2024-03-19", [2, 1]], ["2024-03-18", [2]], ["2024-03-15", [2, 3]], ["2024-03-14", [3]],
  // The four weeks before (2024-02-15..03-13): a eight times, c twice, b never.
  ["2024-03-10", [1]], ["2024-03-05", [1]], ["2024-03-01", [1, 3]], ["2024-02-28", [1]], ["2024-02-25", [1]], ["2024-02-20", [1, 3]], ["2024-02-18", [1]], ["2024-02-16", [1]],
  // Older.
  ["2024-01-05", [3]], ["2023-12-20", [3]],
];

describe("computeTrends", () => {
  it("anchors the week at the newest article when the last seven days have none, rising first", () => {
    const s = snap(rows);
    const t = computeTrends(s, undefined, Date.parse("2026-12-04T08:00:00Z"));
    expect(t.anchoredAt).toBe("newest");
    expect(t.today).toBe("2026-12-04");
    expect(t.period).toEqual({ from: "2024-03-14", to: "2024-03-20" });
    expect(t.previous).toEqual({ from: "2024-02-15", to: "2024-03-13" });
    expect(t.articles).toBe(5);
    // b: 4 now, 0 before (+4); c: 2 now, 0.5 a week before (+1.5); a: 1 now, 2 a week before (−1).
    expect(t.companies.map((e) => [e.slug, e.count, e.before, e.change])).toEqual([
      ["b", 4, 0, 4],
      ["c", 2, 0.5, 1.5],
      ["a", 1, 2, -1],
    ]);
    // Each count is what the list of that company in that period holds.
    expect(matchRanks(s, { company: "b", ...t.period }).length).toBe(t.companies[0]!.count);
    expect(t.months.map((m) => m.month)).toEqual(["2023-12", "2024-01", "2024-02", "2024-03"]);
  });

  it("ends the week today when today's week has articles", () => {
    const t = computeTrends(snap(rows), undefined, Date.parse("2024-03-21T01:00:00Z"));
    expect(t.anchoredAt).toBe("today");
    expect(t.period).toEqual({ from: "2024-03-15", to: "2024-03-21" });
    expect(t.articles).toBe(4);
  });

  it("compares a chosen month with the three before it", () => {
    const t = computeTrends(snap(rows), "2024-02", Date.parse("2026-12-04T08:00:00Z"));
    expect(t.kind).toBe("month");
    expect(t.period).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(t.previous).toEqual({ from: "2023-11-01", to: "2024-01-31" });
    expect(t.companies.map((e) => [e.slug, e.count, e.before])).toEqual([
      ["a", 5, 0],
      ["c", 1, 0.7],
    ]);
  });
});
