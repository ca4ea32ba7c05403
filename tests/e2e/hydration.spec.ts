/**
 * Every page kind hydrates without a mismatch, and what a reader types before the page's scripts
 * have run is still there after they run. A mismatch makes React throw the server's markup away
 * and render the page again on the client, which empties a search box typed into early (a layout
 * once put the shortcuts dialog inside a <p>, which the browser closes early, on every page).
 */
import { expect, test, type Page } from "@playwright/test";

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error" && /hydrat|#418|#423|#425/i.test(m.text())) errors.push(m.text());
  });
  return errors;
}

async function firstHref(page: Page, selector: string): Promise<string> {
  const href = await page.locator(selector).first().getAttribute("href");
  expect(href, `a link matching ${selector}`).toBeTruthy();
  return href!;
}

async function expectHydrates(page: Page, paths: string[]): Promise<void> {
  for (const path of paths) {
    const errors = collectErrors(page);
    await page.goto(path, { waitUntil: "networkidle" });
    await expect(page.locator("html[data-hydrated]")).toBeAttached();
    expect(errors, `errors on ${path}`).toEqual([]);
    page.removeAllListeners("pageerror");
    page.removeAllListeners("console");
  }
}

test("every page kind hydrates without an error", async ({ page }) => {
  await page.goto("/articles");
  const article = await firstHref(page, 'a[href^="/articles/"]:not([href*="?"])');
  await page.goto("/companies");
  const company = await firstHref(page, 'main a[href^="/companies/"]');
  await page.goto("/people");
  const person = await firstHref(page, 'main a[href^="/people/"]');
  const paths = ["/", "/articles", article, "/companies", company, "/people", person, "/search", "/search?q=%E7%99%BE%E5%BA%A6", "/trends", "/saved", "/admin/login", "/no-such-page"];
  await expectHydrates(page, paths);
});

test("the admin pages hydrate without an error once signed in", async ({ page }) => {
  await page.goto("/admin/login");
  await page.getByLabel("令牌").fill(process.env.ADMIN_TOKEN ?? "e2e-admin-token-0123456789");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/admin");
  const run = await firstHref(page, 'a[href^="/admin/runs/"]');
  await expectHydrates(page, ["/admin", "/admin/entities", run, `${run}?status=added`]);
});

test("text typed into the search box before the scripts run is kept and searched", async ({ page }) => {
  // Hold the page's scripts until the reader has typed, so the typing surely comes first.
  let release!: () => void;
  const typed = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/**/*.js", async (route) => {
    await typed;
    await route.continue();
  });
  await page.goto("/search", { waitUntil: "domcontentloaded" });
  const box = page.getByRole("combobox", { name: "搜索词" });
  await box.pressSequentially("百度");
  await expect(page.locator("html[data-hydrated]")).not.toBeAttached();
  release();
  await expect(page.locator("html[data-hydrated]")).toBeAttached();
  await expect(box).toHaveValue("百度");
  await box.press("Enter");
  await expect(page).toHaveURL((url) => url.pathname === "/search" && url.searchParams.get("q") === "百度");
});

test("a list's filter chosen before the scripts run is kept", async ({ page }) => {
  let release!: () => void;
  const chosen = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/**/*.js", async (route) => {
    await chosen;
    await route.continue();
  });
  await page.goto("/companies", { waitUntil: "domcontentloaded" });
  await page.getByTestId("entity-sort").selectOption("name");
  await expect(page.locator("html[data-hydrated]")).not.toBeAttached();
  release();
  await expect(page.locator("html[data-hydrated]")).toBeAttached();
  await expect(page.getByTestId("entity-sort")).toHaveValue("name");
  await page.getByRole("button", { name: "查找" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/companies" && url.searchParams.get("sort") === "name");
});
