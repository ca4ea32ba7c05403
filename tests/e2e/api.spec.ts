/**
 * The JSON API on the production server: the served OpenAPI document is the committed one, every
 * documented route answers in its documented shape and reads exactly its documented parameters,
 * single items, cursor paging to the end of every list, ETag/304, and the one error format.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { z } from "zod";
import { API_ROUTES } from "../../lib/api/routes";
import { ArticleDetailResponse } from "../../lib/api/response-schemas";
import { parseApiError } from "../helpers/api-error-contract";

const committed = JSON.parse(fs.readFileSync(path.resolve("openapi.json"), "utf8")) as {
  paths: Record<string, { get: { parameters: { name: string; in: string; schema: { type?: string; enum?: string[] } }[] } }>;
};

/** A documented path with its templates filled by things the seeds hold. */
const SAMPLE: Record<string, string> = { id: "3", slug: "openai" };
const fill = (p: string) => (p.startsWith("/api/people/") ? p.replace("{slug}", "li-kaifu") : p.replace(/\{(\w+)\}/g, (_, k: string) => SAMPLE[k]!));

async function json(request: APIRequestContext, url: string, headers: Record<string, string> = {}) {
  const res = await request.get(url, { headers });
  return { res, body: res.status() === 304 ? null : ((await res.json()) as unknown) };
}

test("/api/openapi.json serves the committed document", async ({ request }) => {
  const res = await request.get("/api/openapi.json");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/json");
  expect(await res.json()).toEqual(committed);
});

test("every documented JSON route answers 200 in its documented shape", async ({ request }) => {
  const jsonRoutes = API_ROUTES.filter((r) => r.response !== "atom");
  expect(jsonRoutes.length).toBeGreaterThanOrEqual(9);
  for (const route of jsonRoutes) {
    const url = fill(route.path) + (route.path === "/api/search" || route.path === "/api/suggest" ? "?q=百度" : "");
    const { res, body } = await json(request, url);
    expect(res.status(), url).toBe(200);
    const parsed = (route.response as z.ZodType).safeParse(body);
    expect(parsed.error?.issues ?? [], url).toEqual([]);
  }
});

test("every route reads each documented query parameter and refuses an undocumented one", async ({ request }) => {
  for (const [p, { get }] of Object.entries(committed.paths)) {
    if (!p.startsWith("/api/")) continue;
    const url = fill(p);
    for (const param of get.parameters.filter((x) => x.in === "query")) {
      const res = await request.get(`${url}?${new URLSearchParams({ [param.name]: "1" })}`);
      // "1" may be a bad value for the parameter (a 400 naming it), never an unknown parameter.
      if (res.status() === 400) {
        const err = parseApiError(await res.json());
        expect(err.error.issues.filter((i) => i.message === "未知参数"), `${p} ${param.name}`).toEqual([]);
      } else expect(res.status(), `${p} ${param.name}`).toBe(200);
    }
    if (p === "/api/health") continue; // the load balancer's check takes what it is given
    const res = await request.get(`${url}?undocumented=1`);
    expect(res.status(), p).toBe(400);
    expect(parseApiError(await res.json()).error.issues).toEqual([{ param: "undocumented", message: "未知参数" }]);
  }
});

test("/api/articles/{id} gives the clean body, metadata and entities; bad and unknown ids use the error format", async ({ request }) => {
  const { res, body } = await json(request, "/api/articles/3");
  expect(res.status()).toBe(200);
  const a = ArticleDetailResponse.parse(body);
  expect(a.id).toBe(3);
  expect(a.titleRestored).toBe(true);
  expect(a.title).not.toBe(a.pageTitle);
  expect(a.body.length).toBeGreaterThan(500);
  expect(a.body).toContain("\n\n");
  expect(a.reporters.length + a.authors.length).toBeGreaterThan(0);
  expect(a.people.map((p) => p.slug)).toContain("li-kaifu");
  expect(a.people.find((p) => p.slug === "li-kaifu")!.url).toBe("/people/li-kaifu");
  // The list and the item agree on the title.
  const list = (await (await request.get("/api/articles?limit=100")).json()) as { items: { id: number; title: string }[] };
  expect(list.items.find((i) => i.id === 3)!.title).toBe(a.title);

  for (const [url, status, param] of [
    ["/api/articles/999999", 404, "id"],
    ["/api/articles/abc", 400, "id"],
    ["/api/articles/0", 400, "id"],
    ["/api/companies/no-such-company", 404, "slug"],
    ["/api/people/no-such-person", 404, "slug"],
    ["/api/companies/%20bad", 400, "slug"],
  ] as const) {
    const r = await request.get(url);
    expect(r.status(), url).toBe(status);
    expect(parseApiError(await r.json()).error.issues.map((i) => i.param), url).toEqual([param]);
  }
});

test("company and person profiles match their list rows", async ({ request }) => {
  const companies = (await (await request.get("/api/companies?limit=500")).json()) as { items: { slug: string; articleCount: number }[] };
  const people = (await (await request.get("/api/people?limit=500")).json()) as { items: { slug: string; articleCount: number }[] };
  for (const [kind, list] of [["companies", companies], ["people", people]] as const) {
    for (const row of list.items.slice(0, 3)) {
      const profile = (await (await request.get(`/api/${kind}/${encodeURIComponent(row.slug)}`)).json()) as { slug: string; articleCount: number; feed: string; articles: unknown[] };
      expect(profile.slug).toBe(row.slug);
      expect(profile.articleCount, row.slug).toBe(row.articleCount);
      expect(profile.articles.length).toBe(Math.min(row.articleCount, 20));
      expect((await request.get(profile.feed)).status()).toBe(200);
    }
  }
});

/** Follows nextCursor from the first page to the end; returns the ids in order. */
async function walk(request: APIRequestContext, first: string, items: (b: Record<string, unknown>) => { id: number }[], next: (b: Record<string, unknown>) => string | null) {
  const ids: number[] = [];
  let url: string | null = first;
  for (let guard = 0; url && guard < 100; guard++) {
    const body = (await (await request.get(url)).json()) as Record<string, unknown>;
    ids.push(...items(body).map((i) => i.id));
    const cursor = next(body);
    url = cursor ? `${first}&cursor=${encodeURIComponent(cursor)}` : null;
  }
  return ids;
}

test("cursor paging walks every list to its end, each row once, in the order of one big page", async ({ request }) => {
  const lists = [
    { first: "/api/articles?limit=2", all: "/api/articles?limit=100", items: (b: Record<string, unknown>) => b.items as { id: number }[], next: (b: Record<string, unknown>) => b.nextCursor as string | null },
    { first: "/api/companies?limit=7", all: "/api/companies?limit=500", items: (b: Record<string, unknown>) => b.items as { id: number }[], next: (b: Record<string, unknown>) => b.nextCursor as string | null },
    { first: "/api/people?limit=7", all: "/api/people?limit=500", items: (b: Record<string, unknown>) => b.items as { id: number }[], next: (b: Record<string, unknown>) => b.nextCursor as string | null },
    {
      first: "/api/search?q=大模型&pageSize=2",
      all: "/api/search?q=大模型&pageSize=50",
      items: (b: Record<string, unknown>) => (b.articles as { items: { id: number }[] }).items,
      next: (b: Record<string, unknown>) => (b.articles as { nextCursor: string | null }).nextCursor,
    },
  ];
  for (const l of lists) {
    const all = l.items((await (await request.get(l.all)).json()) as Record<string, unknown>).map((i) => i.id);
    expect(all.length, l.all).toBeGreaterThan(2);
    expect(await walk(request, l.first, l.items, l.next), l.first).toEqual(all);
  }
  const bad = await request.get("/api/companies?cursor=nonsense");
  expect(bad.status()).toBe(400);
  expect(parseApiError(await bad.json()).error.issues[0]!.param).toBe("cursor");
});

test("API GETs carry ETag and Cache-Control and answer 304 to a matching If-None-Match", async ({ request }) => {
  for (const url of ["/api/articles", "/api/articles/1", "/api/companies", "/api/companies/openai", "/api/people", "/api/search?q=百度", "/api/suggest?q=bai", "/api/openapi.json"]) {
    const first = await request.get(url);
    expect(first.status(), url).toBe(200);
    const etag = first.headers()["etag"]!;
    expect(etag, url).toMatch(/^"[\w-]+"$/);
    expect(first.headers()["cache-control"], url).toContain("must-revalidate");
    const again = await request.get(url, { headers: { "if-none-match": etag } });
    expect(again.status(), url).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers()["etag"]).toBe(etag);
    const stale = await request.get(url, { headers: { "if-none-match": '"something-else"' } });
    expect(stale.status(), url).toBe(200);
  }
});
