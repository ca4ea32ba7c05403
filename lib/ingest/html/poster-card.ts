/**
 * A forum thread's first post opens with its poster's card (name, post and point counts, a level)
 * above the post's time line: that card describes the poster, and the post's text starts after
 * the time line. It is cut once the region is chosen, not while choosing: the card's short lines
 * are part of what the candidates are compared on, and cutting them first can tip the comparison
 * to a region that holds other chrome.
 */
import type { ContentChoice } from "./choose-content";
import { posterCard } from "./thread-poster";
import type { WalkResult } from "./walk";

export function withoutPosterCard(walk: WalkResult, choice: ContentChoice): ContentChoice {
  const card = choice.firstPost ? posterCard(walk.blocks, choice.firstPost) : null;
  if (!card) return choice;
  const inCard = (i: number) => i >= card.blockStart && i < card.blockEnd;
  if (!choice.indices.some(inCard)) return choice;
  if (card.kind === null) card.kind = "metadata";
  const pruned = new Map(choice.pruned);
  for (const i of choice.indices) if (inCard(i)) pruned.set(i, card);
  const keep = (i: number) => !inCard(i);
  return { ...choice, indices: choice.indices.filter(keep), core: new Set([...choice.core].filter(keep)), pruned };
}
