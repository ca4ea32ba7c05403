/** Home: the latest articles, with the same filters as /articles. */
import type { Metadata } from "next";
import { ArticleList } from "@/components/article-list";
import { SITE_FEED_ALTERNATES } from "@/components/feed-alternates";
import { loadArticleList } from "@/lib/data/articles/load-article-list";
import type { RawSearchParams } from "@/lib/validation/query";

export const metadata: Metadata = { alternates: SITE_FEED_ALTERNATES };

export default async function HomePage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const data = await loadArticleList(await searchParams);
  return <ArticleList data={data} base="/" heading="最新文章" />;
}
