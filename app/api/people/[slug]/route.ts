/** GET /api/people/{slug} — a person's profile (aliases, roles with their evidence, co-mentions, months, newest articles). */
import { getPerson } from "@/lib/data/people/get-person";
import { parsePathParams, parseQuery } from "@/lib/api/params";
import { NoQuery, SlugParams } from "@/lib/api/routes";
import { personProfileJson } from "@/lib/api/to-json";
import { jsonResponse } from "@/lib/http/conditional-get";
import { apiError, badRequest } from "@/lib/validation/api-error";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const path = parsePathParams(SlugParams, await params);
  if (!path.ok) return badRequest(path.issues);
  const query = parseQuery(NoQuery, new URL(request.url).searchParams);
  if (!query.ok) return badRequest(query.issues);
  const person = await getPerson(path.value.slug);
  if (!person) return apiError("not_found", [{ param: "slug", message: `没有这个人物：${path.value.slug}` }]);
  return jsonResponse(request, personProfileJson(person));
}
