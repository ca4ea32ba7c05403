/**
 * One story, one row (issue 19), in the browser on the real database: the repost, the
 * traditional-script copy and another story of the same company (tests/fixtures/stories) are
 * imported with the real importer CLI beside the seeds; the list and search show the three
 * reports of one story as one row with "3 家媒体报道" and the others under it, a switch lists
 * them one by one, and counts agree with the API. The fixtures are marked missing afterwards
 * (re-importing their emptied folder), so the seeds' own tests see only the seeds. Runs in its
 * own project, after the desktop and phone projects.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext } from "@playwright/test";

const DIR = "data/e2e-stories";
const LEAD = "月之暗面发布长文本大模型新版本，上下文窗口扩展至两百万字";
const REPOST = "【转载】月之暗面发布长文本大模型新版本 上下文窗口扩展至两百万字";
const TRADITIONAL = "月之暗面發佈長文本大模型新版本，上下文窗口擴展至兩百萬字";
const OTHER = "月之暗面完成新一轮融资，估值超过二十五亿美元";

function importDir(): void {
  execFileSync("npx", ["tsx", "scripts/import.ts", "--dir", DIR, "--quiet"], {
    env: { ...process.env, DATABASE_URL: "file:./data/e2e.db", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "pipe",
  });
}

async function api(request: APIRequestContext, query: string): Promise<{ total: number; rows: number; items: { id: number; title: string; story?: { outlets: number } }[] }> {
  const res = await request.get(`/api/articles?limit=100&${query}`);
  expect(res.status()).toBe(200);
  return res.json();
}

test("the same news from three outlets is one row, with a switch to list every article", async ({ page, request }) => {
  test.setTimeout(180_000);
  const before = await api(request, "group=off");
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(DIR, { recursive: true });
  for (const f of fs.readdirSync("tests/fixtures/stories")) fs.copyFileSync(path.join("tests/fixtures/stories", f), path.join(DIR, f));
  importDir();
  try {
    const grouped = await api(request, "");
    expect(grouped.total).toBe(before.total + 4);
    expect(grouped.rows).toBe(before.total + 2);

    await page.goto("/articles");
    await expect(page.getByTestId("result-count")).toHaveText(`共 ${grouped.total} 篇文章，合为 ${grouped.rows} 个报道`);
    const row = page.getByTestId("article-row").filter({ hasText: LEAD });
    await expect(row).toHaveCount(1);
    // The earliest report leads; the others are listed under it, oldest first.
    await expect(row.getByRole("heading", { level: 3 })).toHaveText(LEAD);
    await expect(row.getByTestId("story-count")).toHaveText("3 家媒体报道");
    const others = row.getByTestId("story-others").getByRole("listitem");
    await expect(others).toHaveCount(2);
    await expect(others.nth(0)).toContainText(REPOST);
    await expect(others.nth(0)).toContainText("新浪科技");
    await expect(others.nth(1)).toContainText(TRADITIONAL);
    await expect(others.nth(1)).toContainText("科技新報");
    // Neither copy is a row of its own; the other story of the same company is.
    await expect(page.getByRole("heading", { level: 3, name: REPOST })).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 3, name: OTHER })).toHaveCount(1);
    await page.screenshot({ path: "tests/artifacts/stories-grouped.png", fullPage: true });
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
    const bad = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(bad, bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`).join("\n")).toEqual([]);

    // Ungrouped: every article is a row, and the setting is in the URL.
    await page.getByTestId("group-switch").click();
    await expect(page).toHaveURL(/[?&]group=off/);
    await expect(page.getByTestId("result-count")).toHaveText(`共 ${grouped.total} 篇文章`);
    for (const title of [LEAD, REPOST, TRADITIONAL]) await expect(page.getByRole("heading", { level: 3, name: title })).toHaveCount(1);
    await expect(page.getByTestId("story-others")).toHaveCount(0);
    await page.getByTestId("group-switch").click();
    await expect(page).not.toHaveURL(/group=off/);

    // Under a company filter the counts still agree: the facet's count is the list's total.
    await page.goto("/articles");
    const facet = page.getByTestId("facet-company").filter({ hasText: "月之暗面" });
    const count = Number(await facet.locator(".facet-count").textContent());
    await facet.click();
    await expect(page.getByTestId("result-count")).toContainText(`共 ${count} 篇符合筛选条件的文章`);
    await expect(page.getByTestId("result-count")).toContainText(`合为 ${count - 2} 个报道`);
    await expect(page.getByTestId("article-row")).toHaveCount(count - 2);

    // Search: the three reports are one hit.
    await page.goto(`/search?q=${encodeURIComponent("上下文窗口")}`);
    const hits = page.getByRole("region", { name: /文章/ }).getByRole("listitem").filter({ has: page.getByTestId("story-count") });
    await expect(hits).toHaveCount(1);
    await expect(hits.first().getByTestId("story-count")).toHaveText("3 家媒体报道");
    await page.getByTestId("search-group-switch").click();
    await expect(page).toHaveURL(/group=off/);
    await expect(page.getByTestId("story-count")).toHaveCount(0);
    for (const title of [LEAD, REPOST, TRADITIONAL]) await expect(page.getByRole("link", { name: title, exact: true })).toHaveCount(1);
  } finally {
    // Mark the fixtures missing so the seeds' tests in later runs against this server see only the seeds.
    for (const f of fs.readdirSync(DIR)) fs.rmSync(path.join(DIR, f));
    importDir();
  }
  expect((await api(request, "group=off")).total).toBe(before.total);
});
