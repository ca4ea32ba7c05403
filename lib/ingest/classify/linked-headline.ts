/**
 * A linked headline set between the article's paragraphs (▶ 大模型第一股上市首日破发，市场在担心什么？
 * as a paragraph that is one link): a portal points to another article mid-text, with no 相关阅读
 * label to say so. The whole line is a link, short as a headline, no sentence of the text (no 。),
 * and prose stands on both sides of it: the article's own lines are not links from end to end.
 * Headings and list items are left alone (a table of contents, a roundup's linked items).
 */
import type { Block } from "../types";

/** Share of the line inside links: all of it but a bullet or an arrow. */
const LINKED = 0.85;
const HEADLINE_MAX = 40;
const SENTENCE_END = /[。！!；;]$/u;

export function isLinkedHeadline(block: Block, text: string, above: { prose: boolean }, below: { prose: boolean }): boolean {
  const t = text.trim();
  return (
    block.linkDensity >= LINKED &&
    !block.heading &&
    !block.listItem &&
    t.length <= HEADLINE_MAX &&
    !SENTENCE_END.test(t) &&
    above.prose &&
    below.prose
  );
}
