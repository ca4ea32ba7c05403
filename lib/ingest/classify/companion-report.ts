/**
 * A news page often prints a second, separate report under its article in the same container
 * (a reporter's eyewitness piece, a background report): its own headline lines (a kicker, a
 * headline, a subtitle), perhaps photos with captions, then its own reporter's line (X报记者 Y
 * 通讯员 Z) and its own paragraphs. Prose on both sides makes the two one run of text, and the
 * longer companion then outweighs the article. The page's article is the first one, under the
 * page's headline, so the run is cut where the companion's header begins.
 *
 * An article's own subheadings are single short lines and its photo credits end in 摄 ("记者 X
 * 摄"): a header here is two headline lines or more in a row, and the reporter's line opens the
 * report, naming the reporter, before its first paragraph.
 */

export interface CompanionInput {
  /** The block is prose (a paragraph), not a heading, label or menu item. */
  prose: boolean;
  length: number;
  /** Vocabulary or metadata marks it (boilerplate, a date line …): not a headline. */
  excluded: boolean;
  /** Simplified, width-folded text (features.ts norm). */
  norm: string;
}

/** Prose the article must already hold above the companion's header: less is a lead-in, not an article. */
const MIN_ARTICLE_CHARS = 200;
/** Prose the companion must hold after its reporter's line to be a report, not a caption block. */
const MIN_COMPANION_CHARS = 200;
/** Headline lines in a row that make a report's header (one alone is a subheading of the article). */
const MIN_HEADLINE_LINES = 2;
const HEADLINE_CHARS = { min: 4, max: 40 };
/** Short lines (photo captions) the header may sit above its reporter's line. */
const CAPTION_REACH = 6;
/** A headline line ends bare: no full stop, question or exclamation ending a sentence. */
const SENTENCE_END = /[。！？!?；;]$/;
/** A reporter's line opening a report: an outlet's or a bare 记者/通讯员 and a name, at the start. */
const REPORTER_LINE = /^\p{Script=Han}{0,8}(记者|通讯员)\s*\p{Script=Han}{2,4}/u;
/** A photo credit (记者 X 摄) names a reporter too, but closes a photo, not opens a report. */
const PHOTO_CREDIT = /摄$/;
const REPORTER_LINE_MAX = 60;

const headline = (b: CompanionInput) =>
  !b.prose && !b.excluded && b.length >= HEADLINE_CHARS.min && b.length <= HEADLINE_CHARS.max && !SENTENCE_END.test(b.norm);

const reporterLine = (b: CompanionInput) =>
  !b.prose && b.length <= REPORTER_LINE_MAX && REPORTER_LINE.test(b.norm) && !PHOTO_CREDIT.test(b.norm);

/**
 * Index of the first header line of a companion report inside `span` (the preliminary body run),
 * when one follows an article of its own; else null.
 */
export function companionReportStart(blocks: CompanionInput[], span: { start: number; end: number }): number | null {
  let articleChars = 0;
  for (let i = span.start; i <= span.end; i++) {
    const b = blocks[i]!;
    if (b.prose) {
      articleChars += b.length;
      continue;
    }
    if (articleChars < MIN_ARTICLE_CHARS || !headline(b)) continue;
    let end = i;
    while (end + 1 <= span.end && headline(blocks[end + 1]!) && !reporterLine(blocks[end + 1]!)) end++;
    if (end - i + 1 < MIN_HEADLINE_LINES) {
      i = end;
      continue;
    }
    const reporter = findReporter(blocks, end + 1, span.end);
    if (reporter !== null && proseAfter(blocks, reporter + 1, span.end) >= MIN_COMPANION_CHARS) return i;
    i = end;
  }
  return null;
}

/** The reporter's line within a few short lines (captions) under the header, or null. */
function findReporter(blocks: CompanionInput[], from: number, last: number): number | null {
  for (let k = from; k <= Math.min(last, from + CAPTION_REACH); k++) {
    if (reporterLine(blocks[k]!)) return k;
    if (blocks[k]!.prose) return null;
  }
  return null;
}

function proseAfter(blocks: CompanionInput[], from: number, last: number): number {
  let chars = 0;
  for (let k = from; k <= last; k++) if (blocks[k]!.prose) chars += blocks[k]!.length;
  return chars;
}
