/**
 * A summary deck over the article: a block set apart above the chosen content region (outside
 * it, in the header lines widened around it) whose text is the page's meta description. A site
 * that shows its description as a shaded 摘要 box above the article repeats a summary the
 * article's own paragraphs then tell in full, so the box is no paragraph of the body.
 *
 * Only above the region and outside it: a description equal to the article's own first
 * paragraph inside the region is nearly always that paragraph (daniel-zh: 77 of 79 such pages
 * have it in the gold). Headings and short lines are left alone: a description is often the headline.
 */
import { foldForCompare } from "../../text/fold";
import type { Block, RemovedBlock } from "../types";

/** A deck is sentences, not a headline: this long, with a sentence's stop. */
const DECK_MIN_CHARS = 30;

function matchesDescription(text: string, description: string): boolean {
  if (text === description) return true;
  // a description cut short (…) is the deck's start; a deck may stop short of a long description
  const stem = description.replace(/(?:…+|\.{3,})$/, "");
  return text.startsWith(stem) || description.startsWith(text);
}

/** Indices of the blocks that are such a deck (none when the page has no description). */
export function summaryDeckAbove(blocks: Block[], description: string | null): Set<number> {
  const out = new Set<number>();
  const desc = description ? foldForCompare(description) : "";
  if (desc.length < DECK_MIN_CHARS) return out;
  const firstCore = blocks.findIndex((b) => b.core);
  for (let i = 0; i < firstCore; i++) {
    const b = blocks[i]!;
    const text = foldForCompare(b.text);
    if (b.core || b.heading || text.length < DECK_MIN_CHARS || !/[。！？]/.test(b.text)) continue;
    if (matchesDescription(text, desc)) out.add(i);
  }
  return out;
}

export function deckRemoved(block: Block): RemovedBlock {
  return { index: block.index, text: block.text, kind: "teaser", reason: "summary deck above the article (the page's meta description)" };
}
