/**
 * A list the article sets between two of its paragraphs, one short item a line: a roundup's
 * one-line news items under 一、… 二、… heads, or the points a paragraph announces with a colon
 * (…包括以下几项：). In HTML such lines sit inside the cascade's region; a dump has none, and each
 * line alone looks like a menu item or a headline, so the run is marked by its place and its
 * numbering. A menu or a list of other stories is not announced by the paragraph above it, does
 * not number its groups 一、二、, and has no paragraph of the article under it.
 */
import { blockFeatures, vocabularyOf } from "../classify/features";
import { stripLinkMarkers } from "./link-markers";

/** A group's head numbered in Han numerals (一、模型发布, （二）融资与合作). */
const HAN_HEAD = /^(?:([一二三四五六七八九十])、|[(（]([一二三四五六七八九十])[)）])\s*\S/u;
const HAN_DIGITS = "一二三四五六七八九十";
/** A paragraph that announces what follows. */
const ANNOUNCES = /[:：]$/;
const MAX_ITEM_CHARS = 60;
const MIN_ITEMS = 3;
/** Link share from which a line is a link, not an item. */
const LINKED = 0.5;

interface Line {
  text: string;
  length: number;
  prose: boolean;
  item: boolean;
}

/** Two heads or more numbered in order from 一. */
function numberedHeads(texts: string[]): boolean {
  const numbers = texts.map((t) => HAN_HEAD.exec(t)).filter((m) => m !== null).map((m) => HAN_DIGITS.indexOf(m[1] ?? m[2]!));
  return numbers.length >= 2 && numbers.every((n, k) => n === k);
}

/** Indices of the lines (blank ones included) of a list set between two paragraphs of the article. */
export function listInArticleLines(texts: string[]): Set<number> {
  const marked = new Set<number>();
  // Most dumps hold neither a numbered head nor a line ending on a colon: nothing to read then.
  if (!texts.some((t) => HAN_HEAD.test(t.trim()) || ANNOUNCES.test(t.trimEnd()))) return marked;
  const lines: (Line | null)[] = texts.map((t) => {
    const { text, linkDensity } = stripLinkMarkers(t);
    const trimmed = text.trim();
    if (trimmed === "") return null;
    const f = blockFeatures(trimmed);
    return { text: trimmed, length: f.length, prose: f.paragraphLike && linkDensity < LINKED, item: !f.paragraphLike && f.length <= MAX_ITEM_CHARS && linkDensity < LINKED };
  });
  let above: Line | null = null;
  let items: number[] = [];
  const close = (below: Line | null) => {
    const run = items;
    items = [];
    if (!above || !below?.prose || run.length < MIN_ITEMS) return;
    const runTexts = run.map((i) => lines[i]!.text);
    if (!ANNOUNCES.test(above.text) && !numberedHeads(runTexts)) return;
    // The site's boilerplate (a share bar, 相关阅读) is no item of the article.
    if (runTexts.some((t) => vocabularyOf(blockFeatures(t).norm) !== null)) return;
    for (const i of run) marked.add(i);
  };
  for (const [i, l] of lines.entries()) {
    if (l === null) continue;
    if (l.item && above !== null) {
      items.push(i);
      continue;
    }
    close(l);
    above = l.prose ? l : null;
  }
  return marked;
}
