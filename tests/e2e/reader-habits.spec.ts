/**
 * Issue 19, the habits of feed readers: read state and saving kept in the browser across
 * reloads, "new since your last visit", mark all read, the 已收藏 list, keyboard shortcuts
 * (never while typing) with an accessible help dialog, relative times and day headings that
 * hydrate without a mismatch, and the search box and orders of /companies and /people.
 */
import { expect, test, type Page } from "@playwright/test";
import { SEED_TITLES } from "./seed-titles";

/** The reading bar appears once the client has read the browser's state. */
async function ready(page: Page) {
  await expect(page.getByTestId("reading-bar")).toBeVisible();
}

const row = (page: Page, title: string) => page.getByTestId("article-row").filter({ has: page.getByRole("link", { name: title, exact: true }) });

test("read state survives a reload; new since the last visit; mark all read", async ({ page }) => {
  await page.goto("/");
  await ready(page);
  // A first visit: nothing is new, everything unread.
  await expect(page.getByTestId("new-count")).toHaveText("本页有 5 篇未读。");
  await expect(page.locator("article[data-new]")).toHaveCount(0);

  await page.getByRole("link", { name: SEED_TITLES[1], exact: true }).click();
  await expect(page).toHaveURL(/\/articles\/\d+$/);
  await page.goto("/");
  await ready(page);
  await expect(row(page, SEED_TITLES[1])).toHaveAttribute("data-read", "");
  await expect(row(page, SEED_TITLES[1]).locator("[data-reader-mark]")).toHaveText("已读");
  await page.reload();
  await ready(page);
  await expect(row(page, SEED_TITLES[1])).toHaveAttribute("data-read", "");
  await expect(page.locator("article[data-read]")).toHaveCount(1);
  await expect(page.getByTestId("new-count")).toHaveText("本页有 4 篇未读。");

  // A later visit, the last one before these articles were imported: the unread ones are new.
  await page.evaluate(() => {
    const key = "llmnews.reader.v1";
    const s = JSON.parse(localStorage.getItem(key)!);
    localStorage.setItem(key, JSON.stringify({ ...s, lastVisit: "2000-01-01T00:00:00.000Z" }));
    sessionStorage.clear();
  });
  await page.reload();
  await ready(page);
  await expect(page.getByTestId("new-count")).toHaveText("自上次访问以来，本页有 4 篇新文章。");
  await expect(page.locator("article[data-new]")).toHaveCount(4);
  await expect(row(page, SEED_TITLES[0]).locator("[data-reader-mark]")).toHaveText("新");
  // Reloading within the visit keeps the marks (the baseline is the visit's, not the page's).
  await page.reload();
  await ready(page);
  await expect(page.locator("article[data-new]")).toHaveCount(4);

  await page.getByTestId("mark-all-read").click();
  await expect(page.locator("article[data-read]")).toHaveCount(5);
  await expect(page.getByTestId("new-count")).toHaveText("本页文章都已读。");
  await page.reload();
  await ready(page);
  await expect(page.locator("article[data-read]")).toHaveCount(5);
  await expect(page.locator("article[data-new]")).toHaveCount(0);
  // The same marks on another list of the same articles.
  await page.goto("/articles");
  await ready(page);
  await expect(page.locator("article[data-read]")).toHaveCount(5);
});

test("save from a list and from an article; the 已收藏 page lists them across reloads", async ({ page }) => {
  await page.goto("/saved");
  await expect(page.getByTestId("saved-empty")).toBeVisible();
  await page.goto("/");
  await ready(page);
  const save = row(page, SEED_TITLES[2]).getByRole("button", { name: `收藏：${SEED_TITLES[2]}` });
  await expect(save).toHaveAttribute("aria-pressed", "false");
  await save.click();
  await expect(save).toHaveAttribute("aria-pressed", "true");

  await page.getByRole("link", { name: SEED_TITLES[0], exact: true }).click();
  const articleSave = page.getByTestId("article-save");
  await expect(articleSave).toHaveAttribute("aria-pressed", "false");
  await articleSave.click();
  await expect(articleSave).toHaveAttribute("aria-pressed", "true");

  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "已收藏" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "已收藏" })).toBeVisible();
  const items = page.getByTestId("saved-item");
  await expect(items).toHaveCount(2);
  // Newest first; the article just opened is marked read.
  await expect(items.nth(0)).toContainText(SEED_TITLES[0]);
  await expect(items.nth(0)).toContainText("已读");
  await expect(items.nth(1)).toContainText(SEED_TITLES[2]);
  await page.reload();
  await expect(items).toHaveCount(2);
  await items.nth(1).getByRole("button", { name: `取消收藏：${SEED_TITLES[2]}` }).click();
  await expect(items).toHaveCount(1);
  await items.nth(0).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED_TITLES[0]);
});

test("keyboard shortcuts: j/k move, s saves, o opens, / searches, ? helps; never while typing", async ({ page }) => {
  await page.goto("/");
  await ready(page);
  const rows = page.getByTestId("article-row");
  await page.keyboard.press("j");
  await expect(rows.nth(0)).toHaveAttribute("data-current", "");
  await expect(rows.nth(0).locator(".article-row-title a")).toBeFocused();
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await expect(rows.nth(2)).toHaveAttribute("data-current", "");
  await expect(rows.nth(0)).not.toHaveAttribute("data-current", "");
  await page.keyboard.press("k");
  await expect(rows.nth(1)).toHaveAttribute("data-current", "");
  await expect(rows.nth(1).locator(".article-row-title a")).toBeFocused();

  await page.keyboard.press("s");
  await expect(rows.nth(1).locator("button[data-reader-save]")).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("shortcut-announcement")).toContainText("已收藏");
  const title = (await rows.nth(1).locator(".article-row-title a").textContent())!;

  // Typing in the search box: j and s are letters, not commands.
  await page.keyboard.press("/");
  const search = page.getByRole("searchbox", { name: "搜索文章、公司和人物" });
  await expect(search).toBeFocused();
  await page.keyboard.type("js?");
  await expect(search).toHaveValue("js?");
  await expect(rows.nth(1)).toHaveAttribute("data-current", "");
  await expect(page.getByTestId("shortcuts-dialog")).toBeHidden();
  await expect(rows.nth(1).locator("button[data-reader-save]")).toHaveAttribute("aria-pressed", "true");
  await search.fill("");

  // Help: a modal dialog that holds focus and closes with Esc, giving focus back.
  await rows.nth(1).locator(".article-row-title a").focus();
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "键盘快捷键" });
  await expect(dialog).toBeVisible();
  const close = dialog.getByRole("button", { name: "关闭" });
  await expect(close).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(close).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(close).toBeFocused();
  // Shortcuts are off while the help is open.
  await page.keyboard.press("j");
  await expect(rows.nth(1)).toHaveAttribute("data-current", "");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(rows.nth(1).locator(".article-row-title a")).toBeFocused();

  // o opens the selected article, which is then read; s there unsaves it.
  await page.keyboard.press("o");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const articleSave = page.getByTestId("article-save");
  await expect(articleSave).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("s");
  await expect(articleSave).toHaveAttribute("aria-pressed", "false");
  await page.goBack();
  await ready(page);
  await expect(row(page, title)).toHaveAttribute("data-read", "");
});

test("relative times and day headings: absolute in the server's HTML, relative in the browser, no hydration error", async ({ page, request }) => {
  const html = await (await request.get("/")).text();
  expect(html).toContain("2024年11月18日");
  expect(html).toContain('title="2024年11月18日 18:26（北京时间）"');
  expect(html).not.toContain("小时前");

  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  // Three hours after the newest seed (002, 2024-11-18 18:26:20 in Beijing).
  await page.clock.setFixedTime(new Date("2024-11-18T21:30:00+08:00"));
  await page.goto("/");
  await ready(page);
  const newest = row(page, SEED_TITLES[2]).locator("time");
  await expect(newest).toHaveText("3 小时前");
  await expect(newest).toHaveAttribute("title", "2024年11月18日 18:26（北京时间）");
  await expect(newest).toHaveAttribute("datetime", "2024-11-18T18:26:20+08:00");
  const headings = page.getByTestId("day-heading");
  await expect(headings.first()).toHaveText("今天");
  // Older days keep their date; the inferred date keeps its 约 … （推断）.
  await expect(row(page, SEED_TITLES[4])).toContainText("约 2024-03-15（推断）");
  await expect(headings.filter({ hasText: "2023年5月20日" })).toHaveCount(1);
  await expect(headings.filter({ hasText: "3月15日" })).toHaveCount(1);
  expect(errors.filter((e) => /hydrat|did not match/i.test(e))).toEqual([]);

  // The next morning: 昨天.
  await page.clock.setFixedTime(new Date("2024-11-19T08:00:00+08:00"));
  await page.reload();
  await ready(page);
  await expect(headings.first()).toHaveText("昨天");
  await expect(row(page, SEED_TITLES[2]).locator("time")).toHaveText("昨天 18:26");
});

test("companies and people: search by name, alias or pinyin and sort, with and without JavaScript", async ({ page, browser }) => {
  await page.goto("/companies");
  // Each step waits until the page is interactive, so it goes through the form's scripts.
  const interactive = () => page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  const names = async (testId: string) => (await page.getByTestId(testId).locator("td:first-child a").allTextContents()).map((s) => s.trim());

  await interactive();
  await page.getByTestId("entity-sort").selectOption("name");
  await page.getByRole("button", { name: "查找" }).click();
  await expect(page).toHaveURL(/\/companies\?(q=&)?sort=name$/);
  await expect(page.getByTestId("list-summary")).toContainText("按名称（拼音）排序");
  const byName = await names("company-row");
  expect(byName.length).toBeGreaterThan(3);
  expect(byName).toEqual([...byName].sort(new Intl.Collator("zh-CN-u-co-pinyin").compare));

  await interactive();
  await page.getByTestId("entity-sort").selectOption("recent");
  await page.getByRole("button", { name: "查找" }).click();
  await expect(page).toHaveURL(/sort=recent/);
  const last = await page.locator("td.entity-last time").evaluateAll((ts) => ts.map((t) => Date.parse(t.getAttribute("datetime")!)));
  expect(last.length).toBeGreaterThan(3);
  expect(last).toEqual([...last].sort((a, b) => b - a));

  await interactive();
  await page.getByLabel("名称、别名或拼音").fill("baidu");
  await page.getByRole("button", { name: "查找" }).click();
  await expect(page).toHaveURL(/q=baidu/);
  expect(await names("company-row")).toContain("百度");
  await interactive();
  await page.getByLabel("名称、别名或拼音").fill("没有这家公司");
  await page.getByRole("button", { name: "查找" }).click();
  await expect(page.getByTestId("entity-empty")).toContainText("没有名称、别名或拼音与“没有这家公司”相符的");

  // Hostile and invalid parameters: ignored with a notice, never an error, never reflected as markup.
  const res = await page.goto(`/people?sort=${encodeURIComponent("<script>x</script>")}&q=${encodeURIComponent("<b>李</b>")}`);
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("status").filter({ hasText: "已忽略" })).toContainText("sort");
  expect(await page.locator("main b").count()).toBe(0);

  // Without JavaScript the form is a plain GET.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const nojs = await context.newPage();
  await nojs.goto("/people");
  await nojs.getByLabel("名称、别名或拼音").fill("likaifu");
  await nojs.getByRole("button", { name: "查找" }).click();
  await expect(nojs).toHaveURL(/\/people\?q=likaifu&sort=articles$/);
  await expect(nojs.getByTestId("person-row")).toHaveCount(1);
  await expect(nojs.getByTestId("person-row")).toContainText("李开复");
  await context.close();
});
