/** GET /api/openapi.json — the OpenAPI 3.1 document, generated from the routes' zod schemas (lib/api/openapi.ts). */
import { openApiText } from "@/lib/api/openapi";
import { parseQuery } from "@/lib/api/params";
import { NoQuery } from "@/lib/api/routes";
import { conditionalResponse } from "@/lib/http/conditional-get";
import { badRequest } from "@/lib/validation/api-error";

const text = openApiText();

export function GET(request: Request): Response {
  const query = parseQuery(NoQuery, new URL(request.url).searchParams);
  if (!query.ok) return badRequest(query.issues);
  return conditionalResponse(request, text, "application/json; charset=utf-8");
}
