/**
 * Several companies and people at once, and the trends page (issue 19), on the seeded database:
 * each facet count is the total of the list that choice leads to; all of / any of is a switch
 * kept in the shareable URL, and the API takes the same query; the trends page says which week
 * it shows, each of its counts is the list it links to, and the month chart filters by month.
 */
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

async function apiTotal(request: APIRequestContext, query: string): Promise<number> {
  const res = await request.get(`/api/articles?${query}`);
  expect(res.status(), query).toBe(200);
  return ((await res.json()) as { total: number }).total;
}

const countOf = async (page: Page) => Number(/共 (\d+) 篇/.exec((await page.getByTestId("result-count").textContent()) ?? "")?.[1]);

test("pick two companies and a person: all of, then any of, with counts that match the list and the API", async ({ page, request }) => {
  await page.goto("/articles");
  const facets = page.getByTestId("facet-company");
  expect(await facets.count()).toBeGreaterThan(2);

  // First company: the count beside it is the list it leads to.
  const first = facets.first();
  const firstCount = Number(await first.locator(".facet-count").textContent());
  await first.click();
  await expect(page).toHaveURL(/[?&]company=/);
  expect(await countOf(page)).toBe(firstCount);

  // A second company, added (not replacing): again the count beside it is the list after the click.
  const second = page.getByTestId("facet-company").and(page.locator(":not([aria-current])")).first();
  const secondCount = Number(await second.locator(".facet-count").textContent());
  await second.click();
  await expect(page.getByTestId("active-filter-company")).toHaveCount(2);
  expect(await countOf(page)).toBe(secondCount);
  const allUrl = new URL(page.url());
  expect(allUrl.searchParams.getAll("company")).toHaveLength(2);
  expect(await apiTotal(request, allUrl.searchParams.toString())).toBe(secondCount);

  // Any of: at least as many, and the API agrees with the page.
  await expect(page.getByTestId("match-switch")).toBeVisible();
  await page.getByTestId("match-any").click();
  await expect(page).toHaveURL(/[?&]match=any/);
  const anyCount = await countOf(page);
  expect(anyCount).toBeGreaterThanOrEqual(secondCount);
  expect(anyCount).toBeGreaterThanOrEqual(firstCount);
  const anyUrl = new URL(page.url());
  expect(await apiTotal(request, anyUrl.searchParams.toString())).toBe(anyCount);
  await expect(page.getByTestId("article-row")).toHaveCount(Math.min(anyCount, 20));

  // Add a person under "any of": the count beside them is the list after the click.
  const person = page.getByTestId("facet-person").and(page.locator(":not([aria-current])")).first();
  if ((await person.count()) > 0) {
    const personCount = Number(await person.locator(".facet-count").textContent());
    await person.click();
    await expect(page.getByTestId("active-filter-person")).toHaveCount(1);
    expect(await countOf(page)).toBe(personCount);
    expect(await apiTotal(request, new URL(page.url()).searchParams.toString())).toBe(personCount);
  }

  // The URL is the whole state: opened afresh, it shows the same list.
  const shared = page.url();
  const shown = await countOf(page);
  const fresh = await page.context().newPage();
  await fresh.goto(shared);
  expect(await countOf(fresh)).toBe(shown);
  await expect(fresh.getByTestId("match-any")).toHaveAttribute("aria-current", "true");
  await fresh.close();

  // Removing one company keeps the other picks.
  await page.getByTestId("active-filter-company").first().click();
  await expect(page.getByTestId("active-filter-company")).toHaveCount(1);
});

test("the API validates repeated and bad picks with the same rules", async ({ request }) => {
  const bad = await request.get("/api/articles?company=baidu&company=..%2Fetc");
  expect(bad.status()).toBe(400);
  const body = (await bad.json()) as { error: { code: string; issues: { param: string }[] } };
  expect(body.error.issues.map((i) => i.param).join(",")).toContain("company");
  expect((await request.get("/api/articles?match=some")).status()).toBe(400);
  expect((await request.get("/api/articles?group=maybe")).status()).toBe(400);
  const many = Array.from({ length: 11 }, (_, i) => `company=c${i}`).join("&");
  expect((await request.get(`/api/articles?${many}`)).status()).toBe(400);
});

test("trends: rising companies and people of the stated week, each count the list it links to, and months to click", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "趋势" }).click();
  await expect(page).toHaveURL(/\/trends$/);
  await expect(page.getByRole("heading", { level: 1, name: "趋势" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "趋势" })).toHaveAttribute("aria-current", "page");
  const period = page.getByTestId("trends-period");
  await expect(period).toContainText("本周（");
  // The seeds are older than a week: the page says the week ends at the newest article, and what today is.
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  await expect(page.getByTestId("trends-anchor")).toContainText(`今天是 ${today}`);

  const rows = page.getByTestId("trends-company").getByTestId("trend-row");
  expect(await rows.count()).toBeGreaterThan(0);
  const count = Number(/(\d+)/.exec((await rows.first().getByTestId("trend-count").textContent()) ?? "")?.[1]);
  await rows.first().getByTestId("trend-link").click();
  await expect(page).toHaveURL(/\/articles\?company=.+&from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
  expect(await countOf(page)).toBe(count);

  // A month from the chart: the trends of that month, the bar marked as chosen.
  await page.goto("/trends");
  const bars = page.getByTestId("month-links").getByRole("link");
  const n = await bars.count();
  expect(n).toBeGreaterThan(0);
  let chosen = "";
  for (let i = n - 1; i >= 0 && !chosen; i--) {
    const label = (await bars.nth(i).getAttribute("aria-label")) ?? "";
    if (!/：0 篇$/.test(label)) chosen = label.slice(0, 7);
  }
  await page.getByTestId("month-links").getByRole("link", { name: new RegExp(`^${chosen}：`) }).click();
  await expect(page).toHaveURL(new RegExp(`/trends\\?month=${chosen}$`));
  await expect(page.getByTestId("month-links").getByRole("link", { name: new RegExp(`^${chosen}：`) })).toHaveAttribute("aria-current", "true");
  await expect(period).toContainText(`${chosen}（${chosen}-01 至`);
  const monthRows = page.getByTestId("trend-row");
  expect(await monthRows.count()).toBeGreaterThan(0);
  const monthCount = Number(/(\d+)/.exec((await monthRows.first().getByTestId("trend-count").textContent()) ?? "")?.[1]);
  await monthRows.first().getByTestId("trend-link").click();
  expect(await countOf(page)).toBe(monthCount);
  await page.screenshot({ path: "tests/artifacts/trends-month-list.png", fullPage: true });
});
