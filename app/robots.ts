/** robots.txt: readers' pages are open to crawlers; the admin area and the JSON API are not. */
import type { MetadataRoute } from "next";

export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: "*", allow: "/", disallow: ["/admin", "/api/"] }], sitemap: "/sitemap.xml" };
}
