/** The `<link rel="alternate" type="application/atom+xml">` of pages that have no feed of their own: the site's feed. */
import type { Metadata } from "next";

export const SITE_FEED_ALTERNATES: Metadata["alternates"] = {
  types: { "application/atom+xml": [{ url: "/feed.xml", title: "大模型新闻追踪：最新文章" }] },
};
