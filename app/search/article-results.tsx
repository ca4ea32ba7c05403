/** Ranked article hits with highlighted title and snippet, and page links that keep the query. */
import Link from "next/link";
import type { ArticleHit, SearchResult } from "@/lib/data/search/search";
import type { Segment } from "@/lib/search/snippet";
import { html, type Markup } from "@/lib/markup/html";
import { publishedDateMarkup } from "@/components/published-date";
import { RawMarkup } from "@/components/raw-markup";
import { restoredMarkup } from "@/components/restored-title";
import { storyBadgeMarkup, storyOthersMarkup } from "@/components/article-rows";
import { displayPunctuation } from "@/lib/text/display-punctuation";

function pageHref(q: string, sort: string, page: number, group: string): string {
  const p = new URLSearchParams({ q });
  if (sort !== "relevance") p.set("sort", sort);
  if (group === "off") p.set("group", "off");
  if (page > 1) p.set("page", String(page));
  return `/search?${p.toString()}`;
}

const marked = (segments: Segment[]) => segments.map((s) => (s.hit ? html`<mark>${s.text}</mark>` : displayPunctuation(s.text)));

/** A hit as escaped markup, like list rows (see components/article-rows.tsx). */
export function hitMarkup(a: ArticleHit): Markup {
  // The date as a <time> like every list's, so it turns relative in the browser (components/reader/).
  const meta = a.publishedLocal ? html`${a.source ? html`${a.source} · ` : null}${publishedDateMarkup(a.publishedLocal, a.dateInferred)}` : a.source || "来源与日期不详";
  const badge = a.story ? html` ${storyBadgeMarkup(a.story)}` : null;
  return html`<li class="rounded border border-stone-200 bg-white p-4"><h3 class="text-lg font-medium leading-snug"><a href="/articles/${a.id}" class="hover:text-brand hover:underline">${marked(
    a.title,
  )}</a>${a.titleRestored ? restoredMarkup() : null}</h3><p class="mt-1 text-xs text-stone-600">${meta}${badge}</p><p class="mt-2 text-sm leading-relaxed text-stone-700">${marked(a.snippet)}</p>${storyOthersMarkup(a.story)}</li>`;
}

export function ArticleResults({ q, sort, group, articles }: { q: string; sort: string; group: string; articles: SearchResult["articles"] }) {
  const { items, page, pageSize, total, totalCapped, hasMore } = articles;
  const first = (page - 1) * pageSize + 1;
  return (
    <section aria-labelledby="articles-heading" className="mt-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="articles-heading" className="text-base font-semibold text-stone-700">
          文章 <span className="text-sm font-normal text-stone-500">{totalCapped ? `超过 ${total} 篇` : `${total} 篇`}</span>
        </h2>
        <nav aria-label="排序" className="text-sm">
          {sort === "relevance" ? <span className="font-medium">按相关度</span> : <Link href={pageHref(q, "relevance", 1, group)} className="text-brand underline">按相关度</Link>}
          <span className="mx-2 text-stone-500" aria-hidden="true">|</span>
          {sort === "recent" ? <span className="font-medium">按时间</span> : <Link href={pageHref(q, "recent", 1, group)} className="text-brand underline">按时间</Link>}
        </nav>
      </div>
      <p className="mt-1 text-xs text-stone-600">
        {group === "story" ? (articles.folded > 0 ? `同一报道的 ${articles.folded} 篇已并入最相关的一篇。` : "同一报道的多篇文章合为一条。") : "逐篇显示，不合并同一报道。"}
        <a href={pageHref(q, sort, 1, group === "story" ? "off" : "story")} className="ml-1 inline-block py-1 underline" data-testid="search-group-switch">
          {group === "story" ? "逐篇显示" : "按报道合并"}
        </a>
      </p>
      {articles.ranking === "title-then-recent" && (
        <p className="mt-1 text-xs text-stone-500">匹配的文章很多:在最新的 500 篇中,标题命中的排在前面,其余按时间从新到旧。</p>
      )}
      {items.length === 0 ? (
        <p className="mt-3 rounded border border-dashed border-stone-300 bg-white p-4 text-stone-600">
          {page > 1 ? "这一页没有更多结果了。" : "没有找到文章。试试更短的词、去掉筛选条件，或用公司的别名与拼音。"}
        </p>
      ) : (
        <RawMarkup as="ol" className="mt-3 space-y-4" start={first} markup={html`${items.map(hitMarkup)}`} />
      )}
      {(page > 1 || hasMore) && (
        <nav aria-label="分页" className="mt-4 flex gap-4 text-sm">
          {page > 1 && (
            <Link href={pageHref(q, sort, page - 1, group)} rel="prev" className="text-brand underline">
              ← 上一页
            </Link>
          )}
          <span className="text-stone-500">第 {page} 页</span>
          {hasMore && (
            <Link href={pageHref(q, sort, page + 1, group)} rel="next" className="text-brand underline">
              下一页 →
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}
