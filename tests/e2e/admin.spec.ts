/**
 * Issue 5 in the browser: anonymous visitors are refused; an admin signs in, re-runs the import
 * and watches progress and the summary, uploads a good and a bad file, opens the bad file's
 * reason in the run's per-file results, and finds the uploaded article on the home page.
 * The server must run with ADMIN_TOKEN set to the token below (playwright.config.ts webServer env).
 */
import { expect, test } from "@playwright/test";

const TOKEN = process.env.ADMIN_TOKEN ?? "e2e-admin-token-0123456789";

test("anonymous requests are refused: pages redirect to sign-in, APIs answer 401", async ({ page, request }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/login$/);
  await expect(page.getByRole("heading", { name: "管理登录" })).toBeVisible();
  expect((await request.get("/api/admin/import")).status()).toBe(401);
  const res = await request.post("/api/admin/import", { headers: { origin: new URL(page.url()).origin }, data: {} });
  expect(res.status()).toBe(401);
});

test("a wrong token is refused", async ({ page }) => {
  // Count this failure against a made-up address, so repeated local runs never rate-limit localhost.
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}` });
  await page.goto("/admin/login");
  await page.getByLabel("令牌").fill("definitely-not-the-admin-token");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("alert")).toHaveText("令牌不正确。");
  await expect(page).toHaveURL(/\/admin\/login\?error=invalid$/);
});

test("sign in, re-run the import, upload files, read a failure's reason, find the new article", async ({ page }) => {
  const stamp = Date.now().toString(36);
  const title = `端到端上传测试新闻${stamp}`;

  await page.goto("/admin/login");
  await page.getByLabel("令牌").fill(TOKEN);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { name: "导入管理" })).toBeVisible();

  // Re-run the whole import and watch it to the summary.
  await page.getByRole("button", { name: "重新导入" }).click();
  const started = page.getByRole("status").filter({ hasText: /导入已开始\(运行 #\d+\)/ });
  await expect(started).toBeVisible();
  const runId = /#(\d+)/.exec((await started.textContent()) ?? "")![1]!;
  const progress = page.getByTestId("import-progress");
  await expect(progress.getByRole("link", { name: `运行 #${runId}` })).toBeVisible();
  const summary = page.getByTestId("import-summary");
  await expect(summary).toBeVisible({ timeout: 60_000 });
  await expect(progress).toContainText("已完成");
  const total = Number(await page.getByTestId("progress-total").textContent());
  expect(total).toBeGreaterThanOrEqual(5);
  await expect(page.getByTestId("progress-done")).toHaveText(String(total));
  await expect(summary).toContainText("未变");
  // The history table lists the run.
  await expect(page.getByTestId("runs-table")).toBeVisible();

  // Upload one good page and one that has no article text in it.
  const body = [
    title,
    "",
    `本报讯 ${stamp} 一家人工智能初创公司今天在上海发布了面向金融行业的大模型，并宣布与三家银行开展试点合作。`,
    "",
    "该公司创始人在发布会上表示，新模型在风险评估和合规审查等任务上的准确率比通用模型高出两成，推理成本则下降了六成。",
    "",
    "据了解，试点将持续半年，银行会在信贷审批、客服和反洗钱监测三个场景中使用该模型，并根据效果决定是否扩大部署范围。",
    "",
    "业内分析人士认为，垂直行业模型正在成为国内大模型公司寻求商业化突破的重要方向，但数据安全和监管要求仍是落地的主要门槛。",
  ].join("\n");
  await page.getByLabel("选择文件").setInputFiles([
    { name: `e2e-${stamp}.txt`, mimeType: "text/plain", buffer: Buffer.from(body, "utf8") },
    { name: `e2e-${stamp}-nav.txt`, mimeType: "text/plain", buffer: Buffer.from("首页 | 新闻 | 关于我们 | 联系我们\n", "utf8") },
  ]);
  await page.getByRole("button", { name: "上传并导入" }).click();
  const uploaded = page.getByTestId("upload-result");
  await expect(uploaded).toContainText("已保存 2 个文件");
  const uploadRun = /运行 #(\d+)/.exec((await uploaded.textContent()) ?? "")![1]!;
  await expect(progress.getByRole("link", { name: `运行 #${uploadRun}` })).toBeVisible();
  await expect(summary).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId("progress-total")).toHaveText("2");
  await expect(summary.locator("div").filter({ hasText: "失败" }).locator("dd")).toHaveText("1");
  await expect(summary.locator("div").filter({ hasText: "新增" }).locator("dd")).toHaveText("1");
  await expect(page.getByTestId("import-errors")).toContainText(`e2e-${stamp}-nav.txt`);

  // Open the run and the failed file's reason.
  await page.getByTestId("import-progress").getByRole("link", { name: /运行 #\d+/ }).click();
  await expect(page.getByRole("heading", { name: /导入运行 #\d+/ })).toBeVisible();
  const failedRow = page.locator(`tr[data-path="uploads/e2e-${stamp}-nav.txt"]`);
  await expect(failedRow.locator('[data-status="failed"]')).toBeVisible();
  const reason = (await failedRow.locator("td").nth(5).textContent())?.trim() ?? "";
  expect(reason.length).toBeGreaterThan(0);
  await failedRow.getByRole("link", { name: /段$/ }).click();
  await expect(page.getByTestId("removal-summary")).toContainText(`失败原因:${reason}`);

  // The good file produced an article, linked from the run and listed on the home page.
  const goodRow = page.locator(`tr[data-path="uploads/e2e-${stamp}.txt"]`);
  await expect(goodRow.getByRole("link", { name: title })).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("link", { name: title }).first()).toBeVisible();
});
