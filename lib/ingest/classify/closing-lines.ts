/**
 * Lines under the best-scoring span that still belong to the article: its last short sentences
 * (step 4c) and a list that runs to the report's closing mark (step 4d). Each walks down from the
 * span's end and stops at the first line that is not of its kind.
 */
import type { Block } from "../types";
import type { BlockFeatures } from "./features";

type Span = { start: number; end: number };

// A closing sentence: Han prose with a comma (or an enumeration's 、, a clause's ；) inside and a
// full stop at the end (截至发稿，X未置评。 这需要政府、企业和公众的共同参与。).
// A plain statement with no comma closes a report too (小米方面对此未予置评。 X此前曾任微软全球副总裁。),
// when it is Han prose through and through and ends in 。: chrome's exclamations (欢迎关注！) do not.
// So does a quoted saying (他说：“…。”) and a statement opening with a Latin name (OpenAI未对此置评。).
const CLOSING_SENTENCE = /^\S.*\p{Script=Han}.*(?:[，,、；;]|[:：][“"「]).*[。！？]["”』」]?$|^(?=[^。]*\p{Script=Han}{2})[\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z0-9\-.%]*\p{Script=Han}。$/u;
const CLOSING_MIN_CHARS = 10;
const CLOSING_MAX_LINES = 2;

/** A line the walks over a span's edges may take: not labelled, too short for a paragraph, no links, no list item. */
function isPlainShortLine(i: number, blocks: Block[], features: BlockFeatures[], notBody: (i: number) => boolean): boolean {
  const b = blocks[i]!;
  return !notBody(i) && !features[i]!.paragraphLike && features[i]!.length >= CLOSING_MIN_CHARS && !(b.linkDensity > 0) && !b.listItem;
}

/**
 * Step 4c: the span takes the article's short last sentences under it (截至发稿，该公司未置评。
 * 受此影响，股价上涨百分之八。), too short to read as paragraphs and so left outside a span that
 * gains nothing by them. Chrome under an article is links, labels and counters; a sentence with
 * a comma and a full stop, not recognised as boilerplate or metadata, is the article's.
 */
export function closeOverLastSentences(
  span: Span | null,
  blocks: Block[],
  features: BlockFeatures[],
  notBody: (i: number) => boolean,
): Span | null {
  if (!span) return span;
  let end = span.end;
  for (let i = end + 1; i <= span.end + CLOSING_MAX_LINES && i < blocks.length; i++) {
    if (!isPlainShortLine(i, blocks, features, notBody) || !CLOSING_SENTENCE.test(blocks[i]!.text.trim())) break;
    end = i;
  }
  return end === span.end ? span : { start: span.start, end };
}

// "各有关省、自治区、直辖市工业和信息化主管部门：": a notice's addressees open it, before its first paragraph.
const ADDRESSEE = /^各[\p{Script=Han}、，,（）()]{2,60}[：:]$/u;

/**
 * Step 4c, upwards: the article's short first sentence over the span (大模型价格战愈演愈烈，背后是
 * 算力成本的快速下降。), too short to read as a paragraph, between the header's fields and the
 * span, or a notice's addressees (各有关单位：). Only a sentence of the same shape as a closing one, and only under a metadata line or a
 * line the classifier already set apart: the header ends there, so what follows is the article.
 */
export function openOverFirstSentences(
  span: Span | null,
  blocks: Block[],
  features: BlockFeatures[],
  notBody: (i: number) => boolean,
  isMetadata: (i: number) => boolean,
): Span | null {
  if (!span) return span;
  let start = span.start;
  for (let i = start - 1; i >= 0 && i >= span.start - CLOSING_MAX_LINES; i--) {
    if (!isPlainShortLine(i, blocks, features, notBody)) break;
    const text = blocks[i]!.text.trim();
    if (!CLOSING_SENTENCE.test(text) && !ADDRESSEE.test(text)) break;
    start = i;
  }
  // Addressees are the notice's own opening wherever they stand: under its headline as much as
  // under a metadata line (a dump's notice has the headline right above them).
  const opened = start !== span.start && start > 0;
  return opened && (isMetadata(start - 1) || ADDRESSEE.test(blocks[start]!.text.trim())) ? { start, end: span.end } : span;
}

/** A report's closing mark in brackets (（完）, （证券时报网快讯中心）, （记者 X 报道）, 【责任编辑：X】). */
const CLOSING_MARK = /^[（(【\[]\s*(?:完|[^（()）【】\[\]]{0,16}?(?:中心|编辑|记者|报道|供稿|综合|整理)[^（()）【】\[\]]{0,8})\s*[）)】\]]$/;
const LIST_TO_MARK_MAX = 15;

/**
 * Step 4d: short lines right under the body (a list of topics, stocks or winners, one a line) up
 * to the report's closing mark are the report's: the mark says where it ends, so they are not the
 * page's. Only plain lines: a paragraph, a link or any line already labelled stops the walk.
 */
export function closeOverListToMark(
  span: Span | null,
  blocks: Block[],
  features: BlockFeatures[],
  notBody: (i: number) => boolean,
): Span | null {
  if (!span) return span;
  for (let i = span.end + 1; i <= span.end + LIST_TO_MARK_MAX + 1 && i < blocks.length; i++) {
    if (CLOSING_MARK.test(blocks[i]!.text.trim())) return i > span.end + 1 ? { start: span.start, end: i - 1 } : span;
    if (notBody(i) || features[i]!.paragraphLike || blocks[i]!.linkDensity > 0) return span;
  }
  return span;
}

const BRIEF_MIN_CHARS = 20;

/**
 * Step 4e, when no span scored at all: a brief (快讯) of a few short sentences, each too short to
 * read as a paragraph. The first run of lines that are all sentences of the closing shape, with
 * nothing the classifier set apart between them, is the article.
 */
export function briefSentences(blocks: Block[], features: BlockFeatures[], notBody: (i: number) => boolean): Span | null {
  let start = -1;
  let chars = 0;
  for (let i = 0; i <= blocks.length; i++) {
    const b = blocks[i];
    const sentence = b !== undefined && !notBody(i) && features[i]!.length >= CLOSING_MIN_CHARS && b.linkDensity === 0 && !b.listItem && CLOSING_SENTENCE.test(b.text.trim());
    if (sentence) {
      if (start === -1) start = i;
      chars += features[i]!.length;
      continue;
    }
    if (start !== -1 && chars >= BRIEF_MIN_CHARS) return { start, end: i - 1 };
    start = -1;
    chars = 0;
  }
  return null;
}
