/**
 * Stage 2 of the main-content cascade (CASCADE.md): the main extractor's region against the
 * Readability-style candidate's. They agree on most pages; where they differ, one usually holds
 * the other, and the question is whether the larger one's extra lines are more of the article
 * (paragraphs, headings, list items and table cells without links: keep them) or the chrome
 * around it (breadcrumbs, subscription lines, related links, disclaimers: take the smaller). Where they
 * hold different regions, the main extractor stands unless it found almost nothing.
 */
import { vocabularyHit } from "../classify/vocabulary";
import { foldWidth } from "../../text/fold";
import { toSimplified } from "../../text/script";
import type { ContentChoice } from "./choose-content";
import type { PageBlock } from "./walk";

/** Shared characters over the larger candidate's: at least this much and the two agree. */
export const AGREE_SHARE = 0.9;
/** Shared characters over the smaller candidate's: at least this much and the larger holds it. */
export const CONTAINS_SHARE = 0.9;
/** What a short label among the larger candidate's extra lines costs (characters of prose). */
export const SHORT_LINE_COST = 8;
const CELL_TAGS = new Set(["td", "th", "tr", "dd", "dt"]);
/** Below this many prose characters the main region is doubted (choose-content.ts MIN_PROSE_CHARS). */
const DOUBTED_PROSE = 200;

export interface Compared {
  choice: ContentChoice;
  /**
   * The choice is settled (no fallback stage may replace it): both candidates chose (nearly) the
   * same region, one holds the other, or the main one named itself boilerplate.
   */
  agreed: boolean;
}

function plainChars(blocks: PageBlock[], xs: Iterable<number>): number {
  let n = 0;
  for (const i of xs) n += blocks[i]!.chars - blocks[i]!.linkChars;
  return n;
}

/** Boilerplate by vocabulary (folding costs: only asked of prose lines, the ones it changes most). */
function boilerplate(b: PageBlock): boolean {
  return vocabularyHit(toSimplified(foldWidth(b.text)).toLowerCase().trim()) !== null;
}

/** A short line ending a clause (a line of verse, an item of a run-on list) is text, not a label: labels end without punctuation or with a colon. */
const CLAUSE_END = /[，。；！？,;!?]$/;

/**
 * A line numbered as a section or an item (一、 （二） 3. 4、): a heading or list item in all but
 * its markup (a notice's <p><strong>一、会议时间</strong></p>), so it is neutral like one.
 */
const NUMBERED_LINE = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[、.．](?!\d))\s*\S/;

/** A headline linking away is at least this long; shorter link lines are channel names and buttons. */
const TEASER_HEADLINE_CHARS = 12;

/** A summary right under a headline that links away: another article's teaser, not this one's text. */
function teaserSummary(blocks: PageBlock[], i: number): boolean {
  const prev = blocks[i - 1];
  return prev !== undefined && prev.chars >= TEASER_HEADLINE_CHARS && prev.linkChars * 2 > prev.chars && blocks[i]!.linkChars === 0;
}

/**
 * What the larger candidate's extra lines are worth as article: prose earns its plain characters,
 * chrome (link-heavy lines, teaser summaries, boilerplate vocabulary) costs its characters, a heading, list item or
 * table cell is neutral, a short line that ends a clause (a line of verse) earns its characters
 * like prose, and any other short label costs a little (a headline, a date line, a
 * user name: the smaller region already has what matters).
 */
function extraValue(blocks: PageBlock[], extra: number[]): number {
  let v = 0;
  for (const i of extra) {
    const b = blocks[i]!;
    if (b.linkChars > b.chars * 0.3 || teaserSummary(blocks, i)) v -= b.chars;
    else if (b.prose) v += boilerplate(b) ? -b.chars : b.chars - b.linkChars;
    else if (CLAUSE_END.test(b.text)) v += b.chars;
    else if (!(b.heading > 0 || b.listItem || CELL_TAGS.has(b.owner.tag) || NUMBERED_LINE.test(b.text))) v -= SHORT_LINE_COST;
  }
  return v;
}

function namedBoilerplate(c: ContentChoice): boolean {
  return c.node !== null && (c.node.hint < 0 || c.node.insideBoilerplate);
}

export function compareCandidates(blocks: PageBlock[], main: ContentChoice | null, other: ContentChoice | null): Compared | null {
  if (!main || main.core.size === 0) return other && other.core.size > 0 ? { choice: other, agreed: false } : main ? { choice: main, agreed: false } : null;
  if (!other || other.core.size === 0) return { choice: main, agreed: false };
  const shared = [...main.core].filter((i) => other.core.has(i));
  const sharedChars = plainChars(blocks, shared);
  const mainChars = plainChars(blocks, main.core);
  const otherChars = plainChars(blocks, other.core);
  if (sharedChars >= AGREE_SHARE * Math.max(mainChars, otherChars)) return { choice: main, agreed: true };

  if (sharedChars > 0 && sharedChars >= CONTAINS_SHARE * Math.min(mainChars, otherChars)) {
    const [larger, smaller] = mainChars >= otherChars ? [main, other] : [other, main];
    const extra = [...larger.core].filter((i) => !smaller.core.has(i));
    // One holding the other is agreement on the smaller region: the question is only its edges.
    return { choice: extraValue(blocks, extra) > 0 ? larger : smaller, agreed: true };
  }
  // Different regions: a region that names itself boilerplate (recommend, related, sidebar) —
  // allowed to win the main extractor only at half weight — loses to an unnamed one beside it.
  // This is settled: the fallbacks, which read every paragraph, would bring the region back.
  if (namedBoilerplate(main) && other.node && !namedBoilerplate(other)) return { choice: other, agreed: true };
  // Otherwise the main extractor stands, unless it holds almost no prose and the other candidate
  // holds more text (a page of short lines, a short article beside a long sidebar).
  let mainProse = 0;
  for (const i of main.core) if (blocks[i]!.prose) mainProse += blocks[i]!.chars - blocks[i]!.linkChars;
  return { choice: mainProse < DOUBTED_PROSE && otherChars > mainChars ? other : main, agreed: false };
}
