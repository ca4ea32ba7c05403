/**
 * A linked headline set between the article's paragraphs (▶ and another
 * article's headline, as a paragraph that is one link): a portal points to another article mid-text, with no 相关阅读
 * label to say so. The whole line is a link, short as a headline, no sentence of the text (no 。),
 * and prose stands on both sides of it: the article's own lines are not links from end to end.
 * Headings and list items are left alone (a table of contents, a roundup's linked items), and so
 * is a short linked title of another kind: a reference link under a retold story (<a page's name> -
 * Wiki in a long note) names its source page, not an article of the site; a
 * Chinese headline has ten Han characters at least.
 * A portal sets one or two such links in a text; where three or more lines of the body are linked
 * headlines, each over its paragraph, the page is a brief or a roundup (早报: a linked title, then its
 * summary, per item) and the titles are its own: none is cut but one an arrow points on with (▶, →):
 * an arrow sends the reader elsewhere, a brief's titles carry none.
 */
import type { Block } from "../types";

/** Share of the line inside links: all of it but a bullet or an arrow. */
const LINKED = 0.85;
const HEADLINE_MAX = 40;
const SENTENCE_END = /[。！!；;]$/u;
const HAN_MIN = 10;
/** Linked headlines in one body from which on they are a roundup's item titles. */
const ROUNDUP_ITEMS = 3;
/** The arrow or pointer a portal sets before a link to another page. */
const POINTER = /^[▶►▸→⇒➤➜»]/u;
const hanCount = (t: string) => (t.match(/\p{Script=Han}/gu) ?? []).length;

function headlineShapedLink(block: Block): boolean {
  const t = block.text.trim();
  return (
    block.linkDensity >= LINKED &&
    !block.heading &&
    !block.listItem &&
    t.length <= HEADLINE_MAX &&
    hanCount(t) >= HAN_MIN &&
    !SENTENCE_END.test(t)
  );
}

/** Positions in the body (its blocks in order, and whether each is prose) of other articles' linked headlines. */
export function linkedHeadlinePositions(body: Block[], prose: boolean[]): number[] {
  const shaped = body.map(headlineShapedLink);
  const roundup = shaped.filter(Boolean).length >= ROUNDUP_ITEMS;
  const cut = (k: number) => shaped[k] && (!roundup || POINTER.test(body[k]!.text.trim()));
  return body.flatMap((_, k) => (k > 0 && cut(k) && prose[k - 1] === true && prose[k + 1] === true ? [k] : []));
}
