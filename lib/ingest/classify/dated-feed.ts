/**
 * A feed of dated teasers anywhere on the page, as a text dump prints a portal's notification
 * panel or "latest news" column: entry after entry of a date line (News • 3 小时前, 2024年5月21日)
 * and a one- or two-line headline or snippet. Each snippet reads as prose, and twenty of them
 * outweigh a short article, so the body span took the feed and left the article as chrome; in
 * HTML the cascade never takes the feed's container for the article's. An article's paragraphs
 * do not each sit beside a date line of their own: five such entries in a row are a feed.
 */

export interface DatedFeedInput {
  /** A date line (metadata). */
  dateline: boolean;
  /** Simplified, folded text. */
  norm: string;
  length: number;
  /** The block reads as prose and nothing else has removed it. */
  prose: boolean;
  /** The dump marked it as the article's own structure (a code block, a listing of entries). */
  core: boolean;
}

/**
 * A short line that ends in a date or a time ago, after a label or a source (News • 昨日,
 * 快讯 · 3 小时前, 财经 2024-05-21 10:32): a feed's entry date the metadata rules do not read
 * as the page's own date line, as a relative day is no article's date.
 */
const DATE_END = /(?:\d{1,3}\s*(?:秒|分钟|小时|天|周|个月)前|刚刚|昨天|昨日|前天|前日|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/]\d{1,2})(?:\s*\d{1,2}:\d{2})?$/;
const DATE_LINE_MAX_CHARS = 40;

/** Date lines in a row, each with its teaser, before they read as a feed. */
const MIN_ENTRIES = 5;
/** Blocks between two date lines of the feed: a headline (wrapped over two lines) and its snippet, or a section heading. */
const MAX_BETWEEN = 3;
/** A teaser is a line or two; a longer block between two date lines is the article's own text. */
const TEASER_MAX_CHARS = 160;
/** Prose left outside the feed before it is cut: a page that is only a feed is left to the other rules. */
const MIN_ARTICLE_CHARS = 100;

/** Indices of every block of every dated feed (its date lines, its teasers). */
export function datedFeedBlocks(blocks: DatedFeedInput[]): Set<number> {
  const dates = blocks.map((b) => b.dateline || (b.length <= DATE_LINE_MAX_CHARS && DATE_END.test(b.norm.trim())));
  const teaser = (k: number) => !dates[k] && !blocks[k]!.core && blocks[k]!.length <= TEASER_MAX_CHARS;
  const feed = new Set<number>();
  let i = 0;
  while (i < blocks.length) {
    if (!dates[i]) {
      i++;
      continue;
    }
    // Chain date lines whose gaps hold only a teaser or two.
    const chain = [i];
    let maxTeaser = 0;
    for (let d = i; ; ) {
      let k = d + 1;
      while (k < blocks.length && k - d - 1 < MAX_BETWEEN && teaser(k)) k++;
      if (k >= blocks.length || !dates[k] || k === d + 1) break;
      for (let j = d + 1; j < k; j++) maxTeaser = Math.max(maxTeaser, blocks[j]!.length);
      chain.push(k);
      d = k;
    }
    const last = chain[chain.length - 1]!;
    if (chain.length >= MIN_ENTRIES) {
      // The first entry's teaser may sit above its date, the last one's below: a block of a teaser's size.
      const edge = (k: number) => k >= 0 && k < blocks.length && teaser(k) && blocks[k]!.length <= maxTeaser;
      const from = edge(i - 1) ? i - 1 : i;
      const to = edge(last + 1) ? last + 1 : last;
      for (let k = from; k <= to; k++) feed.add(k);
    }
    i = last + 1;
  }
  if (feed.size === 0) return feed;
  const outside = blocks.reduce((n, b, k) => n + (b.prose && !feed.has(k) ? b.length : 0), 0);
  return outside >= MIN_ARTICLE_CHARS ? feed : new Set();
}
