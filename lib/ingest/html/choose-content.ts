/**
 * Chooses the page's main content from the walk's numbers. The cascade (CASCADE.md has the
 * thresholds and how each stage is measured), and why each stage exists:
 *  1. main extractor — the element whose subtree has the highest content value (walk.ts: prose
 *     earns its length weighted by punctuation, link-dense and short blocks cost, regions that
 *     call themselves comments/related/share/ads, forms and teaser feeds count against their
 *     ancestors), adjusted by its own class/id hint. Inside the winner, sub-regions that are
 *     boilerplate by name, by structure (forms), by their heading (网友评论, 相关推荐) or by
 *     their words (copyright/disclaimer notices) are cut and recorded.
 *  2. comparison with an independent candidate — Readability's parent vote (readability-
 *     candidate.ts) fails differently from a subtree sum; compare-candidates.ts keeps the main
 *     region when they agree, weighs the extra lines when one holds the other, and lets the
 *     candidate win where the main region names itself boilerplate or holds almost no prose.
 *  3. baseline rescue, only when the choice is unsettled and holds too little prose:
 *     a. the densest <p> cluster — the element whose <p> children hold the most prose;
 *     b. all prose <p> blocks of the page outside boilerplate regions (trafilatura's baseline).
 *     The fallback with the most prose wins if it clearly beats the choice.
 *  4. hidden-content rescue — some pages ship the article hidden and reveal it by script
 *     (style="visibility:hidden" on the article container). Only when nothing visible holds an
 *     article is the hidden subtree with the highest value taken. Scripts and styles never are.
 * Then the chosen range is widened to the article's own header (title heading, date and source
 * lines just above) and the short byline/editor lines just below, so metadata can be read.
 */
import type { RemovalKind } from "../types";
import { FORM_MIN_CONTROLS, type ElementStat, type PageBlock, type WalkResult } from "./walk";
import { readabilityCandidate } from "./readability-candidate";
import { compareCandidates } from "./compare-candidates";
import { firstPostAround, threadAround, threadPosts } from "./thread-replies";
import { sectionMarker, vocabularyHit } from "../classify/vocabulary";
import { rowsHoldData } from "../classify/data-rows";
import { foldWidth } from "../../text/fold";
import { toSimplified } from "../../text/script";

export type ContentStage = "main" | "readability" | "p-cluster" | "all-paragraphs" | "hidden-rescue" | "script-data";

export interface ContentChoice {
  /** Page block indices of the main content, in order (header and trailer lines included). */
  indices: number[];
  stage: ContentStage;
  /** The chosen element, when the choice is one subtree. */
  node: ElementStat | null;
  /** Blocks inside the chosen element cut as boilerplate, with the region that named itself. */
  pruned: Map<number, ElementStat>;
  /** The chosen region's own blocks (indices minus the widened header and trailer lines). */
  core: Set<number>;
  /** When the region is a forum thread: its first post, whose poster is the article's author (page-hints.ts). */
  firstPost?: ElementStat;
}

/** Below this many prose characters the main choice is doubted. */
export const MIN_PROSE_CHARS = 200;
const FALLBACK_MARGIN = 1.5;
const HEADER_MAX_LINES = 10;
const HEADER_MAX_SKIPPED = 30;
const HEADER_LINE_CHARS = 120;
const TRAILER_MAX_LINES = 4;
const TRAILER_LINE_CHARS = 80;

function hintFactor(s: ElementStat): number {
  if (s.hint < 0 || s.insideBoilerplate) return 0.5;
  return s.hint > 0 ? 1.25 : 1;
}

function proseChars(blocks: PageBlock[], indices: Iterable<number>, includeHidden = false): number {
  let n = 0;
  for (const i of indices) {
    const b = blocks[i]!;
    if (b.prose && (includeHidden || !b.hidden)) n += b.chars - b.linkChars;
  }
  return n;
}

function range(s: ElementStat): number[] {
  const out: number[] = [];
  for (let i = s.blockStart; i < s.blockEnd; i++) out.push(i);
  return out;
}

function best(stats: ElementStat[], score: (s: ElementStat) => number, ok: (s: ElementStat) => boolean = () => true): ElementStat | null {
  let top: ElementStat | null = null;
  let topScore = 0;
  for (const s of stats) {
    if (!ok(s)) continue;
    const v = score(s);
    if (v > topScore) {
      top = s;
      topScore = v;
    }
  }
  return top;
}

/** The region inside `node` that a block sits in and that names itself boilerplate with little prose. */
function boilerplateRegion(blocks: PageBlock[], b: PageBlock, node: ElementStat): ElementStat | null {
  let found: ElementStat | null = null;
  for (let s: ElementStat | null = b.owner; s && s !== node; s = s.parent) {
    // A card in the article's flow is the article's, whatever its wrapper is called.
    if (s.embedded) return null;
    if (s.hint >= 0) continue;
    if (headedDataTable(blocks, s, node)) continue;
    // A list of other articles or a menu links away; a region so named without a single link
    // (a data table classed "rank" in the article) is the article's own. A player block links
    // nowhere either, and is the clip's (settlePlayers in walk.ts).
    if (s.links === 0 && s.players === 0 && (s.kind === "related" || s.kind === "navigation")) continue;
    const ld = s.chars === 0 ? 0 : s.linkChars / s.chars;
    // A named region holding form controls (a login or subscription box) is chrome even when a
    // tip in it reads like prose (温馨提示：为了保障您的账号安全…).
    if (s.kind === "comment" || s.kind === "share" || s.kind === "ad" || s.kind === "form" || s.kind === "teaser" || s.value <= 0 || ld > 0.4 || s.controls >= FORM_MIN_CONTROLS || s.players > 0) found = s;
  }
  return found;
}

/**
 * A data table of the article under its own heading (a ranking over 总榜前十名 whose model and maker
 * cells link to their pages): a class naming it a ranking or a list (rank-table) says how it is
 * set, not that it links away. Its heading is in the chosen element right above it and is no
 * section marker (热门排行, 相关推荐), and most rows hold a number past their first cell (a score, a
 * change), which a list of other articles does not.
 */
function headedDataTable(blocks: PageBlock[], s: ElementStat, node: ElementStat): boolean {
  if (s.tag !== "table" || (s.kind !== "related" && s.kind !== "navigation") || s.blockStart <= node.blockStart) return false;
  const above = blocks[s.blockStart - 1]!;
  if (above.heading === 0 || above.hidden || sectionMarker(toSimplified(foldWidth(above.text)).toLowerCase().trim())) return false;
  return rowsHoldData(blocks.slice(s.blockStart, s.blockEnd).filter((r) => r.row).map((r) => r.text));
}

/**
 * A region inside the chosen element, after the article has begun, whose first line says it is
 * a comment section, a list of other articles or a notice (网友评论（8）, 相关推荐, 免责声明): the element
 * that line heads, when it holds more than the line. Comments read like prose; their heading
 * and their position after the article tell them apart. The region is named for the record.
 */
function headedSection(b: PageBlock, i: number, node: ElementStat, joined = false): ElementStat | null {
  if (b.chars > 24 || b.prose) return null;
  const marker = sectionMarker(toSimplified(foldWidth(b.text)).toLowerCase().trim());
  if (!marker) return null;
  let region: ElementStat | null = null;
  // A box read as one of several sibling elements (Readability's join) may be the whole node, as
  // in noticeRegion: a 免责声明 box beside a short item, joined for its prose-like clauses.
  const stop = joined ? node.parent : node;
  for (let s: ElementStat | null = b.owner; s && s !== stop && s.blockStart === i; s = s.parent) region = s;
  if (!region || region.blockEnd - region.blockStart < 2) return null;
  if (region.kind === null) region.kind = marker.kind;
  return region;
}

/**
 * A copyright/disclaimer block inside the chosen element: the child region holding the block
 * whose every line is a notice by vocabulary (版权声明…, 免责声明…, 转载…). Such notices read like
 * prose, so only their words tell them from the article. The region is named for the record.
 */
function noticeRegion(blocks: PageBlock[], b: PageBlock, node: ElementStat, joined = false): ElementStat | null {
  if (!b.prose || !blockIsNotice(b)) return null;
  let region: ElementStat | null = null;
  for (let s: ElementStat | null = b.owner; s && s !== node; s = s.parent) {
    let all = true;
    for (let i = s.blockStart; i < s.blockEnd && all; i++) all = blocks[i]!.hidden || blockIsNotice(blocks[i]!);
    if (!all) break;
    region = s;
  }
  // A box read as one of several sibling elements (Readability's join) may be the whole node.
  const stop = joined ? node.parent : node;
  for (let s: ElementStat | null = region?.parent ?? null; s && s !== stop && s.blockStart === region?.blockStart; s = s.parent) {
    if (!statementBox(blocks, s)) break;
    region = s;
  }
  if (region && region.kind === null) region.kind = "disclaimer";
  return region;
}

/** A line of a statement box besides its notices is no longer than this (a pitch, a link). */
const STATEMENT_TAIL_CHARS = 60;

/**
 * A box that opens with notices and holds little else: its other lines are short ones set with
 * them (an app pitch, a "read the original" link), never a paragraph or heading of the article.
 * The notices hold most of its text. The box goes whole, as the notices alone would leave its
 * tail as the article's last line.
 */
function statementBox(blocks: PageBlock[], s: ElementStat): boolean {
  let notice = 0;
  let rest = 0;
  for (let i = s.blockStart; i < s.blockEnd; i++) {
    const b = blocks[i]!;
    if (b.hidden) continue;
    if (blockIsNotice(b)) notice += b.chars;
    else if (b.chars > STATEMENT_TAIL_CHARS || b.heading > 0) return false;
    else rest += b.chars;
  }
  return notice > 2 * rest;
}

// Words every copyright/disclaimer notice holds, in either script: a cheap test before folding.
const NOTICE_WORDS = /版|權|权|聲明|声明|轉載|转载|侵權|侵权|免責|免责|代表(本|作者)|copyright|©|icp/i;

/**
 * isNotice of a block's text, remembered per block: each candidate region (main, Readability's,
 * the fallbacks) asks again of the same blocks, and every ancestor of a notice re-reads its lines.
 */
const noticeOfBlock = new WeakMap<PageBlock, boolean>();

function blockIsNotice(b: PageBlock): boolean {
  let notice = noticeOfBlock.get(b);
  if (notice === undefined) noticeOfBlock.set(b, (notice = isNotice(b.text)));
  return notice;
}

function isNotice(text: string): boolean {
  if (!NOTICE_WORDS.test(text)) return false;
  const hit = vocabularyHit(toSimplified(foldWidth(text)).toLowerCase().trim());
  return hit !== null && (hit.kind === "disclaimer" || hit.kind === "copyright");
}

/** Whether a block outside the chosen element sits in a region that names itself boilerplate. */
function inBoilerplate(b: PageBlock, start: number, end: number): boolean {
  for (let s: ElementStat | null = b.owner; s; s = s.parent) {
    if (s.blockStart <= start && s.blockEnd >= end) return false;
    if (s.hint < 0) return true;
  }
  return false;
}

/** The block is the first line of an element after the content that holds more lines than a trailer. */
function opensRegion(b: PageBlock, end: number): boolean {
  for (let s: ElementStat | null = b.owner; s && s.blockStart >= end; s = s.parent) {
    if (s.blockEnd - s.blockStart > TRAILER_MAX_LINES) return true;
  }
  return false;
}

/** `start`/`end`: the content's block range; `scopeStart`: where its parent element begins. */
function widen(blocks: PageBlock[], indices: number[], start: number, end: number, scopeStart: number): number[] {
  const head: number[] = [];
  let skipped = 0;
  for (let i = start - 1; i >= 0 && head.length < HEADER_MAX_LINES; i--) {
    const b = blocks[i]!;
    if (b.hidden) continue;
    // A share bar between headline and body is stepped over, not taken; a long run of chrome ends the header.
    if (inBoilerplate(b, start, end)) {
      if (++skipped > HEADER_MAX_SKIPPED) break;
      continue;
    }
    if (b.heading > 0 && b.heading <= 2) {
      head.push(i);
      break;
    }
    if (b.chars > HEADER_LINE_CHARS) break;
    // A short link (the channel name, "分享") between headline and body is stepped over too.
    if (b.linkChars > b.chars / 2) {
      if (b.chars > 40 || ++skipped > HEADER_MAX_SKIPPED) break;
      continue;
    }
    head.push(i);
  }
  // Without a headline above, short lines far up are more likely menus than a byline: keep only
  // those beside the content inside its parent element.
  const headline = head.length > 0 && blocks[head[head.length - 1]!]!.heading > 0;
  const kept = headline ? head : head.filter((i) => i >= scopeStart);
  const tail: number[] = [];
  for (let i = end; i < blocks.length && tail.length < TRAILER_MAX_LINES; i++) {
    const b = blocks[i]!;
    if (b.hidden) continue;
    if (inBoilerplate(b, start, end) || b.chars > TRAILER_LINE_CHARS || b.linkChars > b.chars * 0.3) break;
    // A byline trailer is a few loose lines; the title line of a whole region (a sidebar's
    // "编辑精选", a comment list's "网友评论（8）") starts something else.
    if (opensRegion(b, end)) break;
    tail.push(i);
  }
  return [...kept.reverse(), ...indices, ...tail];
}

function fromNode(walk: WalkResult, node: ElementStat, stage: ContentStage): ContentChoice {
  return fromNodes(walk, [node], stage);
}

/** The content of one element, or of sibling elements read as one (Readability's sibling join). */
function fromNodes(walk: WalkResult, nodes: ElementStat[], stage: ContentStage, span?: { start: number; end: number }): ContentChoice {
  const includeHidden = stage === "hidden-rescue";
  const pruned = new Map<number, ElementStat>();
  const kept: number[] = [];
  // Siblings read as one may each be one post of a thread: look for the thread in their parent.
  const posts = threadPosts(walk, nodes.length > 1 && nodes[0]!.parent ? nodes[0]!.parent : nodes[0]!);
  const replies = posts.slice(1);
  for (const r of replies) if (r.kind === null) r.kind = "comment";
  for (const node of nodes) {
    let sectionEnd = -1;
    let section: ElementStat | null = null;
    for (const i of range(node)) {
      if (span && (i < span.start || i >= span.end)) continue;
      const b = walk.blocks[i]!;
      if (b.hidden && !includeHidden) continue;
      if (i >= sectionEnd && kept.length > 0) {
        section = headedSection(b, i, node, nodes.length > 1);
        sectionEnd = section ? section.blockEnd : -1;
      }
      const reply = replies.find((r) => i >= r.blockStart && i < r.blockEnd) ?? null;
      const region: ElementStat | null = reply ?? (i < sectionEnd ? section : null) ?? boilerplateRegion(walk.blocks, b, node) ?? noticeRegion(walk.blocks, b, node, nodes.length > 1);
      if (region) pruned.set(i, region);
      else kept.push(i);
      // A statement box's lines after its first notice go with it (noticeRegion).
      if (region && region.kind === "disclaimer" && region.blockEnd > Math.max(i + 1, sectionEnd)) {
        section = region;
        sectionEnd = region.blockEnd;
      }
    }
  }
  const first = nodes[0]!;
  const last = nodes[nodes.length - 1]!;
  const start = span?.start ?? first.blockStart;
  const indices = widen(walk.blocks, kept, start, span?.end ?? last.blockEnd, span ? first.blockStart : first.parent?.blockStart ?? first.blockStart);
  const firstPost = posts[0] ?? firstPostAround(walk, nodes[0]!);
  const thread = firstPost ? { firstPost } : {};
  return { indices, stage, node: nodes.length === 1 ? first : first.parent, pruned, core: new Set(kept), ...thread };
}

/** The element holding every block of `indices` (their lowest common ancestor). */
function commonAncestor(blocks: PageBlock[], indices: number[]): ElementStat {
  let node = blocks[indices[0]!]!.owner;
  const last = indices[indices.length - 1]!;
  while (node.parent && node.blockEnd <= last) node = node.parent;
  return node;
}

/**
 * The baseline's region: every line from the first prose paragraph of the page to the last,
 * inside the element holding them, pruned as the main region is. When the paragraphs alone were
 * kept, an article whose paragraphs alternate with short lines (a list of short news items with
 * their times, shop cards between a diary's entries, headed entries) came out as a fraction of
 * itself: the scorers failed on it precisely because most of it is short lines, which are its own.
 * The span cannot reach past the paragraphs, so a sidebar or footer after the article stays out.
 */
function paragraphSpan(walk: WalkResult, paragraphs: number[]): ContentChoice {
  const first = paragraphs[0]!;
  const end = paragraphs[paragraphs.length - 1]! + 1;
  const choice = fromNodes(walk, [commonAncestor(walk.blocks, paragraphs)], "all-paragraphs", { start: first, end });
  // Link lines between the paragraphs (a print/share bar, a block of links to other sections) are
  // handed over but not vouched for: the classifier judges them as it would outside the region.
  const core = new Set([...choice.core].filter((i) => walk.blocks[i]!.linkChars * 2 <= walk.blocks[i]!.chars));
  for (const i of paragraphs) core.add(i);
  return { ...choice, node: null, core };
}

export function chooseContent(walk: WalkResult): ContentChoice {
  const { blocks, stats } = walk;

  // Stage 1: the main extractor.
  const top = best(stats, (s) => s.value * hintFactor(s));
  const main = top ? threadAround(walk, top) ?? ownContainer(walk.blocks, top) : null;
  const mainChoice = main ? fromNode(walk, main, "main") : null;

  // Stage 2: comparison with an independent candidate (Readability's parent vote).
  // Lines the main region cut as comments (a thread's replies) are not taken back by the other
  // candidate, whether it sits in a reply (whose prose outvotes a first post of short lines) or
  // widens over one's short lines as if they were a byline trailer.
  const rb = readabilityCandidate(walk);
  const rbChoice = rb ? fromNodes(walk, rb.members, "readability") : null;
  const compared = compareCandidates(blocks, mainChoice, rbChoice && mainChoice ? withoutCutComments(rbChoice, mainChoice) : rbChoice);
  const firstChoice = compared?.choice ?? null;
  const firstProse = firstChoice ? proseChars(blocks, firstChoice.indices) : 0;
  // Two methods that fail differently agreeing on a region is evidence enough, however short it is.
  if (compared && (firstProse >= MIN_PROSE_CHARS || compared.agreed)) return compared.choice;

  // Stage 3: baseline rescue.
  const options: { choice: ContentChoice; prose: number }[] = [];
  if (firstChoice) options.push({ choice: firstChoice, prose: firstProse });
  const cluster = best(stats, (s) => s.pChildChars);
  if (cluster) {
    const choice = fromNode(walk, cluster, "p-cluster");
    options.push({ choice, prose: proseChars(blocks, choice.indices) });
  }
  // Paragraphs inside regions that name themselves boilerplate (comments, feeds) are not the article's.
  const paragraphs = blocks.flatMap((b, i) =>
    b.prose && !b.hidden && b.owner.tag === "p" && b.linkChars < b.chars * 0.3 && !b.owner.insideBoilerplate && b.owner.hint >= 0 ? [i] : [],
  );
  if (paragraphs.length > 0) {
    options.push({ choice: paragraphSpan(walk, paragraphs), prose: proseChars(blocks, paragraphs) });
  }
  // A fallback replaces the main choice only when it holds clearly more prose: a short article
  // is better read from its own container than from every paragraph-shaped line of the page.
  let pick = options.sort((a, b) => b.prose - a.prose)[0];
  if (pick && firstChoice && pick.choice !== firstChoice && (pick.prose < FALLBACK_MARGIN * firstProse || pick.prose < firstProse + MIN_PROSE_CHARS / 2)) {
    pick = { choice: firstChoice, prose: firstProse };
  }
  if (pick && pick.prose >= MIN_PROSE_CHARS / 2) return pick.choice;

  // Stage 4: hidden-content rescue.
  const hidden = best(stats, (s) => s.valueAll * hintFactor(s), (s) => s.valueAll > s.value + MIN_PROSE_CHARS);
  if (hidden) {
    const choice = fromNode(walk, hidden, "hidden-rescue");
    const prose = proseChars(blocks, choice.indices, true);
    if (prose > (pick?.prose ?? 0)) pick = { choice, prose };
  }
  return pick?.choice ?? { indices: [], stage: "main", node: null, pruned: new Map(), core: new Set() };
}

/**
 * A lone paragraph that outscored the element holding it: the element's other lines cost more
 * than they earned, as short lines do (a notice's 一、会议时间 and its time, a programme table's rows,
 * a sign-off). When none of them links anywhere, holds a control or names itself boilerplate, they
 * are the article's own lines around its one paragraph of prose, not chrome: the element is the article.
 */
function ownContainer(blocks: PageBlock[], top: ElementStat): ElementStat {
  const parent = top.parent;
  if (top.blockEnd - top.blockStart !== 1 || !parent || parent.tag === "body" || parent.tag === "html") return top;
  if (parent.hint < 0 || parent.insideBoilerplate || parent.kind !== null || parent.linkChars > 0 || parent.controls > 0 || parent.players > 0) return top;
  if (othersInOneBox(blocks, top, parent)) return top;
  return parent.value > 0 ? parent : top;
}

/** Tags whose lines are the article's own structure when they follow its lead: a programme table, a list of items. */
const ARTICLE_STRUCTURE_TAGS = new Set(["table", "tbody", "thead", "ul", "ol", "dl", "pre", "blockquote"]);

/**
 * All the container's other lines sit in one box beside the paragraph (a div of 关于我们 with the
 * address and phone, a columnist's card, a comment list): a block of its own set next to the
 * article, not the article's headings and rows, which stand beside the lead one by one (or in a
 * table or list, the article's own structure).
 */
function othersInOneBox(blocks: PageBlock[], top: ElementStat, parent: ElementStat): boolean {
  let box: ElementStat | null = null;
  for (let i = parent.blockStart; i < parent.blockEnd; i++) {
    if (i >= top.blockStart && i < top.blockEnd) continue;
    let child: ElementStat | null = blocks[i]!.owner;
    while (child && child.parent !== parent) child = child.parent;
    if (!child || child === blocks[i]!.owner) return false;
    if (box && child !== box) return false;
    box = child;
  }
  return box !== null && !ARTICLE_STRUCTURE_TAGS.has(box.tag);
}

function withoutCutComments(choice: ContentChoice, main: ContentChoice): ContentChoice {
  const cut = (i: number) => main.pruned.get(i)?.kind === "comment";
  if (!choice.indices.some(cut)) return choice;
  return { ...choice, indices: choice.indices.filter((i) => !cut(i)), core: new Set([...choice.core].filter((i) => !cut(i))) };
}

/** The boilerplate kind a region names, looking up from a block to (not including) `stop`. */
export function namedKind(b: PageBlock, stop: ElementStat | null): RemovalKind | null {
  for (let s: ElementStat | null = b.owner; s && s !== stop; s = s.parent) if (s.kind) return s.kind;
  return null;
}
