/**
 * Issue 19's consistency rules: a reader must never see two answers to one question. Search,
 * filters, entity cards and counts agree; products are searched as themselves; a spun article
 * is listed under the title its page leads with; the article page follows the chosen script;
 * roles appear once; lists sort by pinyin; trends, examples, paging, 404 and breadcrumbs say
 * what is true. Runs against the imported seeds (tests may name them).
 */
import { expect, test, type APIRequestContext } from "@playwright/test";

interface SearchApi {
  companies: { name: string; slug: string; mentions: number; matchedBy: string; via: string | null }[];
  people: { name: string; slug: string; mentions: number; matchedBy: string }[];
  articles: { total: number; items: { id: number; title: { text: string; hit: boolean }[]; titleRestored: boolean }[] };
}

async function search(request: APIRequestContext, q: string): Promise<SearchApi> {
  const res = await request.get(`/api/search?${new URLSearchParams({ q, pageSize: "50" })}`);
  expect(res.status(), q).toBe(200);
  return (await res.json()) as SearchApi;
}

async function listTotal(request: APIRequestContext, query: string): Promise<number> {
  const res = await request.get(`/api/articles?${query}`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { total: number }).total;
}

test("an entity search finds every linked article, by any name, and -name excludes them all", async ({ request }) => {
  const all = await listTotal(request, "");
  const companies = ((await (await request.get("/api/companies?limit=8")).json()) as { items: { slug: string; name: string; articleCount: number }[] }).items;
  expect(companies.length).toBeGreaterThan(3);
  for (const c of companies) {
    const filtered = await listTotal(request, `company=${encodeURIComponent(c.slug)}`);
    expect(filtered, `${c.name}: filter vs list count`).toBe(c.articleCount);
    const found = await search(request, c.name);
    expect(found.articles.total, `search ${c.name} vs the ${c.name} filter`).toBe(filtered);
    const card = found.companies.find((x) => x.slug === c.slug);
    expect(card?.mentions, `${c.name}: card count`).toBe(filtered);
    expect((await search(request, `-${c.name}`)).articles.total, `-${c.name}`).toBe(all - filtered);
  }
  // A person by an English alias word and by the other script.
  for (const [q, slug] of [["Musk", "elon-musk"], ["李開復", "li-kaifu"], ["likaifu", "li-kaifu"]] as const) {
    const filtered = await listTotal(request, `person=${slug}`);
    expect(filtered).toBeGreaterThan(0);
    const found = await search(request, q);
    expect(found.people.map((p) => p.slug), q).toContain(slug);
    expect(found.articles.total, q).toBe(filtered);
  }
});

test("the search page shows the card's count and the article count as one answer", async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent("百度")}`);
  const card = page.getByRole("region", { name: "公司" }).getByRole("link", { name: /百度/ }).first();
  const cardCount = Number(/(\d+) 篇/.exec((await card.textContent()) ?? "")?.[1]);
  await expect(page.getByRole("heading", { name: /文章/ })).toContainText(`${cardCount} 篇`);
  await expect(page.getByRole("region", { name: /文章/ }).getByRole("listitem")).toHaveCount(cardCount);
});

test("a product is searched as itself; its maker is a suggestion, not a substitute", async ({ request, page }) => {
  const openai = await listTotal(request, "company=openai");
  for (const q of ["Sora", "GPT-4"]) {
    const found = await search(request, q);
    const maker = found.companies.find((c) => c.slug === "openai");
    expect(maker, q).toMatchObject({ matchedBy: "product" });
    expect(found.articles.total, `${q} is not every OpenAI article`).toBeLessThan(openai);
  }
  await page.goto("/search?q=Sora");
  await expect(page.locator('[data-matched-by="product"]')).toContainText("Sora 的开发者");
});

test("a spun article is listed everywhere under the title its page leads with, marked restored", async ({ page, request }) => {
  const restored = "自主创新是中国人工智能大模型必经之路";
  const spun = "自主立异是中国家养智能大模子必经之路";
  await page.goto("/");
  const row = page.getByTestId("article-row").filter({ hasText: restored });
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId("title-restored")).toBeVisible();
  await expect(page.getByRole("link", { name: spun, exact: true })).toHaveCount(0);
  await row.getByRole("link", { name: restored, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(restored);
  await expect(page.getByRole("heading", { level: 1 }).getByTestId("title-restored")).toBeVisible();
  await expect(page.getByTestId("page-title")).toContainText(spun);

  const api = (await (await request.get("/api/articles?limit=100")).json()) as { items: { title: string; titleRestored: boolean }[] };
  expect(api.items.find((a) => a.titleRestored)?.title).toBe(restored);
  expect(api.items.map((a) => a.title)).not.toContain(spun);
  const hits = await search(request, "必经之路");
  expect(hits.articles.items.map((a) => a.title.map((s) => s.text).join(""))).toContain(restored);
  await page.goto(`/search?q=${encodeURIComponent("必经之路")}`);
  await expect(page.getByRole("region", { name: /文章/ }).getByTestId("title-restored")).toBeVisible();
  const feed = await (await request.get(`/search/feed.xml?q=${encodeURIComponent("必经之路")}`)).text();
  expect(feed).toContain(`<title>${restored}（已还原）</title>`);
});

test("highlights and the byline follow the chosen script", async ({ page }) => {
  await page.goto("/articles/1");
  const original = await page.getByTestId("article-body").locator("mark").count();
  await expect(page.getByTestId("article-meta")).toContainText("每日經濟新聞");
  await page.getByTestId("script-simplified").click();
  await expect(page).toHaveURL(/script=simplified/);
  const simplified = await page.getByTestId("article-body").locator("mark").count();
  expect(original).toBeGreaterThan(0);
  expect(original).toBe(simplified);
  const meta = page.getByTestId("article-meta");
  await expect(meta).toContainText("每日经济新闻");
  await expect(meta).toContainText("兰素英");
  await expect(meta).not.toContainText("每日經濟新聞");
});

test("one role per meaning, in the reader's script", async ({ page }) => {
  await page.goto("/people/li-kaifu");
  // The seeds give 李开复's title in both scripts; the evidence quotes keep the article's own.
  const roles = (await page.getByTestId("role").allTextContents()).map((r) => r.replace(/\s+/g, " ").trim());
  expect(roles).toContain("创新工场 董事长兼首席执行官");
  expect(roles.filter((r) => r.includes("首席執行官") || r.includes("董事長"))).toEqual([]);
  expect(new Set(roles).size).toBe(roles.length);
});

test("companies and people with the same count are in pinyin order", async ({ page }) => {
  const collator = new Intl.Collator("zh-CN-u-co-pinyin");
  for (const [path, rowId] of [["/companies", "company-row"], ["/people", "person-row"]] as const) {
    await page.goto(path);
    const rows = await page.getByTestId(rowId).evaluateAll((trs) =>
      trs.map((tr) => ({ name: tr.querySelector("a")?.textContent ?? "", count: Number(tr.querySelector("td.entity-count")?.textContent ?? "0") })),
    );
    expect(rows.length).toBeGreaterThan(5);
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1]!, rows[i]!];
      expect(a.count, `${path}: ${a.name} before ${b.name}`).toBeGreaterThanOrEqual(b.count);
      if (a.count === b.count) expect(collator.compare(a.name, b.name), `${path}: ${a.name} before ${b.name}`).toBeLessThanOrEqual(0);
    }
  }
});

test("the home page's company and person filters break ties in pinyin order", async ({ page }) => {
  const collator = new Intl.Collator("zh-CN-u-co-pinyin");
  await page.goto("/");
  for (const id of ["facet-company", "facet-person"]) {
    const rows = await page.getByTestId(id).evaluateAll((links) =>
      links.map((a) => ({ name: a.querySelector("span")?.textContent ?? "", count: Number(a.querySelector(".facet-count")?.textContent ?? "0") })),
    );
    expect(rows.length).toBeGreaterThan(3);
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1]!, rows[i]!];
      expect(a.count, `${id}: ${a.name} before ${b.name}`).toBeGreaterThanOrEqual(b.count);
      if (a.count === b.count) expect(collator.compare(a.name, b.name), `${id}: ${a.name} before ${b.name}`).toBeLessThanOrEqual(0);
    }
  }
});

test("the trend column says which months it shows", async ({ page }) => {
  await page.goto("/companies");
  const heading = page.getByRole("columnheader").last();
  // The seeds end in 2024-11; "近 12 个月" would claim the months up to today.
  await expect(heading).toHaveText("2023-12 至 2024-11 每月提及");
});

test("every suggested search finds something", async ({ page, request }) => {
  await page.goto("/search");
  const placeholder = (await page.getByRole("searchbox", { name: "搜索文章、公司和人物" }).getAttribute("placeholder")) ?? "";
  const suggested = placeholder.replace(/^搜索：/, "").replace(/…$/, "").split("、").filter(Boolean);
  await page.getByText("搜索语法").click();
  const examples = await page.getByTestId("operator-examples").locator("dt code").allTextContents();
  expect(suggested.length).toBeGreaterThanOrEqual(2);
  expect(examples.length).toBeGreaterThanOrEqual(6);
  for (const q of [...suggested, ...examples]) {
    const found = await search(request, q);
    expect(found.articles.total, `"${q}" finds articles`).toBeGreaterThan(0);
  }
});

test("a page past the end says so, the 404 page has its own title, breadcrumbs name the page", async ({ page }) => {
  await page.goto("/articles?page=999");
  await expect(page.getByTestId("past-end")).toContainText("第 999 页超出了范围");
  await expect(page.getByTestId("article-row")).toHaveCount(0);
  await page.goto("/articles?page=1");
  await expect(page.getByTestId("article-row")).toHaveCount(5);

  const res = await page.goto("/no-such-page");
  expect(res?.status()).toBe(404);
  await expect(page).toHaveTitle(/^找不到页面/);

  await page.goto("/companies/baidu");
  const crumb = page.getByTestId("breadcrumb");
  await expect(crumb).toContainText("百度");
  expect((await crumb.textContent()) ?? "").not.toMatch(/公司\s*\/\s*公司/);
});

test("feeds answer a conditional GET with 304 when nothing changed", async ({ request }) => {
  for (const path of ["/companies/openai/feed.xml", "/people/li-kaifu/feed.xml", `/search/feed.xml?q=${encodeURIComponent("百度")}`]) {
    const first = await request.get(path);
    expect(first.status(), path).toBe(200);
    const etag = first.headers()["etag"];
    const modified = first.headers()["last-modified"];
    expect(etag, path).toMatch(/^"[\w-]+"$/);
    expect(modified, path).toBeTruthy();
    expect((await request.get(path, { headers: { "if-none-match": etag! } })).status(), path).toBe(304);
    expect((await request.get(path, { headers: { "if-modified-since": modified! } })).status(), path).toBe(304);
    expect((await request.get(path, { headers: { "if-none-match": '"stale"' } })).status(), path).toBe(200);
  }
});

test("unknown API paths answer JSON 404 in the one error format", async ({ request }) => {
  for (const path of ["/api/nope", "/api/articles/x/y", "/api/search/extra"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(404);
    expect(res.headers()["content-type"], path).toContain("application/json");
    const body = (await res.json()) as { error: { code: string; message: string; issues: { param: string; message: string }[] } };
    expect(body.error.code).toBe("not_found");
    expect(body.error.message).toMatch(/\p{Script=Han}/u);
  }
  const bad = (await (await request.get("/api/articles?limit=0")).json()) as { error: { code: string; issues: { param: string }[] } };
  expect(bad.error.code).toBe("invalid_parameters");
  expect(bad.error.issues[0]!.param).toBe("limit");
});

test("robots.txt, a sitemap, a web manifest and an icon", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Disallow: /admin");
  expect(robots).toContain("Sitemap:");
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.headers()["content-type"]).toContain("xml");
  const xml = await sitemap.text();
  expect(xml.match(/<url>/g)?.length ?? 0).toBeGreaterThanOrEqual(5 + 3);
  expect(xml).toMatch(/<loc>http:\/\/localhost:\d+\/articles\/1<\/loc>/);
  expect(xml).toContain("/companies/baidu</loc>");
  const manifest = (await (await request.get("/manifest.webmanifest")).json()) as { name: string };
  expect(manifest.name).toBe("大模型新闻追踪");
  expect((await request.get("/icon.svg")).status()).toBe(200);
});
