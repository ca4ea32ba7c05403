/**
 * The slugs of the companies or people mentioned by the most listed articles, for rendering
 * their profiles ahead of the first visit (they draw most of the visits).
 */
import type { Db } from "@/lib/db";
import { reader } from "../dialect";

export async function mostMentionedSlugs(database: Db, kind: "company" | "person", limit: number): Promise<string[]> {
  const [entity, mention, key] = kind === "company" ? ["Company", "CompanyMention", "companyId"] : ["Person", "PersonMention", "personId"];
  const rows = await reader(database).all<{ slug: string }>(
      `SELECT e."slug" FROM "${mention}" m JOIN "Article" a ON a."id" = m."articleId" AND a."missingSince" IS NULL
       JOIN "${entity}" e ON e."id" = m."${key}" AND e."status" <> 'rejected'
       GROUP BY e."id" ORDER BY count(*) DESC, e."slug" LIMIT ?`,
      limit,
  );
  return rows.map((r) => r.slug);
}
