/**
 * A column of other stories' headlines above the article, as a text dump shows a layout table's
 * sidebar when it reads the sidebar's cell first: heading after heading of short lines, with a
 * lead of a sentence or two under a few of them. The leads outscore the short lines between,
 * and the article's header (its headline and a date line) costs less than they add, so the body
 * runs down from the sidebar into the article. In HTML the cascade never takes the sidebar's
 * container for the article's. An article's own text does not sit under a date line after a
 * run of many short lines with little prose among them: that run is a list of other stories.
 */

export interface HeadlineListInput {
  /** The block reads as prose. */
  prose: boolean;
  length: number;
  /** A date or origin line (2012-01-17 10:36:43 来源: …). */
  dateline: boolean;
  /** Already known not to be body (boilerplate, metadata). */
  excluded: boolean;
}

/** Short lines above the date line needed before they read as a list of headlines. */
const MIN_HEADLINES = 8;
/** Headlines per lead at least: an article's own subheadings sit between paragraphs, not in a column. */
const HEADLINES_PER_PROSE = 3;
/** Prose under the date line needed before the part above is cut: the article must be there. */
const MIN_ARTICLE_CHARS = 150;
/** Lines the article's own headline (and a breadcrumb) may sit above its date line. */
const HEADLINE_REACH = 2;

/** First line of the article's header when the span opens with a list of headlines, else null. */
export function headlineListEnd(blocks: HeadlineListInput[], span: { start: number; end: number }): number | null {
  for (let d = span.end; d > span.start; d--) {
    if (!blocks[d]!.dateline) continue;
    let below = 0;
    for (let k = d + 1; k <= span.end; k++) if (blocks[k]!.prose && !blocks[k]!.excluded) below += blocks[k]!.length;
    if (below < MIN_ARTICLE_CHARS) continue;
    // The article's own headline: the few short lines right above the date line.
    let header = d;
    while (header - 1 > span.start && d - (header - 1) <= HEADLINE_REACH && !blocks[header - 1]!.prose && !blocks[header - 1]!.excluded) header--;
    let headlines = 0;
    let prose = 0;
    for (let k = span.start; k < header; k++) {
      if (blocks[k]!.excluded) continue;
      if (blocks[k]!.prose) prose++;
      else headlines++;
    }
    if (headlines >= MIN_HEADLINES && headlines >= HEADLINES_PER_PROSE * prose) return header;
  }
  return null;
}

/** Paragraphs a box above the header may hold: a notice or a promotion, not a column of stories. */
const BOX_MAX_PARAGRAPHS = 2;
/** The article under the header outweighs the box above it at least so many times. */
const BOX_ARTICLE_RATIO = 1.5;

/**
 * First line of the article's header when the span opens with a box of prose above it (a site's
 * promotion of its news service, a notice), else null. The header is the page's first date or
 * origin line, under a short line (the headline); the box holds a paragraph or two, and the
 * article under the header outweighs it at least one and a half times. Only the page's first
 * date line: a roundup whose items each carry their own date keeps its first item.
 */
export function boxAboveHeaderEnd(blocks: HeadlineListInput[], span: { start: number; end: number }): number | null {
  const d = blocks.findIndex((b) => b.dateline);
  if (d <= span.start + 1 || d > span.end) return null;
  const headline = d - 1;
  if (blocks[headline]!.prose || blocks[headline]!.excluded || blocks[headline]!.length < 4) return null;
  let above = 0;
  let paragraphs = 0;
  for (let k = span.start; k < headline; k++) {
    if (blocks[k]!.excluded || !blocks[k]!.prose) continue;
    above += blocks[k]!.length;
    paragraphs++;
  }
  let below = 0;
  for (let k = d + 1; k <= span.end; k++) if (blocks[k]!.prose && !blocks[k]!.excluded) below += blocks[k]!.length;
  if (paragraphs === 0 || paragraphs > BOX_MAX_PARAGRAPHS || below < MIN_ARTICLE_CHARS || below < BOX_ARTICLE_RATIO * above) return null;
  return headline;
}
