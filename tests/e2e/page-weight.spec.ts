/**
 * Page weight (issue 17): what each kind of page sends — its HTML (a first visit) and its RSC
 * payload (the `RSC: 1` request Next's router makes on a client-side navigation) — printed per
 * page kind, and checked against what the page displays: a list or profile page must not send
 * rows, or link to articles, that the reader never sees (props passed down and not shown, a
 * query's extra row kept for paging, a hidden copy of the list). Sizes are printed, not
 * asserted: the assertions are on content, so they hold whatever the machine or the corpus.
 */
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

interface Sent {
  htmlBytes: number;
  rscBytes: number;
  html: string;
  rsc: string;
}

async function sent(request: APIRequestContext, path: string): Promise<Sent> {
  const html = await request.get(path);
  expect(html.status(), path).toBe(200);
  // Next answers the router's request with a redirect to the same path with ?_rsc; followed.
  const rsc = await request.get(path, { headers: { RSC: "1" } });
  expect(rsc.status(), `${path} (RSC)`).toBe(200);
  expect(rsc.headers()["content-type"] ?? "").toContain("text/x-component");
  const [h, r] = await Promise.all([html.body(), rsc.body()]);
  return { htmlBytes: h.length, rscBytes: r.length, html: h.toString("utf8"), rsc: r.toString("utf8") };
}

const ROW_KINDS = ["article-row", "company-row", "person-row"] as const;

/** Rows of each kind in a body: markup in the HTML, and the same markup as the RSC payload carries it (raw text or a JSON string). */
function rowMarkers(body: string, kind: (typeof ROW_KINDS)[number]): number {
  return body.match(new RegExp(`data-testid=\\\\?"${kind}\\\\?"`, "g"))?.length ?? 0;
}

/**
 * Article ids a body links to or marks rows with, and (`props`) the ids of objects passed to
 * client components (`"id":3` in the RSC payload: no server component's markup has one).
 */
function articleIds(body: string, props = false): Set<number> {
  const ids = new Set<number>();
  const pattern = props ? /\/articles\/(\d+)(?![\d/])|data-article-id=\\?"(\d+)|"id":(\d+)/g : /\/articles\/(\d+)(?![\d/])|data-article-id=\\?"(\d+)/g;
  for (const m of body.matchAll(pattern)) ids.add(Number(m[1] ?? m[2] ?? m[3]));
  return ids;
}

/** What the browser shows: rows of each kind that are visible, and the articles linked from the page. */
async function displayed(page: Page, path: string): Promise<{ rows: Record<string, number>; articles: Set<number> }> {
  await page.goto(path);
  await expect(page.locator("html[data-hydrated]")).toBeAttached();
  const rows: Record<string, number> = {};
  for (const kind of ROW_KINDS) rows[kind] = await page.locator(`[data-testid="${kind}"]:visible`).count();
  const hrefs = await page.locator('a[href^="/articles/"]').evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  // An article page shows its own article.
  return { rows, articles: articleIds([path, ...hrefs].join(" ")) };
}

interface ApiList {
  items: { slug: string }[];
}

/** One page of each kind, on whatever the e2e database holds: its most-mentioned company and person. */
async function samples(request: APIRequestContext): Promise<[string, string][]> {
  const top = async (kind: "companies" | "people") => ((await (await request.get(`/api/${kind}?limit=1`)).json()) as ApiList).items[0]!.slug;
  const [company, person] = await Promise.all([top("companies"), top("people")]);
  const article = ((await (await request.get("/api/articles?limit=1")).json()) as { items: { id: number }[] }).items[0]!.id;
  const c = encodeURIComponent(company);
  return [
    ["home", "/"],
    ["list", "/articles"],
    ["list, one company", `/articles?company=${c}`],
    ["list, one a page", "/articles?limit=1"],
    ["article", `/articles/${article}`],
    ["company", `/companies/${c}`],
    ["person", `/people/${encodeURIComponent(person)}`],
    ["companies", "/companies"],
    ["companies, 3 a page", "/companies?limit=3"],
    ["people", "/people"],
    ["search", `/search?q=${c}`],
  ];
}

test("each page kind sends the rows it displays and no others; bytes per kind printed", async ({ page, request }) => {
  const lines: string[] = [`${"page".padEnd(22)}${"HTML".padStart(8)}${"RSC".padStart(8)}  rows shown`];
  for (const [name, path] of await samples(request)) {
    const s = await sent(request, path);
    const shown = await displayed(page, path);
    for (const kind of ROW_KINDS) {
      // The HTML's own markup (quotes unescaped) holds each row once; the RSC payload once more.
      expect(rowMarkers(s.html.replace(/<script[\s\S]*?<\/script>/g, ""), kind), `${name} ${path}: ${kind}s in the HTML`).toBe(shown.rows[kind]);
      expect(rowMarkers(s.rsc, kind), `${name} ${path}: ${kind}s in the RSC payload`).toBe(shown.rows[kind]);
    }
    // Every article the payload names is one the page links to (an id sent and not shown is waste).
    const notShown = [...articleIds(s.rsc, true)].filter((id) => !shown.articles.has(id));
    expect(notShown, `${name} ${path}: articles in the RSC payload the page does not show`).toEqual([]);
    const rows = ROW_KINDS.map((k) => shown.rows[k]).filter((n): n is number => n! > 0);
    lines.push(`${name.padEnd(22)}${String(s.htmlBytes).padStart(8)}${String(s.rscBytes).padStart(8)}  ${rows.join("+") || 0}`);
  }
  console.log(`page weight (bytes sent, uncompressed)\n${lines.join("\n")}`);
  test.info().annotations.push({ type: "page weight", description: lines.join("\n") });
});
