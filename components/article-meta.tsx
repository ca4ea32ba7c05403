/** The article's byline block: date, source, original publisher, authors, reporters, editors, views. */
import type { ArticleDetail } from "@/lib/data/articles/get-article";
import { safeHttpUrl } from "@/lib/text/http-url";
import { PublishedDate } from "./published-date";

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex gap-1">
      <dt className="text-stone-500">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function ArticleMeta({ article }: { article: ArticleDetail }) {
  const a = article;
  // Checked again at render: a row written by an older importer or by hand is no safer than the page.
  const original = safeHttpUrl(a.originalUrl);
  return (
    <dl className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm text-stone-700" data-testid="article-meta">
      <Item label="发布">
        <PublishedDate local={a.publishedLocal} inferred={a.dateInferred} />
      </Item>
      {a.source && <Item label="来源">{a.source}</Item>}
      {a.originalPublisher && a.originalPublisher !== a.source && <Item label="原发布方">{a.originalPublisher}</Item>}
      {a.site && a.site !== a.source && <Item label="网页标注来源">{a.site}</Item>}
      {a.authors.length > 0 && <Item label="作者">{a.authors.join("、")}</Item>}
      {a.reporters.length > 0 && <Item label="记者">{a.reporters.join("、")}</Item>}
      {a.editors.length > 0 && <Item label="编辑">{a.editors.join("、")}</Item>}
      {a.views !== null && <Item label="浏览">{a.views.toLocaleString("zh-CN")} 次</Item>}
      {original && (
        <div className="flex gap-1">
          <dt className="sr-only">原文网址</dt>
          <dd>
            <a href={original} rel="noopener noreferrer nofollow" className="underline hover:text-brand" data-testid="original-url" title={original}>
              阅读原文
            </a>
          </dd>
        </div>
      )}
    </dl>
  );
}
