/**
 * A Q&A page that shows every answer to its question, one of them marked as accepted by the
 * asker (a class such as accepted/best/adopted on the answer, or a ✔ 已采纳 / 最佳答案 badge in it):
 * the accepted answer is the page's text, as on a page that shows one answer. The question's own
 * detail above the answers is the asker's, and the other answers are other people's.
 */
import type { ContentChoice } from "./choose-content";
import type { ElementStat, WalkResult } from "./walk";

/** Answers needed to call the siblings a run of answers. */
const RUN_MIN_ANSWERS = 2;

const ANSWER_CLASS = /answer/i;
const ACCEPTED_CLASS = /^(?:is-)?(?:accepted|best|adopted)(?:[-_]?answer)?$/i;
const ACCEPTED_BADGE = /^[✔✓√☑\s]*(?:已采纳|最佳答案|采纳答案|提问者采纳|被采纳|accepted(?: answer)?|best answer)$/i;

const classes = (s: ElementStat) => (s.el.attribs?.class ?? "").trim().split(/\s+/).filter(Boolean);

export function keepAcceptedAnswer(walk: WalkResult, choice: ContentChoice): ContentChoice {
  const { blocks } = walk;
  if (choice.indices.length === 0) return choice;
  const first = choice.indices[0]!;
  const last = choice.indices[choice.indices.length - 1]!;
  const badge = (i: number) => ACCEPTED_BADGE.test(blocks[i]!.text.trim());
  const accepted = (s: ElementStat) => classes(s).some((c) => ACCEPTED_CLASS.test(c)) || range(s).some(badge);
  for (const s of walk.stats) {
    if (s.blockStart < first || s.blockEnd > last + 1 || s.chars === 0) continue;
    // Most elements' class names hold no "answer" at all: no list of them to build.
    if (!ANSWER_CLASS.test(s.el.attribs?.class ?? "")) continue;
    const cls = classes(s)[0];
    if (!cls || !ANSWER_CLASS.test(cls)) continue;
    const run = walk.stats.filter((o) => o.parent === s.parent && o.tag === s.tag && classes(o)[0] === cls && o.chars > 0);
    if (run.length < RUN_MIN_ANSWERS || run[0] !== s) continue;
    const picked = run.filter(accepted);
    if (picked.length !== 1) continue;
    const answer = picked[0]!;
    // The page's headline (the question) stays; everything else of the question and the other answers goes.
    const h1 = choice.indices.find((i) => blocks[i]!.heading === 1);
    const keep = (i: number) => (h1 !== undefined && i <= h1) || (i >= answer.blockStart && i < answer.blockEnd && !badge(i));
    // Its writer is the page's author, as a thread's first poster is (page-hints.ts).
    return { ...choice, indices: choice.indices.filter(keep), core: new Set([...choice.core].filter(keep)), firstPost: answer };
  }
  return choice;
}

function range(s: ElementStat): number[] {
  const out: number[] = [];
  for (let i = s.blockStart; i < s.blockEnd; i++) out.push(i);
  return out;
}
