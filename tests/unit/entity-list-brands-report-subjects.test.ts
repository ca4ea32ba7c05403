/**
 * Issue 15, dev-text misses: brands listed before 等品牌, lists with a joiner inside and on the last
 * item, names that open on a numeral character, and a research body that publishes its report
 * "for the Nth year" after 这是. Names are made up so that only the rules can find them.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const companies = (text: string) => extractEntities({ title: "", paragraphs: [text] }).companies.map((c) => c.name);

describe("、-lists whose tail calls the items brands", () => {
  it("items before 等知名品牌 are organisations", () => {
    expect(companies("榜单上，宁雾、澜青、朔川等知名品牌排名靠前。")).toEqual(expect.arrayContaining(["宁雾", "澜青", "朔川"]));
  });
  it("a joiner inside the list pairs two items and the list goes on (A、B与C、D和E等品牌)", () => {
    expect(companies("宁雾、澜青与朔川、墨汀和岚栖等知名品牌同时上榜。")).toEqual(expect.arrayContaining(["宁雾", "澜青", "朔川", "墨汀", "岚栖"]));
  });
  it("the last item before 等 may be two joined ones (…、D和E等企业)", () => {
    expect(companies("他走访了宁雾科技、澜青、墨汀和岚栖等企业。")).toEqual(expect.arrayContaining(["墨汀", "岚栖"]));
  });
  it("a name may open on a numeral character when no counter follows (九岚禾种业, 五澜液)", () => {
    expect(companies("他走访了宁雾科技、九岚禾种业、五澜液等企业。")).toEqual(expect.arrayContaining(["九岚禾种业", "五澜液"]));
  });
  it("a counted item stays out (三家、两款)", () => {
    const found = companies("其中三家、两款等企业产品未获批。");
    expect(found).not.toContain("三家");
    expect(found).not.toContain("两款");
  });
  it("品牌 as part of a longer word is no tail (等品牌化)", () => {
    expect(companies("宁雾、澜青等品牌化运营。")).toEqual([]);
  });
});

describe("a research body that publishes, after 这是 and a time adverb", () => {
  it("这是X研究院连续第八年发布此报告", () => {
    expect(companies("据介绍，这是岚栖研究院连续第八年发布此报告。")).toContain("岚栖研究院");
  });
  it("X研究院首次发布", () => {
    expect(companies("今年，墨汀研究院首次发布该榜单。")).toContain("墨汀研究院");
  });
  it("这是 never becomes part of the name", () => {
    expect(companies("据介绍，这是岚栖研究院连续第八年发布此报告。").some((n) => n.startsWith("这"))).toBe(false);
  });
});
