/** bench:web's warm-up must share no cached result with the measured requests, or first visits would be measured as cache hits. */
import { describe, expect, it } from "vitest";
import { requestLists, warmUpLists, QUERIES, WARM_QUERIES } from "@/lib/bench/request-lists";
import { parseQuery } from "@/lib/search/parse-query";

/** Every phrase a query searches for (each one's document frequency is cached by its tokens). */
function phrases(q: string): string[] {
  const p = parseQuery(q);
  return [...p.clauses.flat(), ...p.excluded, ...p.sources, ...p.excludedSources].map((t) => t.tokens.join(" "));
}

describe("bench request lists", () => {
  const measured = requestLists(400, 100_000);
  const warm = warmUpLists(600, 100_000, measured);

  it("are the same every run, with the search page drawn from the measured searches", () => {
    expect(requestLists(400, 100_000)).toEqual(measured);
    expect(measured.searchPage).toHaveLength(100);
    for (const p of measured.searchPage) expect(measured.search).toContain(p.replace("/search?", "/api/search?"));
  });

  it("warm up with other lists, other articles and person profiles, never a measured request", () => {
    const taken = new Set([...measured.search, ...measured.searchPage, ...measured.list, ...measured.article, ...measured.company, ...measured.floorPage]);
    for (const kind of ["search", "searchPage", "list", "article", "company", "floorPage"] as const) {
      expect(warm[kind]).toHaveLength(600);
      for (const p of warm[kind]) expect(taken.has(p)).toBe(false);
    }
    expect(warm.company.every((p) => p.startsWith("/people/"))).toBe(true);
  });

  it("measure the empty-page floor with a fresh unknown company each time, so nothing is served from a cache", () => {
    expect(new Set(measured.floorPage).size).toBe(measured.floorPage.length);
    expect(measured.floorPage.every((p) => new URL(p, "http://x").searchParams.get("company")?.startsWith("no-such-company-"))).toBe(true);
  });

  it("warm-up searches share no phrase with the measured ones", () => {
    const measuredPhrases = new Set(QUERIES.flatMap(phrases));
    const shared = WARM_QUERIES.flatMap(phrases).filter((p) => measuredPhrases.has(p));
    expect(shared).toEqual([]);
  });
});
