/** GET /sitemap.xml — every article and profile, with absolute URLs from the request's origin. */
import { xmlEscape } from "@/lib/data/articles/atom-feed";
import { sitemapEntries } from "@/lib/data/sitemap-entries";

export async function GET(request: Request): Promise<Response> {
  const origin = new URL(request.url).origin;
  const urls = (await sitemapEntries()).map(
    (e) => `  <url><loc>${xmlEscape(origin + e.path)}</loc>${e.lastModified ? `<lastmod>${e.lastModified}</lastmod>` : ""}</url>`,
  );
  const xml = [`<?xml version="1.0" encoding="utf-8"?>`, `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`, ...urls, `</urlset>`, ""].join("\n");
  return new Response(xml, { headers: { "content-type": "application/xml; charset=utf-8" } });
}
