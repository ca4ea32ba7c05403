/**
 * Issue 5 in the browser: anonymous visitors are refused; an admin signs in, re-runs the import
 * and watches progress and the summary, uploads a good and a bad file, opens the bad file's
 * reason in the run's per-file results, and finds the uploaded article on the home page and on
 * the cached profile of the company it names.
 * The server must run with ADMIN_TOKEN set to the token below (playwright.config.ts webServer env).
 */
import { expect, test } from "@playwright/test";
import { parseApiError } from "../helpers/api-error-contract";

const TOKEN = process.env.ADMIN_TOKEN ?? "e2e-admin-token-0123456789";

/** Paragraphs that differ from run to run, so a repeated local run is seldom a near-duplicate of an earlier one. */
function uniqueNews(): string[] {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)]!;
  const who = ["一家上海的人工智能初创公司", "某头部云计算厂商", "一家深圳的芯片企业", "某互联网大厂的研究院", "一家北京的大模型公司", "某券商的金融科技子公司"];
  const what = ["发布了面向金融行业的大模型", "开源了一款多模态模型", "推出了新的智能体开发平台", "公布了自研推理芯片的量产计划", "上线了代码助手的企业版", "宣布完成新一轮融资"];
  const detail = ["风险评估", "合规审查", "客服问答", "代码生成", "医学影像", "工业质检", "法律检索", "教育辅导"];
  const city = ["杭州", "成都", "武汉", "南京", "苏州", "西安", "合肥", "广州"];
  const n = () => Math.floor(Math.random() * 900) + 100;
  return Array.from({ length: 6 }, () =>
    [
      `${pick(who)}在${pick(city)}${pick(what)}，首批覆盖${pick(detail)}和${pick(detail)}等${n()}个场景。`,
      `据介绍，该项目投入研发人员${n()}名，训练数据约${n()}亿条，在${pick(detail)}测试中的准确率提升了${(n() % 40) + 5}%。`,
    ].join(""),
  ).flatMap((p) => [p, ""]);
}

test("anonymous requests are refused: pages redirect to sign-in, APIs answer 401", async ({ page, request }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/login$/);
  await expect(page.getByRole("heading", { name: "管理登录" })).toBeVisible();
  const anonymous = await request.get("/api/admin/import");
  expect(anonymous.status()).toBe(401);
  expect(parseApiError(await anonymous.json()).error).toEqual({ code: "unauthorized", message: "请先登录管理后台", issues: [] });
  const res = await request.post("/api/admin/import", { headers: { origin: new URL(page.url()).origin }, data: {} });
  expect(res.status()).toBe(401);
  const foreign = await request.post("/api/admin/import", { headers: { origin: "https://evil.example" }, data: {} });
  expect(foreign.status()).toBe(403);
  expect(parseApiError(await foreign.json()).error).toMatchObject({ code: "cross_origin", message: "跨站请求被拒绝：Origin 头指向另一个来源" });
});

test("a wrong token is refused", async ({ page }) => {
  // Count this failure against a made-up address, so repeated local runs never rate-limit localhost.
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}` });
  await page.goto("/admin/login");
  await page.getByLabel("令牌").fill("definitely-not-the-admin-token");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "令牌" })).toHaveText("令牌不正确。");
  await expect(page).toHaveURL(/\/admin\/login\?error=invalid$/);
});

test("sign in, re-run the import, upload files, read a failure's reason, find the new article", async ({ page }) => {
  const stamp = Date.now().toString(36);
  // Names a company whose profile is cached (rendered by next build), to see the cache follow the data.
  const title = `OpenAI端到端上传测试新闻${stamp}`;
  await page.goto("/companies/openai");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);

  await page.goto("/admin/login");
  await page.getByLabel("令牌").fill(TOKEN);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { name: "导入管理" })).toBeVisible();

  // Re-run the whole import and watch it to the summary (once the panel is hydrated and has polled).
  await expect(page.getByTestId("import-panel")).toHaveAttribute("data-ready", "true");
  await page.getByRole("button", { name: "重新导入" }).click();
  const started = page.getByRole("status").filter({ hasText: /导入已开始（运行 #\d+）/ });
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

  // A refused upload shows the route's Chinese message and each problem in Chinese; nothing is saved.
  await expect(page.locator('form[data-ready="true"]')).toBeVisible();
  await page.getByLabel("选择文件").setInputFiles([{ name: `e2e-${stamp}.exe`, mimeType: "application/octet-stream", buffer: Buffer.from("MZ") }]);
  await page.getByRole("button", { name: "上传并导入" }).click();
  const refused = page.getByTestId("upload-result");
  await expect(refused.locator("li").first()).toHaveText("上传被拒绝，没有保存任何文件");
  await expect(refused).toContainText("不支持的文件类型");

  // Upload one good page and one that has no article text in it.
  // Dated today, so it sorts first among the latest articles on the home page.
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" });
  // A crawler's URL field under the text: the article's 阅读原文 link (issue 19).
  const originalUrl = `https://news.example.com/e2e/${stamp}.html`;
  const body = [title, "", `发布时间:${today} 09:30`, "", ...uniqueNews(), `原文链接：${originalUrl}`].join("\n");
  await expect(page.locator('form[data-ready="true"]')).toBeVisible();
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
  // Generated text is rarely, but possibly, a near-duplicate of an earlier local run's upload; both count.
  const tile = async (label: string) => Number(await summary.locator("div").filter({ hasText: label }).locator("dd").textContent());
  expect((await tile("新增")) + (await tile("重复"))).toBe(1);
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
  await goodRow.getByRole("link", { name: title }).click();
  const original = page.getByTestId("original-url");
  await expect(original).toHaveText("阅读原文");
  await expect(original).toHaveAttribute("href", originalUrl);
  await expect(original).toHaveAttribute("rel", "noopener noreferrer nofollow");
  await expect(page.getByTestId("article-body")).not.toContainText(originalUrl);
  await page.goto("/");
  await expect(page.getByRole("link", { name: title }).first()).toBeVisible();
  // The company's cached profile lists it on the first visit after the import, not a minute later.
  await page.goto("/companies/openai");
  await expect(page.getByRole("link", { name: title }).first()).toBeVisible();
});
