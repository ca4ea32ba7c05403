/**
 * GET /api/articles?company=&person=&source=&from=&to=&script=&match=&group=&cursor=&limit= — the
 * article list as JSON, with the list page's parameters (company and person may repeat).
 */
import { listArticles } from "@/lib/data/articles/list-articles";
import { articleListItemJson } from "@/lib/api/to-json";
import { jsonResponse } from "@/lib/http/conditional-get";
import { parseArticleFiltersStrict } from "@/lib/validation/article-filters";
import { badRequest } from "@/lib/validation/api-error";

export async function GET(request: Request) {
  const parsed = parseArticleFiltersStrict(new URL(request.url).searchParams);
  if (!parsed.ok) return badRequest(parsed.issues);
  const page = await listArticles(parsed.filters);
  return jsonResponse(request, {
    total: page.total,
    /** Rows the total makes: stories when grouped (the default; group=off lists every article). */
    rows: page.rows,
    grouped: page.grouped,
    nextCursor: page.nextCursor,
    items: page.items.map(articleListItemJson),
  });
}
