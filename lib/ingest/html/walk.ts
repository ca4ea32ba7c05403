/**
 * One pass over the parsed page: cuts the visible text into blocks in reading order and, for
 * every block-level element, sums what its subtree holds (characters, link characters,
 * sentence punctuation, paragraphs, and a content value). Everything later — choosing the main
 * content, the fallbacks, the removal summaries — reads these numbers instead of walking the DOM
 * again. Skipped elements (scripts, styles, forms controls…) never produce text; hidden ones
 * produce blocks marked hidden, which count for nothing unless the hidden-content rescue needs them.
 */
import type { AnyNode, Element } from "domhandler";
import type { RemovalKind } from "../types";
import { HEADING_TAGS, INLINE_TAGS, SKIP_TAGS, isHiddenGiven, isPermalinkMark, isSectionControlGiven, namesRuleLetters, noscriptHoldsParagraphs, pathSegment, roleOfGiven } from "./dom-rules";
import { sectionMarker } from "../classify/vocabulary";
import { isDataTable, isPictureGrid } from "./data-table";
import { markMachineSummary } from "./machine-summary";
import { foldWidth } from "../../text/fold";
import { toSimplified } from "../../text/script";

export interface ElementStat {
  id: number;
  el: Element;
  parent: ElementStat | null;
  tag: string;
  hint: number;
  /** Some ancestor (below the document) names itself boilerplate: content rarely sits in a footer. */
  insideBoilerplate: boolean;
  /** The element, or an ancestor, is a form or a feed of teasers by its structure (markForm, markTeaserFeed). */
  structural: boolean;
  kind: RemovalKind | null;
  hidden: boolean;
  /** Page blocks [blockStart, blockEnd) lie inside this element. */
  blockStart: number;
  blockEnd: number;
  chars: number;
  linkChars: number;
  punct: number;
  /** Blocks inside that read like prose paragraphs. */
  paragraphs: number;
  /** Form controls inside (inputs, buttons, selects, text areas): polls, login and comment boxes. */
  controls: number;
  /** Video and audio elements inside: a player block. */
  players: number;
  /** The longest prose line inside (plain characters): a form's labels and messages are short. */
  longestProse: number;
  /** Lines inside that are mostly one link (a headline linking to another page). */
  linkLines: number;
  /** Child list items, and those holding a link line: a feed of other articles' teasers. */
  items: number;
  linkedItems: number;
  /**
   * Links to a named section of this document (href="#name"), and the characters of links to a
   * named section of this document or another page of the article ("…/2#name"): a table of contents.
   */
  anchors: number;
  anchorChars: number;
  /** Link elements inside: a card is one link around several lines, a menu one link a line. */
  links: number;
  /** Links styled as buttons (class btn/button) inside. */
  buttons: number;
  /**
   * Counts for nothing in its parent's value, neither for nor against: the article's own table of
   * contents (markTableOfContents) and a card set in the article's flow (settleEmbeddedCards).
   */
  neutral: boolean;
  /** A link-wrapped card between the article's own lines: part of the article, not cut with named regions. */
  embedded: boolean;
  /** Prose characters of <p> children (not deeper): the "p cluster" fallback reads this. */
  pChildChars: number;
  /** Content value of the subtree over visible blocks, and over all blocks (hidden rescue). */
  value: number;
  valueAll: number;
}

export interface PageBlock {
  text: string;
  chars: number;
  linkChars: number;
  punct: number;
  heading: number; // 0, or the heading level 1–6
  listItem: boolean;
  /** The line is inside <pre>: (part of) a code listing. */
  code: boolean;
  /** The line is a data table's row, its cells joined by spaces (data-table.ts). */
  row: boolean;
  hidden: boolean;
  owner: ElementStat;
  /** Prose: enough non-link text with sentence punctuation. */
  prose: boolean;
  value: number;
}

export interface WalkResult {
  blocks: PageBlock[];
  stats: ElementStat[];
  root: ElementStat;
}

const SENTENCE = /[，。！？；]|[,.;!?](?=\s)/;

/**
 * A <span> right after another, with no text between them, where a number meets a name or another
 * number: the fields of an info line (<span>主持人：记者 X</span><span>12.6万人参与</span>,
 * <span class="time">15:32</span><span class="author">X</span>) that the page's styles set apart.
 * Read glued, a name runs into the count after it (X12.6万人参与) and a time into a name. Other
 * junctions stay glued: Han meeting Han, or punctuation, is how spans cut inside a sentence meet
 * (a stock quote's <span>五粮液</span><span>与…</span>), and inline styles or languages mark such soup.
 */
const DIGIT_EDGE = /\d$/;
const DIGIT_START = /^\d/;
const HAN_OR_DIGIT_END = /[\p{Script=Han}\d]$/u;
const HAN_OR_DIGIT_START = /^[\p{Script=Han}\d]/u;

function firstText(node: AnyNode): string {
  if (node.type === "text") return (node as unknown as { data: string }).data.trimStart();
  if (!("children" in node)) return "";
  for (const c of node.children as AnyNode[]) {
    const t = firstText(c);
    if (t) return t;
  }
  return "";
}

function isAbuttingField(el: Element, before: string): boolean {
  const prev = el.prev;
  if (el.name !== "span" || prev === null || prev.type !== "tag" || (prev as Element).name !== "span") return false;
  if (![el, prev as Element].every((s) => !s.attribs.style && !s.attribs.lang)) return false;
  const next = firstText(el);
  return (DIGIT_EDGE.test(before) && HAN_OR_DIGIT_START.test(next)) || (HAN_OR_DIGIT_END.test(before) && DIGIT_START.test(next));
}
/** A full date (and time) as a title attribute gives it, and the relative time an element shows instead. */
// a UTC offset may close it (2026-12-07 13:05:41 +08:00), as a forum's templates print Go's and Ruby's times
const ABSOLUTE_TITLE = /^\s*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[T\s]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:Z|[+-]\d{2}:?\d{2}))?)?\s*$/;
const RELATIVE_TIME = /^\s*(?:\d{1,2}\s*(?:秒|分钟|小时|天|周)前|刚刚|(?:今天|昨天|前天)(?:\s*\d{1,2}:\d{2})?)\s*$/;
/** The text of an element of a few inline children (a time's span), else "". */
function shortText(node: AnyNode, budget = { left: 8 }): string {
  if (budget.left-- <= 0) return "";
  if (node.type === "text") return (node as unknown as { data: string }).data;
  return "children" in node ? (node.children as AnyNode[]).map((c) => shortText(c, budget)).join("") : "";
}
const WS = /[\s\u00a0\u3000\ufeff\u200b]+/g;
const MAX_DEPTH = 400;
const CONTROL_TAGS = new Set(["input", "button", "select", "textarea"]);
const BUTTON_CLASS = /(?:^|[\s_-])(?:btn|button)(?:$|[\s_-])/i;
/** A region with this many controls, and at most this many plain characters per control, is a form. */
export const FORM_MIN_CONTROLS = 2;
export const FORM_CHARS_PER_CONTROL = 40;
/** A form holds at most this many sentences (a poll's options); a page wrapped in <form> holds more. */
export const FORM_MAX_SENTENCES = 6;
/** A form's longest sentence (an option, an error message); an article paragraph is longer. */
export const FORM_MAX_LINE = 60;
const PAGE_TAGS = new Set(["html", "body", "main", "article"]);
const PLAYER_TAGS = new Set(["video", "audio"]);
/** A player's own text (a duration, a caption, a browser-support tip) is at most this long. */
export const PLAYER_MAX_CHARS = 100;
export const PLAYER_MAX_SENTENCES = 2;
/** A player's own control text: a duration (with its play glyph), a play button or a tip about playing. */
const PLAYER_CONTROL = /^[▶►▷]?\s*\d{1,2}:\d{2}(?::\d{2})?$|^[▶►▷]|播放|\bplay\b/i;
/** A player's lines: its controls, a caption and a tip; a header with a clip in it holds more. */
const PLAYER_MAX_LINES = 3;
/** Prose lines the player's parent holds besides it: the article around the player. */
const PLAYER_MIN_PROSE_BESIDE = 2;
/** A headline link is at least this long; shorter links are buttons and tags. */
const LINK_LINE_CHARS = 8;
/** A list of at least this many items, this share of them led by a headline link, is a feed. */
export const FEED_MIN_ITEMS = 4;
export const FEED_LINKED_SHARE = 0.7;
// A cheap test before folding: every comment heading says 评论 (either script).
const COMMENT_WORDS = /评论|評論/;
/** A comment section holds its heading and at least two more lines. */
const COMMENT_MIN_LINES = 3;
const PATH_SEGMENTS = 6;
// A link to a named section of this document (#name); a bare "#" is a script button, "#/…" and
// "#!…" are an app's routes, and "#from=…" is a tracking tag, not a section.
const IN_PAGE_HREF = /^#[^!/#\s=]+$/;
// The same to a section of another page of the article ("…/2#name"); one with a query or a
// tagged fragment (…?ref=x#tab, …#ld=…) is a tracked link to another page's tab or player.
const OTHER_PAGE_SECTION_HREF = /^[^?#\s]+#[^!/#\s=]+$/;
/** A table of contents has at least this many in-page links, and they are this share of its link text. */
export const TOC_MIN_ENTRIES = 3;
export const TOC_ANCHOR_SHARE = 0.8;
/** A card is one link (or two) around at least this many lines. */
const CARD_MIN_LINES = 3;
/**
 * An element other than a link that acts through a click script (onclick) and says at most this
 * many characters is a button: 收藏本文, 推荐给好友, a like count. Toolbars under an article are
 * often list items that open their page from a script, with no link at all; read as plain words
 * they looked like the article's last short lines, where the same row made of links is cut.
 */
export const SCRIPT_BUTTON_MAX_CHARS = 12;

/** The element's text (without whitespace) is at most `limit` characters; stops early past it. */
function saysAtMost(el: Element, limit: number): boolean {
  let n = 0;
  const visit = (node: AnyNode): boolean => {
    if (node.type === "text") {
      n += nonSpaceLength((node as unknown as { data: string }).data);
      return n <= limit;
    }
    if (node.type !== "tag" || SKIP_TAGS.has((node as Element).name)) return true;
    return (node as Element).children.every(visit);
  };
  return visit(el);
}

const SPACE = 32;

/** Chinese sentence punctuation: ，。！？；：、 */
function isHanPunct(c: number): boolean {
  return c === 0xff0c || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0xff1a || c === 0x3001;
}

/** Latin sentence punctuation: , . ; ! ? (counted only before a space or at the end, not in URLs or numbers). */
function isLatinPunct(c: number): boolean {
  return c === 44 || c === 46 || c === 59 || c === 33 || c === 63;
}

/**
 * Visible characters and sentence punctuation of a block's text, whose whitespace runs are
 * already one space each (so a space is the only whitespace left): one pass, without a copy of
 * the text minus its spaces or an array of punctuation matches that only their counts were wanted from.
 */
function countChars(text: string): { chars: number; punct: number } {
  let spaces = 0;
  let punct = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === SPACE) spaces++;
    else if (isHanPunct(c)) punct++;
    else if (isLatinPunct(c) && (i + 1 === n || text.charCodeAt(i + 1) === SPACE)) punct++;
  }
  return { chars: n - spaces, punct };
}

/** Length of a text without the characters WS matches: a link's characters, counted without a copy of the text. */
function nonSpaceLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // WS's characters: \s (ECMAScript white space and line terminators), NBSP, ideographic space, BOM, zero-width space
    if (!(isJsSpace(c) || c === 0x200b)) n++;
  }
  return n;
}

/** ECMAScript's \s: the characters String.prototype.trim removes, which include U+00A0, U+3000 and U+FEFF. */
function isJsSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The content value of one block: prose earns its length, links and short lines cost. */
function blockValue(chars: number, linkChars: number, punct: number, sentence: boolean): { value: number; prose: boolean } {
  const plain = chars - linkChars;
  const ld = chars === 0 ? 0 : linkChars / chars;
  if (ld > 0.5) return { value: -(10 + 0.5 * linkChars), prose: false };
  // Colons and enumeration commas alone make labels (主办单位：…), not sentences.
  const prose = plain >= 10 && sentence;
  if (prose) return { value: plain * (1 - ld) * Math.min(1.5, 1 + punct / 20), prose };
  // A label, a date line, a heading: cheap, so a header inside the article is bridged, a menu is not.
  return { value: plain >= 40 ? plain * 0.3 : -5, prose };
}

/** Tag path of an element, e.g. "body>div.content>p" (last few segments): built only for kept blocks. */
export function pathOf(stat: ElementStat): string {
  const segments: string[] = [];
  for (let s: ElementStat | null = stat; s && s.parent && segments.length < PATH_SEGMENTS; s = s.parent) segments.push(pathSegment(s.el));
  return segments.reverse().join(">");
}

/** Head elements the hints need, gathered during the walk so no selector pass is needed. */
export interface HeadElements {
  metas: Element[];
  titles: Element[];
  jsonLd: Element[];
  times: Element[];
  /** Inline scripts (no src) and JSON data blocks: some pages hold their metadata only there (script-data.ts). */
  scripts: Element[];
  /** Elements other than <meta> whose text is a microdata name (<span itemprop="name">老周</span>). */
  itemNames: Element[];
}

// Inline script types that may hold page data: classic JavaScript and JSON data blocks.
const DATA_SCRIPT = /^(?:|text\/javascript|application\/javascript|application\/json|module)$/i;

/** The script element as the hints need it: JSON-LD, an inline script or data block, or neither. */
function gatherScript(el: Element, head: HeadElements): void {
  const type = (el.attribs.type ?? "").trim();
  if (type === "application/ld+json") head.jsonLd.push(el);
  else if (el.attribs.src === undefined && DATA_SCRIPT.test(type)) head.scripts.push(el);
}

/**
 * The walk's state, and one small method per kind of node. As closures inside walkPage, the
 * whole walk was one large function that a short run of `npm run extract` never optimised
 * (--trace-opt on the 69 pages of bench:extract); as methods of one class the loop over a
 * node's children is small and monomorphic in `this`, so V8 can optimise it on its own (it
 * did in some runs, not all: the tiering is timing-dependent), and the rest costs no more.
 */
class Walker {
  readonly blocks: PageBlock[] = [];
  readonly stats: ElementStat[] = [];
  pieces: string[] = [];
  // Some piece is more than the one space that stands for blank text between tags: most flushes
  // (at every block element's edges) hold only such spaces, and need no join, replace or trim.
  hasText = false;
  linkChars = 0;
  anchorChars = 0;
  inLink = 0;
  inAnchor = 0;
  headingLevel = 0;
  inList = 0;
  hiddenDepth = 0;
  articleDepth = 0;
  // Inside <pre>: a code listing, whose lines are the article's text whatever their shape.
  inPre = 0;
  // The nearest open table is a data table (data-table.ts), and inside one of its rows: the row is one
  // line, its cells and their paragraphs read as parts of it, a space between them.
  dataTable = false;
  inRow = 0;
  // Cells of the open row: a row of one cell (a caption's, a note's) is a line like any other.
  rowCells = 0;

  constructor(readonly head: HeadElements) {}

  /** `letters`: namesRuleLetters(el), which the walk has asked already. */
  makeStat(el: Element, parent: ElementStat | null, letters: boolean): ElementStat {
    const role = parent ? roleOfGiven(el, this.articleDepth > 0, letters) : NO_ROLE;
    const blocks = this.blocks.length;
    const s: ElementStat = {
      id: this.stats.length, el, parent, tag: el.name ?? "#document", hint: role.hint,
      insideBoilerplate: parent !== null && (parent.insideBoilerplate || parent.hint < 0), structural: false, kind: role.kind, hidden: this.hiddenDepth > 0,
      blockStart: blocks, blockEnd: blocks, chars: 0, linkChars: 0, punct: 0, paragraphs: 0, controls: 0, players: 0, longestProse: 0, linkLines: 0, items: 0, linkedItems: 0,
      anchors: 0, anchorChars: 0, links: 0, buttons: 0, neutral: false, embedded: false, pChildChars: 0, value: 0, valueAll: 0,
    };
    this.stats.push(s);
    return s;
  }

  flush(owner: ElementStat): void {
    if (this.pieces.length === 0) return;
    if (!this.hasText) {
      this.pieces = [];
      this.linkChars = 0;
      this.anchorChars = 0;
      return;
    }
    const text = this.pieces.join("").replace(WS, " ").trim();
    const lc = this.linkChars;
    const ac = this.anchorChars;
    this.pieces = [];
    this.hasText = false;
    this.linkChars = 0;
    this.anchorChars = 0;
    if (text === "") return;
    this.addBlock(owner, text, lc, ac);
  }

  addBlock(owner: ElementStat, text: string, lc: number, ac: number): void {
    const { chars, punct } = countChars(text);
    const sentence = SENTENCE.test(text);
    // Headings are never prose, even when they end in an exclamation mark.
    const { value, prose } = blockValue(chars, Math.min(lc, chars), punct, sentence && this.headingLevel === 0);
    const hidden = this.hiddenDepth > 0;
    this.blocks.push({ text, chars, linkChars: Math.min(lc, chars), punct, heading: this.headingLevel, listItem: this.inList > 0, code: this.inPre > 0, row: owner.tag === "tr" && this.rowCells > 1, hidden, owner, prose, value });
    owner.chars += chars;
    owner.linkChars += Math.min(lc, chars);
    owner.anchorChars += Math.min(ac, chars);
    owner.punct += punct;
    if (prose) {
      owner.paragraphs++;
      owner.longestProse = Math.max(owner.longestProse, chars - Math.min(lc, chars));
    }
    if (lc * 2 > chars && chars >= LINK_LINE_CHARS) owner.linkLines++;
    if (!hidden) owner.value += value;
    owner.valueAll += value;
  }

  // ownerKids: the element children of `owner` so far, to weigh a child by its neighbours when
  // the owner closes (an array handed down the recursion rather than a Map keyed by each open element).
  visitChildren(node: Element | AnyNode, owner: ElementStat, ownerKids: ElementStat[], depth: number): void {
    if (!("children" in node)) return;
    const children = node.children as AnyNode[];
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      const type = child.type;
      if (type === "text") this.text((child as unknown as { data: string }).data);
      else if (type === "tag" || type === "script" || type === "style") this.element(child as Element, owner, ownerKids, depth);
    }
  }

  text(data: string): void {
    // Indentation between tags is most text nodes: one space stands for it.
    if (isBlank(data)) {
      this.pieces.push(" ");
      return;
    }
    this.pieces.push(data);
    this.hasText = true;
    if (this.inLink > 0) {
      const n = nonSpaceLength(data);
      this.linkChars += n;
      if (this.inAnchor > 0) this.anchorChars += n;
    }
  }

  /** A tag seen by the walk: gathered for the head, skipped, a line break, or visited. */
  element(el: Element, owner: ElementStat, ownerKids: ElementStat[], depth: number): void {
    const tag = el.name;
    const head = this.head;
    if (tag === "meta") head.metas.push(el);
    else if (tag === "title") head.titles.push(el);
    else if (tag === "time") head.times.push(el);
    // hAtom (microformats 1): <abbr class="published" title="2024-03-05T10:21:00+08:00">三月 5th</abbr>
    // holds the machine date in its title, as <time> does in datetime
    else if (tag === "abbr" && /(?:^|\s)published(?:\s|$)/.test(el.attribs.class ?? "") && el.attribs.title) head.times.push(el);
    // <span title="2025-01-05 09:30:00">3小时前</span>: a time shown as relative holds the absolute one
    // in its title, as <time> does in datetime
    else if (el.attribs.title !== undefined && ABSOLUTE_TITLE.test(el.attribs.title) && RELATIVE_TIME.test(shortText(el))) head.times.push(el);
    else if (tag === "script") gatherScript(el, head);
    else if (el.attribs.itemprop === "name") head.itemNames.push(el);
    if (tag === "head") {
      // The head holds no text, only the metadata elements gathered above.
      this.visitHead(el);
      return;
    }
    if (SKIP_TAGS.has(tag) && !noscriptHoldsParagraphs(el)) {
      if (CONTROL_TAGS.has(tag) && el.attribs.type !== "hidden") owner.controls++;
      if (PLAYER_TAGS.has(tag)) owner.players++;
      return;
    }
    if (tag === "br" || tag === "hr") {
      if (this.inRow > 0) this.pieces.push(" ");
      else this.flush(owner);
      return;
    }
    const letters = namesRuleLetters(el);
    if (isSectionControlGiven(el, letters) || (tag === "a" && isPermalinkMark(el))) return;
    const hidden = isHiddenGiven(el, letters);
    // Hidden characters inside a line (a forum's anti-copy noise, a display:none run) are no
    // text of it, and do not break it either.
    if (hidden && INLINE_TAGS.has(tag) && el.children.every((c) => c.type === "text")) return;
    if (hidden) {
      this.flush(owner);
      this.hiddenDepth++;
    }
    // Only a link has an href to test; both patterns need one character at least.
    const href = tag === "a" ? (el.attribs.href ?? "").trim() : "";
    const inPage = href !== "" && IN_PAGE_HREF.test(href);
    const anchor = inPage || (href !== "" && OTHER_PAGE_SECTION_HREF.test(href));
    // A click-scripted element with a few words is a button, counted as a link styled as one.
    const scriptButton = tag !== "a" && el.attribs.onclick !== undefined && saysAtMost(el, SCRIPT_BUTTON_MAX_CHARS);
    if (tag === "a" || scriptButton) {
      this.inLink++;
      owner.links++;
      if (scriptButton || BUTTON_CLASS.test(el.attribs.class ?? "")) owner.buttons++;
    }
    if (anchor) this.inAnchor++;
    if (inPage) owner.anchors++;
    if (INLINE_TAGS.has(tag) || depth > MAX_DEPTH) {
      const pieces = this.pieces;
      if (isAbuttingField(el, pieces.length > 0 ? pieces[pieces.length - 1]! : "")) pieces.push(" ");
      this.visitChildren(el, owner, ownerKids, depth + 1);
    } else if (this.inRow > 0) {
      // A cell of a data table's row, or a paragraph inside one: a part of the row's line.
      if (tag === "td" || tag === "th") this.rowCells++;
      this.pieces.push(" ");
      this.visitChildren(el, owner, ownerKids, depth + 1);
      this.pieces.push(" ");
    } else {
      this.block(el, tag, letters, owner, ownerKids, depth);
    }
    if (tag === "a" || scriptButton) this.inLink--;
    if (anchor) this.inAnchor--;
    if (hidden) {
      this.flush(owner);
      this.hiddenDepth--;
    }
  }

  /** An element that starts a block: measured on its own, then its sums are added to its owner's. */
  block(el: Element, tag: string, letters: boolean, owner: ElementStat, ownerKids: ElementStat[], depth: number): void {
    this.flush(owner);
    const stat = this.makeStat(el, owner, letters);
    ownerKids.push(stat);
    const statKids: ElementStat[] = [];
    const heading = HEADING_TAGS.has(tag);
    const savedHeading = this.headingLevel;
    if (heading) this.headingLevel = Number(tag[1]);
    const listItem = tag === "li" || tag === "dd" || tag === "dt";
    const article = tag === "article" || tag === "main";
    if (listItem) this.inList++;
    if (article) this.articleDepth++;
    if (tag === "pre") this.inPre++;
    const outerTable = this.dataTable;
    if (tag === "table") this.dataTable = isDataTable(el);
    const row = tag === "tr" && this.dataTable;
    if (row) {
      this.inRow++;
      this.rowCells = 0;
    }
    this.visitChildren(el, stat, statKids, depth + 1);
    this.flush(stat);
    if (row) this.inRow--;
    this.dataTable = outerTable;
    if (tag === "pre") this.inPre--;
    if (article) this.articleDepth--;
    if (listItem) this.inList--;
    this.headingLevel = savedHeading;
    const blocks = this.blocks;
    stat.blockEnd = blocks.length;
    settleEmbeddedCards(stat, statKids);
    // players are summed up the tree: an element with none has no child holding one
    if (stat.players > 0) settlePlayers(stat, statKids, blocks);
    markForm(stat);
    markButtonRow(stat);
    if (tag === "table" && isPictureGrid(el)) markPictureGrid(stat);
    markTeaserFeed(stat);
    markTableOfContents(stat);
    markCommentSection(stat, blocks);
    markRelatedSection(stat, blocks);
    markMachineSummary(stat, blocks);
    fold(stat, owner);
  }

  visitHead(node: Element): void {
    const head = this.head;
    for (const child of node.children) {
      if (child.type !== "tag" && child.type !== "script") continue;
      const el = child as Element;
      if (el.name === "meta") head.metas.push(el);
      else if (el.name === "title") head.titles.push(el);
      else if (el.name === "script") gatherScript(el, head);
      else if (el.children.length > 0 && !SKIP_TAGS.has(el.name)) this.visitHead(el);
    }
  }
}

const NO_ROLE = { hint: 0, kind: null };

/** The text is whitespace only (\s, which holds NBSP and the ideographic space): a regular expression run on every text node cost more. */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isJsSpace(text.charCodeAt(i))) return false;
  return true;
}

export function walkPage(start: AnyNode, head: HeadElements = { metas: [], titles: [], jsonLd: [], times: [], scripts: [], itemNames: [] }): WalkResult {
  const w = new Walker(head);
  const root = w.makeStat(start as Element, null, false);
  w.visitChildren(start, root, [], 0);
  w.flush(root);
  root.blockEnd = w.blocks.length;
  settleStructuralMarks(w.stats);
  return { blocks: w.blocks, stats: w.stats, root };
}

/**
 * A poll, a login or error box, a comment box: a few words per control (a poll's options, the
 * labels of a login box) and no more sentences than controls. An element that names itself
 * content (<article>, class "content") is not one, even with share buttons inside.
 * It names itself boilerplate like a region whose class says "comment", so it counts against
 * its container and is cut from the chosen content. A page-wide <form> (ASP.NET pages wrap
 * everything in one) holds the article's paragraphs and is left alone.
 */
function markForm(s: ElementStat): void {
  // A <form> itself needs one field: a search box (查找更多相关文章, a text field, hidden fields and
  // an image for a submit button) has no second visible control, and its label read as the
  // article's last line. The few-words test below still spares a page-wide <form>.
  const minControls = s.tag === "form" ? 1 : FORM_MIN_CONTROLS;
  if (s.controls < minControls || s.kind !== null || s.hint !== 0 || PAGE_TAGS.has(s.tag)) return;
  const few = s.paragraphs <= Math.min(s.controls + 1, FORM_MAX_SENTENCES) && s.longestProse <= FORM_MAX_LINE;
  if (few && s.chars - s.linkChars <= FORM_CHARS_PER_CONTROL * s.controls) {
    s.kind = "form";
    s.hint = -1;
    s.structural = true;
  }
}

/**
 * A grid of thumbnails, each with a few words under it (data-table.ts isPictureGrid), set in the
 * article's container: pictures of other stories, whose captions read as short lines of the
 * article (a row of four headlines a line). Kind `teaser`: cut though it links nowhere (such grids
 * often lost their links), where a region named a related list without a link stays.
 */
function markPictureGrid(s: ElementStat): void {
  if (s.kind !== null || s.hint !== 0) return;
  s.kind = "teaser";
  s.hint = -1;
  s.structural = true;
}

/**
 * A row of links styled as buttons and nothing else (立即体验 申请API 联系销售 under a launch
 * post): calls to act, like a form's buttons, not the article's words. Only the row itself: a
 * comment's tool buttons make no form of the comment.
 */
function markButtonRow(s: ElementStat): void {
  if (s.kind !== null || s.hint !== 0 || s.buttons < FORM_MIN_CONTROLS || s.buttons !== s.links || s.chars === 0 || s.linkChars < s.chars) return;
  s.kind = "form";
  s.hint = -1;
  s.structural = true;
}

/**
 * A player block set among the article's paragraphs: a <video> or <audio> with the few words
 * around it (a play glyph, the duration, a 视频：caption naming the clip, a tip that the browser
 * cannot play it). Those words belong to the clip the page embeds, not to the article, yet read
 * like a short paragraph of it. Like a card in the article's flow it counts for nothing in its
 * parent, and it is cut as a region whose class says "related". Only a parent with prose of its
 * own beside the block is an article around a player: a video page's short description beside
 * its player is all the text that page has, and stays. The block must show a player's controls
 * (a duration, a play glyph, a word about playing): a looping clip that stands in for a GIF, with
 * only a caption under it, is the article's figure and keeps its caption like a photo.
 */
function settlePlayers(parent: ElementStat, children: ElementStat[], blocks: PageBlock[]): void {
  for (const c of children) {
    if (c.players === 0 || c.kind !== null || c.hint !== 0 || c.neutral || c.hidden) continue;
    if (c.paragraphs > PLAYER_MAX_SENTENCES || c.longestProse > FORM_MAX_LINE || c.chars - c.linkChars > PLAYER_MAX_CHARS) continue;
    if (c.blockEnd - c.blockStart > PLAYER_MAX_LINES || parent.paragraphs - c.paragraphs < PLAYER_MIN_PROSE_BESIDE) continue;
    // A clip with a caption and no controls (a looping figure in place of a GIF) is the article's figure.
    if (!blocks.slice(c.blockStart, c.blockEnd).some((b) => PLAYER_CONTROL.test(b.text))) continue;
    parent.value -= c.value;
    parent.valueAll -= c.valueAll;
    c.kind = "related";
    c.hint = -1;
    c.neutral = true;
    c.structural = true;
  }
}

/**
 * A comment section with no class naming it: an element of several lines whose first line says
 * so (网友评论（8）, 全部评论, 发表评论). Comments read like prose and often outnumber the
 * article's paragraphs; their heading is what tells them apart.
 */
function markCommentSection(s: ElementStat, blocks: PageBlock[]): void {
  if (s.kind !== null || s.hint !== 0 || s.blockEnd - s.blockStart < COMMENT_MIN_LINES) return;
  const first = blocks[s.blockStart]!;
  if (first.chars > 24 || first.prose || first.hidden || !COMMENT_WORDS.test(first.text)) return;
  const hit = sectionMarker(toSimplified(foldWidth(first.text)).toLowerCase().trim());
  if (hit?.kind === "comment") {
    s.kind = "comment";
    s.hint = -1;
  }
}

/**
 * A box of other articles or questions with no class naming it: an element of several lines whose
 * first line is a heading that says so (相关阅读, 该公司其他问答). Their summaries and answers read
 * like prose and may outweigh a short article beside them; the heading tells them apart.
 */
function markRelatedSection(s: ElementStat, blocks: PageBlock[]): void {
  if (s.kind !== null || s.hint !== 0 || s.blockEnd - s.blockStart < COMMENT_MIN_LINES) return;
  const first = blocks[s.blockStart]!;
  // The heading is the box's own (its child or its text), not one of a box nested at its top
  // (a wrapper that opens with a sidebar's 热点栏目 and holds the article after it).
  if (first.chars > 24 || first.prose || first.hidden || (first.owner !== s && first.owner.parent !== s)) return;
  if (sectionMarker(toSimplified(foldWidth(first.text)).toLowerCase().trim())?.kind !== "related") return;
  s.kind = "related";
  s.hint = -1;
}

/**
 * A feed of other articles ("你可能还想看", a news stream): list items, nearly each led by a
 * headline that links away, usually with a summary sentence under it. The summaries read like
 * prose, so without this a long feed outscores a short article beside it. It counts against its
 * container like a region whose class says "related". An article's own list items rarely link.
 */
function markTeaserFeed(s: ElementStat): void {
  if (s.items < FEED_MIN_ITEMS || s.kind !== null || s.hint !== 0) return;
  if (s.linkedItems >= FEED_LINKED_SHARE * s.items && s.paragraphs > 0) {
    s.kind = "related";
    s.hint = -1;
    s.structural = true;
  }
}

/**
 * A table of contents: mostly links, nearly all to named sections of this document or of the
 * article's other pages (href="#…", "…/2#…").
 * It lists the article's own headings, so it is not link boilerplate to hold against the article
 * container (a long one outweighed a short article's paragraphs); nor is it text to keep, since it
 * repeats the headings. It counts for nothing in its parent and is cut as navigation.
 */
function markTableOfContents(s: ElementStat): void {
  if (s.kind !== null || s.anchors < TOC_MIN_ENTRIES || s.anchorChars < TOC_ANCHOR_SHARE * s.linkChars) return;
  if (s.linkChars * 2 <= s.chars) return;
  s.kind = "navigation";
  s.hint = -1;
  s.neutral = true;
  s.structural = true;
}

/** One link, or two, around several lines: a card (a place, a product, a book), not a menu. */
function isCard(s: ElementStat): boolean {
  return s.blockEnd - s.blockStart >= CARD_MIN_LINES && s.links <= 2 && s.linkChars * 2 > s.chars;
}

/**
 * The article's own line beside a card: a heading, a paragraph, a caption (a one-line caption may
 * link its photo credit). Not a card, and not a run of link lines (a menu, a list of teasers).
 */
function isOwnText(s: ElementStat | undefined): boolean {
  if (s === undefined || s.chars === 0 || s.hidden || s.hint < 0 || isCard(s)) return false;
  return s.linkChars * 2 <= s.chars || s.blockEnd - s.blockStart === 1;
}

/**
 * A card between the article's own lines (a heading or caption before it, text after it) is part
 * of the article's flow: an embedded place, product or book, often in a "widget" wrapper. Counted
 * against the container, a list of such entries (each a heading, a line, a photo and its card)
 * sank the very element that holds them. Cards next to each other are a grid of teasers and still
 * count against their container, as does a card at either end of it (a box after the article).
 */
function settleEmbeddedCards(parent: ElementStat, children: ElementStat[]): void {
  const withText = children.filter((c) => c.chars > 0 && !c.hidden);
  for (let k = 1; k + 1 < withText.length; k++) {
    const c = withText[k]!;
    if (c.neutral || c.structural || !isCard(c)) continue;
    if (!isOwnText(withText[k - 1]) || !isOwnText(withText[k + 1])) continue;
    parent.value -= share(c, c.value);
    parent.valueAll -= share(c, c.valueAll);
    c.neutral = true;
    c.embedded = true;
  }
}

/**
 * Forms and feeds are recognised when their element closes, after their descendants were
 * created; this pass (stats are in document order, parents first) tells the descendants. Nothing
 * inside such a region can be the article: a teaser inside a feed outscores a short article.
 */
function settleStructuralMarks(stats: ElementStat[]): void {
  for (const s of stats) {
    const p = s.parent;
    if (!p) continue;
    if (p.hint < 0 || p.insideBoilerplate) s.insideBoilerplate = true;
    if (p.structural) {
      s.structural = true;
      s.value = Math.min(s.value, 0);
      s.valueAll = Math.min(s.valueAll, 0);
    }
  }
  for (const s of stats) {
    if (s.structural && s.hint < 0) {
      s.value = Math.min(s.value, 0);
      s.valueAll = Math.min(s.valueAll, 0);
    }
  }
}

/**
 * Adds a finished child's sums to its parent. A region that names itself boilerplate (comments,
 * related, share…) cannot lend its text to the parent's value: its prose counts against it, so
 * the article container wins over the article-plus-comments container.
 */
function fold(child: ElementStat, parent: ElementStat): void {
  parent.chars += child.chars;
  parent.linkChars += child.linkChars;
  parent.punct += child.punct;
  parent.paragraphs += child.paragraphs;
  parent.controls += child.controls;
  parent.players += child.players;
  parent.longestProse = Math.max(parent.longestProse, child.longestProse);
  parent.linkLines += child.linkLines;
  parent.anchors += child.anchors;
  parent.anchorChars += child.anchorChars;
  parent.links += child.links;
  parent.buttons += child.buttons;
  if (child.tag === "li") {
    parent.items++;
    if (child.linkLines > 0) parent.linkedItems++;
  }
  if (child.tag === "p" && child.linkChars < child.chars / 2) parent.pChildChars += child.chars - child.linkChars;
  parent.value += share(child, child.value);
  parent.valueAll += share(child, child.valueAll);
}

/** What a child's value adds to its parent's: a named boilerplate region counts against it, a neutral one for nothing. */
function share(child: ElementStat, value: number): number {
  if (child.neutral) return 0;
  return child.hint < 0 ? -Math.abs(value) * 0.5 - 10 : value;
}
