/**
 * A feed of teasers under an article, as a text dump shows it: entry after entry of a headline,
 * perhaps its author, a bare date line (04-09, 2024-05-07 22:12, often with a view count) and a
 * snippet long enough to read as prose. The snippets outscore the short lines between the
 * article and the feed (a share box, counters), so the body runs on into them; in HTML the
 * cascade never takes the feed's container for the article's. An article's own paragraphs do
 * not each sit under a bare date line: three such entries in a row are a feed.
 */

export interface FeedInput {
  /** The block reads as prose. */
  prose: boolean;
  text: string;
}

/** A date with or without its year, perhaps a time, perhaps counters after it (阅读数, 4万+), and nothing else. */
const BARE_DATE = /^(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+[\d.]+[万千wk]?\+?)*$/i;
/** Lines an entry's headline (and author) may sit above its date line. */
const HEADLINE_REACH = 2;
/** Lines from one entry's date line to the next one's: snippet, headline, author and a stray line between. */
const MAX_ENTRY_SPAN = 7;
const MIN_ENTRIES = 3;
/** Prose above the feed needed before it is cut: a page that is only a feed is left to the other rules. */
const MIN_ARTICLE_CHARS = 100;

/** Index of the first line of the first teaser feed after `from`, or null when there is none. */
export function teaserFeedStart(blocks: FeedInput[], from: number): number | null {
  const entry = (d: number) => {
    if (!BARE_DATE.test(blocks[d]!.text.trim()) || !blocks[d + 1]?.prose) return null;
    // The headline: the first of the few short lines right above the date.
    let h = d;
    while (h - 1 >= 0 && d - (h - 1) <= HEADLINE_REACH && !blocks[h - 1]!.prose) h--;
    return h < d ? h : null;
  };
  let chain = { first: -1, last: -MAX_ENTRY_SPAN - 1, count: 0 };
  for (let d = from; d < blocks.length; d++) {
    const h = entry(d);
    if (h === null) continue;
    chain = d - chain.last <= MAX_ENTRY_SPAN ? { first: chain.first, last: d, count: chain.count + 1 } : { first: h, last: d, count: 1 };
    if (chain.count < MIN_ENTRIES) continue;
    const above = blocks.slice(0, chain.first).reduce((n, b) => n + (b.prose ? b.text.length : 0), 0);
    return above >= MIN_ARTICLE_CHARS ? chain.first : null;
  }
  return null;
}
