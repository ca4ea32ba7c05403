/** Atom feed of a company's newest articles. */
import { entityFeed } from "@/lib/data/articles/entity-feed";
import { parseSlugParam } from "@/lib/validation/query";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlugParam((await params).slug);
  const xml = slug === null ? null : await entityFeed("company", slug, new URL(request.url).origin);
  if (xml === null) return new Response("unknown company\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
}
