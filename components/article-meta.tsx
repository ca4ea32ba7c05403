/** The article's byline block: date, source, original publisher, authors, reporters, editors, views. */
import type { ArticleDetail } from "@/lib/data/articles/get-article";
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
    </dl>
  );
}
