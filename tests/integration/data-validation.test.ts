/** The zod edges of the reading app: query strings and route params, good and hostile. */
import { describe, expect, it } from "vitest";
import { encodeCursor, parseArticleFiltersLenient, parseArticleFiltersStrict } from "@/lib/validation/article-filters";
import { parseArticleId, parseArticleView } from "@/lib/validation/article-page";
import { parseCompanyListStrict, parseCompanyPage, parsePersonListStrict, parsePersonPage } from "@/lib/validation/entity-lists";
import { parseSlugParam } from "@/lib/validation/query";

describe("article filters (API, strict)", () => {
  it("accepts every filter together", () => {
    const r = parseArticleFiltersStrict(
      new URLSearchParams({ company: "baidu", person: "li-kaifu", source: "第一财经", from: "2024-01-01", to: "2024-12-31", script: "traditional", limit: "5", cursor: "1700000000000.12" }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.filters).toMatchObject({ company: ["baidu"], person: ["li-kaifu"], source: "第一财经", from: "2024-01-01", to: "2024-12-31", script: "traditional", limit: 5 });
    expect(r.filters.cursor).toEqual({ publishedAt: new Date(1700000000000), id: 12 });
  });

  it("treats empty values as absent and takes the first of repeated keys", () => {
    const r = parseArticleFiltersStrict(new URLSearchParams("company=&source=a&source=b"));
    expect(r.ok && r.filters.company === undefined && r.filters.source === "a").toBe(true);
  });

  it.each([
    ["from=2024-02-30", "from"],
    ["from=2024-1-1", "from"],
    ["to=yesterday", "to"],
    ["from=2024-05-01&to=2024-01-01", "from"],
    ["script=klingon", "script"],
    ["limit=0", "limit"],
    ["limit=101", "limit"],
    ["limit=abc", "limit"],
    ["limit=1.5", "limit"],
    ["cursor=zzz", "cursor"],
    ["cursor=1.2.3", "cursor"],
    ["company=../../etc", "company"],
    ["company=a%20b", "company"],
    ["person=%22%3E%3Cscript%3E", "person"],
    [`source=${"x".repeat(201)}`, "source"],
    ["foo=1", "foo"],
  ])("rejects %s", (qs, field) => {
    const r = parseArticleFiltersStrict(new URLSearchParams(qs));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.param)).toContain(field);
  });

  it("round-trips cursors, including undated rows", () => {
    for (const c of [{ publishedAt: new Date("2024-01-02T03:04:05.678Z"), id: 42 }, { publishedAt: null, id: 7 }]) {
      const r = parseArticleFiltersStrict(new URLSearchParams({ cursor: encodeCursor(c) }));
      expect(r.ok && r.filters.cursor).toEqual(c);
    }
  });
});

describe("article filters (pages, lenient)", () => {
  it("keeps the good values and names the bad ones", () => {
    const r = parseArticleFiltersLenient({ company: "baidu", from: "nope", script: ["simplified", "x"], limit: "9999", junk: "1" });
    expect(r.filters).toMatchObject({ company: ["baidu"], script: "simplified", limit: 20 });
    expect(r.filters.from).toBeUndefined();
    expect(r.ignored.sort()).toEqual(["from", "limit"]);
  });
});

describe("route params", () => {
  it.each(["1", "42", "2147483647"])("article id %s is valid", (id) => expect(parseArticleId(id)).toBe(Number(id)));
  it.each(["0", "-1", "01", "1.5", "1e3", "abc", "", " 1", "2147483648", "99999999999", "中"])("article id %j is not", (id) =>
    expect(parseArticleId(id)).toBeNull(),
  );
  it("reads the script view, defaulting to the original", () => {
    expect(parseArticleView({ script: "simplified" })).toEqual({ script: "simplified" });
    expect(parseArticleView({ script: "<b>" })).toEqual({ script: "original" });
    expect(parseArticleView({})).toEqual({ script: "original" });
  });
  it("accepts slugs in any script, encoded or not, and refuses the rest", () => {
    expect(parseSlugParam("li-kaifu")).toBe("li-kaifu");
    expect(parseSlugParam("%E7%99%BE%E5%BA%A6")).toBe("百度");
    expect(parseSlugParam("百度")).toBe("百度");
    for (const bad of ["%E0%A4%A", "a%2Fb", "..", "-x", "a b", "a'b", "x".repeat(121), ""]) expect(parseSlugParam(bad), bad).toBeNull();
  });
});

describe("entity lists", () => {
  it("validates kind, limit and offset strictly for the API", () => {
    expect(parseCompanyListStrict(new URLSearchParams("kind=lab&limit=5&offset=10"))).toEqual({ ok: true, query: { kind: "lab", limit: 5, offset: 10 } });
    for (const qs of ["kind=bank", "limit=0", "limit=501", "offset=-1", "offset=x", "q=1"]) expect(parseCompanyListStrict(new URLSearchParams(qs)).ok, qs).toBe(false);
    expect(parsePersonListStrict(new URLSearchParams("kind=lab")).ok).toBe(false);
  });
  it("shows every kind on the page when the kind is unknown, and names what it ignored", () => {
    expect(parseCompanyPage({ kind: "bank" })).toEqual({ query: { limit: 50, page: 1, sort: "articles" }, ignored: ["kind"] });
  });
  it("reads the page number as digits from 1 and ignores anything else, keeping the other fields", () => {
    expect(parseCompanyPage({ page: "3", kind: "lab" })).toEqual({ query: { page: 3, kind: "lab", limit: 50, sort: "articles" }, ignored: [] });
    for (const page of ["0", "-1", "abc", "1e3", "2.5", "0x10", " ", "9999999", "1".repeat(400)]) {
      const { query, ignored } = parsePersonPage({ page, q: "li" });
      expect(query, page).toEqual({ page: 1, q: "li", limit: 50, sort: "articles" });
      expect(ignored, page).toEqual(page.trim() === "" ? [] : ["page"]);
    }
    // The API's paging parameters are not the pages': dropped silently like any unknown one.
    expect(parseCompanyPage({ cursor: "3.4", offset: "10" })).toEqual({ query: { page: 1, limit: 50, sort: "articles" }, ignored: [] });
    expect(parseCompanyPage({ limit: "101" }).ignored).toEqual(["limit"]);
  });
  it("reads the pages' search and order field by field", () => {
    expect(parseCompanyPage({ q: "  百度 ", sort: "name", kind: "lab" }).query).toEqual({ q: "百度", sort: "name", kind: "lab", limit: 50, page: 1 });
    // A bad order keeps the search; an empty search is no search; an overlong one is ignored.
    expect(parsePersonPage({ q: "li", sort: "DROP TABLE" })).toEqual({ query: { q: "li", sort: "articles", limit: 50, page: 1 }, ignored: ["sort"] });
    expect(parsePersonPage({ q: "   " }).query.q).toBeUndefined();
    expect(parsePersonPage({ q: "x".repeat(51), sort: ["recent", "name"] })).toEqual({ query: { sort: "recent", limit: 50, page: 1 }, ignored: ["q"] });
  });
});
