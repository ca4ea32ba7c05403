/** /articles/[id]: the clean reading view of one article. */
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArticleMeta } from "@/components/article-meta";
import { CleaningPanel } from "@/components/cleaning-panel";
import { EntityLinks } from "@/components/entity-links";
import { HighlightedParagraphs } from "@/components/highlighted-paragraphs";
import type { HighlightTerm } from "@/components/highlight";
import { PublishedDate } from "@/components/published-date";
import { ArticleReader } from "@/components/reader/article-reader";
import { RestoredMark } from "@/components/restored-title";
import { getArticle, type ArticleDetail } from "@/lib/data/articles/get-article";
import { relatedArticles } from "@/lib/data/articles/related-articles";
import { displayPunctuation } from "@/lib/text/display-punctuation";
import { toSimplified, toTraditional } from "@/lib/text/script";
import { parseArticleId, parseArticleView } from "@/lib/validation/article-page";
import type { RawSearchParams } from "@/lib/validation/query";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<RawSearchParams> };

const loadArticle = cache(async (rawId: string) => {
  const id = parseArticleId(rawId);
  return id === null ? null : getArticle(id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle((await params).id);
  return { title: article?.restoredTitle ?? article?.title ?? "找不到文章" };
}

/**
 * Every form of each entity in both scripts: the names are stored simplified and the forms as
 * found, so a traditional text shown as it is needs the traditional spellings as much as a
 * converted one needs the simplified (the original view used to miss 李開復 and others).
 */
function highlightTerms(a: ArticleDetail): HighlightTerm[] {
  const terms: HighlightTerm[] = [];
  const add = (kind: HighlightTerm["kind"], name: string, forms: string[]) => {
    const label = `${kind === "company" ? "公司" : "人物"}：${name}`;
    for (const f of [name, ...forms]) {
      for (const form of new Set([f, toSimplified(f), toTraditional(f)])) terms.push({ form, label, kind });
    }
  };
  for (const c of a.companies) add("company", c.name, c.forms);
  for (const p of a.people) add("person", p.name, p.forms);
  return terms;
}

/** The byline in the script the reader chose: source and names convert with the text. */
function simplifiedMeta(a: ArticleDetail): ArticleDetail {
  const opt = (s: string | null) => (s === null ? null : toSimplified(s));
  const list = (l: string[]) => l.map(toSimplified);
  return { ...a, source: opt(a.source), site: opt(a.site), originalPublisher: opt(a.originalPublisher), authors: list(a.authors), reporters: list(a.reporters), editors: list(a.editors) };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const article = await loadArticle((await params).id);
  if (!article) notFound();
  const view = parseArticleView(await searchParams);
  const simplified = article.script === "traditional" && view.script === "simplified";
  const title = simplified ? article.titleSimplified : article.title;
  const body = simplified ? article.bodySimplified : article.body;
  // The page leads with the restored title of spun text, as every list does (display-title.ts).
  const restored = article.restoredTitle ? (simplified ? toSimplified(article.restoredTitle) : article.restoredTitle) : null;
  const related = await relatedArticles(article);

  return (
    <article className="mx-auto max-w-3xl" lang={article.script === "traditional" && !simplified ? "zh-Hant" : "zh-Hans"}>
      {article.missing && (
        <p role="status" className="mb-4 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
          这篇文章的源文件在最近一次导入中已不存在；此处保留的是上次导入的内容。
        </p>
      )}
      <h1 className="text-2xl font-bold leading-snug sm:text-3xl">
        {displayPunctuation(restored ?? title)}
        {restored && <RestoredMark />}
      </h1>
      {restored && (
        <p className="mt-2 text-sm text-stone-600" data-testid="page-title">
          网页上的标题（疑似伪原创）：<span>{displayPunctuation(title)}</span>
        </p>
      )}
      <ArticleMeta article={simplified ? simplifiedMeta(article) : article} />
      <div className="mt-2">
        <ArticleReader id={article.id} title={displayPunctuation(restored ?? title)} />
      </div>

      {article.script === "traditional" && (
        <p className="mt-3 flex gap-2 text-sm" aria-label="字体切换">
          <span className="text-stone-500">本文为繁体:</span>
          {simplified ? (
            <>
              <Link href={`/articles/${article.id}`} className="underline" data-testid="script-original">
                显示原文（繁体）
              </Link>
              <span aria-current="true" className="font-semibold">简体</span>
            </>
          ) : (
            <>
              <span aria-current="true" className="font-semibold">原文(繁体)</span>
              <Link href={`/articles/${article.id}?script=simplified`} className="underline" data-testid="script-simplified">
                转为简体
              </Link>
            </>
          )}
        </p>
      )}

      {(article.companies.length > 0 || article.people.length > 0) && (
        <section aria-labelledby="entities-heading" className="mt-4 rounded bg-white p-3 text-sm">
          <h2 id="entities-heading" className="sr-only">
            文中的公司和人物
          </h2>
          {article.companies.length > 0 && (
            <p className="flex flex-wrap items-center gap-2">
              <span className="text-stone-500">公司</span>
              <EntityLinks kind="company" items={article.companies} label="公司" />
            </p>
          )}
          {article.people.length > 0 && (
            <p className="mt-1 flex flex-wrap items-center gap-2">
              <span className="text-stone-500">人物</span>
              <EntityLinks kind="person" items={article.people} label="人物" />
            </p>
          )}
          <p className="mt-1 text-xs text-stone-500">加粗的是本文主要讲述的对象;文中提到处以黄色标出。</p>
        </section>
      )}

      {article.restoredBody && (
        <p role="note" className="mt-4 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
          这篇文章疑似被同义词替换改写（伪原创），部分用词与原文不同（如“家养智能”应为“人工智能”）。下方可展开可能的原文。
        </p>
      )}

      <div className="mt-6">
        <HighlightedParagraphs body={body} terms={highlightTerms(article)} />
      </div>

      {article.cleaning.notes.length > 0 && (
        <aside className="reading mt-6 border-t border-stone-200 pt-3 text-sm text-stone-600" aria-label="作者说明">
          {article.cleaning.notes.map((n, i) => (
            <p key={i}>{n}</p>
          ))}
        </aside>
      )}

      {article.restoredBody && (
        <details className="mt-6 rounded border border-amber-200 bg-white p-4" data-testid="restored-body">
          <summary className="cursor-pointer font-semibold">可能的原文(还原同义词替换)</summary>
          <div className="reading mt-3">
            {article.restoredBody
              .split(/\n{2,}/)
              .filter((p) => p.trim() !== "")
              .map((p, i) => (
                <p key={i}>{displayPunctuation(p)}</p>
              ))}
          </div>
        </details>
      )}

      {article.nearDuplicates.length > 0 && (
        <section aria-labelledby="dups-heading" className="mt-8">
          <h2 id="dups-heading" className="text-lg font-semibold">
            其他网站的同一报道
          </h2>
          <ul className="mt-2 space-y-1 text-sm">
            {article.nearDuplicates.map((d) => (
              <li key={d.id}>
                <Link href={`/articles/${d.id}`} className="underline">
                  {displayPunctuation(d.title)}
                </Link>
                {d.titleRestored && <RestoredMark />}{" "}
                <span className="text-stone-500">
                  {d.source ?? "来源不详"} · <PublishedDate local={d.publishedLocal} inferred={d.dateInferred} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {related.length > 0 && (
        <section aria-labelledby="related-heading" className="mt-8">
          <h2 id="related-heading" className="text-lg font-semibold">
            相关文章
          </h2>
          <ul className="mt-2 space-y-2 text-sm">
            {related.map((r) => (
              <li key={r.id}>
                <Link href={`/articles/${r.id}`} className="underline">
                  {displayPunctuation(r.title)}
                </Link>
                {r.titleRestored && <RestoredMark />}
                <span className="block text-xs text-stone-500">
                  <PublishedDate local={r.publishedLocal} inferred={r.dateInferred} /> · 共同提到：{r.shared.slice(0, 5).join("、")}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <CleaningPanel cleaning={article.cleaning} encoding={article.encoding} />
    </article>
  );
}
