/** GET /api/search?q=&cursor=&page=&pageSize=&sort=relevance|recent&group=story|off — grouped results as JSON; bad parameters → 400. */
import { searchEverything } from "@/lib/data/search/search";
import { keptJsonResponse } from "@/lib/http/conditional-get";
import { parseQuery } from "@/lib/api/params";
import { badRequest } from "@/lib/validation/api-error";
import { encodeSearchCursor, PAGE_MAX, SearchApiParams } from "@/lib/search/search-params";

export async function GET(request: Request): Promise<Response> {
  const parsed = parseQuery(SearchApiParams, new URL(request.url).searchParams);
  if (!parsed.ok) return badRequest(parsed.issues);
  const { q, pageSize, sort, group } = parsed.value;
  const page = parsed.value.cursor ?? parsed.value.page;
  const result = await searchEverything({ q, page, pageSize, sort, group });
  // The result is kept per query and page (cachedRead), and the cursor follows from it and the page.
  const nextCursor = result.articles.hasMore && page < PAGE_MAX ? encodeSearchCursor(page + 1) : null;
  return keptJsonResponse(request, result, () => ({ ...result, articles: { ...result.articles, nextCursor } }));
}
