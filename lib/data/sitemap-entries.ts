/**
 * What the sitemap lists: every present article (with its last change) and every visible
 * company and person profile. Capped at the sitemap protocol's 50,000 URLs per file.
 */
import type { Db } from "@/lib/db";
import { db as defaultDb } from "@/lib/db";
import { sqliteDate } from "./read-connection";
import { reader } from "./dialect";

export interface SitemapEntry {
  path: string;
  /** ISO 8601, when known. */
  lastModified: string | null;
}

const MAX_URLS = 50_000;

export async function sitemapEntries(database: Db = defaultDb()): Promise<SitemapEntry[]> {
  const r = reader(database);
  const profiles = async (table: "Company" | "Person", base: string) =>
    (await r.all<{ slug: string }>(`SELECT "slug" FROM "${table}" WHERE "status" <> 'rejected' AND "id" IN (SELECT "${table === "Company" ? "companyId" : "personId"}" FROM "${table}Mention") ORDER BY "id"`))
      .map((r) => ({ path: `${base}/${encodeURIComponent(r.slug)}`, lastModified: null }));
  const articles = (await r.all<{ id: number; updatedAt: unknown }>(`SELECT "id", "updatedAt" FROM "Article" WHERE "missingSince" IS NULL ORDER BY "id" DESC LIMIT ?`, MAX_URLS))
    .map((r) => ({ path: `/articles/${r.id}`, lastModified: sqliteDate(r.updatedAt)?.toISOString() ?? null }));
  const lists = ["/", "/companies", "/people"].map((path) => ({ path, lastModified: null }));
  return [...lists, ...(await profiles("Company", "/companies")), ...(await profiles("Person", "/people")), ...articles].slice(0, MAX_URLS);
}
