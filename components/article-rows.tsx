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
import { absoluteDayHeading } from "@/lib/text/relative-time";

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

/** h2 in a plain list; h3 under the day headings of a dated list. */
type TitleLevel = 2 | 3;

export function articleRowMarkup(a: ArticleListItem, level: TitleLevel = 2): Markup {
  const entities = a.companies.length > 0 || a.people.length > 0;
  const open = level === 2 ? html`<h2 class="article-row-title">` : html`<h3 class="article-row-title">`;
  const close = level === 2 ? html`</h2>` : html`</h3>`;
  // data-article-id: the reader's read and saved marks (components/reader/) find rows by it.
  return html`<article class="article-row" data-testid="article-row" data-article-id="${a.id}" data-added="${a.addedAt}"${a.script === "traditional" ? html` lang="zh-Hant"` : null}>${open}<a href="/articles/${a.id}">${displayPunctuation(a.title)}</a>${a.titleRestored ? restoredMarkup() : null}${close}<p class="article-row-meta">${publishedDateMarkup(a.publishedLocal, a.dateInferred)}${
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

/**
 * Rows under a heading per day (a list in date order): the server writes each day in full
 * (2024年11月18日), and the browser renames it 今天/昨天/11月18日 after mounting.
 */
function rowsByDayMarkup(articles: ArticleListItem[]): Markup {
  const groups: { day: string | null; rows: ArticleListItem[] }[] = [];
  for (const a of articles) {
    const day = a.publishedLocal && /^\d{4}-\d{2}-\d{2}/.test(a.publishedLocal) ? a.publishedLocal.slice(0, 10) : null;
    const last = groups[groups.length - 1];
    if (last && last.day === day) last.rows.push(a);
    else groups.push({ day, rows: [a] });
  }
  return html`${groups.map(
    (g) =>
      html`<section class="day-group"><h2 class="day-heading" data-testid="day-heading">${
        g.day ? html`<time datetime="${g.day}" data-day>${absoluteDayHeading(g.day)}</time>` : "日期不详"
      }</h2>${g.rows.map((a) => articleRowMarkup(a, 3))}</section>`,
  )}`;
}

export function ArticleRows({ articles, className, byDay = false }: { articles: ArticleListItem[]; className?: string; byDay?: boolean }) {
  return <RawMarkup className={className} markup={byDay ? rowsByDayMarkup(articles) : html`${articles.map((a) => articleRowMarkup(a))}`} />;
}
