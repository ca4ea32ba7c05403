/** GET /api/companies?kind=&cursor=&limit=&offset= — companies by number of articles, as JSON. */
import { listCompanies } from "@/lib/data/companies/list-companies";
import { entityUrl } from "@/lib/api/to-json";
import { jsonResponse } from "@/lib/http/conditional-get";
import { badRequest } from "@/lib/validation/api-error";
import { parseCompanyListStrict } from "@/lib/validation/entity-lists";

export async function GET(request: Request) {
  const parsed = parseCompanyListStrict(new URL(request.url).searchParams);
  if (!parsed.ok) return badRequest(parsed.issues);
  const list = await listCompanies(parsed.query);
  return jsonResponse(request, {
    total: list.total,
    nextCursor: list.nextCursor,
    kinds: list.kinds,
    items: list.items.map((c) => ({ ...c, url: entityUrl("company", c.slug) })),
  });
}
