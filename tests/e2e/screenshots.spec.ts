/**
 * Every main page in light and dark mode (the system setting, colorScheme) at 1280 and 390 px:
 * a screenshot of each goes to tests/artifacts/screens/ to be looked at, and in dark mode no
 * sizeable element may keep a light background (a panel or widget the dark palette missed).
 */
import { expect, test, type Page } from "@playwright/test";

const PAGES = [
  ["home", "/"],
  ["articles", "/articles?company=baidu"],
  ["article", "/articles/1"],
  ["companies", "/companies"],
  ["company", "/companies/baidu"],
  ["people", "/people?sort=name"],
  ["person", "/people/li-kaifu"],
  ["search", `/search?q=${encodeURIComponent("百度")}`],
  ["saved", "/saved"],
  ["not-found", "/no-such-page"],
] as const;

const WIDTHS = [1280, 390] as const;

/**
 * Visible panels (bigger than a button: the dark palette mirrors a dark button into a light
 * one on purpose) whose own background is light.
 */
function lightPanels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const canvas = document.createElement("canvas").getContext("2d")!;
    const luminance = (css: string): number | null => {
      canvas.clearRect(0, 0, 1, 1);
      canvas.fillStyle = "#000";
      canvas.fillStyle = css;
      canvas.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = canvas.getImageData(0, 0, 1, 1).data;
      if (a! < 128) return null;
      return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
    };
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>("body, body *")) {
      const style = getComputedStyle(el);
      if (style.visibility === "hidden" || style.display === "none") continue;
      const box = el.getBoundingClientRect();
      if (box.width * box.height < 10_000) continue;
      const l = luminance(style.backgroundColor);
      if (l !== null && l > 0.5) out.push(`${el.tagName.toLowerCase()}.${el.className} ${style.backgroundColor}`);
    }
    return out;
  });
}

for (const scheme of ["light", "dark"] as const) {
  test(`screenshots of every main page, ${scheme} mode, 1280 and 390 px`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      for (const [name, path] of PAGES) {
        await page.goto(path);
        await expect(page.getByRole("main")).toBeVisible();
        if (scheme === "dark") expect(await lightPanels(page), `${name} at ${width}px`).toEqual([]);
        await page.screenshot({ path: `tests/artifacts/screens/${name}-${scheme}-${width}.png`, fullPage: true });
      }
    }
  });
}

test("the help dialog is dark in dark mode too", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await expect(page.getByTestId("reading-bar")).toBeVisible();
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "键盘快捷键" })).toBeVisible();
  expect(await lightPanels(page)).toEqual([]);
  await page.screenshot({ path: "tests/artifacts/screens/shortcuts-dark-1280.png" });
});

/** The README's two pictures (docs/screenshots/ holds copies of these): the viewport only, small files. */
test("README screenshots: the home page in light mode at 1280 px, an article in dark mode at 390 px", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/");
  await expect(page.getByTestId("reading-bar")).toBeVisible();
  await page.screenshot({ path: "tests/artifacts/readme/home.png" });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/articles/1");
  await expect(page.getByTestId("article-save")).toBeVisible();
  await page.screenshot({ path: "tests/artifacts/readme/article.png" });
});
