/** /articles: every article, newest first, filtered by company, person, source, date range and script. */
import { SITE_FEED_ALTERNATES } from "@/components/feed-alternates";
import type { Metadata } from "next";
import { ArticleList } from "@/components/article-list";
import { loadArticleList } from "@/lib/data/articles/load-article-list";
import type { RawSearchParams } from "@/lib/validation/query";

export const metadata: Metadata = { title: "文章", alternates: SITE_FEED_ALTERNATES };

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const data = await loadArticleList(await searchParams);
  return <ArticleList data={data} base="/articles" heading="全部文章" />;
}
