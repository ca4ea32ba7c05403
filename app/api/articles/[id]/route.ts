/** GET /api/articles/{id} — one article: clean body, metadata, companies, people and roles. */
import { getArticle } from "@/lib/data/articles/get-article";
import { parsePathParams, parseQuery } from "@/lib/api/params";
import { ArticleIdParams, NoQuery } from "@/lib/api/routes";
import { articleDetailJson } from "@/lib/api/to-json";
import { jsonResponse } from "@/lib/http/conditional-get";
import { apiError, badRequest } from "@/lib/validation/api-error";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const path = parsePathParams(ArticleIdParams, await params);
  if (!path.ok) return badRequest(path.issues);
  const query = parseQuery(NoQuery, new URL(request.url).searchParams);
  if (!query.ok) return badRequest(query.issues);
  const article = await getArticle(path.value.id);
  if (!article) return apiError("not_found", [{ param: "id", message: `没有编号为 ${path.value.id} 的文章` }]);
  return jsonResponse(request, articleDetailJson(article));
}
