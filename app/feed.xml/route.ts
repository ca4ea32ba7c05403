/** GET /feed.xml — Atom feed of the whole site's newest articles (a query string is ignored, as feed readers add their own). */
import { siteFeed } from "@/lib/data/articles/site-feed";
import { db } from "@/lib/db";
import { dataChangedAt } from "@/lib/data/cache/generation-cache";
import { atomResponse } from "@/lib/http/conditional-get";

export async function GET(request: Request): Promise<Response> {
  return atomResponse(request, await siteFeed(new URL(request.url).origin), dataChangedAt(db()));
}
