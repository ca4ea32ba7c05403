/** Home lists the five imported seed articles; opening one shows its clean body without site chrome. */
import { expect, test } from "@playwright/test";
import { SEED_TITLES } from "./seed-titles";

test("home lists the five seed articles, newest first", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "最新文章" })).toBeVisible();
  const rows = page.getByTestId("article-row");
  await expect(rows).toHaveCount(5);
  for (const title of SEED_TITLES) {
    await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();
  }
  // Newest first: 2024-11-18 (002) leads, 2023-04-06 (001) closes.
  await expect(rows.first()).toContainText(SEED_TITLES[2]);
  await expect(rows.last()).toContainText(SEED_TITLES[1]);
  // The inferred date of 004 is marked as such.
  await expect(rows.filter({ hasText: SEED_TITLES[4] })).toContainText("约 2024-03-15（推断）");
  await page.screenshot({ path: "tests/artifacts/home.png", fullPage: true });
});

test("opening a traditional-script article shows its clean body", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: SEED_TITLES[0], exact: true }).click();
  await expect(page).toHaveURL(/\/articles\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED_TITLES[0]);
  const body = page.getByTestId("article-body");
  await expect(body.locator("p").first()).toHaveText(/^隨著ChatGPT的問世，人工智能（AI）行業進入了全新的發展階段/);
  await expect(body.locator("p").last()).toHaveText(/只有優勢的產業才能長出創新的機會。”$/);
  // Site chrome, teasers, credits and the byline line stay out of the body; pinyin is gone.
  for (const chrome of ["導讀", "圖片來源", "每經記者:蘭素英", "(lǐng)", "相關"]) {
    await expect(body).not.toContainText(chrome);
  }
  const meta = page.getByTestId("article-meta");
  await expect(meta).toContainText("2023-05-20 13:21");
  await expect(meta).toContainText("每日經濟新聞");
  await expect(meta).toContainText("蘭素英");
  await expect(meta).toContainText("高涵");
  await expect(meta).toContainText("4,059");
  // The folded cleaning record lists what was removed.
  const panel = page.getByTestId("cleaning-panel");
  await panel.locator("summary").first().click();
  await expect(panel).toContainText("导读/摘要");
  await page.screenshot({ path: "tests/artifacts/article.png", fullPage: true });
});

test("the simplified toggle converts a traditional article and back", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: SEED_TITLES[0], exact: true }).click();
  await page.getByTestId("script-simplified").click();
  await expect(page).toHaveURL(/\?script=simplified$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ChatGPT引领的大模型时代，小模型还有机会吗？");
  await expect(page.getByTestId("article-body").locator("p").first()).toHaveText(/^随.ChatGPT的问世，人工智能（AI）行业/);
  await page.getByTestId("script-original").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED_TITLES[0]);
});

test("a simplified article: clean body without ads or link lists", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: SEED_TITLES[1], exact: true }).click();
  const body = page.getByTestId("article-body");
  await expect(body.locator("p").first()).toHaveText(/^15日一早，创投圈与互联网行业都在热议OpenAI发布的多模态大型语言模型GPT-4/);
  for (const chrome of ["友情链接", "摘要", "上一篇", "下一篇"]) await expect(body).not.toContainText(chrome);
  await expect(page.getByTestId("article-meta")).toContainText("401");
});

test("a spun article offers its probable original reading", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: SEED_TITLES[2], exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("自主创新是中国人工智能大模型必经之路");
  await expect(page.getByTestId("page-title")).toContainText("自主立异是中国家养智能大模子必经之路");
  const restored = page.getByTestId("restored-body");
  await restored.locator("summary").click();
  await expect(restored).toContainText("人工智能");
});

test("bad article ids are a helpful 404, never an error", async ({ page }) => {
  for (const bad of ["abc", "0", "-1", "99999999", "1.5", "%E4%B8%AD"]) {
    const res = await page.goto(`/articles/${bad}`);
    expect(res?.status(), bad).toBe(404);
    await expect(page.getByRole("heading", { name: "找不到这个页面" })).toBeVisible();
  }
  await page.screenshot({ path: "tests/artifacts/not-found.png" });
});
