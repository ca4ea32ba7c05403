/** GET /api/companies?kind=&limit=&offset= — companies by number of articles, as JSON. */
import { listCompanies } from "@/lib/data/companies/list-companies";
import { badRequest } from "@/lib/validation/api-error";
import { parseCompanyListStrict } from "@/lib/validation/entity-lists";

export async function GET(request: Request) {
  const parsed = parseCompanyListStrict(new URL(request.url).searchParams);
  if (!parsed.ok) return badRequest(parsed.issues);
  const list = await listCompanies(parsed.query);
  return Response.json({
    total: list.total,
    kinds: list.kinds,
    items: list.items.map((c) => ({ ...c, url: `/companies/${encodeURIComponent(c.slug)}` })),
  });
}
