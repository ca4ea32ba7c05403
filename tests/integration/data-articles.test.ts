/** Article read queries on a real migrated SQLite file: every filter, keyset paging, facets, the reading view, related articles. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleFacets } from "@/lib/data/articles/article-facets";
import { getArticle } from "@/lib/data/articles/get-article";
import { listArticles } from "@/lib/data/articles/list-articles";
import { loadArticleList } from "@/lib/data/articles/load-article-list";
import { relatedArticles } from "@/lib/data/articles/related-articles";
import { mentionMonths } from "@/lib/data/articles/mention-months";
import { ArticleFiltersSchema } from "@/lib/validation/article-filters";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { fillFixture, type Fixture } from "./data-fixture";

let t: TempDb;
let f: Fixture;

beforeAll(async () => {
  t = await createTempDb("llmnews-data-articles-");
  f = await fillFixture(t.db);
});
afterAll(async () => {
  await t.cleanup();
});

const filters = (raw: Record<string, unknown>) => ArticleFiltersSchema.parse(raw);
const titles = async (raw: Record<string, unknown>) => (await listArticles(filters({ limit: 100, ...raw }), t.db)).items.map((a) => a.title);

describe("listArticles", () => {
  it("lists live articles newest first, undated last, missing ones left out", async () => {
    const page = await listArticles(filters({ limit: 100 }), t.db);
    expect(page.total).toBe(22);
    expect(page.items).toHaveLength(22);
    expect(page.nextCursor).toBeNull();
    expect(page.items[0]!.title).toBe("列损坏的文章");
    expect(page.items.map((a) => a.title)).not.toContain("已消失的文章");
    expect(page.items.slice(-2).map((a) => a.publishedAt)).toEqual([null, null]);
    const dated = page.items.filter((a) => a.publishedAt).map((a) => a.publishedAt!.getTime());
    expect([...dated].sort((a, b) => b - a)).toEqual(dated);
  });

  it("pages by keyset through ties and undated rows without losing or repeating a row", async () => {
    for (const limit of [1, 3, 4, 7]) {
      const seen: number[] = [];
      let cursor: string | null = null;
      for (let guard = 0; guard < 50; guard++) {
        const page = await listArticles(filters({ limit, ...(cursor ? { cursor } : {}) }), t.db);
        seen.push(...page.items.map((a) => a.id));
        expect(page.total).toBe(22);
        cursor = page.nextCursor;
        if (!cursor) break;
      }
      expect(new Set(seen).size).toBe(22);
      expect(seen).toHaveLength(22);
      const all = (await listArticles(filters({ limit: 100 }), t.db)).items.map((a) => a.id);
      expect(seen).toEqual(all);
    }
    // The two same-instant articles come newest id first.
    const tie = (await titles({})).filter((x) => x.startsWith("同一时刻"));
    expect(tie).toEqual(["同一时刻二", "同一时刻一"]);
  });

  it("filters by company (slug), including passing mentions", async () => {
    const r = await listArticles(filters({ company: "baidu", limit: 100 }), t.db);
    expect(r.total).toBe(15); // 12 ordinary + 3 near-duplicates; the missing one is left out
    expect((await titles({ company: "tencent" }))).toEqual(["騰訊發布混元大模型"]);
    expect((await listArticles(filters({ company: "no-such" }), t.db)).total).toBe(0);
  });

  it("filters by person", async () => {
    expect(await titles({ person: "robin-li" })).toEqual(["普通文章2", "普通文章1", "普通文章0"]);
    expect(await titles({ person: "zhang-peng" })).toEqual(["跨日边界", "普通文章1"]);
  });

  it("filters by source, exactly", async () => {
    expect((await listArticles(filters({ source: "第一财经", limit: 100 }), t.db)).total).toBe(7);
    expect((await listArticles(filters({ source: "第一", limit: 100 }), t.db)).total).toBe(0);
  });

  it("filters by script", async () => {
    expect(await titles({ script: "traditional" })).toEqual(["百度發布文心大模型4.0", "騰訊發布混元大模型"]);
    expect((await listArticles(filters({ script: "simplified", limit: 100 }), t.db)).total).toBe(20);
  });

  it("filters by date range in Asia/Shanghai days, both ends inclusive", async () => {
    expect(await titles({ from: "2024-06-01", to: "2024-06-01" })).toEqual(["跨日边界"]);
    expect(await titles({ to: "2023-11-30" })).toEqual(["普通文章6", "普通文章0"]);
    expect(await titles({ from: "2024-06-04" })).toEqual(["列损坏的文章", "百度發布文心大模型4.0", "百度发布文心大模型4.0(转载)", "百度发布文心大模型4.0"]);
    // Undated articles are outside every range.
    expect(await titles({ from: "1900-01-01" })).not.toContain("没有日期一");
  });

  it("combines filters", async () => {
    expect(await titles({ company: "baidu", person: "robin-li", source: "第一财经" })).toEqual(["普通文章0"]);
    expect(await titles({ company: "baidu", from: "2024-04-01", to: "2024-04-30" })).toEqual(["普通文章11", "普通文章5"]);
    expect(await titles({ company: "tencent", script: "simplified" })).toEqual([]);
  });

  it("shows the top entities of each row, the article's subjects first", async () => {
    const [row] = (await listArticles(filters({ person: "robin-li", source: "第一财经" }), t.db)).items;
    expect(row!.companies.map((c) => [c.slug, c.about])).toEqual([["baidu", true], ["zhipu", false]]);
    expect(row!.people).toEqual([{ slug: "robin-li", name: "李彦宏", about: true }]);
  });
});

describe("articleFacets", () => {
  it("counts each choice under the other filters", async () => {
    const facets = await articleFacets({ company: "baidu", source: "第一财经" }, t.db);
    // Sources ignore the source filter but keep the company filter.
    expect(facets.sources).toEqual(
      expect.arrayContaining([
        { value: "第一财经", label: "第一财经", count: 5 },
        { value: "每日经济新闻", label: "每日经济新闻", count: 4 },
      ]),
    );
    // Companies ignore the company filter but keep the source filter.
    expect(facets.companies.find((c) => c.value === "baidu")?.count).toBe(5);
    expect(facets.companies.find((c) => c.value === "zhipu")?.count).toBe(4);
    expect(facets.people).toEqual([{ value: "robin-li", label: "李彦宏", count: 1 }]);
    expect(facets.scripts).toEqual([{ value: "simplified", label: "简体", count: 5 }]);
  });
});

describe("loadArticleList (what the pages get)", () => {
  it("drops bad query values, says which, and still lists", async () => {
    const data = await loadArticleList({ from: "2024-02-30", script: "klingon", cursor: "zzz", company: "baidu" }, t.db);
    expect(data.ignored.sort()).toEqual(["cursor", "from", "script"]);
    expect(data.page.total).toBe(15);
    expect(data.labels).toEqual({ company: { baidu: "百度" }, person: {} });
  });
  it("drops a range whose start is after its end", async () => {
    const data = await loadArticleList({ from: "2024-05-01", to: "2024-01-01" }, t.db);
    expect(data.ignored).toEqual(expect.arrayContaining(["from", "to"]));
    expect(data.page.total).toBe(22);
  });
});

describe("getArticle", () => {
  it("returns parsed metadata, cleaning record and ranked entities", async () => {
    const a = await getArticle(f.ids.trad!, t.db);
    expect(a).not.toBeNull();
    expect(a!.script).toBe("traditional");
    expect(a!.authors).toEqual(["作者甲"]);
    expect(a!.reporters).toEqual([]); // the column held junk: read as empty, not a crash
    expect(a!.cleaning.removed[0]).toMatchObject({ kind: "navigation", reason: "navigation bar" });
    expect(a!.cleaning.notes).toEqual(["(作者系某研究院院长)"]);
    expect(a!.companies).toEqual([{ id: f.companies.tencent, slug: "tencent", name: "腾讯", about: true, count: 3, forms: ["騰訊", "混元"] }]);
    expect(a!.people.map((p) => p.slug)).toEqual(["li-kaifu"]);
  });

  it("reads a damaged cleaning column as an empty record", async () => {
    const a = await getArticle(f.ids.badjson!, t.db);
    expect(a!.cleaning).toEqual({ removed: [], repairs: [], notes: [], dateEvidence: null, encodingReason: "" });
  });

  it("lists near-duplicates from both sides", async () => {
    const original = await getArticle(f.ids.dupA!, t.db);
    expect(original!.nearDuplicates.map((d) => d.id)).toEqual([f.ids.dupB, f.ids.dupC]);
    const copy = await getArticle(f.ids.dupB!, t.db);
    expect(copy!.nearDuplicates.map((d) => d.id)).toEqual([f.ids.dupA, f.ids.dupC]);
  });

  it("keeps a missing article readable and says so; unknown ids are null", async () => {
    expect((await getArticle(f.ids.gone!, t.db))!.missing).toBe(true);
    expect(await getArticle(999_999, t.db)).toBeNull();
  });
});

describe("relatedArticles", () => {
  it("ranks by shared entities, leaving out itself, its near-duplicates and missing articles", async () => {
    const a = (await getArticle(f.ids.a0!, t.db))!;
    const related = await relatedArticles(a, 5, t.db);
    expect(related).toHaveLength(5);
    const ids = related.map((r) => r.id);
    expect(ids).not.toContain(f.ids.a0);
    expect(ids).not.toContain(f.ids.gone);
    // a2 shares Baidu (subject on both sides), Zhipu and 李彦宏: the best match.
    expect(related[0]!.id).toBe(f.ids.a2);
    expect(related[0]!.shared.sort()).toEqual(["智谱", "李彦宏", "百度"].sort());

    const dup = (await getArticle(f.ids.dupA!, t.db))!;
    const dupRelated = (await relatedArticles(dup, 50, t.db)).map((r) => r.id);
    expect(dupRelated).not.toContain(f.ids.dupB);
    expect(dupRelated).not.toContain(f.ids.dupC);
  });
  it("is empty for an article without entities", async () => {
    const a = (await getArticle(f.ids.undated1!, t.db))!;
    expect(await relatedArticles(a, 5, t.db)).toEqual([]);
  });
});

describe("mentionMonths", () => {
  it("counts by Shanghai month with empty months filled in", async () => {
    const months = await mentionMonths("company", f.companies.zhipu!, t.db);
    expect(months.map((m) => m.month)).toEqual(["2023-11", "2023-12", "2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"]);
    expect(months.map((m) => m.count)).toEqual([2, 2, 2, 2, 2, 2, 0, 1]);
  });
});
