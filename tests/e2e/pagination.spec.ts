/**
 * Issue 17's page weight: /companies and /people show one numbered page at a time. Page 2 holds
 * the rows after page 1's, a page past the last is a 404, a bad page number is ignored with a
 * notice, and the kind, search and order survive paging. The seeds have fewer companies than a
 * page holds, so the tests ask for small pages with ?limit=.
 */
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import * as cheerio from "cheerio";

const names = async (page: Page, rowId: string) => (await page.getByTestId(rowId).locator("td:first-child a").allTextContents()).map((s) => s.trim());

/**
 * Every row of a list, page after page, by following its "next" links from `start`. Over HTTP
 * and cheerio rather than the browser: a walk loads dozens of pages.
 */
async function walk(request: APIRequestContext, start: string, rowId: string): Promise<{ rows: string[]; pages: number }> {
  const rows: string[] = [];
  let pages = 0;
  let url: string | undefined = start;
  while (url) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    const $ = cheerio.load(await res.text());
    rows.push(...$(`[data-testid=${rowId}] td:first-child a`).map((_, a) => $(a).text().trim()).get());
    pages++;
    expect(pages, "the next links end").toBeLessThan(100);
    url = $("[data-testid=pager-next]").attr("href");
  }
  return { rows, pages };
}

test("page 2 of the companies shows the rows after page 1's, in the API's order", async ({ page, request }) => {
  const api = (await (await request.get("/api/companies?limit=500")).json()) as { total: number; items: { name: string }[] };
  expect(api.total, "the seeds name enough companies to page").toBeGreaterThan(6);
  const all = api.items.map((c) => c.name);

  await page.goto("/companies?limit=3");
  expect(await names(page, "company-row")).toEqual(all.slice(0, 3));
  await expect(page.getByTestId("pager-status")).toHaveText(`第 1 页，共 ${Math.ceil(api.total / 3)} 页`);
  await expect(page.getByTestId("pager-prev")).toHaveCount(0);
  await expect(page.getByTestId("list-summary")).toContainText(`共 ${api.total} 家`);
  await expect(page.getByTestId("list-summary")).toContainText("本页为第 1–3 家");

  await page.getByTestId("pager-next").click();
  await expect(page).toHaveURL(/\/companies\?limit=3&page=2$/);
  await expect(page.getByTestId("pager-status")).toHaveText(`第 2 页，共 ${Math.ceil(api.total / 3)} 页`);
  expect(await names(page, "company-row")).toEqual(all.slice(3, 6));
  await expect(page.getByTestId("list-summary")).toContainText("本页为第 4–6 家");
  await expect(page.getByTestId("pager-next")).toHaveAttribute("rel", "next");
  await expect(page.getByTestId("pager-prev")).toHaveAttribute("rel", "prev");
  await expect(page).toHaveTitle(/第 2 页/);
  // Rows 4–6 stand on page 1 of the default 50-row pages: that is the address to keep.
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute("href", "/companies");

  await page.getByTestId("pager-prev").click();
  await expect(page).toHaveURL(/\/companies\?limit=3$/);
  expect(await names(page, "company-row")).toEqual(all.slice(0, 3));

  // Walking every page gives every company once, in order.
  const walked = await walk(request, "/companies?limit=4", "company-row");
  expect(walked.rows).toEqual(all);
  expect(walked.pages).toBe(Math.ceil(api.total / 4));
});

test("a page past the last is a 404; a page number that is not one is ignored with a notice", async ({ page, request }) => {
  const total = ((await (await request.get("/api/people?limit=1")).json()) as { total: number }).total;
  const pages = Math.ceil(total / 2);
  const last = await page.goto(`/people?limit=2&page=${pages}`);
  expect(last?.status()).toBe(200);
  await expect(page.getByTestId("person-row")).toHaveCount(total - 2 * (pages - 1));
  await expect(page.getByTestId("pager-next")).toHaveCount(0);

  for (const path of [`/people?limit=2&page=${pages + 1}`, "/people?page=999999", "/companies?page=2&kind=association&q=zzzzqqqq"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
  }
  for (const bad of ["0", "-3", "abc", "2.5", "1e2", "99999999999999999999", "<b>2</b>"]) {
    const res = await page.goto(`/people?limit=2&page=${encodeURIComponent(bad)}`);
    expect(res?.status(), bad).toBe(200);
    await expect(page.getByRole("status").filter({ hasText: "已忽略" }), bad).toContainText("page");
    await expect(page.getByTestId("pager-status"), bad).toHaveText(`第 1 页，共 ${pages} 页`);
    expect(await page.locator("main b").count(), bad).toBe(0);
  }
});

test("the kind, the search and the order survive paging; a new search starts at page 1", async ({ page, request }) => {
  for (const [base, rowId, view] of [
    ["/companies", "company-row", "kind=company&sort=name"],
    ["/companies", "company-row", "sort=recent"],
    ["/people", "person-row", "q=li&sort=name"],
  ] as const) {
    // The whole list on one page (the seeds hold fewer than 100 of each), to compare the walk with.
    await page.goto(`${base}?${view}&limit=100`);
    await expect(page.getByTestId("pager")).toHaveCount(0);
    const onePage = await names(page, rowId);
    expect(onePage.length, view).toBeGreaterThan(1);
    const walked = await walk(request, `${base}?${view}&limit=2`, rowId);
    expect(walked.rows, view).toEqual(onePage);
    expect(walked.pages, view).toBe(Math.ceil(onePage.length / 2));
  }

  await page.goto("/companies?kind=company&sort=name&limit=2&page=2");
  const next = await page.getByTestId("pager-next").getAttribute("href");
  expect(new URLSearchParams(next!.split("?")[1])).toEqual(new URLSearchParams("kind=company&sort=name&limit=2&page=3"));
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute("href", "/companies?kind=company&sort=name");
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  await page.getByTestId("entity-sort").selectOption("articles");
  await page.getByRole("button", { name: "查找" }).click();
  await expect(page).toHaveURL(/\/companies\?kind=company&limit=2&q=&sort=articles$|\/companies\?kind=company&limit=2&sort=articles$/);
  await expect(page.getByTestId("pager-status")).toHaveText(/^第 1 页/);
});

test("the article list pages by cursor, with a canonical address per page", async ({ page }) => {
  await page.goto("/articles?group=off&limit=2");
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute("href", "/articles?group=off");
  const first = await page.getByTestId("article-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-article-id")));
  expect(first).toHaveLength(2);
  const next = page.getByRole("navigation", { name: "分页" }).getByRole("link", { name: /更早的文章/ });
  const href = (await next.getAttribute("href"))!;
  expect(new URL(href, page.url()).searchParams.get("cursor")).toMatch(/^(n|\d+)\.\d+$/);
  await next.click();
  await expect(page).toHaveURL(/cursor=/);
  const second = await page.getByTestId("article-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-article-id")));
  // The app's own links do not carry a page size: the next page has the default one.
  expect(second.length).toBeGreaterThan(0);
  expect(second.filter((id) => first.includes(id))).toEqual([]);
  const cursor = new URL(page.url()).searchParams.get("cursor")!;
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute("href", `/articles?group=off&cursor=${encodeURIComponent(cursor)}`);

  // Page 3 of 2-row pages starts at the 5th row: on page 1 of the default 20-row pages.
  await page.goto("/articles?group=off&page=3&limit=2");
  await expect(page.getByTestId("article-row")).not.toHaveCount(0);
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute("href", "/articles?group=off");
});
