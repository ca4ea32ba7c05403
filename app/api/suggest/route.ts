/** GET /api/suggest?q=&limit= — companies and people for the search box, by name, alias or pinyin. */
import { suggestEntities } from "@/lib/data/search/suggest";
import { jsonResponse } from "@/lib/http/conditional-get";
import { parseQuery } from "@/lib/api/params";
import { badRequest } from "@/lib/validation/api-error";
import { SuggestApiParams } from "@/lib/search/search-params";

export async function GET(request: Request): Promise<Response> {
  const parsed = parseQuery(SuggestApiParams, new URL(request.url).searchParams);
  if (!parsed.ok) return badRequest(parsed.issues);
  const suggestions = await suggestEntities(parsed.value.q, parsed.value.limit);
  return jsonResponse(request, { q: parsed.value.q, suggestions });
}
