/** GET /api/search?q=&page=&pageSize=&sort=relevance|recent&group=story|off — grouped results as JSON; bad parameters → 400. */
import { NextResponse } from "next/server";
import { searchEverything } from "@/lib/data/search/search";
import { badRequest, issuesOf } from "@/lib/validation/api-error";
import { firstValues, SearchApiParams } from "@/lib/search/search-params";

export async function GET(request: Request): Promise<Response> {
  const parsed = SearchApiParams.safeParse(firstValues(new URL(request.url).searchParams));
  if (!parsed.success) return badRequest(issuesOf(parsed.error));
  const { q, page, pageSize, sort, group } = parsed.data;
  return NextResponse.json(await searchEverything({ q, page, pageSize, sort, group }));
}
