/** One row of an article list: title, date, source, top companies and people, one-line summary. */
import Link from "next/link";
import type { ArticleListItem } from "@/lib/data/articles/list-articles";
import { EntityLinks } from "./entity-links";
import { PublishedDate } from "./published-date";

export function ArticleRow({ article }: { article: ArticleListItem }) {
  return (
    <article className="article-row" data-testid="article-row">
      <h2 className="article-row-title">
        <Link href={`/articles/${article.id}`}>
          {article.title}
        </Link>
      </h2>
      <p className="article-row-meta">
        <PublishedDate local={article.publishedLocal} inferred={article.dateInferred} />
        {article.source && <span>{article.source}</span>}
        {article.script === "traditional" && <span>繁体</span>}
        {article.duplicateOfId && (
          <Link href={`/articles/${article.duplicateOfId}`} className="text-amber-700 hover:underline">
            同一报道的另一来源
          </Link>
        )}
      </p>
      {article.summary && <p className="article-row-summary">{article.summary}</p>}
      {(article.companies.length > 0 || article.people.length > 0) && (
        <p className="article-row-entities">
          <EntityLinks kind="company" items={article.companies} label="公司" />
          <EntityLinks kind="person" items={article.people} label="人物" />
        </p>
      )}
    </article>
  );
}
