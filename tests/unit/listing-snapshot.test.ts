/**
 * The listing snapshot's pure parts on hand-built rows: list order (undated last), the cursor
 * through the undated tail, date ranges, an entity's about-first page, and related articles
 * (weights, exclusions, and candidates taken by publication date, not by id).
 */
import { describe, expect, it } from "vitest";
import { buildSnapshot, topMentions, type ArticleRowIn, type MentionRowIn } from "@/lib/data/listing-index/snapshot";
import { matchRanks, rankAfter } from "@/lib/data/listing-index/match";
import { entityMonths, entityPage, tallyMonths } from "@/lib/data/listing-index/tally";
import { relatedRanks } from "@/lib/data/listing-index/related-ranks";

const day = (d: number) => `2024-01-${String(d).padStart(2, "0")}T02:00:00.000+00:00`;
const article = (id: number, d: number | null, source = "甲报"): ArticleRowIn => ({
  id, publishedAt: d === null ? null : day(d), publishedLocal: d === null ? null : day(d).replace("+00:00", "+08:00"), source, script: "simplified",
});
const company = (id: number, slug: string) => ({ id, slug, name: slug.toUpperCase(), status: "gazetteer" });

function snap(articles: ArticleRowIn[], companyMentions: MentionRowIn[] = []) {
  return buildSnapshot({
    generation: 1n, articles, companyMentions, personMentions: [],
    companies: [company(1, "a"), company(2, "b"), company(3, "c"), company(4, "d")], people: [],
  });
}

describe("listing snapshot", () => {
  it("orders newest first, undated last by id desc, and pages through the undated tail", () => {
    const s = snap([article(1, 3), article(2, null), article(3, 5), article(4, null), article(5, 3)]);
    expect(Array.from(matchRanks(s, {}), (r) => s.id[r])).toEqual([3, 5, 1, 4, 2]);
    expect(rankAfter(s, { publishedAt: null, id: 4 })).toBe(4);
    expect(rankAfter(s, { publishedAt: new Date(day(3)), id: 5 })).toBe(2);
    expect(Array.from(matchRanks(s, { from: "2024-01-03", to: "2024-01-03" }), (r) => s.id[r])).toEqual([5, 1]);
  });

  it("keeps each article's mentions as a row shows them: about first, then most named; ranks by id", () => {
    const s = snap([article(7, 1), article(9, 2)], [
      { articleId: 7, entityId: 1, about: 0, count: 2 },
      { articleId: 7, entityId: 2, about: 0, count: 9 },
      { articleId: 7, entityId: 3, about: 1, count: 1 },
      { articleId: 7, entityId: 4, about: 0, count: 5 },
      { articleId: 9, entityId: 1, about: 1, count: 3 },
    ]);
    expect(s.rankOfId[9]).toBe(0);
    expect(s.rankOfId[7]).toBe(1);
    expect(s.rankOfId[8]).toBe(-1);
    expect(topMentions(s.companies, 1, 3)).toEqual([
      { slug: "c", name: "C", about: true },
      { slug: "b", name: "B", about: false },
      { slug: "d", name: "D", about: false },
    ]);
    expect(topMentions(s.companies, 0, 3)).toEqual([{ slug: "a", name: "A", about: true }]);
    // Sorting the slices leaves the postings intact.
    expect(Array.from(matchRanks(s, { company: "a" }), (r) => s.id[r])).toEqual([9, 7]);
  });

  it("counts each entity's months when the snapshot is built, as a tally of its postings does", () => {
    const month = (id: number, m: string | null): ArticleRowIn => ({ id, publishedAt: m && `${m}-10T02:00:00.000+00:00`, publishedLocal: m && `${m}-10T10:00:00+08:00`, source: null, script: "simplified" });
    const s = snap(
      [month(1, "2024-03"), month(2, "2023-11"), month(3, "2024-03"), month(4, null), month(5, "2024-01"), month(6, "2023-11")],
      [1, 2, 3, 4, 5].map((articleId) => ({ articleId, entityId: 1, about: 0 })).concat([{ articleId: 6, entityId: 2, about: 1 }]),
    );
    expect(entityMonths(s, s.companies, 1)).toEqual([{ value: "2023-11", count: 1 }, { value: "2024-01", count: 1 }, { value: "2024-03", count: 2 }]);
    for (const e of [1, 2, 3]) expect(entityMonths(s, s.companies, e)).toEqual(tallyMonths(s, s.companies.postings.get(e) ?? new Int32Array(0)));
  });

  it("pages an entity's articles about it first, each group newest first, and counts them", () => {
    const s = snap(
      [article(1, 1), article(2, 2), article(3, 3), article(4, 4)],
      [{ articleId: 1, entityId: 1, about: 1 }, { articleId: 2, entityId: 1, about: 0 }, { articleId: 3, entityId: 1, about: 1 }, { articleId: 4, entityId: 1, about: 0 }],
    );
    const { aboutCount, page } = entityPage(s.companies, 1, 3);
    expect(aboutCount).toBe(2);
    expect(page.map((p) => [s.id[p.rank], p.about])).toEqual([[3, true], [1, true], [4, false]]);
  });

  it("takes each entity's newest 300 articles by publication date as related candidates, whatever their ids", () => {
    // 400 articles mention company a; the highest ids are the oldest.
    const articles = Array.from({ length: 400 }, (_, i) => ({ ...article(1000 - i, null), publishedAt: new Date(Date.UTC(2024, 0, 1) + i * 3600_000).toISOString() }));
    const s = snap(articles, articles.map((a) => ({ articleId: a.id, entityId: 1, about: 0 })));
    const related = relatedRanks(s, { companies: [{ id: 1, name: "A", about: false }], people: [] }, new Set(), 400);
    expect(related).toHaveLength(300);
    expect(Math.max(...related.map((r) => r.id))).toBe(1000 - 100);
    expect(related[0]!.id).toBe(1000 - 399);
  });

  it("scores shared entities (about counts double on both sides) and leaves out excluded articles", () => {
    const s = snap(
      [article(1, 1), article(2, 2), article(3, 3), article(4, 4)],
      [
        { articleId: 1, entityId: 1, about: 1 }, { articleId: 1, entityId: 2, about: 0 },
        { articleId: 2, entityId: 1, about: 1 }, { articleId: 2, entityId: 2, about: 0 },
        { articleId: 3, entityId: 1, about: 0 },
        { articleId: 4, entityId: 2, about: 0 },
      ],
    );
    const r = relatedRanks(s, { companies: [{ id: 1, name: "A", about: true }, { id: 2, name: "B", about: false }], people: [] }, new Set([1]), 5);
    expect(r.map((x) => [x.id, x.score, x.shared])).toEqual([[2, 4, ["A", "B"]], [3, 2, ["A"]], [4, 1, ["B"]]]);
  });
});
