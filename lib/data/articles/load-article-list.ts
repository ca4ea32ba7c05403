/** Everything the article list pages (/ and /articles) show, from the URL's query string. */
import { db, type Db } from "@/lib/db";
import { parseArticleFiltersLenient, type ArticleFilters } from "@/lib/validation/article-filters";
import type { RawSearchParams } from "@/lib/validation/query";
import { articleFacets, filterLabels, type ArticleFacets } from "./article-facets";
import { listArticles, type ArticlePage } from "./list-articles";

export interface ArticleListData {
  filters: ArticleFilters;
  /** Query keys whose values were not valid and were ignored. */
  ignored: string[];
  page: ArticlePage;
  facets: ArticleFacets;
  labels: { company: Record<string, string>; person: Record<string, string> };
}

export async function loadArticleList(raw: RawSearchParams, database: Db = db()): Promise<ArticleListData> {
  const { filters, ignored } = parseArticleFiltersLenient(raw);
  const [page, facets, labels] = await Promise.all([
    listArticles(filters, database),
    articleFacets(filters, database),
    filterLabels(filters, database),
  ]);
  return { filters, ignored, page, facets, labels };
}
