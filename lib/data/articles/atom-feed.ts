/**
 * Atom 1.0 feeds of article lists (the site's, a company's, a person's, a search's). Everything
 * from scraped pages is escaped, and characters XML 1.0 forbids (control characters, lone
 * surrogates, U+FFFE/U+FFFF) are dropped, because one stray byte would make the whole feed
 * unreadable in a feed reader. Each entry carries the whole clean text as escaped HTML
 * (`<content type="html">`) and its bylines as authors.
 */
import { escapeMarkup } from "@/lib/markup/escape";
import { displayPunctuation } from "@/lib/text/display-punctuation";
import { RESTORED_TITLE_NOTE } from "./display-title";
import type { FeedArticle } from "./feed-articles";

// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlEscape(text: string): string {
  return escapeMarkup(text.replace(XML_FORBIDDEN, ""));
}

export interface FeedInput {
  /** Absolute URL of the feed itself. */
  selfUrl: string;
  /** Absolute URL of the page the feed follows. */
  pageUrl: string;
  /** Origin used to build article links, e.g. https://news.example. */
  origin: string;
  title: string;
  subtitle: string;
  articles: FeedArticle[];
  /** Used for <updated> when no article has a date. */
  now: Date;
}

const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .map((p) => `<p>${escapeMarkup(displayPunctuation(p))}</p>`)
    .join("");

/** The entry's HTML: the clean body, then (for spun text) the restored wording, labelled as such. */
export function entryHtml(a: Pick<FeedArticle, "body" | "restoredBody">): string {
  const restored = a.restoredBody ? `<h2>可能的原文（还原同义词替换）</h2>${paragraphs(a.restoredBody)}` : "";
  return paragraphs(a.body) + restored;
}

/** The bylines, else the source (a publication is an author in Atom's sense), else 未知来源. */
function authors(a: FeedArticle): string[] {
  if (a.bylines.length > 0) return a.bylines;
  return [a.source ?? "未知来源"];
}

export function atomFeed(f: FeedInput): string {
  const dates = f.articles.map((a) => a.publishedAt).filter((d): d is Date => d !== null);
  const updated = dates.length > 0 ? new Date(Math.max(...dates.map((d) => d.getTime()))) : f.now;
  const entries = f.articles.map((a) => {
    const url = `${f.origin}/articles/${a.id}`;
    const when = (a.publishedAt ?? f.now).toISOString();
    return [
      "  <entry>",
      `    <id>${xmlEscape(url)}</id>`,
      `    <title>${xmlEscape(a.title)}${a.titleRestored ? `（${RESTORED_TITLE_NOTE}）` : ""}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(url)}"/>`,
      `    <updated>${when}</updated>`,
      a.publishedAt ? `    <published>${a.publishedAt.toISOString()}</published>` : "",
      ...authors(a).map((name) => `    <author><name>${xmlEscape(name)}</name></author>`),
      a.summary ? `    <summary>${xmlEscape(a.summary)}</summary>` : "",
      `    <content type="html">${xmlEscape(entryHtml(a))}</content>`,
      ...a.companies.map((c) => `    <category term="${xmlEscape(c.slug)}" label="${xmlEscape(c.name)}"/>`),
      ...a.people.map((p) => `    <category term="${xmlEscape(p.slug)}" label="${xmlEscape(p.name)}"/>`),
      "  </entry>",
    ]
      .filter((l) => l !== "")
      .join("\n");
  });
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">`,
    `  <id>${xmlEscape(f.selfUrl)}</id>`,
    `  <title>${xmlEscape(f.title)}</title>`,
    `  <subtitle>${xmlEscape(f.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(f.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(f.pageUrl)}"/>`,
    `  <updated>${updated.toISOString()}</updated>`,
    `  <generator>大模型新闻追踪</generator>`,
    ...entries,
    `</feed>`,
    "",
  ].join("\n");
}
