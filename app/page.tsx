/** Home: the latest articles, with the same filters as /articles. */
import { ArticleList } from "@/components/article-list";
import { loadArticleList } from "@/lib/data/articles/load-article-list";
import type { RawSearchParams } from "@/lib/validation/query";

export default async function HomePage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const data = await loadArticleList(await searchParams);
  return <ArticleList data={data} base="/" heading="最新文章" />;
}
