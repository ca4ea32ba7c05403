/**
 * Atom 1.0 feeds of article lists (a company's or a person's articles). Everything from
 * scraped pages is escaped, and characters XML 1.0 forbids (control characters, lone
 * surrogates, U+FFFE/U+FFFF) are dropped, because one stray byte would make the whole feed
 * unreadable in a feed reader.
 */
import { escapeMarkup } from "@/lib/markup/escape";
import { RESTORED_TITLE_NOTE } from "./display-title";
import type { ArticleListItem } from "./list-articles";

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
  articles: ArticleListItem[];
  /** Used for <updated> when no article has a date. */
  now: Date;
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
      a.source ? `    <author><name>${xmlEscape(a.source)}</name></author>` : "    <author><name>未知来源</name></author>",
      a.summary ? `    <summary>${xmlEscape(a.summary)}</summary>` : "",
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
