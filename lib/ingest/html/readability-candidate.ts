/**
 * An independent second opinion on where the article is: Mozilla Readability's scoring, redone
 * over the walk's numbers (no second parse, no DOM library). The main extractor (walk.ts values)
 * sums a subtree's prose; Readability instead lets each paragraph vote for its parent (fully),
 * grandparent (half) and further ancestors (less), starts every candidate from its tag and
 * class, discounts it by its link density, and then takes the winner's siblings that score
 * close to it. The two fail differently — a subtree sum favours the biggest container of teasers,
 * a parent vote favours the element that directly holds the paragraphs — which is why the
 * cascade (choose-content.ts) compares them instead of trusting either.
 */
import type { ElementStat, PageBlock, WalkResult } from "./walk";

/** A paragraph votes only when it holds this many characters (Readability: 25 Latin letters). */
export const RB_MIN_PARAGRAPH_CHARS = 20;
/** Ancestors a paragraph votes for, and how its vote shrinks with distance (Readability 2018+). */
const RB_LEVELS = 5;
/** A sibling joins the winner when it scores this share of the winner's score (Readability: 0.2). */
export const RB_SIBLING_SHARE = 0.2;
const RB_SIBLING_MIN = 10;
/** Characters per extra point of a paragraph's vote, up to 3 points (Readability: 100 Latin letters ≈ 50 Han). */
const RB_CHARS_PER_POINT = 50;

// Elements that hold paragraphs themselves: their vote goes to the element above them.
const PARAGRAPH_TAGS = new Set(["p", "pre", "td", "li", "dd", "dt", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "section", "span"]);

/** Readability's starting score for a candidate by its tag, plus its class/id weight. */
function initialScore(s: ElementStat): number {
  let base = 0;
  switch (s.tag) {
    case "div":
    case "article":
    case "main":
      base = 5;
      break;
    case "pre":
    case "td":
    case "blockquote":
      base = 3;
      break;
    case "address":
    case "ol":
    case "ul":
    case "dl":
    case "dd":
    case "dt":
    case "li":
    case "form":
      base = -3;
      break;
    case "h1":
    case "h2":
    case "h3":
    case "h4":
    case "h5":
    case "h6":
    case "th":
      base = -5;
      break;
  }
  return base + 25 * s.hint;
}

function paragraphVote(b: PageBlock): number {
  const plain = b.chars - b.linkChars;
  // Readability first strips "unlikely candidates" (comments, sidebars…): here, regions that
  // name themselves boilerplate or are a form or a feed by structure.
  const o = b.owner;
  if (o.structural || o.insideBoilerplate || o.hint < 0) return 0;
  if (b.hidden || plain < RB_MIN_PARAGRAPH_CHARS || b.linkChars > b.chars / 2 || b.heading > 0) return 0;
  return 1 + b.punct + Math.min(3, Math.floor(plain / RB_CHARS_PER_POINT));
}

export interface ReadabilityPick {
  /** The winning element. */
  top: ElementStat;
  /** The winner and the siblings that joined it, in page order. */
  members: ElementStat[];
  score: number;
}

/** Readability's choice over the walk, or null when no paragraph votes. */
export function readabilityCandidate(walk: WalkResult): ReadabilityPick | null {
  const scores = new Map<ElementStat, number>();
  for (const b of walk.blocks) {
    const vote = paragraphVote(b);
    if (vote === 0) continue;
    // Text straight inside a <div> (lines split by <br>) makes the div itself the paragraph holder.
    let s: ElementStat | null = PARAGRAPH_TAGS.has(b.owner.tag) ? b.owner.parent : b.owner;
    for (let level = 0; s && s.parent && level < RB_LEVELS; level++, s = s.parent) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(s, (scores.get(s) ?? initialScore(s)) + vote / divider);
    }
  }
  let top: ElementStat | null = null;
  let topScore = 0;
  const final = new Map<ElementStat, number>();
  for (const [s, raw] of scores) {
    const ld = s.chars === 0 ? 0 : s.linkChars / s.chars;
    const v = raw * (1 - ld);
    final.set(s, v);
    if (v > topScore) {
      top = s;
      topScore = v;
    }
  }
  if (!top) return null;

  // Siblings that score close to the winner, or plain paragraphs beside it, are the same article
  // split over several containers.
  const parent = top.parent;
  const threshold = Math.max(RB_SIBLING_MIN, topScore * RB_SIBLING_SHARE);
  const members: ElementStat[] = [];
  if (parent) {
    for (const s of walk.stats) {
      if (s.parent !== parent || s.hidden) continue;
      if (s === top) {
        members.push(s);
        continue;
      }
      if (s.hint < 0) continue;
      const ld = s.chars === 0 ? 0 : s.linkChars / s.chars;
      const bonus = s.hint > 0 || sameId(s, top) ? topScore * 0.2 : 0;
      if ((final.get(s) ?? 0) + bonus >= threshold) members.push(s);
      else if (s.tag === "p" && ld < 0.25 && s.paragraphs > 0 && s.chars >= 40) members.push(s);
    }
  } else members.push(top);
  return { top, members: withSandwichedHeadings(walk, members), score: topScore };
}

/**
 * Readability's bonus for a sibling of the winner's class, given here to a sibling of the
 * winner's id: a template that sets a widget (a slideshow, a player) inside the article closes
 * its text container before it and opens one of the same id after it, so the first paragraphs
 * sit in a sibling too short to join on its own score. An id names one element; two siblings
 * of one id are one element cut in two. A shared class is not enough: a page's sections share one
 * (an abstract, a results table, a citation), and joining them by class lost a results table
 * (site-lab-paper-abstract).
 */
function sameId(s: ElementStat, top: ElementStat): boolean {
  const id = top.el.attribs.id;
  return s.tag === top.tag && !!id && s.el.attribs.id === id;
}

/** A line this short between two joined siblings heads what follows (附：…, a subheading in a bold <p>). */
const SANDWICH_MAX_CHARS = 80;

/**
 * Readability leaves out a short sibling whatever its place; one between two joined members,
 * linking nowhere and naming itself nothing, is the article's own heading for the part below it
 * (a news story, then 附：the document's title, then the document's full text in its own <div>).
 */
function withSandwichedHeadings(walk: WalkResult, members: ElementStat[]): ElementStat[] {
  if (members.length < 2) return members;
  const first = members[0]!.blockStart;
  const last = members[members.length - 1]!.blockStart;
  const parent = members[0]!.parent;
  const joined = new Set(members);
  const siblings = walk.stats.filter((s) => s.parent === parent);
  const out: ElementStat[] = [];
  siblings.forEach((s, k) => {
    if (joined.has(s)) out.push(s);
    else if (headsJoinedContainer(s, siblings[k + 1], joined) && s.blockStart > first && s.blockStart < last) out.push(s);
  });
  return out;
}

/** A short plain paragraph or heading right above a joined container (a <div> of the document's text, not another <p>). */
function headsJoinedContainer(s: ElementStat, next: ElementStat | undefined, joined: Set<ElementStat>): boolean {
  if (!next || !joined.has(next) || PARAGRAPH_TAGS.has(next.tag)) return false;
  if (s.tag !== "p" && !/^h[2-6]$/.test(s.tag)) return false;
  return !s.hidden && s.hint >= 0 && s.kind === null && s.linkChars === 0 && s.chars > 0 && s.chars <= SANDWICH_MAX_CHARS;
}
