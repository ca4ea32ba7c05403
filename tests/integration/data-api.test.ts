/** The JSON API route handlers over a real SQLite file: shapes, paging, and 400 JSON for bad parameters. */
import type { ApiErrorBody } from "@/lib/validation/api-error";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { fillFixture } from "./data-fixture";

let t: TempDb;
let api: {
  articles: (req: Request) => Promise<Response>;
  companies: (req: Request) => Promise<Response>;
  people: (req: Request) => Promise<Response>;
  health: (request: Request) => Promise<Response>;
};

beforeAll(async () => {
  t = await createTempDb("llmnews-data-api-");
  await fillFixture(t.db);
  // The handlers use the process-wide client, which reads DATABASE_URL on first use.
  process.env.DATABASE_URL = t.url;
  api = {
    articles: (await import("@/app/api/articles/route")).GET,
    companies: (await import("@/app/api/companies/route")).GET,
    people: (await import("@/app/api/people/route")).GET,
    health: (await import("@/app/api/health/route")).GET,
  };
});
afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db().$disconnect();
  await t.cleanup();
});

const get = (path: string) => new Request(`http://test.local${path}`);

describe("/api/articles", () => {
  it("lists with filters and pages with the cursor it returns", async () => {
    const first = await api.articles(get("/api/articles?company=baidu&limit=10"));
    expect(first.status).toBe(200);
    const body = (await first.json()) as { total: number; nextCursor: string; items: { id: number; url: string; publishedAt: string | null }[] };
    expect(body.total).toBe(15);
    expect(body.items).toHaveLength(10);
    expect(body.items[0]!.url).toBe(`/articles/${body.items[0]!.id}`);
    const second = (await (await api.articles(get(`/api/articles?company=baidu&limit=10&cursor=${body.nextCursor}`))).json()) as typeof body;
    expect(second.items).toHaveLength(5);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...body.items, ...second.items].map((a) => a.id)).size).toBe(15);
  });

  it.each([
    "/api/articles?from=2024-02-30",
    "/api/articles?limit=-1",
    "/api/articles?script=%00",
    "/api/articles?cursor=%27%20OR%201%3D1",
    "/api/articles?company=%22%3E%3Cimg",
    "/api/articles?unknown=1",
  ])("answers %s with a 400 JSON body", async (path) => {
    const res = await api.articles(get(path));
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/json");
    // The one error contract (lib/validation/api-error.ts), messages in Chinese.
    const body = (await res.json()) as ApiErrorBody;
    expect(body.error.code).toBe("invalid_parameters");
    expect(body.error.message).toBe("请求参数有误");
    expect(body.error.issues.length).toBeGreaterThan(0);
    for (const i of body.error.issues) {
      expect(typeof i.param).toBe("string");
      expect(i.message).toMatch(/\p{Script=Han}/u);
    }
  });
});

describe("/api/companies and /api/people", () => {
  it("list entities with counts", async () => {
    const companies = (await (await api.companies(get("/api/companies?kind=company"))).json()) as { total: number; items: { slug: string; url: string }[] };
    expect(companies.items.map((c) => c.slug)).toEqual(["baidu", "zhipu", "tencent"]);
    expect(companies.items[0]!.url).toBe("/companies/baidu");
    const people = (await (await api.people(get("/api/people?limit=1"))).json()) as { total: number; items: { slug: string }[] };
    expect(people.total).toBe(3);
    expect(people.items.map((p) => p.slug)).toEqual(["robin-li"]);
  });
  it("refuse bad parameters with 400", async () => {
    expect((await api.companies(get("/api/companies?kind=bank"))).status).toBe(400);
    expect((await api.people(get("/api/people?offset=abc"))).status).toBe(400);
  });
});

describe("/api/health", () => {
  it("answers 200 with the data generation, never cached", async () => {
    const res = await api.health(new Request("http://localhost/api/health"));
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = (await res.json()) as { ok: boolean; dataGeneration: string };
    expect(body.ok).toBe(true);
    expect(BigInt(body.dataGeneration)).toBeGreaterThan(0n);
  });
});
