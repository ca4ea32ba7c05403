/** GET /api/articles?company=&person=&source=&from=&to=&script=&cursor=&limit= — the article list as JSON. */
import { listArticles } from "@/lib/data/articles/list-articles";
import { articleListItemJson } from "@/lib/api/to-json";
import { jsonResponse } from "@/lib/http/conditional-get";
import { parseArticleFiltersStrict } from "@/lib/validation/article-filters";
import { badRequest } from "@/lib/validation/api-error";

export async function GET(request: Request) {
  const parsed = parseArticleFiltersStrict(new URL(request.url).searchParams);
  if (!parsed.ok) return badRequest(parsed.issues);
  const page = await listArticles(parsed.filters);
  return jsonResponse(request, { total: page.total, nextCursor: page.nextCursor, items: page.items.map(articleListItemJson) });
}
