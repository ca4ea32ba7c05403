/**
 * The OpenAPI 3.1 document of the public routes, generated from their zod schemas
 * (routes.ts, response-schemas.ts) with zod's own JSON Schema output. `npm run openapi` writes
 * it to openapi.json; /api/openapi.json serves the same object; tests hold the three equal.
 */
import { z } from "zod";
import { API_ROUTES, type ApiRoute } from "./routes";
import { ApiErrorResponse } from "./response-schemas";

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
}

/** A parameter may be left out when the schema accepts its absence (optional or defaulted). */
const optional = (s: z.ZodType) => s.safeParse(undefined).success;

function parameters(route: ApiRoute): JsonSchema[] {
  const out: JsonSchema[] = [];
  for (const [name, s] of Object.entries(route.pathParams?.shape ?? {})) {
    out.push({ name, in: "path", required: true, schema: jsonSchema(s as z.ZodType, "input") });
  }
  for (const [name, s] of Object.entries(route.query.shape)) {
    const schema = s as z.ZodType;
    const p: JsonSchema = { name, in: "query", required: !optional(schema), schema: jsonSchema(schema, "input") };
    if (schema.description) p.description = schema.description;
    out.push(p);
  }
  return out;
}

const ERROR_TEXT: Record<number, string> = {
  400: "bad parameters (each in issues, with the parameter's name)",
  404: "no such resource",
  503: "the database cannot serve",
};

function responses(route: ApiRoute): JsonSchema {
  const validators = route.conditional
    ? { ETag: { schema: { type: "string" } }, "Cache-Control": { schema: { type: "string" } } }
    : undefined;
  const ok =
    route.response === "atom"
      ? { description: "Atom 1.0 feed", headers: { ...validators, "Last-Modified": { schema: { type: "string" } } }, content: { "application/atom+xml": { schema: { type: "string" } } } }
      : { description: "OK", ...(validators ? { headers: validators } : {}), content: { "application/json": { schema: jsonSchema(route.response, "output") } } };
  const out: JsonSchema = { "200": ok };
  if (route.conditional) out["304"] = { description: "not modified since the ETag given in If-None-Match" };
  for (const status of route.errors) {
    out[String(status)] =
      route.response === "atom"
        ? { description: ERROR_TEXT[status] ?? "error", content: { "text/plain": { schema: { type: "string" } } } }
        : { description: ERROR_TEXT[status] ?? "error", content: { "application/json": { schema: { $ref: "#/components/schemas/ApiError" } } } };
  }
  return out;
}

export function openApiDocument(): JsonSchema {
  const paths: Record<string, JsonSchema> = {};
  for (const route of API_ROUTES) {
    paths[route.path] = {
      get: {
        summary: route.summary,
        ...(route.description ? { description: route.description } : {}),
        parameters: parameters(route),
        responses: responses(route),
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "大模型新闻追踪 API",
      version: "1",
      description: "Read-only JSON API and Atom feeds. Every error is {\"error\": {code, message, issues: [{param, message}]}}; unknown /api/* paths answer 404 in that format.",
    },
    paths,
    components: { schemas: { ApiError: jsonSchema(ApiErrorResponse, "output") } },
  };
}

/** The document as committed and served: two-space JSON with a final newline. */
export function openApiText(): string {
  return `${JSON.stringify(openApiDocument(), null, 2)}\n`;
}
