/**
 * Search in the browser against the imported seeds: a two-character company, a
 * traditional-script name finding simplified text, a pinyin name, suggestions as you type,
 * and hostile input that must still render the page. Screenshots go to tests/artifacts/.
 */
import { expect, test, type Page } from "@playwright/test";

async function searchFor(page: Page, q: string): Promise<void> {
  // Text typed before the box hydrates is replaced by its initial (empty) state, and Enter then
  // searches for nothing: wait for the page's scripts, and check the query that was sent.
  await page.goto("/search", { waitUntil: "networkidle" });
  const box = page.getByRole("combobox", { name: "搜索词" });
  await box.fill(q);
  await expect(box).toHaveValue(q);
  await box.press("Enter");
  await expect(page).toHaveURL((url) => url.pathname === "/search" && url.searchParams.get("q") === q);
}

const articleResults = (page: Page) => page.getByRole("region", { name: /文章/ }).getByRole("listitem");

test("a two-character company name finds articles with the name highlighted", async ({ page }) => {
  await searchFor(page, "华为");
  await expect(articleResults(page).first()).toBeVisible();
  expect(await articleResults(page).count()).toBeGreaterThanOrEqual(2);
  // One seed writes it 華為: the highlight keeps the page's own script.
  const marks = await page.locator("mark").allTextContents();
  expect(marks).toContain("华为");
  expect(marks).toContain("華為");
  await page.screenshot({ path: "tests/artifacts/search-huawei.png", fullPage: true });
});

test("a traditional-script name finds the simplified spelling", async ({ page }) => {
  await searchFor(page, "李開復");
  await expect(articleResults(page).first()).toBeVisible();
  const marks = await page.locator("mark").allTextContents();
  expect(marks).toContain("李开复");
  expect(marks).toContain("李開復");
});

test("a pinyin name finds the person and their articles", async ({ page, request }) => {
  const res = await request.get("/api/suggest?q=likaifu");
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { suggestions: { name: string }[] };
  expect(body.suggestions.map((x) => x.name)).toContain("李开复");
  await searchFor(page, "li kai fu");
  const people = page.getByRole("region", { name: "人物" });
  await expect(people.getByRole("link", { name: /李开复/ })).toBeVisible();
  await expect(articleResults(page).first()).toBeVisible();
  await page.screenshot({ path: "tests/artifacts/search-pinyin.png", fullPage: true });
});

test("suggestions as you type, chosen with the keyboard", async ({ page, request }) => {
  const res = await request.get("/api/suggest?q=%E7%99%BE%E5%BA%A6");
  const body = (await res.json()) as { suggestions: { name: string; kind: string; slug: string }[] };
  expect(body.suggestions.length).toBeGreaterThan(0);
  await page.goto("/search");
  const box = page.getByRole("combobox", { name: "搜索词" });
  await box.pressSequentially("百度", { delay: 50 });
  const option = page.getByRole("option").first();
  await expect(option).toBeVisible();
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await box.press("ArrowDown");
  await expect(option).toHaveAttribute("aria-selected", "true");
  const first = body.suggestions[0]!;
  await box.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/${first.kind === "company" ? "companies" : "people"}/${encodeURIComponent(first.slug)}$`));
});

test("hostile input never breaks the page or the API", async ({ page, request }) => {
  const inputs = ['"', '"百度', "*", "NEAR(百度 华为)", "百度 OR", "(((", "{title}:x", "-", "company:", "after:2024-99-99", "😀", "<script>alert(1)</script>", "x".repeat(500), "'; DROP TABLE Article; --"];
  for (const q of inputs) {
    const res = await page.goto(`/search?${new URLSearchParams({ q })}`);
    expect(res?.status(), q).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "搜索" })).toBeVisible();
    const api = await request.get(`/api/search?${new URLSearchParams({ q })}`);
    expect(api.status(), q).toBe(200);
  }
  // The markup typed by the reader is shown as text, never run.
  await page.goto(`/search?${new URLSearchParams({ q: "<script>alert(1)</script>" })}`);
  await expect(page.getByRole("combobox", { name: "搜索词" })).toHaveValue("<script>alert(1)</script>");
  expect((await request.get("/api/search?page=0")).status()).toBe(400);
  await page.screenshot({ path: "tests/artifacts/search-hostile.png", fullPage: true });
});

test("operators are documented on the page, with examples from the data", async ({ page }) => {
  await page.goto("/search");
  await page.getByText("搜索语法").click();
  // Issue 19: examples come from the collection (the most-mentioned company, person, source).
  const examples = await page.getByTestId("operator-examples").locator("dt code").allTextContents();
  for (const prefix of ["company:", "person:", "source:", "after:", "before:"]) {
    expect(examples.some((e) => e.startsWith(prefix)), prefix).toBe(true);
  }
  expect(examples.some((e) => e.includes(" OR "))).toBe(true);
  expect(examples.some((e) => / -\S/.test(e))).toBe(true);
  expect(examples.some((e) => e.startsWith('"'))).toBe(true);
});
