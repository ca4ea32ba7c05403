/** Site chrome on a phone and a desktop: landmarks, navigation, and the header search box. */
import { expect, test, type Page } from "@playwright/test";

/** On a phone the filters are folded under a summary; on a desktop they are always shown. */
async function openFilters(page: Page) {
  const summary = page.getByText("筛选：公司、人物、来源、日期");
  if (await summary.isVisible()) await summary.click();
}

test("header, navigation and search box on every page", async ({ page }, info) => {
  for (const path of ["/", "/articles", "/companies", "/people"]) {
    await page.goto(path);
    await expect(page.getByRole("banner")).toContainText("大模型新闻追踪");
    await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
    await expect(page.getByRole("main")).toBeVisible();
    await expect(page.getByRole("searchbox", { name: "搜索文章、公司和人物" })).toBeVisible();
  }
  await page.goto("/");
  await page.screenshot({ path: `tests/artifacts/home-${info.project.name}.png`, fullPage: true });
  // The page must not scroll sideways on a phone.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  await page.getByRole("searchbox", { name: "搜索文章、公司和人物" }).fill("百度");
  await page.getByRole("searchbox", { name: "搜索文章、公司和人物" }).press("Enter");
  await expect(page).toHaveURL(/\/search\?q=%E7%99%BE%E5%BA%A6$/);
});

test("invalid filters in the URL are ignored with a notice, not an error", async ({ page }) => {
  const res = await page.goto("/?from=2024-13-45&script=klingon&cursor=xyz");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("status")).toContainText("已忽略");
  await expect(page.getByTestId("article-row").first()).toBeVisible();
});

test("a date range and the script filter narrow the list and can be removed", async ({ page }) => {
  await page.goto("/");
  await openFilters(page);
  await page.getByLabel("起始日期").fill("2024-01-01");
  await page.getByRole("button", { name: "应用" }).click();
  await expect(page).toHaveURL(/from=2024-01-01/);
  // Seeds 002 (2024-11-18) and 004 (2024-03-15) are from 2024.
  await expect(page.getByTestId("article-row")).toHaveCount(2);
  await page.getByTestId("active-filter-from").click();
  await expect(page.getByTestId("article-row")).toHaveCount(5);
  await openFilters(page);
  await page.getByTestId("facet-script").filter({ hasText: "繁体" }).click();
  await expect(page).toHaveURL(/script=traditional/);
  await expect(page.getByTestId("article-row")).toHaveCount(1);
  await expect(page.getByTestId("result-count")).toContainText("共 1 篇");
});

test("every response carries the security headers, pages and API alike", async ({ request }) => {
  for (const path of ["/", "/articles/1", "/search?q=%E7%99%BE%E5%BA%A6", "/api/articles", "/admin/login"]) {
    const res = await request.get(path);
    const h = res.headers();
    expect(h["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(h["content-security-policy"], path).toContain("object-src 'none'");
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(h["x-powered-by"], path).toBeUndefined();
  }
});

test("a search can be followed as an Atom feed", async ({ page, request }) => {
  await page.goto("/search?q=%E5%8D%8E%E4%B8%BA");
  const href = await page.getByRole("link", { name: "把这个搜索存为订阅（Atom）" }).getAttribute("href");
  expect(href).toBe("/search/feed.xml?q=%E5%8D%8E%E4%B8%BA");
  const res = await request.get(href!);
  expect(res.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await res.text();
  expect(xml.match(/<entry>/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
  expect((await request.get("/search/feed.xml")).status()).toBe(400);
});
