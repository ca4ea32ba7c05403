/**
 * A single-page app's shell: the server sends a header, a skeleton and 加载中… where the article
 * goes, and the article itself only inside the page's state script (window.__INITIAL_STATE__ =
 * {article: {title, content: "<p>…</p>"}}), which the app renders in the browser. When the
 * visible page holds next to no prose and the state's article record holds markup with far more,
 * that markup is read as the article, through the same walk and cascade as a page.
 */
import { parseHtml } from "./fast-tokenizer";
import { chooseContent, MIN_PROSE_CHARS, type ContentChoice } from "./choose-content";
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

export function articleFromScript(contentHtml: string | null, walk: WalkResult, choice: ContentChoice): { walk: WalkResult; choice: ContentChoice } | null {
  if (contentHtml === null) return null;
  const shown = proseOf(walk, choice);
  if (shown >= MIN_PROSE_CHARS) return null;
  const inner = walkPage(parseHtml(contentHtml));
  const innerChoice = { ...chooseContent(inner), stage: "script-data" as const };
  const found = proseOf(inner, innerChoice);
  if (found < MIN_PROSE_CHARS || found < shown * SCRIPT_MARGIN) return null;
  return { walk: inner, choice: innerChoice };
}
