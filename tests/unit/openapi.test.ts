/**
 * The OpenAPI document is generated from the routes' zod schemas; these tests hold the committed
 * openapi.json to the generator, the registry to the route files on disk, and the document's
 * parameters to what the strict parsers accept.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument, openApiText } from "@/lib/api/openapi";
import { parseQuery } from "@/lib/api/params";
import { API_ROUTES } from "@/lib/api/routes";
import { parseArticleFiltersStrict } from "@/lib/validation/article-filters";
import { parseCompanyListStrict, parsePersonListStrict } from "@/lib/validation/entity-lists";
import { SearchApiParams, SuggestApiParams } from "@/lib/search/search-params";

const root = path.resolve(import.meta.dirname, "../..");

interface Parameter {
  name: string;
  in: "query" | "path";
  required: boolean;
  schema: Record<string, unknown>;
}
type Operation = { parameters: Parameter[]; responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }> };
const doc = openApiDocument() as { openapi: string; paths: Record<string, { get: Operation }>; components: { schemas: Record<string, unknown> } };

/** /api/articles/{id} → app/api/articles/[id]/route.ts */
const routeFile = (p: string) => path.join(root, "app", ...p.split("/").filter(Boolean).map((s) => s.replace(/^\{(.+)\}$/, "[$1]")), "route.ts");

/** Every public GET route file: app/api (not the admin's, not the token-guarded internal ones, not the catch-all 404) and the feeds. */
function publicRouteFiles(): string[] {
  const files = fs
    .readdirSync(path.join(root, "app"), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === "route.ts")
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
  return files.filter((f) => (f.startsWith("app/api/") && !f.startsWith("app/api/admin/") && !f.startsWith("app/api/internal/") && !f.includes("[...")) || f.endsWith("feed.xml/route.ts")).sort();
}

describe("OpenAPI document", () => {
  it("is committed as the generator writes it (run `npm run openapi` after changing a schema)", () => {
    expect(fs.readFileSync(path.join(root, "openapi.json"), "utf8")).toBe(openApiText());
  });

  it("documents every public route file, and every documented path has one", () => {
    expect(API_ROUTES.map((r) => path.relative(root, routeFile(r.path))).sort()).toEqual(publicRouteFiles());
  });

  it("is OpenAPI 3.1 with a 200 for every operation and a path parameter for every template segment", () => {
    expect(doc.openapi).toBe("3.1.0");
    for (const [p, { get }] of Object.entries(doc.paths)) {
      expect(get.responses["200"], p).toBeDefined();
      const templated = [...p.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      expect(get.parameters.filter((x) => x.in === "path").map((x) => x.name), p).toEqual(templated);
      for (const x of get.parameters.filter((x) => x.in === "path")) expect(x.required).toBe(true);
      expect(JSON.stringify(get), p).not.toContain('"$schema"');
    }
  });

  it("takes limits, defaults and patterns from the zod schemas", () => {
    const articles = doc.paths["/api/articles"]!.get.parameters;
    const limit = articles.find((x) => x.name === "limit")!;
    expect(limit).toMatchObject({ in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: 100, default: 20 } });
    expect(articles.find((x) => x.name === "script")!.schema).toMatchObject({ enum: ["simplified", "traditional"] });
    expect(articles.find((x) => x.name === "cursor")!.schema).toHaveProperty("pattern");
    // A feed of a search needs its query; nothing else is required anywhere.
    expect(doc.paths["/search/feed.xml"]!.get.parameters).toMatchObject([{ name: "q", required: true }]);
    const detail = doc.paths["/api/articles/{id}"]!.get.responses["200"]!.content!["application/json"]!.schema as { required: string[] };
    expect(detail.required).toEqual(expect.arrayContaining(["body", "companies", "people", "authors", "publishedAt"]));
    expect(doc.paths["/api/articles/{id}"]!.get.responses["404"]!.content!["application/json"]!.schema).toEqual({ $ref: "#/components/schemas/ApiError" });
    expect(doc.components.schemas.ApiError).toMatchObject({ required: ["error"] });
  });

  it("lists exactly the query parameters each strict parser accepts", () => {
    const names = (p: string) => doc.paths[p]!.get.parameters.filter((x) => x.in === "query").map((x) => x.name);
    const strictParsers: [string, (q: URLSearchParams) => boolean][] = [
      ["/api/articles", (q) => parseArticleFiltersStrict(q).ok || !issuesSayUnknown(parseArticleFiltersStrict(q))],
      ["/api/companies", (q) => parseCompanyListStrict(q).ok || !issuesSayUnknown(parseCompanyListStrict(q))],
      ["/api/people", (q) => parsePersonListStrict(q).ok || !issuesSayUnknown(parsePersonListStrict(q))],
      ["/api/search", (q) => !issuesSayUnknown(parseQuery(SearchApiParams, q))],
      ["/api/suggest", (q) => !issuesSayUnknown(parseQuery(SuggestApiParams, q))],
    ];
    for (const [p, accepts] of strictParsers) {
      expect(names(p).length, p).toBeGreaterThan(0);
      for (const name of names(p)) expect(accepts(new URLSearchParams({ [name]: "1" })), `${p} ${name}`).toBe(true);
      expect(accepts(new URLSearchParams({ undocumented: "1" })), `${p} undocumented`).toBe(false);
    }
  });
});

function issuesSayUnknown(r: { ok: true } | { ok: false; issues: { message: string }[] }): boolean {
  return !r.ok && r.issues.some((i) => i.message === "未知参数");
}
