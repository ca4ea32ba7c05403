/** A profile's article list: the articles about the entity first, then passing mentions, with a link to the full filtered list. */
import Link from "next/link";
import type { ArticleListItem } from "@/lib/data/articles/list-articles";
import { ArticleRows } from "./article-rows";

export function EntityArticles({ articles, total, allHref, name }: { articles: (ArticleListItem & { about: boolean })[]; total: number; allHref: string; name: string }) {
  const about = articles.filter((a) => a.about);
  const passing = articles.filter((a) => !a.about);
  return (
    <section aria-labelledby="articles-heading" className="mt-8">
      <h2 id="articles-heading" className="text-lg font-semibold">
        文章（{total}）
      </h2>
      {articles.length === 0 && <p className="text-sm text-stone-500">目前没有提到{name}的文章。</p>}
      {about.length > 0 && (
        <>
          <h3 className="mt-3 text-sm font-semibold text-stone-600">主要讲述{name}的文章</h3>
          <ArticleRows articles={about} />
        </>
      )}
      {passing.length > 0 && (
        <>
          <h3 className="mt-4 text-sm font-semibold text-stone-600">顺带提到{name}的文章</h3>
          <ArticleRows articles={passing} />
        </>
      )}
      {total > articles.length && (
        <p className="mt-3 text-sm">
          <Link href={allHref} className="underline">
            查看全部 {total} 篇 →
          </Link>
        </p>
      )}
    </section>
  );
}
