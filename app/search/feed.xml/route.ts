/** GET /search/feed.xml?q= — Atom feed of a saved search (newest first); bad parameters → 400. */
import { db } from "@/lib/db";
import { dataChangedAt } from "@/lib/data/cache/generation-cache";
import { atomResponse } from "@/lib/http/conditional-get";
import { searchFeed } from "@/lib/data/search/search-feed";
import { badRequest, issuesOf } from "@/lib/validation/api-error";
import { firstValues, SearchFeedParams } from "@/lib/search/search-params";

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const parsed = SearchFeedParams.safeParse(firstValues(url.searchParams));
  if (!parsed.success) return badRequest(issuesOf(parsed.error));
  const xml = await searchFeed(parsed.data.q, url.origin);
  return atomResponse(request, xml, dataChangedAt(db()));
}
