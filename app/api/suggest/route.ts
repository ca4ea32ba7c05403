/** GET /api/suggest?q=&limit= — companies and people for the search box, by name, alias or pinyin. */
import { suggestEntities } from "@/lib/data/search/suggest";
import { jsonResponse } from "@/lib/http/conditional-get";
import { badRequest, issuesOf } from "@/lib/validation/api-error";
import { firstValues, SuggestApiParams } from "@/lib/search/search-params";

export async function GET(request: Request): Promise<Response> {
  const parsed = SuggestApiParams.safeParse(firstValues(new URL(request.url).searchParams));
  if (!parsed.success) return badRequest(issuesOf(parsed.error));
  const suggestions = await suggestEntities(parsed.data.q, parsed.data.limit);
  return jsonResponse(request, { q: parsed.data.q, suggestions });
}
