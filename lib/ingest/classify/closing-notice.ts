/**
 * Step 4a′ (text dumps only): the article's own closing notice ends it. A site closes its
 * articles with a reprint or copyright notice (…原创稿件，未经授权请勿转载。) and prints its own
 * boxes under it: an "about us" box whose paragraph describes the site, a line of tags glued to
 * picture teasers. In HTML the chosen region stops at the notice; a dump has no region, and the
 * about paragraph reads like prose, so the best-scoring span steps over the notice into it. A
 * notice with more of the article above it than the span holds under it is where the article ends; one near the top
 * (a repost's credit above the text) or inside a long article is stepped over as before.
 */

type Span = { start: number; end: number };

export interface NoticeLine {
  /** A reprint, copyright or disclaimer notice (vocabulary). */
  notice: boolean;
  /** Characters the line adds to the article when it is prose of the span (0 for cut lines). */
  prose: number;
  /** Characters of the line, whatever it is. */
  length: number;
}

/** Paragraphs of the article the notice must close. */
const MIN_PROSE_ABOVE = 2;
/** The article above the notice outweighs everything the span holds under it (an about box, a tags line). */
const ABOVE_TO_TAIL = 1;

export function endAtClosingNotice(span: Span | null, lines: NoticeLine[]): Span | null {
  if (!span) return span;
  let above = 0;
  let paragraphs = 0;
  for (let k = span.start; k < span.end; k++) {
    const l = lines[k]!;
    if (l.notice && paragraphs >= MIN_PROSE_ABOVE) {
      let tail = 0;
      for (let j = k + 1; j <= span.end; j++) tail += lines[j]!.length;
      if (above >= ABOVE_TO_TAIL * tail) return { start: span.start, end: k - 1 };
    }
    if (l.prose > 0) {
      above += l.prose;
      paragraphs++;
    }
  }
  return span;
}
