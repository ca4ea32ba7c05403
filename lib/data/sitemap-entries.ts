/**
 * What the sitemap lists: every present article (with its last change) and every visible
 * company and person profile. Capped at the sitemap protocol's 50,000 URLs per file.
 */
import type { Db } from "@/lib/db";
import { db as defaultDb } from "@/lib/db";
import { readConnection, sqliteDate } from "./read-connection";

export interface SitemapEntry {
  path: string;
  /** ISO 8601, when known. */
  lastModified: string | null;
}

const MAX_URLS = 50_000;

export function sitemapEntries(database: Db = defaultDb()): SitemapEntry[] {
  const conn = readConnection(database);
  const profiles = (table: "Company" | "Person", base: string) =>
    conn
      .prepare<[], { slug: string }>(`SELECT "slug" FROM "${table}" WHERE "status" <> 'rejected' AND "id" IN (SELECT "${table === "Company" ? "companyId" : "personId"}" FROM "${table}Mention") ORDER BY "id"`)
      .all()
      .map((r) => ({ path: `${base}/${encodeURIComponent(r.slug)}`, lastModified: null }));
  const articles = conn
    .prepare<[number], { id: number; updatedAt: unknown }>(`SELECT "id", "updatedAt" FROM "Article" WHERE "missingSince" IS NULL ORDER BY "id" DESC LIMIT ?`)
    .all(MAX_URLS)
    .map((r) => ({ path: `/articles/${r.id}`, lastModified: sqliteDate(r.updatedAt)?.toISOString() ?? null }));
  const lists = ["/", "/companies", "/people"].map((path) => ({ path, lastModified: null }));
  return [...lists, ...profiles("Company", "/companies"), ...profiles("Person", "/people"), ...articles].slice(0, MAX_URLS);
}
