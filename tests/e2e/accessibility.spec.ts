/**
 * Automated WCAG 2.2 AA checks (axe-core) on every main page, run by both the desktop (1280 px)
 * and phone (Pixel 7, 412 px) projects: any serious or critical violation fails, with the rule,
 * the elements and how to fix it in the message. Screenshots of each page go to tests/artifacts/.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const PAGES = [
  ["home", "/"],
  ["articles", "/articles"],
  ["articles-filtered", "/articles?company=baidu"],
  ["article", "/articles/1"],
  ["article-spun", "/articles/3"],
  ["companies", "/companies"],
  ["company", "/companies/baidu"],
  ["people", "/people"],
  ["person", "/people/li-kaifu"],
  ["search", "/search"],
  ["search-results", `/search?q=${encodeURIComponent("百度")}`],
  ["not-found", "/no-such-page"],
] as const;

for (const [name, path] of PAGES) {
  test(`no serious or critical accessibility violation: ${name}`, async ({ page }, info) => {
    await page.goto(path);
    await expect(page.getByRole("main")).toBeVisible();
    const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
    const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    const report = bad.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 5).map((n) => n.target.join(" ")).join("\n  ")}`).join("\n");
    await page.screenshot({ path: `tests/artifacts/${name}-${info.project.name}.png`, fullPage: true });
    expect(bad, report).toEqual([]);
  });
}
