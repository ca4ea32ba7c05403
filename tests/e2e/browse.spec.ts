/**
 * Issue 4's reading flow: from home filter by a company, open an article, follow a person,
 * come back with the back button and find the filter still set. Also visits the company and
 * person pages, feeds and the JSON API. Needs the importer to store entities.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";

interface ApiArticle {
  id: number;
  companies: { slug: string; name: string }[];
  people: { slug: string; name: string }[];
}

async function articles(request: APIRequestContext, query = ""): Promise<{ total: number; items: ApiArticle[] }> {
  const res = await request.get(`/api/articles?limit=100${query}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as { total: number; items: ApiArticle[] };
}

test.beforeEach(async ({ request }) => {
  const res = await request.get("/api/companies?limit=1");
  const body = (await res.json()) as { total: number };
  // The importer extracts entities; an empty company list means that step is broken.
  expect(body.total).toBeGreaterThan(0);
});

test("filter by a company, open an article, follow a person, come back with the filter set", async ({ page, request }) => {
  await page.goto("/");
  // Pick a company offered as a filter whose articles also name a person.
  const facetLinks = page.getByTestId("facet-company");
  const count = await facetLinks.count();
  let chosen: { name: string; slug: string } | null = null;
  for (let i = 0; i < count && !chosen; i++) {
    const href = (await facetLinks.nth(i).getAttribute("href")) ?? "";
    const slug = new URLSearchParams(href.split("?")[1] ?? "").get("company");
    if (!slug) continue;
    const list = await articles(request, `&company=${encodeURIComponent(slug)}`);
    if (list.items.some((a) => a.people.length > 0)) {
      chosen = { slug, name: (await facetLinks.nth(i).locator("span").first().textContent()) ?? "" };
    }
  }
  expect(chosen, "some company filter leads to an article naming a person").not.toBeNull();
  const company = chosen!;

  await page.getByTestId("facet-company").filter({ hasText: company.name }).first().click();
  await expect(page).toHaveURL(new RegExp(`[?&]company=${encodeURIComponent(company.slug)}`));
  await expect(page.getByTestId("active-filter-company")).toContainText(company.name);
  const filtered = await articles(request, `&company=${encodeURIComponent(company.slug)}`);
  await expect(page.getByTestId("result-count")).toContainText(`共 ${filtered.total} 篇`);
  await expect(page.getByTestId("article-row")).toHaveCount(Math.min(filtered.total, 20));
  await page.screenshot({ path: "tests/artifacts/home-filtered.png", fullPage: true });

  // Open an article of that company that names a person.
  const target = filtered.items.find((a) => a.people.length > 0)!;
  await page.locator(`a[href="/articles/${target.id}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/articles/${target.id}$`));
  const entities = page.getByRole("region", { name: "文中的公司和人物" });
  await expect(entities.getByRole("link", { name: company.name, exact: true })).toBeVisible();
  // Mentions are highlighted in the text.
  await expect(page.getByTestId("article-body").locator("mark").first()).toBeVisible();

  // Follow the person.
  const person = target.people[0]!;
  await entities.getByRole("link", { name: person.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/people/${encodeURIComponent(person.slug)}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(person.name);
  await expect(page.locator(`a[href="/articles/${target.id}"]`).first()).toBeVisible();

  // Back twice: the filtered home page, with the filter still set.
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/articles/${target.id}$`));
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`[?&]company=${encodeURIComponent(company.slug)}`));
  await expect(page.getByTestId("active-filter-company")).toContainText(company.name);
  await expect(page.getByTestId("result-count")).toContainText(`共 ${filtered.total} 篇`);

  // Removing the filter brings back every article.
  const all = await articles(request);
  await page.getByTestId("active-filter-company").click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId("result-count")).toContainText(`共 ${all.total} 篇`);
});

test("company and person lists and profiles, with feeds", async ({ page, request }) => {
  await page.goto("/companies");
  await expect(page.getByRole("heading", { level: 1, name: "公司与机构" })).toBeVisible();
  const first = page.getByTestId("company-row").first().getByRole("link");
  const companyName = (await first.textContent()) ?? "";
  await page.screenshot({ path: "tests/artifacts/companies.png", fullPage: true });
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(companyName);
  await expect(page.getByTestId("month-chart")).toBeVisible();
  await expect(page.getByTestId("article-row").first()).toBeVisible();
  await page.screenshot({ path: "tests/artifacts/company.png", fullPage: true });

  const companyFeed = await request.get(`${new URL(page.url()).pathname}/feed.xml`);
  expect(companyFeed.status()).toBe(200);
  expect(companyFeed.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await companyFeed.text();
  expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
  expect(xml).toContain("<entry>");

  await page.goto("/people");
  await expect(page.getByRole("heading", { level: 1, name: "人物" })).toBeVisible();
  const person = page.getByTestId("person-row").first().getByRole("link");
  const personName = (await person.textContent()) ?? "";
  await page.screenshot({ path: "tests/artifacts/people.png", fullPage: true });
  await person.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(personName);
  await page.screenshot({ path: "tests/artifacts/person.png", fullPage: true });
  const personFeed = await request.get(`${new URL(page.url()).pathname}/feed.xml`);
  expect(personFeed.status()).toBe(200);

  expect((await request.get("/companies/no-such-company")).status()).toBe(404);
  expect((await request.get("/people/no-such-person/feed.xml")).status()).toBe(404);

  // Profiles are kept rendered: a second request is answered from Next's page cache (a dynamic
  // API slipped into the page would silently turn that off).
  for (const path of [new URL(page.url()).pathname, "/companies/openai"]) {
    await request.get(path);
    const again = await request.get(path);
    expect(again.status()).toBe(200);
    expect(again.headers()["x-nextjs-cache"], path).toBe("HIT");
  }
});
