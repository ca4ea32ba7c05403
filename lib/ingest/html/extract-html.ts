/**
 * HTML page → the blocks of its main content, a summary of what was left out around it, and the
 * page's own metadata hints. One cheerio parse (htmlparser2, the fast parser), one walk that
 * measures every element (walk.ts), one scoring pass (choose-content.ts). The text-level
 * classifier runs on these blocks afterwards; this module only picks the region.
 */
import { load, type CheerioAPI } from "cheerio/slim";
import type { Element } from "domhandler";
import type { Block, RemovedBlock } from "../types";
import { chooseContent, type ContentStage } from "./choose-content";
import { readHeadMeta } from "./head-meta";
import { pageHints, type PageExtras, type PageHints } from "./page-hints";
import { summariseRemoved } from "./removed-regions";
import { pathOf, walkPage, type HeadElements } from "./walk";

export interface HtmlExtraction {
  blocks: Block[];
  removedOutside: RemovedBlock[];
  hints: PageHints;
  /** Which stage of the cascade chose the content (for reports and tests). */
  stage: ContentStage;
}

const SOURCE_ELEMENT = /(?:^|[\s_-])(?:source|laiyuan|media-?name)(?:$|[\s_-])/i;
const MAX_SOURCE_ELEMENTS = 30;

/** What the walk does not gather: the canonical link and the texts of elements classed as a source. */
function pageExtras($: CheerioAPI): PageExtras {
  const sourceElements: string[] = [];
  $("[class*=source],[id*=source],[class*=laiyuan],[class*=media]").each((_, el) => {
    if (sourceElements.length >= MAX_SOURCE_ELEMENTS) return false;
    const a = (el as Element).attribs;
    if (!SOURCE_ELEMENT.test(`${a.class ?? ""} ${a.id ?? ""}`)) return;
    const text = $(el).text().replace(/[\s\u00a0\u3000]+/g, " ").trim();
    if (text.length >= 2 && text.length <= 30) sourceElements.push(text);
  });
  return { canonical: $('link[rel="canonical"]').attr("href")?.trim() || null, sourceElements };
}

export function extractHtml(html: string): HtmlExtraction {
  const $ = load(html);
  // The whole document, not just <body>: scraped pages close </html> early or put text after it,
  // and htmlparser2 keeps such text outside the body element.
  const found: HeadElements = { metas: [], titles: [], jsonLd: [], times: [] };
  const walk = walkPage($.root()[0]!, found);
  const head = readHeadMeta(found);
  const choice = chooseContent(walk);
  const extras = pageExtras($);
  const blocks: Block[] = choice.indices.map((i, index) => {
    const b = walk.blocks[i]!;
    return {
      index,
      text: b.text,
      path: pathOf(b.owner),
      linkDensity: b.chars === 0 ? 0 : b.linkChars / b.chars,
      indent: 0,
      heading: b.heading > 0,
      listItem: b.listItem,
    };
  });
  return {
    blocks,
    removedOutside: summariseRemoved(walk.blocks, choice),
    hints: pageHints(head, walk.blocks, choice, extras),
    stage: choice.stage,
  };
}
