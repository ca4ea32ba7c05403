/** Feed entries: the clean text as escaped HTML content, bylines as authors, nothing from a scraped page left as markup. */
import { describe, expect, it } from "vitest";
import { atomFeed, entryHtml } from "@/lib/data/articles/atom-feed";
import type { FeedArticle } from "@/lib/data/articles/feed-articles";

const article = (over: Partial<FeedArticle>): FeedArticle => ({
  id: 7,
  title: "标题",
  titleRestored: false,
  summary: null,
  publishedAt: new Date("2024-03-01T02:00:00Z"),
  publishedLocal: "2024-03-01T10:00:00+08:00",
  dateInferred: false,
  source: "某报",
  script: "simplified",
  duplicateOfId: null,
  addedAt: "2024-03-01T02:05:00.000Z",
  companies: [],
  people: [],
  body: "第一段",
  restoredBody: null,
  bylines: [],
  ...over,
});

const feed = (a: FeedArticle) => atomFeed({ selfUrl: "https://x/feed.xml", pageUrl: "https://x/", origin: "https://x", title: "t", subtitle: "s", articles: [a], now: new Date(0) });

describe("atom entries", () => {
  it("make each paragraph a <p> and escape scraped markup inside it", () => {
    expect(entryHtml({ body: "甲<script>alert(1)</script>\n\n乙 & 丙", restoredBody: null })).toBe("<p>甲&lt;script&gt;alert(1)&lt;/script&gt;</p><p>乙 &amp; 丙</p>");
  });

  it("escape the HTML once more for the XML, so the content element holds text only", () => {
    const xml = feed(article({ body: "a<b>c\u0001" }));
    expect(xml).toContain('<content type="html">&lt;p&gt;a&amp;lt;b&amp;gt;c&lt;/p&gt;</content>');
    expect(xml).not.toContain("\u0001");
  });

  it("add the restored wording of spun text under its own heading", () => {
    expect(entryHtml({ body: "家养智能", restoredBody: "人工智能" })).toBe("<p>家养智能</p><h2>可能的原文（还原同义词替换）</h2><p>人工智能</p>");
  });

  it("name each byline as an author, the source only when there is none", () => {
    expect(feed(article({ bylines: ["王五", "赵六"] }))).toContain("<author><name>王五</name></author>\n    <author><name>赵六</name></author>");
    expect(feed(article({ bylines: ["王五"] }))).not.toContain("<name>某报</name>");
    expect(feed(article({}))).toContain("<author><name>某报</name></author>");
    expect(feed(article({ source: null }))).toContain("<author><name>未知来源</name></author>");
  });
});
