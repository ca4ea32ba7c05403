/** GET /api/companies/{slug} — a company's profile (aliases, products, people, co-mentions, months, newest articles). */
import { getCompany } from "@/lib/data/companies/get-company";
import { parsePathParams, parseQuery } from "@/lib/api/params";
import { NoQuery, SlugParams } from "@/lib/api/routes";
import { companyProfileJson } from "@/lib/api/to-json";
import { jsonResponse } from "@/lib/http/conditional-get";
import { apiError, badRequest } from "@/lib/validation/api-error";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const path = parsePathParams(SlugParams, await params);
  if (!path.ok) return badRequest(path.issues);
  const query = parseQuery(NoQuery, new URL(request.url).searchParams);
  if (!query.ok) return badRequest(query.issues);
  const company = await getCompany(path.value.slug);
  if (!company) return apiError("not_found", [{ param: "slug", message: `没有这家公司：${path.value.slug}` }]);
  return jsonResponse(request, companyProfileJson(company));
}
