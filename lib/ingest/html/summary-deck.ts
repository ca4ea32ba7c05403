/**
 * A summary deck over the article: a block set apart above the chosen content region (outside
 * it, in the header lines widened around it) whose text is the page's meta description. A site
 * that shows its description as a shaded 摘要 box above the article repeats a summary the
 * article's own paragraphs then tell in full, so the box is no paragraph of the body.
 *
 * Above the region and outside it, or inside it as a box beside the paragraphs' container
 * (deckBesideContainer): a description equal to the article's own first paragraph inside the
 * region is nearly always that paragraph (daniel-zh: 77 of 79 such pages have it in the gold). Headings and short lines are left alone: a description is often the headline.
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
  const inside = firstCore >= 0 ? deckBesideContainer(blocks, firstCore, desc) : null;
  if (inside !== null) out.add(inside);
  return out;
}

/**
 * Inside the region, the description's text as a box of its own (a <div>, not a paragraph) set
 * beside the container that holds the article's paragraphs: the paragraph after it sits one level
 * deeper, in a sibling of the box (div.summary, then div.content>p). A lead the gold keeps is one
 * of the paragraphs, in their container or a <p> among them.
 */
function deckBesideContainer(blocks: Block[], firstCore: number, desc: string): number | null {
  for (let i = firstCore; i < blocks.length - 1; i++) {
    const b = blocks[i]!;
    if (!b.core || b.heading) continue;
    const text = foldForCompare(b.text);
    if (text.length < DECK_MIN_CHARS || !/[。！？]/.test(b.text)) continue;
    // the first sentence-long block of the region: the deck's place, or the lead's
    if (!matchesDescription(text, desc)) return null;
    const segments = b.path.split(">");
    if (!/^div\b/.test(segments[segments.length - 1]!)) return null;
    const parent = segments.slice(0, -1).join(">");
    const next = blocks[i + 1]!.path.split(">");
    const beside = next.length >= segments.length + 1 && next.slice(0, segments.length - 1).join(">") === parent && next[segments.length - 1] !== segments[segments.length - 1];
    return beside ? i : null;
  }
  return null;
}

export function deckRemoved(block: Block): RemovedBlock {
  return { index: block.index, text: block.text, kind: "teaser", reason: "summary deck above the article (the page's meta description)" };
}
