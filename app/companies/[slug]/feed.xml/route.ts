/** Atom feed of a company's newest articles. */
import { entityFeed } from "@/lib/data/articles/entity-feed";
import { db } from "@/lib/db";
import { dataChangedAt } from "@/lib/data/cache/generation-cache";
import { atomResponse } from "@/lib/http/conditional-get";
import { parseSlugParam } from "@/lib/validation/query";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlugParam((await params).slug);
  const xml = slug === null ? null : await entityFeed("company", slug, new URL(request.url).origin);
  if (xml === null) return new Response("找不到这家公司\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return atomResponse(request, xml, dataChangedAt(db()));
}
