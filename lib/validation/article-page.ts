/** Route params and query of /articles/[id]: a bad id is a 404; an unknown script value shows the original. */
import { z } from "zod";
import { IdSchema, flattenParams, type RawSearchParams } from "./query";

export function parseArticleId(raw: string): number | null {
  const parsed = IdSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

const ArticleViewSchema = z.object({
  script: z.enum(["original", "simplified"]).catch("original").default("original"),
});

export type ArticleView = z.output<typeof ArticleViewSchema>;

export function parseArticleView(raw: RawSearchParams): ArticleView {
  return ArticleViewSchema.parse(flattenParams(raw));
}
