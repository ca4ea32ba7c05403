/**
 * Article metadata from the lines around the body: title, publication time, source, bylines,
 * view count, summary and closing notes. Only lines near the article count (from the title to
 * just inside the body, and just after the body), so dates and names in site chrome or related
 * lists never leak in. When no explicit date exists, the dates of the neighbouring articles
 * (上一篇/下一篇) are used and the date is marked inferred.
 */
import type { ArticleMetadata, Block, Byline } from "../types";
import type { Classification } from "../classify/classify-blocks";
import { findDates } from "./dates";
import { parseByline } from "./byline";
import { originalPublisher, siteClaim } from "./source";
import { viewCount } from "./views";
import { toSimplified } from "../../text/script";

const SUMMARY_MAX = 160;
const HEADER_SLACK = 3;
const TAIL_SLACK = 6;

export interface HtmlHints {
  title?: string | null;
  publishedAt?: string | null;
  author?: string | null;
  source?: string | null;
  description?: string | null;
  siteName?: string | null;
}

function summaryOf(paragraphs: string[]): string | null {
  const first = paragraphs.find((p) => p.replace(/\s/g, "").length >= 20) ?? paragraphs[0];
  if (!first) return null;
  if (first.length <= SUMMARY_MAX) return first;
  const cut = first.slice(0, SUMMARY_MAX);
  const stop = Math.max(cut.lastIndexOf("。"), cut.lastIndexOf("！"), cut.lastIndexOf("？"));
  return stop >= 40 ? cut.slice(0, stop + 1) : `${cut}…`;
}

function inferredFromNeighbours(cls: Classification): { iso: string; evidence: string } | null {
  const neighbours = cls.removed.filter((r) => r.kind === "prev-next");
  const dates = neighbours.flatMap((r) => findDates(r.text).map((d) => d.iso.slice(0, 10)));
  if (dates.length === 0) return null;
  // Neighbours bracket the article; with two dates the article sits between them, so the earlier
  // one (the previous article's, or the same day) is the safest day to claim.
  const day = [...dates].sort()[0]!;
  return { iso: `${day}T00:00:00+08:00`, evidence: `inferred from the dates of the neighbouring articles (${dates.join(", ")})` };
}

export function extractMetadata(blocks: Block[], cls: Classification, paragraphs: string[], hints: HtmlHints = {}): ArticleMetadata {
  const bodyStart = cls.body[0] ?? blocks.length;
  const bodyEnd = cls.body[cls.body.length - 1] ?? bodyStart;
  const from = Math.min(cls.titleIndex ?? bodyStart, bodyStart) - 1;
  const near = cls.metadata.filter(
    (m) => (m.index >= from && m.index <= bodyStart + HEADER_SLACK) || (m.index >= bodyEnd - 1 && m.index <= bodyEnd + TAIL_SLACK),
  );

  const byline: Byline = { authors: [], reporters: [], editors: [] };
  let publishedAt: string | null = null;
  let dateEvidence: string | null = null;
  let views: number | null = null;
  let original: string | null = null;
  let claim: string | null = null;
  const notes: string[] = [];

  for (const m of near) {
    if (m.kind === "note") {
      notes.push(m.text);
      parseByline(m.text.replace(/^[(（]|[)）]$/g, "").replace(/^(作者|笔者|本文作者)(系|为|是|现任)[^,，]*[,，]?/, ""), byline);
      continue;
    }
    if (m.kind === "outlet") {
      original ??= m.text.trim();
      continue;
    }
    if (!publishedAt && m.index <= bodyStart + HEADER_SLACK) {
      const d = findDates(toSimplified(m.text))[0];
      if (d) {
        publishedAt = d.iso;
        dateEvidence = `date line “${m.text.trim().slice(0, 60)}”`;
      }
    }
    views ??= viewCount(m.text);
    original ??= originalPublisher(m.text);
    const c = siteClaim(m.text);
    if (c && !c.generic) claim ??= c.name;
    parseByline(m.text, byline);
  }

  let dateInferred = false;
  if (!publishedAt && hints.publishedAt) {
    publishedAt = hints.publishedAt;
    dateEvidence = "page metadata";
  }
  if (!publishedAt) {
    const inferred = inferredFromNeighbours(cls);
    if (inferred) {
      publishedAt = inferred.iso;
      dateEvidence = inferred.evidence;
      dateInferred = true;
    }
  }

  // An "author" that is also the site's own name in its header or footer is the site, not a person.
  const chrome = cls.removed
    .filter((r) => r.kind === "site-header" || r.kind === "site-footer" || r.kind === "copyright" || r.kind === "navigation")
    .map((r) => r.text)
    .join("\n");
  const siteNames = byline.authors.filter((a) => a.length >= 2 && chrome.includes(a));
  byline.authors = byline.authors.filter((a) => !siteNames.includes(a));
  if (hints.author && byline.authors.length === 0) byline.authors.push(hints.author);
  claim ??= siteNames[0] ?? hints.source ?? null;

  return {
    title: cls.title ?? "",
    publishedAt,
    dateEvidence,
    dateInferred,
    source: original ?? claim ?? null,
    siteClaim: claim,
    originalPublisher: original,
    summary: summaryOf(paragraphs) ?? hints.description ?? null,
    views,
    notes,
    ...byline,
  };
}
