/**
 * Rows of an article list: title, date, source, top companies and people, one-line summary.
 * Built as escaped markup, not React elements: a list page is mostly rows, and each element
 * costs React three passes (RSC payload, HTML, hydration data): with rows and facets as elements
 * the two-filter list served ~104 req/s at 100,000 articles (bench:web), as markup ~160.
 */
import type { ArticleListItem, StoryOthers } from "@/lib/data/articles/list-articles";
import { html, type Markup } from "@/lib/markup/html";
import { displayPunctuation } from "@/lib/text/display-punctuation";
import { restoredMarkup } from "./restored-title";
import { entityLinksMarkup } from "./entity-links";
import { formatPublished, publishedDateMarkup } from "./published-date";
import { RawMarkup } from "./raw-markup";

/** "N 家媒体报道" beside a story's lead. */
export function storyBadgeMarkup(story: StoryOthers): Markup {
  return html`<span class="story-badge" data-testid="story-count">${story.outlets > 1 ? `${story.outlets} 家媒体报道` : `${story.others.length + 1} 篇相同报道`}</span>`;
}

/** The other outlets' reports of a story, oldest first. */
export function storyOthersMarkup(story: StoryOthers | undefined): Markup | null {
  if (!story) return null;
  return html`<ul class="story-others" aria-label="同一报道的其他来源" data-testid="story-others">${story.others.map((o) => {
    const from = [o.source, formatPublished(o.publishedLocal)].filter(Boolean).join(" · ");
    return html`<li${o.script === "traditional" ? html` lang="zh-Hant"` : null}><a href="/articles/${o.id}">${displayPunctuation(o.title)}</a>${o.titleRestored ? restoredMarkup() : null}${
      from ? html` <span class="story-from">${from}</span>` : null
    }</li>`;
  })}</ul>`;
}

export function articleRowMarkup(a: ArticleListItem): Markup {
  const entities = a.companies.length > 0 || a.people.length > 0;
  return html`<article class="article-row" data-testid="article-row"${a.script === "traditional" ? html` lang="zh-Hant"` : null}><h2 class="article-row-title"><a href="/articles/${a.id}">${displayPunctuation(a.title)}</a>${a.titleRestored ? restoredMarkup() : null}</h2><p class="article-row-meta">${publishedDateMarkup(a.publishedLocal, a.dateInferred)}${
    a.source ? html`<span>${a.source}</span>` : null
  }${a.script === "traditional" ? html`<span>繁体</span>` : null}${
    a.story
      ? storyBadgeMarkup(a.story)
      : a.duplicateOfId
        ? html`<a href="/articles/${a.duplicateOfId}" class="text-amber-700 hover:underline">同一报道的另一来源</a>`
        : null
  }</p>${a.summary ? html`<p class="article-row-summary">${displayPunctuation(a.summary)}</p>` : null}${storyOthersMarkup(a.story)}${
    entities ? html`<p class="article-row-entities">${entityLinksMarkup("company", a.companies, "公司")}${entityLinksMarkup("person", a.people, "人物")}</p>` : null
  }</article>`;
}

export function ArticleRows({ articles, className }: { articles: ArticleListItem[]; className?: string }) {
  return <RawMarkup className={className} markup={html`${articles.map(articleRowMarkup)}`} />;
}
