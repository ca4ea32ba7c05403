/**
 * HTML page → the blocks of its main content, a summary of what was left out around it, and the
 * page's own metadata hints. One htmlparser2 parse (through ./fast-tokenizer; the parser cheerio/slim wraps: the same DOM,
 * without loading cheerio's selector engine at every start of `npm run extract`), one walk that
 * measures every element (walk.ts), one scoring pass (choose-content.ts). The text-level
 * classifier runs on these blocks afterwards; this module only picks the region.
 */
import { parseHtml } from "./fast-tokenizer";
import type { Block, RemovedBlock } from "../types";
import { chooseContent, type ContentStage } from "./choose-content";
import { canonicalLink, readHeadMeta } from "./head-meta";
import { keepPickedItem } from "./picked-item";
import { keepAcceptedAnswer } from "./accepted-answer";
import { withoutPosterCard } from "./poster-card";
import { pageHints, type PageHints } from "./page-hints";
import { summariseRemoved } from "./removed-regions";
import { threadPoster } from "./thread-poster";
import { articleFromScript } from "./script-body";
import { deckRemoved, summaryDeckAbove } from "./summary-deck";
import { pathOf, walkPage, type ElementStat, type HeadElements } from "./walk";

export interface HtmlExtraction {
  blocks: Block[];
  removedOutside: RemovedBlock[];
  hints: PageHints;
  /** Which stage of the cascade chose the content (for reports and tests). */
  stage: ContentStage;
}

function inEmbeddedCard(owner: ElementStat): boolean {
  for (let s: ElementStat | null = owner; s; s = s.parent) if (s.embedded) return true;
  return false;
}

export function extractHtml(html: string): HtmlExtraction {
  const root = parseHtml(html);
  // The whole document, not just <body>: scraped pages close </html> early or put text after it,
  // and htmlparser2 keeps such text outside the body element.
  const found: HeadElements = { metas: [], titles: [], jsonLd: [], times: [], scripts: [], itemNames: [] };
  const walk = walkPage(root, found);
  const head = readHeadMeta(found);
  const choice = withoutPosterCard(walk, keepAcceptedAnswer(walk, keepPickedItem(walk, chooseContent(walk))));
  const extras = { canonical: canonicalLink(root) };
  // The page's own lines give the metadata hints; the article's lines may come from its state script.
  const fromScript = articleFromScript(head.scripts.contentHtml, walk, choice);
  const article = fromScript ?? { walk, choice };
  const blocks: Block[] = article.choice.indices.map((i, index) => {
    const b = article.walk.blocks[i]!;
    return {
      index,
      text: b.text,
      path: pathOf(b.owner),
      linkDensity: b.chars === 0 ? 0 : b.linkChars / b.chars,
      indent: 0,
      heading: b.heading > 0,
      listItem: b.listItem,
      core: article.choice.core.has(i),
      card: article.choice.core.has(i) && inEmbeddedCard(b.owner),
      code: article.choice.core.has(i) && b.code,
      row: b.row,
    };
  });
  const scriptArticle = fromScript ? blocks.map((b) => b.text).join("") : undefined;
  // A thread read from the state names its poster on the first post's card, as a visible one does.
  const scriptPoster = fromScript?.choice.firstPost ? threadPoster(fromScript.walk.blocks, fromScript.choice.firstPost) : null;
  const hints = pageHints(head, walk.blocks, choice, scriptArticle === undefined ? extras : { ...extras, scriptArticle, scriptPoster });
  const deck = summaryDeckAbove(blocks, hints.description);
  return {
    blocks: deck.size === 0 ? blocks : blocks.filter((b) => !deck.has(b.index)).map((b, index) => ({ ...b, index })),
    removedOutside: [
      ...summariseRemoved(walk.blocks, choice),
      // What was cut inside the state's article (a thread's poster card) is listed like the page's.
      ...(fromScript ? summariseRemoved(fromScript.walk.blocks, fromScript.choice, true) : []),
      ...[...deck].map((i) => deckRemoved(blocks[i]!)),
    ],
    hints,
    stage: article.choice.stage,
  };
}
