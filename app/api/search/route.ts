/** GET /api/search?q=&cursor=&page=&pageSize=&sort=relevance|recent — grouped results as JSON; bad parameters → 400. */
import { searchEverything } from "@/lib/data/search/search";
import { jsonResponse } from "@/lib/http/conditional-get";
import { badRequest, issuesOf } from "@/lib/validation/api-error";
import { encodeSearchCursor, firstValues, PAGE_MAX, SearchApiParams } from "@/lib/search/search-params";

export async function GET(request: Request): Promise<Response> {
  const parsed = SearchApiParams.safeParse(firstValues(new URL(request.url).searchParams));
  if (!parsed.success) return badRequest(issuesOf(parsed.error));
  const { q, pageSize, sort } = parsed.data;
  const page = parsed.data.cursor ?? parsed.data.page;
  const result = await searchEverything({ q, page, pageSize, sort });
  const nextCursor = result.articles.hasMore && page < PAGE_MAX ? encodeSearchCursor(page + 1) : null;
  return jsonResponse(request, { ...result, articles: { ...result.articles, nextCursor } });
}
