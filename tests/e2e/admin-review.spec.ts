/**
 * Issue 19's admin items in the browser: entity review at 390 px (nothing hidden sideways, the
 * short facts on one line), reject and merge asking first in an accessible dialog, decided
 * entities listed with undo, counts on the run page's filters, upload refusals worded in Chinese
 * by the server. Runs in the admin project (after the read-only projects): it changes decisions.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { parseApiError } from "../helpers/api-error-contract";

const TOKEN = process.env.ADMIN_TOKEN ?? "e2e-admin-token-0123456789";

/**
 * A session cookie in the page's context from the sign-in answer itself (admin.spec.ts tests the
 * form). Through the form, each test waited for the URL to end in /admin after a POST, a 303
 * and a render of /admin with its polling import panel, and that wait timed out about once in
 * ten runs; the sign-in answer's own status leaves nothing to poll.
 */
async function signIn(page: Page) {
  const res = await page.request.post("/api/admin/login", { headers: { origin: baseOrigin() }, data: { token: TOKEN } });
  expect(res.status(), await res.text()).toBe(200);
}

function baseOrigin(): string {
  return new URL(test.info().project.use.baseURL!).origin;
}

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad, bad.map((v) => `${v.id}: ${v.nodes.slice(0, 5).map((n) => n.target.join(" ")).join(", ")}`).join("\n")).toEqual([]);
}

const pending = (page: Page) => page.getByTestId("discovered-entity");
const decided = (page: Page, name: string) => page.getByTestId("decided-entity").filter({ has: page.getByText(name, { exact: true }) });

test("entity review fits a 390 px phone: no sideways overflow, 合并 in view, facts on one line, axe clean", async ({ page }, info) => {
  await signIn(page);
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    await page.goto("/admin/entities");
    await expect(pending(page).first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width}`).toBeLessThanOrEqual(width);
    const cards = await pending(page).count();
    expect(cards).toBeGreaterThan(2);
    for (let i = 0; i < Math.min(cards, 10); i++) {
      const card = pending(page).nth(i);
      const merge = await card.getByRole("button", { name: "合并" }).boundingBox();
      expect(merge!.x).toBeGreaterThanOrEqual(0);
      expect(merge!.x + merge!.width, `合并 of card ${i} at ${width}`).toBeLessThanOrEqual(width);
      // 类型, 提及, 置信度: each label and value on a single line.
      const facts = await card.locator("dl > div").evaluateAll((els) =>
        els.map((el) => ({ text: el.textContent, lines: Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)) })),
      );
      expect(facts.map((f) => f.text?.slice(0, 3))).toEqual(["类型 ", "提及 ", "置信度"]);
      for (const f of facts) expect(f.lines, `${f.text} at ${width}`).toBe(1);
    }
    await page.screenshot({ path: `tests/artifacts/admin-entities-${width}-${info.project.name}.png`, fullPage: true });
    await axe(page);
  }
});

test("拒绝 asks in a dialog (Escape and 取消 keep the entity), and the rejection can be undone", async ({ page, request }) => {
  await signIn(page);
  await page.goto("/admin/entities");
  const card = pending(page).first();
  const name = (await card.getAttribute("data-name"))!;
  const kind = (await card.getAttribute("data-kind"))!;
  const slug = (await card.getAttribute("data-slug"))!;
  const api = `/api/${kind === "company" ? "companies" : "people"}/${encodeURIComponent(slug)}`;

  await card.getByRole("button", { name: "拒绝" }).click();
  const dialog = page.getByRole("dialog", { name: `拒绝“${name}”？` });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("可在“已决定”列表中撤销");
  await expect(dialog.getByRole("button", { name: "取消" })).toBeFocused();
  await axe(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await card.getByRole("button", { name: "拒绝" }).click();
  await dialog.getByRole("button", { name: "取消" }).click();
  await expect(dialog).toBeHidden();
  await page.reload();
  await expect(pending(page).filter({ has: page.getByRole("heading", { name, exact: true }) })).toHaveCount(1);

  await pending(page).filter({ has: page.getByRole("heading", { name, exact: true }) }).getByRole("button", { name: "拒绝" }).click();
  await page.getByRole("dialog", { name: `拒绝“${name}”？` }).getByRole("button", { name: "确定拒绝" }).click();
  await expect(decided(page, name)).toHaveAttribute("data-decision", "rejected");
  await expect(pending(page).filter({ has: page.getByRole("heading", { name, exact: true }) })).toHaveCount(0);
  expect((await request.get(api)).status()).toBe(404);

  await decided(page, name).getByRole("button", { name: `撤销对“${name}”的决定` }).click();
  await expect(decided(page, name)).toHaveCount(0);
  await expect(pending(page).filter({ has: page.getByRole("heading", { name, exact: true }) })).toHaveCount(1);
});

test("合并 asks first, shows the target among decisions, and the merge can be undone", async ({ page, request }) => {
  await signIn(page);
  await page.goto("/admin/entities");
  const person = pending(page).and(page.locator('[data-kind="person"]')).first();
  await expect(person).toBeVisible();
  const name = (await person.getAttribute("data-name"))!;
  await person.getByLabel(`将“${name}”合并到`).fill("li-kaifu");
  await person.getByRole("button", { name: "合并" }).click();
  const dialog = page.getByRole("dialog", { name: `把“${name}”合并到“li-kaifu”？` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "确定合并" }).click();
  const row = decided(page, name);
  await expect(row).toHaveAttribute("data-decision", "merged");
  await expect(row).toContainText("已合并到“李开复”");
  const profile = (await (await request.get("/api/people/li-kaifu")).json()) as { aliases: string[] };
  expect(profile.aliases).toContain(name);

  await row.getByRole("button", { name: `撤销对“${name}”的决定` }).click();
  await expect(decided(page, name)).toHaveCount(0);
  const after = (await (await request.get("/api/people/li-kaifu")).json()) as { aliases: string[] };
  expect(after.aliases).not.toContain(name);
});

test("确认 lists the entity as decided; undo puts it back on review", async ({ page }) => {
  await signIn(page);
  await page.goto("/admin/entities");
  const card = pending(page).last();
  const name = (await card.getAttribute("data-name"))!;
  await card.getByRole("button", { name: "确认" }).click();
  await expect(decided(page, name)).toHaveAttribute("data-decision", "confirmed");
  await decided(page, name).getByRole("button", { name: `撤销对“${name}”的决定` }).click();
  await expect(decided(page, name)).toHaveCount(0);
  await expect(pending(page).filter({ has: page.getByRole("heading", { name, exact: true }) })).toHaveCount(1);
});

test("each run-detail filter shows how many files it lists", async ({ page }) => {
  await signIn(page);
  await page.goto("/admin/runs/1");
  const all = Number(/（(\d+)）/.exec((await page.getByTestId("filter-all").textContent()) ?? "")![1]);
  expect(all).toBeGreaterThanOrEqual(5);
  let sum = 0;
  for (const status of ["failed", "added", "updated", "unchanged", "duplicate", "missing"]) {
    const link = page.getByTestId(`filter-${status}`);
    const n = Number(/（(\d+)）/.exec((await link.textContent()) ?? "")![1]);
    sum += n;
    await link.click();
    await expect(link).toHaveAttribute("aria-current", "page");
    await expect(page.getByTestId("run-items").locator("tbody tr")).toHaveCount(n);
  }
  expect(sum).toBe(all);
  await page.getByTestId("filter-all").click();
  await expect(page.getByTestId("run-items").locator("tbody tr")).toHaveCount(all);
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    await axe(page);
  }
});

test("a refused upload's problems arrive in Chinese from the server, each with a machine code", async ({ page }) => {
  await signIn(page);
  const res = await page.request.post("/api/admin/upload", {
    headers: { origin: baseOrigin() },
    multipart: { files: { name: "工具.exe", mimeType: "application/octet-stream", buffer: Buffer.from("MZ") } },
  });
  expect(res.status()).toBe(422);
  const body = parseApiError(await res.json());
  expect(body.problems).toEqual([{ code: "unsupported_type", file: "工具.exe", message: "工具.exe：不支持的文件类型（允许 .txt、.html、.htm 或它们的 .zip 压缩包）" }]);
});
