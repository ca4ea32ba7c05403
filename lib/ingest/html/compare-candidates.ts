/**
 * Stage 2 of the main-content cascade (CASCADE.md): the main extractor's region against the
 * Readability-style candidate's. They agree on most pages; where they differ, one usually holds
 * the other, and the question is whether the larger one's extra lines are more of the article
 * (paragraphs, headings and list items without links: keep them) or the chrome around it
 * (breadcrumbs, subscription lines, related links, disclaimers: take the smaller). Where they
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
/** The larger candidate's extra lines may be at most this share junk (by characters) to win. */
export const EXTRA_JUNK_MAX = 0.3;
/** Below this many prose characters the main region is doubted (choose-content.ts MIN_PROSE_CHARS). */
const DOUBTED_PROSE = 200;
/** A line shorter than this that is no sentence is a label — junk when it is not inside the article. */
const SHORT_LINE = 20;

export interface Compared {
  choice: ContentChoice;
  /** Both candidates chose (nearly) the same region, or one holds the other. */
  agreed: boolean;
}

function plainChars(blocks: PageBlock[], xs: Iterable<number>): number {
  let n = 0;
  for (const i of xs) n += blocks[i]!.chars - blocks[i]!.linkChars;
  return n;
}

/** Chrome among the extra lines: link-heavy, boilerplate by vocabulary, or a short non-sentence. */
function isJunk(b: PageBlock): boolean {
  if (b.linkChars > b.chars * 0.3) return true;
  if (!b.prose && b.chars < SHORT_LINE && b.heading === 0 && !b.listItem) return true;
  return vocabularyHit(toSimplified(foldWidth(b.text)).toLowerCase().trim()) !== null;
}

function junkShare(blocks: PageBlock[], extra: number[]): number {
  let all = 0;
  let junk = 0;
  for (const i of extra) {
    const b = blocks[i]!;
    all += b.chars;
    if (isJunk(b)) junk += b.chars;
  }
  return all === 0 ? 0 : junk / all;
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
    return { choice: junkShare(blocks, extra) <= EXTRA_JUNK_MAX ? larger : smaller, agreed: true };
  }
  // Different regions: a region that names itself boilerplate (recommend, related, sidebar) —
  // allowed to win the main extractor only at half weight — loses to an unnamed one beside it.
  if (namedBoilerplate(main) && other.node && !namedBoilerplate(other)) return { choice: other, agreed: false };
  // Otherwise the main extractor stands, unless it holds almost no prose and the other candidate
  // holds more text (a page of short lines, a short article beside a long sidebar).
  let mainProse = 0;
  for (const i of main.core) if (blocks[i]!.prose) mainProse += blocks[i]!.chars - blocks[i]!.linkChars;
  return { choice: mainProse < DOUBTED_PROSE && otherChars > mainChars ? other : main, agreed: false };
}
