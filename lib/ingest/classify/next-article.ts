/**
 * Text dumps of an infinite-scroll page hold the page's article followed by the next ones, each
 * with its own header (a headline, then a date line) and often much longer than the first. In
 * HTML the cascade sees the article's own container; a dump only shows the sequence. The page's
 * article is the first one: when the best prose run sits under a date line, and above that
 * header an earlier article (a date line, then prose) already ended with its footer (a
 * disclaimer, share or comment line), the dump is cut where the earlier article ends.
 */

export interface NextArticleInput {
  /** The block is prose (a paragraph), not a heading, label or menu item. */
  prose: boolean;
  length: number;
  dateline: boolean;
  /** Vocabulary marks it as boilerplate (a disclaimer, share bar, image credit …). */
  boilerplate: boolean;
  /** Boilerplate that closes an article: a disclaimer or copyright notice, share or comment buttons. */
  footer: boolean;
  /** A line of links, a form or a metadata line: not the article's text. */
  excluded: boolean;
}

/** Lines a header's date line may sit above the first prose line of its article. */
const HEADER_REACH = 6;
/** An earlier article shorter than this is a teaser with a date, not an article. */
const MIN_FIRST_ARTICLE = 100;

/**
 * Index of the first block after the page's own article when a later article joined or outscored
 * it, else null. `best` is the preliminary body span: the next article's header sits just above
 * it (the next article outscored the first) or inside it (the two were bridged).
 */
export function nextArticleStart(blocks: NextArticleInput[], best: { start: number; end: number }): number | null {
  const headerAbove = (i: number) => {
    for (let k = i - 1; k >= Math.max(0, i - HEADER_REACH); k--) {
      if (blocks[k]!.dateline) return k;
      if (blocks[k]!.prose || blocks[k]!.boilerplate) return null;
    }
    return null;
  };
  for (let i = best.start; i <= best.end; i++) {
    if (!blocks[i]!.prose) continue;
    const header = headerAbove(i);
    if (header === null) continue;
    const cut = earlierArticleEnd(blocks, header, headerAbove);
    if (cut !== null) return cut;
  }
  return null;
}

/** One past the end of an article that ends, footer and all, above the header at `header`; null when there is none. */
function earlierArticleEnd(blocks: NextArticleInput[], header: number, headerAbove: (i: number) => number | null): number | null {
  // The earlier article's footer: boilerplate between its last paragraph and the next header.
  let end = header - 1;
  let footer = false;
  while (end >= 0 && !blocks[end]!.prose) {
    if (blocks[end]!.dateline) return null;
    if (blocks[end]!.footer) footer = true;
    end--;
  }
  if (end < 0 || !footer) return null;
  // The earlier article: prose (with short lines between) back to its own header's date line.
  let start = end;
  let chars = 0;
  while (start >= 0 && !blocks[start]!.boilerplate && !blocks[start]!.excluded && !blocks[start]!.dateline) {
    if (blocks[start]!.prose) chars += blocks[start]!.length;
    start--;
  }
  const firstProse = blocks.findIndex((b, i) => i > start && b.prose);
  if (chars < MIN_FIRST_ARTICLE || firstProse === -1 || headerAbove(firstProse) === null) return null;
  return end + 1;
}
