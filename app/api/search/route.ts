/** GET /api/search?q=&page=&pageSize=&sort=relevance|recent — grouped results as JSON; bad parameters → 400. */
import { NextResponse } from "next/server";
import { searchEverything } from "@/lib/data/search/search";
import { badRequestBody } from "@/lib/search/api-errors";
import { firstValues, SearchApiParams } from "@/lib/search/search-params";

export async function GET(request: Request): Promise<NextResponse> {
  const parsed = SearchApiParams.safeParse(firstValues(new URL(request.url).searchParams));
  if (!parsed.success) return NextResponse.json(badRequestBody(parsed.error), { status: 400 });
  const { q, page, pageSize, sort } = parsed.data;
  return NextResponse.json(await searchEverything({ q, page, pageSize, sort }));
}
