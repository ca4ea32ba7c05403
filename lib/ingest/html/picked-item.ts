/**
 * A page that shows one item inside a run of items of its kind (a flash page with the whole
 * day's timeline, a list page opened at one entry): the headline names the item, whose own
 * heading repeats it (【headline】), and the item's siblings of the same shape are other news.
 * When exactly one item of such a run repeats the page's <h1>, the others leave the choice.
 */
import type { ContentChoice } from "./choose-content";
import type { ElementStat, WalkResult } from "./walk";

/** Siblings of one shape needed to call the container a run of items. */
export const RUN_MIN_ITEMS = 3;

const TIME_ONLY = /^\d{1,2}:\d{2}(?::\d{2})?$/;
const bare = (s: string) => s.replace(/[\s【】[\]「」]/g, "");
const firstClass = (s: ElementStat) => (s.el.attribs?.class ?? "").trim().split(/\s+/)[0]!;

export function keepPickedItem(walk: WalkResult, choice: ContentChoice): ContentChoice {
  const { blocks } = walk;
  const h1 = choice.indices.find((i) => blocks[i]!.heading === 1);
  if (h1 === undefined) return choice;
  const headline = bare(blocks[h1]!.text);
  if (headline.length < 6) return choice;
  const repeats = choice.indices.filter((i) => i !== h1 && bare(blocks[i]!.text) === headline);
  if (repeats.length !== 1) return choice;
  // The highest ancestor of the repeat that is one of a run of same-shaped siblings.
  let item: ElementStat | null = null;
  let run: ElementStat[] = [];
  for (let s: ElementStat | null = blocks[repeats[0]!]!.owner; s && s.parent && s.blockStart > h1; s = s.parent) {
    const cls = firstClass(s);
    if (cls === "") continue;
    const siblings = walk.stats.filter((o) => o.parent === s!.parent && o.tag === s!.tag && firstClass(o) === cls && o.chars > 0);
    if (siblings.length >= RUN_MIN_ITEMS) {
      item = s;
      run = siblings;
    }
  }
  if (!item) return choice;
  const others = run.filter((o) => o !== item);
  const picked = item;
  const repeat = repeats[0]!;
  // The item's own heading repeats the page's and its time stands alone before it: the header has both.
  const itemHeader = (i: number) => i >= picked.blockStart && (i === repeat || (i < repeat && TIME_ONLY.test(blocks[i]!.text.trim())));
  const inOther = (i: number) => itemHeader(i) || others.some((o) => i >= o.blockStart && i < o.blockEnd);
  return { ...choice, indices: choice.indices.filter((i) => !inOther(i)), core: new Set([...choice.core].filter((i) => !inOther(i))) };
}
