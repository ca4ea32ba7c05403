/**
 * A wire's flash page printed as a text dump: the article is one flash, and under it the wire
 * lists its other flashes, each a line opening with its clock time and its own bracketed headline
 * (19:40 【headline】text), often under a short section label. Each reads as a sentence, so the
 * body span ran on into them. The article's own text never opens a line so: a live blog, whose
 * entries are timed lines too, has them from its first line on and keeps them (the rule needs
 * the article above with no timed headline in it, and the list no longer than the article).
 */

export interface FlashInput {
  /** The block reads as prose. */
  prose: boolean;
  text: string;
  length: number;
}

/** A clock time, then a headline in 【】 (a bullet may still stand before it). */
const TIMED_HEADLINE = /^(?:[•·*-]\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*【[^【】]{2,40}】/u;
/** A section label over the list: a few words, no sentence or clause mark. */
const LABEL = /^[^。！？!?；;，,：:]{1,10}$/u;
const MIN_ITEMS = 2;
/** A flash's own headline in 【】 opening its text. */
const FLASH_HEAD = /^【[^【】]{2,40}】/u;

/** First and last index of the list of other flashes under the article's span, or null. */
export function timedFlashesRun(blocks: FlashInput[], span: { start: number; end: number }): { start: number; end: number } | null {
  const timed = (k: number) => k < blocks.length && TIMED_HEADLINE.test(blocks[k]!.text.trim());
  // A span that opens on a timed headline is a live blog's or the list's own: nothing to cut.
  if (timed(span.start)) return null;
  for (let i = span.start + 1; i <= span.end; i++) {
    if (!timed(i)) continue;
    let end = i;
    while (timed(end + 1)) end++;
    if (end - i + 1 < MIN_ITEMS) return null;
    const label = !blocks[i - 1]!.prose && LABEL.test(blocks[i - 1]!.text.trim()) && i - 1 > span.start;
    const start = label ? i - 1 : i;
    const article = blocks.slice(span.start, start).reduce((n, b) => n + (b.prose ? b.length : 0), 0);
    const list = blocks.slice(i, end + 1).reduce((n, b) => n + b.length, 0);
    // The article that is itself a flash opens on its own 【headline】: the list is more of the same.
    const lead = blocks.slice(span.start, start).find((b) => b.prose);
    const opensAsFlash = lead !== undefined && FLASH_HEAD.test(lead.text.trim());
    return opensAsFlash || article >= list ? { start, end } : null;
  }
  return null;
}
