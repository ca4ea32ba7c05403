/**
 * A single-page app's shell: the server sends a header, a skeleton and 加载中… where the article
 * goes, and the article itself only inside the page's state script (window.__INITIAL_STATE__ =
 * {article: {title, content: "<p>…</p>"}}), which the app renders in the browser. When the
 * visible page holds next to no prose and the state's article record holds markup with far more,
 * that markup is read as the article, through the same walk and cascade as a page. So is a
 * teaser's whole: visible prose that is only the opening lines of a far longer state article.
 */
import { parseHtml } from "./fast-tokenizer";
import { chooseContent, MIN_PROSE_CHARS, type ContentChoice } from "./choose-content";
import { withoutPosterCard } from "./poster-card";
import { walkPage, type WalkResult } from "./walk";

/** The script's article must hold this many times the visible choice's prose. */
const SCRIPT_MARGIN = 2;

function proseOf(walk: WalkResult, choice: ContentChoice): number {
  let n = 0;
  for (const i of choice.indices) {
    const b = walk.blocks[i]!;
    if (b.prose && !b.hidden) n += b.chars - b.linkChars;
  }
  return n;
}

/**
 * A teaser: the visible page shows the article's opening under a fold (展开全文) and the state holds
 * the whole. Only when every visible prose line is a line of the state's article, and the state's
 * is this many times longer.
 */
const TEASER_MARGIN = 3;

const squeeze = (t: string) => t.replace(/[\s\u00a0\u3000]+/g, "");

function proseLines(walk: WalkResult, choice: ContentChoice): string[] {
  const out: string[] = [];
  for (const i of choice.indices) {
    const b = walk.blocks[i]!;
    if (b.prose && !b.hidden) out.push(squeeze(b.text));
  }
  return out;
}

export function articleFromScript(contentHtml: string | null, walk: WalkResult, choice: ContentChoice): { walk: WalkResult; choice: ContentChoice } | null {
  if (contentHtml === null) return null;
  const shown = proseOf(walk, choice);
  // Markup is never shorter than its text: a state string this short cannot hold a teaser's whole.
  if (shown >= MIN_PROSE_CHARS && contentHtml.length < shown * TEASER_MARGIN) return null;
  const inner = walkPage(parseHtml(contentHtml));
  // A thread in the state is cut as a visible one is: its first post's poster card goes once the region is chosen.
  const innerChoice = { ...withoutPosterCard(inner, chooseContent(inner)), stage: "script-data" as const };
  const found = proseOf(inner, innerChoice);
  if (found < MIN_PROSE_CHARS || found < shown * SCRIPT_MARGIN) return null;
  if (shown >= MIN_PROSE_CHARS) {
    if (found < shown * TEASER_MARGIN) return null;
    const whole = proseLines(inner, innerChoice);
    const known = new Set(whole);
    // The fold may cut the last visible line short (…).
    const isLine = (line: string) => known.has(line) || (line.length >= 20 && whole.some((w) => w.startsWith(line.replace(/(?:…+|\.{3,})$/, ""))));
    if (!proseLines(walk, choice).every(isLine)) return null;
  }
  return { walk: inner, choice: innerChoice };
}
