/**
 * A channel page's template may set its column's name as the page's <h1> (a banner over the
 * article) and the article's headline as an <h2> under it, while the <title> holds only the
 * column and the site. Read by rank, the column's name would be the headline. It is a label, not
 * a headline, when it is short and unpunctuated, is the whole of the <title>'s non-site part, and
 * the page repeats it as a link elsewhere (the channel nav, the crumb): then the heading that
 * follows it before the body, much longer, is the headline.
 */
import { foldForCompare } from "../../text/fold";
import type { PageBlock } from "./walk";

/** Characters a column's name has at the most. */
const LABEL_MAX = 8;
/** Characters the headline under it has at the least. */
const HEADLINE_MIN = 8;
const HEADLINE_MAX = 60;
/** Lines after the column's heading in which the headline is looked for. */
const WINDOW = 4;
const PUNCTUATED = /[，。：！？、,:!?；;|｜_]/;
// An element classed as the headline (<div class="art-title">), not its subtitle or deck.
const HEADLINE_CLASS = /title|headline/i;
const NOT_HEADLINE_CLASS = /sub|deck|summary|desc|intro/i;

function classOf(b: PageBlock): string {
  return `${b.owner.el.attribs?.class ?? ""} ${b.owner.el.attribs?.id ?? ""}`;
}

function isHeadlineLine(b: PageBlock): boolean {
  if (b.heading >= 2 && b.heading <= 4) return true;
  const marks = classOf(b);
  return b.heading === 0 && b.linkChars === 0 && HEADLINE_CLASS.test(marks) && !NOT_HEADLINE_CLASS.test(marks);
}

/**
 * The column's name set as <h1> and the headline set under it, when the page is built so;
 * `titleParts` are the <title>'s parts other than the site's, `bodyStart` the first prose line.
 */
export function columnHeading(blocks: PageBlock[], titleParts: string[], bodyStart: number): { column: string; headline: string } | null {
  const declared = new Set(titleParts.map(foldForCompare));
  for (let i = 0; i < blocks.length && i < bodyStart; i++) {
    const b = blocks[i]!;
    if (b.hidden || b.heading !== 1) continue;
    const label = foldForCompare(b.text);
    if (label.length < 2 || label.length > LABEL_MAX || PUNCTUATED.test(label) || !declared.has(label)) continue;
    const repeated = blocks.some((o, j) => j !== i && !o.hidden && o.linkChars > 0 && foldForCompare(o.text).includes(label));
    if (!repeated) continue;
    // A headline with a comma in it reads as prose: the first "prose" line may be it.
    for (let j = i + 1; j < blocks.length && j <= bodyStart && j <= i + WINDOW; j++) {
      const o = blocks[j]!;
      if (o.hidden) continue;
      const len = foldForCompare(o.text).length;
      if (isHeadlineLine(o) && len >= HEADLINE_MIN && len <= HEADLINE_MAX && len >= 2 * label.length && !o.text.includes("。")) {
        return { column: b.text, headline: o.text };
      }
      if (o.prose) break;
    }
  }
  return null;
}
