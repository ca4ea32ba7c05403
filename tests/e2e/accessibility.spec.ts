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
  ["trends", "/trends"],
  ["articles-multi", "/articles?company=baidu&company=openai&match=any"],
  ["not-found", "/no-such-page"],
  ["saved", "/saved"],
  ["companies-search", `/companies?q=${encodeURIComponent("百")}&sort=recent`],
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

for (const [name, path] of [["home", "/"], ["article", "/articles/1"], ["company", "/companies/baidu"]] as const) {
  test(`dark mode follows the system and stays readable: ${name}`, async ({ page }, info) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(path);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    // A dark page: the body's background is near black, not the light theme's stone-50.
    const lightness = await page.evaluate((c) => {
      const probe = document.createElement("div");
      probe.style.color = c;
      document.body.append(probe);
      const canvas = document.createElement("canvas").getContext("2d")!;
      canvas.fillStyle = getComputedStyle(probe).color;
      canvas.fillRect(0, 0, 1, 1);
      const [r, g, b] = canvas.getImageData(0, 0, 1, 1).data;
      probe.remove();
      return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
    }, background);
    expect(lightness, background).toBeLessThan(0.2);
    const result = await new AxeBuilder({ page }).withTags(["wcag2aa"]).analyze();
    const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    await page.screenshot({ path: `tests/artifacts/${name}-dark-${info.project.name}.png`, fullPage: true });
    expect(bad, bad.map((v) => `${v.id}: ${v.nodes.slice(0, 5).map((n) => n.target.join(" ")).join(", ")}`).join("\n")).toEqual([]);
  });
}

test("no serious or critical accessibility violation with the shortcuts help open, rows marked and saved", async ({ page }, info) => {
  await page.goto("/");
  await expect(page.getByTestId("reading-bar")).toBeVisible();
  // Marks and save buttons are added to the rows after hydration: check them too.
  await page.getByTestId("article-row").first().locator("button[data-reader-save]").click();
  await page.getByTestId("mark-all-read").click();
  await expect(page.locator("article[data-read]").first()).toBeVisible();
  const rows = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  expect(rows.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "键盘快捷键" })).toBeVisible();
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  await page.screenshot({ path: `tests/artifacts/shortcuts-${info.project.name}.png` });
  expect(bad, bad.map((v) => `${v.id}: ${v.nodes.slice(0, 5).map((n) => n.target.join(" ")).join(", ")}`).join("\n")).toEqual([]);
});
